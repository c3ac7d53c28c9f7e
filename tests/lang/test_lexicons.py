"""The language layer: every language folder defines the same names, unknown languages are refused
or read neutrally, and text of any language goes through the pipeline."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

import checker
from checker.lang import (
    NEUTRAL,
    STAGES,
    SUPPORTED,
    UnsupportedLanguage,
    every_language,
    lexicon,
    reading_language,
)

LANGUAGES = (*SUPPORTED, NEUTRAL)
# The stages whose words this test knows to be words (the neutral lexicon has none of them); the
# other stages' neutral values may hold language-free data such as quotation marks.
WORDS_ONLY_STAGES = ("sentences", "compare", "report")
_LETTER = re.compile(r"[^\W\d_]")
DATA_TYPES = (str, bool, int, float, frozenset, set, tuple, list, dict, re.Pattern, type(None))


def _public(module: ModuleType) -> dict[str, object]:
    """A lexicon module's data: its public names, without imported modules and __future__ flags."""
    return {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, ModuleType) and name != "annotations"
    }


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [w for k, v in value.items() for w in (*_words(k), *_words(v))]
    if isinstance(value, (set, frozenset, tuple, list)):
        return [w for item in value for w in _words(item)]
    return []


@pytest.mark.parametrize("stage", STAGES)
def test_every_language_defines_the_same_names_with_the_same_types(stage: str) -> None:
    reference = _public(getattr(lexicon(SUPPORTED[0]), stage))
    for code in LANGUAGES[1:]:
        names = _public(getattr(lexicon(code), stage))
        assert sorted(names) == sorted(reference), f"{code}/{stage}.py and {SUPPORTED[0]}/{stage}.py differ"
        for name, value in names.items():
            assert type(value) is type(reference[name]), (
                f"{code}/{stage}.py: {name} is {type(value).__name__}"
            )


@pytest.mark.parametrize("stage", STAGES)
def test_lexicon_modules_hold_data_only(stage: str) -> None:
    # Language knowledge is data: UPPER_CASE constants, no functions or classes of its own.
    for code in LANGUAGES:
        module = getattr(lexicon(code), stage)
        for name, value in _public(module).items():
            where = f"{code}/{stage}.py: {name}"
            assert getattr(value, "__module__", None) != module.__name__, f"{where} is code, not data"
            if isinstance(value, DATA_TYPES):
                assert name.isupper(), f"{where} should be an UPPER_CASE constant"


@pytest.mark.parametrize("stage", WORDS_ONLY_STAGES)
def test_the_neutral_lexicon_has_no_words(stage: str) -> None:
    for name, value in _public(getattr(lexicon(NEUTRAL), stage)).items():
        assert not [w for w in _words(value) if _LETTER.search(w)], f"xx/{stage}.py: {name} holds words"
        if isinstance(value, re.Pattern):
            assert value.search("Die Truppen sind am Montag eingetroffen. The troops are here.") is None


def test_an_unknown_language_has_no_lexicon() -> None:
    with pytest.raises(UnsupportedLanguage, match=r"'fr'.*'de', 'en', 'xx'"):
        lexicon("fr")
    assert issubclass(UnsupportedLanguage, checker.CheckerError)


def test_the_lexicon_is_loaded_once() -> None:
    assert lexicon("de") is lexicon("de")
    assert lexicon("de").code == "de" and lexicon("de").sentences.__name__ == "checker.lang.de.sentences"


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("de", "The troops are here.", "de"),  # a given code wins over the text
        ("en", "Die Truppen sind da.", "en"),
        ("fr", "Les troupes sont arrivées à Koursk.", NEUTRAL),  # never read with German words
        ("und", "12.000 / 3.000", NEUTRAL),
        (None, "Die Truppen sind in der Region und werden bald verlegt.", "de"),
        (None, "The troops are in the region and will be moved soon.", "en"),
        (None, "12.000 / 3.000 / 8.000", NEUTRAL),  # detected as undetermined
    ],
)
def test_reading_language(code: str | None, text: str, expected: str) -> None:
    assert reading_language(code, text) == expected


def test_every_language_is_the_union_of_the_supported_ones() -> None:
    union = every_language("sentences", "ABBREVIATIONS")
    assert union == lexicon("de").sentences.ABBREVIATIONS | lexicon("en").sentences.ABBREVIATIONS
    assert {"bzw", "mr"} <= union and isinstance(union, frozenset)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous n'enverrons pas de soldats », a déclaré le ministre. 8 000 soldats sont à Koursk."),
        (None, "12.000 / 3.000 / 8.000 — 2024-10-28"),
        ("und", "„…“ 3.000"),
    ],
)
def test_text_in_a_language_without_rules_is_extracted_without_error(lang: str | None, text: str) -> None:
    claims = checker.extract([{"id": "x", "text": text, "lang": lang}])
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        for inner in (claim.figure, claim.quote):
            assert inner is None or 0 <= inner.start <= inner.end <= len(text)
