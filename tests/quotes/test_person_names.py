"""Person names in the text (checker/quotes/names.py): what can be a name, and an article's index
of full names that resolves a surname."""

from __future__ import annotations

import pytest

from checker.quotes.names import Names, person_name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Außenminister Antony Blinken", "Antony Blinken"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Wiener Stadtverwaltung", None),  # a body, not a person
        ("Nähere Einzelheiten", None),
        ("Milliarden Euro", None),
        ("Blinken", None),  # one word is a surname, not a full name
        ("Wagner Group", None),  # English bodies too
        ("Interior Ministry", None),
        ("United States", None),  # a country speaks, but it is no person for "he"
    ],
)
def test_a_person_name_has_two_words_none_of_them_a_common_noun(phrase: str, name: str | None) -> None:
    assert person_name(phrase) == name


def test_the_index_resolves_surnames_to_the_full_name() -> None:
    text = "US-Außenminister Antony Blinken traf Ursula von der Leyen. Blinken sagte, Von der Leyen nickte."
    names = Names.build(text)
    assert names.full("Blinken") == "Antony Blinken"
    assert names.full("Von der Leyen") == "Ursula von der Leyen"  # a surname with its particle
    assert names.full("Karl Weber") == "Karl Weber"  # a full name stays as it is
    assert names.within(0, text.index(" traf")) == "Antony Blinken"
    assert names.before(len(text)) == "Ursula von der Leyen"


def test_the_index_knows_the_words_capitalised_inside_a_sentence() -> None:
    names = Names.build("Hopefully, it works. “We go,” Berg said. Later Ann Lee came.")
    assert {"Berg", "Ann", "Lee"} <= names.inside
    assert "Hopefully" not in names.inside and "Later" not in names.inside
