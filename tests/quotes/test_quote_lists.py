"""The rules' word lists (checker/quotes/words.py): every language's lists and patterns together."""

from __future__ import annotations

from checker.lang import lexicon
from checker.quotes import words


def test_a_word_list_of_every_language_is_the_union_of_their_halves() -> None:
    de, en = lexicon("de").quotes, lexicon("en").quotes
    assert words.DETERMINERS == de.DETERMINERS | en.DETERMINERS
    assert {"der", "the"} <= words.DETERMINERS


def test_a_pattern_of_every_language_matches_what_either_matches() -> None:
    assert words.MARKER.search("Laut Polizei kam niemand.")
    assert words.MARKER.search("According to the police nobody came.")
    assert words.MARKER.search("Nobody came.") is None
    # a pattern only one language has is that language's own
    assert words.SAYING_NOUN is lexicon("de").quotes.SAYING_NOUN


def test_patterns_built_from_words_keep_their_shape() -> None:
    assert words.COMPLEMENT.match("dass") and words.COMPLEMENT.match("whether")
    assert not words.COMPLEMENT.match("dasselbe")
    role = words.APPOSITION.match(", der Sprecher des Rats, sagte")
    assert role is not None and role.group(1) == "der Sprecher des Rats"
