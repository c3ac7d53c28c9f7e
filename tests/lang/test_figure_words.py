"""The figure and number words of every language: the same names with the same types, tables keyed
alike, fragments that compile; and the helpers that join two languages' lists into one rule."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from checker.lang import NEUTRAL, SUPPORTED, lexicon
from checker.lang.shared import alternation, merged

STAGES = ("figures", "numbers")
# Tables whose keys are language-neutral (country codes, kinds, qualifiers): the same in every language.
KEYED_TABLES = ("COUNTRY_NAMES", "COUNTRY_ADJECTIVES", "DEMONYMS", "CONCEPTS", "RATES", "QUALIFIERS")


# Settings of the neutral lexicon that are not words: language codes, a (pattern, replacement) pair.
NEUTRAL_SETTINGS = ("NUMBER_WORD_LANGUAGES", "ARTICLE_AS_ONE")


def _public(words: ModuleType) -> dict[str, object]:
    return {name: value for name, value in vars(words).items() if name.isupper() and name[0] != "_"}


def _names(words: ModuleType) -> dict[str, type]:
    return {name: type(value) for name, value in _public(words).items()}


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("code", [*SUPPORTED[1:], NEUTRAL])
def test_every_language_defines_the_same_names_with_the_same_types(stage: str, code: str) -> None:
    assert _names(getattr(lexicon(code), stage)) == _names(getattr(lexicon(SUPPORTED[0]), stage))


@pytest.mark.parametrize("stage", STAGES)
def test_keyed_tables_have_the_same_keys_in_the_same_order(stage: str) -> None:
    for name in KEYED_TABLES:
        tables = [getattr(getattr(lexicon(code), stage), name, None) for code in SUPPORTED]
        if tables[0] is not None:
            assert all(list(table) == list(tables[0]) for table in tables), name


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("code", SUPPORTED)
def test_every_word_list_compiles_as_a_regex_alternative(stage: str, code: str) -> None:
    for value in _public(getattr(lexicon(code), stage)).values():
        if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            re.compile(alternation(value))


@pytest.mark.parametrize("stage", STAGES)
def test_the_neutral_lexicon_has_no_words(stage: str) -> None:
    for name, value in _public(getattr(lexicon(NEUTRAL), stage)).items():
        if isinstance(value, (tuple, frozenset, dict)) and name not in NEUTRAL_SETTINGS:
            values = value.values() if isinstance(value, dict) else value
            assert not value or not any(values), name


def test_alternation_keeps_the_order_and_drops_repeats() -> None:
    assert alternation(("der", "die"), ("the", "die")) == "(?:der|die|the)"
    assert re.fullmatch(alternation((), ()), "") is None  # nothing to join: never matches


def test_merged_keeps_the_first_value_and_the_first_order() -> None:
    assert merged({"billion": 1e12, "mio": 1e6}, {"bn": 1e9, "billion": 1e9}) == {
        "billion": 1e12,
        "mio": 1e6,
        "bn": 1e9,
    }
