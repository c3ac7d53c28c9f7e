"""The quotation and people lexicons of every language define the same names with the same types."""

from __future__ import annotations

from types import ModuleType

import pytest

from checker.lang import NEUTRAL, SUPPORTED, lexicon

CODES = (*SUPPORTED, NEUTRAL)


def _names(module: ModuleType) -> dict[str, type]:
    return {
        name: type(value)
        for name, value in vars(module).items()
        if name.isupper() and not name.startswith("_")
    }


@pytest.mark.parametrize("stage", ["quotes", "people"])
def test_every_language_defines_the_same_names_with_the_same_types(stage: str) -> None:
    found = {code: _names(getattr(lexicon(code), stage)) for code in CODES}
    assert found["de"], f"no {stage} words in de"
    for code in CODES:
        assert found[code] == found["de"], f"{code}/{stage}.py differs from de/{stage}.py"


@pytest.mark.parametrize("stage", ["quotes", "people"])
def test_the_neutral_lexicon_is_empty(stage: str) -> None:
    for name, value in vars(getattr(lexicon(NEUTRAL), stage)).items():
        if not name.isupper() or name.startswith("_"):
            continue
        if hasattr(value, "pattern"):
            assert value.search("sagte said „Ja“, 3") is None, name  # a pattern that never matches
        else:
            assert not value, name  # an empty list, or a grammar flag that is off


def test_the_doctest_names_hold_their_words() -> None:
    assert "sagte" in lexicon("de").quotes.SAY_VERBS
    assert {"und", "and"} <= lexicon("de").quotes.CONJUNCTIONS | lexicon("en").quotes.CONJUNCTIONS
