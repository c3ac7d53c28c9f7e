"""One statement, many renderings (checker/compare/renderings.py, substance.py and the statement
findings of quotes.py): renderings grouped across outlets and languages, compared by their words in
one language and by language-neutral features across languages, one finding per statement."""

from __future__ import annotations

import pytest

from checker.compare.quotes import compare_quotes
from checker.compare.substance import differences
from checker.types import Article, Claim, Pair, Quote


def claim(cid: str, article: str, text: str, speaker: str | None, *, lang: str = "de") -> Claim:
    quote = Quote(text, 0, len(text), True, speaker, speaker, 0, 1, "sagte", "direct")
    return Claim(cid, article, "quote", text, 0, len(text), quote=quote, lang=lang)


ARTICLES = {a: Article(id=a, text="") for a in ("a1", "a2", "a3")}


def findings(*claims: Claim, pairs: list[Pair] | None = None) -> list[tuple[str, str]]:
    return [(c.label, c.severity) for c in compare_quotes(claims, pairs or [], ARTICLES)]


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "changed"),
    [
        ("We respect his deeds", "en", "Wir respektieren ihre Taten", "de", ["possessive"]),
        ("We respect their deeds", "en", "Wir respektieren ihre Taten", "de", []),
        ("Blut wird vergossen werden", "de", "blood may be shed", "en", ["modality"]),
        ("Wir schicken 8.000 Soldaten", "de", "We send 8,000 soldiers", "en", []),
        ("Wir schicken 8.000 Soldaten", "de", "We send 3,000 soldiers", "en", ["number"]),
        ("Wir hatten nichts damit zu tun", "de", "We had nothing to do with it", "en", []),
        ("Wir hatten damit zu tun", "de", "We had nothing to do with it", "en", ["negation"]),
        (
            "We got within 300 km of the port",
            "en",
            "We covered 300 kilometres to the port",
            "en",
            ["distance"],
        ),
        ("Wir standen 300 Kilometer vor dem Hafen", "de", "We stood 300 km from the port", "en", []),
        ("Wir legten 300 Kilometer zurück", "de", "We covered 300 kilometres", "en", []),
    ],
)
def test_language_neutral_features(a: str, lang_a: str, b: str, lang_b: str, changed: list[str]) -> None:
    assert [f.name for f in differences(a, lang_a, b, lang_b)] == changed


def test_a_changed_possessive_across_languages_is_a_change_of_substance() -> None:
    a = claim(
        "c1", "a1", "Wir haben immer ihre heldenhaften Taten an der Front respektiert.", "Dmitri Peskow"
    )
    b = claim(
        "c2", "a2", "We have always respected his heroic deeds at the front.", "Dmitry Peskov", lang="en"
    )
    (conflict,) = compare_quotes([a, b], [], ARTICLES)
    assert (conflict.label, conflict.severity) == ("wording", "high")
    assert ("possessive", ["ihre"], ["his"]) in conflict.details["changed"]  # type: ignore[operator]
    assert conflict.sides == ()  # two claims, two sides: every two of its claims disagree


def test_a_faithful_translation_is_consistent() -> None:
    a = claim(
        "c1", "a1", "Wir haben immer ihre heldenhaften Taten an der Front respektiert.", "Dmitri Peskow"
    )
    b = claim(
        "c2", "a2", "We have always respected their heroic deeds at the front.", "Dmitry Peskov", lang="en"
    )
    assert findings(a, b) == []


def test_a_changed_modal_verb_in_one_language_is_a_change_of_substance() -> None:
    a = claim("c1", "a1", "Der Moment ist gekommen, in dem Blut vergossen werden wird.", "Ivan Orlow")
    b = claim("c2", "a2", "Jetzt ist der Moment gekommen, wo Blut vergossen werden könnte.", "Iwan Orlow")
    assert findings(a, b) == [("wording", "high")]


def test_a_distance_from_a_place_turned_into_a_distance_covered_is_a_change_of_substance() -> None:
    a = claim("c1", "a1", "In two days our trucks got to within 300 km of the port.", "Ana Ruiz", lang="en")
    b = claim(
        "c2",
        "a2",
        "Within two days, our trucks have covered 300 kilometres to the port.",
        "Ana Ruiz",
        lang="en",
    )
    (conflict,) = compare_quotes([a, b], [], ARTICLES)
    assert (conflict.label, conflict.severity) == ("wording", "high")
    assert ("distance", ["300", "km", "of"], ["300", "kilometres"]) in conflict.details["changed"]  # type: ignore[operator]


def test_a_translation_paired_by_its_embedding_needs_no_shared_word() -> None:
    a = claim("c1", "a1", "Der Moment ist gekommen, in dem Blut vergossen werden wird.", "Ivan Orlow")
    b = claim("c2", "a2", "The hour has come when blood may spill.", "Ivan Orlov", lang="en")
    assert findings(a, b) == []  # nothing shows they render one statement
    assert findings(a, b, pairs=[Pair("c1", "c2", 0.9)]) == [("wording", "high")]


def test_the_renderings_of_one_statement_are_one_finding_with_its_sides() -> None:
    original = claim(
        "c1", "a1", "Wir haben immer ihre heldenhaften Taten an der Front respektiert.", "Dmitri Peskow"
    )
    faithful = claim(
        "c2", "a2", "We have always respected their heroic deeds at the front.", "Dmitry Peskov", lang="en"
    )
    changed = claim(
        "c3",
        "a3",
        "You ask what happens now. We have always respected his heroic deeds at the front.",
        "Dmitry Peskov",
        lang="en",
    )
    (conflict,) = compare_quotes([original, faithful, changed], [], ARTICLES)
    assert conflict.sides == (("c1", "c2"), ("c3",))
    assert sorted(conflict.claim_ids) == ["c1", "c2", "c3"]
    assert conflict.details["key"] == "peskov|c1|c2|c3"


def test_a_rendering_never_compared_with_the_other_side_is_no_side() -> None:
    will = claim("c1", "a1", "Der Moment ist gekommen, in dem Blut vergossen werden wird.", "Ivan Orlow")
    same = claim("c2", "a2", "The hour has come when blood will flow.", "Ivan Orlov", lang="en")
    could = claim("c3", "a3", "Jetzt ist der Moment gekommen, wo Blut vergossen werden könnte.", "Iwan Orlow")
    # c2 renders c1 (their embeddings pair them), but nothing matched it with c3
    (conflict,) = compare_quotes([will, same, could], [Pair("c1", "c2", 0.9)], ARTICLES)
    assert sorted(conflict.claim_ids) == ["c1", "c3"]
    assert conflict.article_ids == ("a1", "a3")


def test_two_translations_of_one_statement_in_one_language_are_consistent() -> None:
    a = claim(
        "c1",
        "a1",
        "We discussed the involvement of the northern army in the invasion of our land",
        "Ana Ruiz",
        lang="en",
    )
    b = claim(
        "c2",
        "a2",
        "We have talked about the deployment of northern troops in the military invasion of our land",
        "Ana Ruiz",
        lang="en",
    )
    assert findings(a, b) == []


def test_a_copy_with_other_words_of_the_same_meaning_is_a_low_wording_finding() -> None:
    a = claim("c1", "a1", "Wir werden die Ukraine so lange unterstützen, wie es nötig ist", "Jan Berg")
    b = claim("c2", "a2", "Wir werden die Ukraine so lange unterstützen, wie es erforderlich ist", "Jan Berg")
    assert findings(a, b) == [("wording", "low")]


def test_a_changed_number_in_one_language_is_a_change_of_substance() -> None:
    a = claim("c1", "a1", "Wir haben 3.000 Soldaten an die Grenze geschickt", "Jan Berg")
    b = claim("c2", "a2", "Wir haben 8.000 Soldaten an die Grenze geschickt", "Jan Berg")
    assert findings(a, b) == [("wording", "high")]


def test_one_speakers_quotations_on_two_points_across_languages_are_not_compared() -> None:
    a = claim("c1", "a1", "Die Wirtschaft wächst im kommenden Jahr wieder kräftig", "Jan Berg")
    b = claim("c2", "a2", "Our soldiers are well trained and equipped", "Jan Berg", lang="en")
    assert findings(a, b, pairs=[Pair("c1", "c2", 0.82)]) == []


def test_an_offices_statement_turned_into_its_subjects_own_words_is_a_misattribution() -> None:
    office = claim(
        "c1",
        "a1",
        "Tom Weber hat den Vorschlag von Präsident Ivan Orlow angenommen, den Marsch zu stoppen",
        "Presseamt",
    )
    own = claim("c2", "a2", "Tom Weber hat meinen Vorschlag angenommen, den Marsch zu stoppen", "Ivan Orlow")
    (conflict,) = compare_quotes([office, own], [], ARTICLES)
    assert (conflict.label, conflict.severity) == ("misattribution", "high")


def test_a_translation_credited_to_another_person_is_a_misattribution() -> None:
    a = claim("c1", "a1", "Wir werden die Ukraine so lange unterstützen, wie es nötig ist", "Jan Berg")
    b = claim("c2", "a2", "We will support Ukraine for as long as it takes", "Ana Ruiz", lang="en")
    assert findings(a, b, pairs=[Pair("c1", "c2", 0.9)]) == [("misattribution", "high")]
    assert findings(a, b, pairs=[Pair("c1", "c2", 0.85)]) == []  # another statement on the same point
    khrushchev = claim(
        "c2", "a2", "We will support Ukraine for as long as it takes", "Nikita Khrushchev", lang="en"
    )
    chruschtschow = claim(
        "c1", "a1", "Wir werden die Ukraine so lange unterstützen, wie es nötig ist", "Nikita Chruschtschow"
    )
    assert (
        findings(chruschtschow, khrushchev, pairs=[Pair("c1", "c2", 0.9)]) == []
    )  # one name spelt apart (ё as e and o)


def test_a_body_named_by_two_words_is_no_person() -> None:
    office = claim(
        "c1",
        "a1",
        "Tom Weber hat den Vorschlag von Präsident Ivan Orlow angenommen, den Marsch zu stoppen",
        "Nachrichtenagentur Belta",
    )
    own = claim("c2", "a2", "Tom Weber hat meinen Vorschlag angenommen, den Marsch zu stoppen", "Ivan Orlow")
    assert findings(office, own) == [("misattribution", "high")]


def test_a_spokespersons_statement_turned_into_the_heads_own_words_is_a_misattribution() -> None:
    text = "Tom Weber hat den Vorschlag von Präsident Ivan Orlow angenommen, den Marsch zu stoppen"
    quote = Quote(
        text, 0, len(text), True, "Anna Roth", "Anna Roth", 0, 1, "sagte", "direct", "Regierungssprecherin"
    )
    spokesperson = Claim("c1", "a1", "quote", text, 0, len(text), quote=quote, lang="de")
    own = claim("c2", "a2", "Tom Weber hat meinen Vorschlag angenommen, den Marsch zu stoppen", "Ivan Orlow")
    assert findings(spokesperson, own) == [("misattribution", "high")]


def test_an_office_quoting_its_head_in_the_first_person_is_no_misattribution() -> None:
    office = claim(
        "c1", "a1", "Wir haben den Vorschlag von Ivan Orlow angenommen, den Marsch zu stoppen", "Presseamt"
    )
    own = claim("c2", "a2", "Wir haben meinen Vorschlag angenommen, den Marsch zu stoppen", "Ivan Orlow")
    assert findings(office, own) == []


def test_an_offices_statement_turned_into_its_subjects_own_words_across_languages() -> None:
    office = claim(
        "c1",
        "a1",
        "Tom Weber hat den Vorschlag von Präsident Ivan Orlow angenommen, den Marsch zu stoppen",
        "Presseamt",
    )
    own = claim(
        "c2",
        "a2",
        "Both sides agreed, and Tom Weber accepted my proposal to stop the march",
        "Ivan Orlow",
        lang="en",
    )
    assert findings(office, own) == [("misattribution", "high")]
    other = claim(
        "c2",
        "a2",
        "Both sides agreed, and the army accepted my proposal to stop the march",
        "Ivan Orlow",
        lang="en",
    )
    assert findings(office, other) == []  # no one else named in both: nothing ties them to one event
