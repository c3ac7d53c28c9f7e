"""Source keys: the same source under different names meets, an unresolved one stays apart."""

from __future__ import annotations

import pytest

from checker.entities.sources import is_unresolved, source_key


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("US-Regierung", "us"),
        ("Pentagon-Sprecherin Sabrina Singh", "us"),
        ("das Weiße Haus", "us"),
        ("südkoreanischer Geheimdienst", "kr"),
        (None, None),
    ],
)
def test_a_source_that_names_a_country_is_that_country(source: str | None, key: str | None) -> None:
    assert source_key(source) == key


def test_a_person_meets_across_transliterations() -> None:
    assert source_key("Wolodymyr Selenskyj") == source_key("Zelensky") == "selenski"


@pytest.mark.parametrize("source", ["deren Schätzungen", "by their estimates", "demnach"])
def test_a_source_left_in_omitted_text_is_unresolved(source: str) -> None:
    key = source_key(source)
    assert is_unresolved(key) and key == f"?{source.lower()}"


def test_a_named_source_is_resolved() -> None:
    assert not is_unresolved(source_key("Selenskyj")) and not is_unresolved(None)
