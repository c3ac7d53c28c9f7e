"""The words and patterns of the quotation rules, bound once from `checker.lang`.

Most rules read every language's words together, whatever the article's language: a German
article quotes English names and titles, and the rules, written for German, always read an
English article's German words too. Those lists are bound here, each the union over the
supported languages of `checker/lang/<code>/quotes.py`. What differs by language (speech verbs,
Konjunktiv forms, word order) is read from the article's own lexicon, `doc.lexicon` (see
`tokens.QuoteDoc`).
"""

from __future__ import annotations

import re
from typing import Any

from ..lang import SUPPORTED, every_language, lexicon

_NEVER = r"(?!)"  # the pattern of a language without such a rule


def _words(name: str) -> frozenset[str]:
    return every_language("quotes", name)


def _affixes(name: str) -> tuple[str, ...]:
    """Word beginnings or endings of every language, for ``str.startswith`` and ``str.endswith``."""
    return tuple(sorted({e for code in SUPPORTED for e in getattr(lexicon(code).quotes, name)}))


def _pattern(name: str) -> re.Pattern[str]:
    """A pattern of every language: one language's own, or the alternation of several."""
    found = [getattr(lexicon(code).quotes, name) for code in SUPPORTED]
    live = [p for p in found if p.pattern != _NEVER]
    if len(live) <= 1:
        return live[0] if live else found[0]
    if len({p.flags for p in live}) > 1:
        raise ValueError(f"the {name} patterns of {SUPPORTED} differ in their flags")
    return re.compile("|".join(f"(?:{p.pattern})" for p in live), live[0].flags)


def _table(name: str) -> dict[str, Any]:
    """A word table of every language (their keys are words of one language each)."""
    merged: dict[str, Any] = {}
    for code in SUPPORTED:
        table = getattr(lexicon(code).quotes, name)
        if merged.keys() & table.keys():
            raise ValueError(f"the {name} tables of {SUPPORTED} share a key")
        merged.update(table)
    return merged


def _alternatives(words: frozenset[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# ----------------------------------------------------------------------------- speech verbs
SAY_VERBS = _words("SAY_VERBS")
NOT_CUE_BEFORE: dict[str, str] = _table("NOT_CUE_BEFORE")
PARTICLE_VERBS: dict[str, tuple[str, ...]] = _table("PARTICLE_VERBS")
STELLEN_PARTICLES = _words("STELLEN_PARTICLES")
ATTITUDES = _words("ATTITUDES")
THERE_IS_VERBS = _words("THERE_IS_VERBS")
NOT_SAYING_STEMS = _affixes("NOT_SAYING_STEMS")
BECOME = _words("BECOME")
IT_IS_SAID = _words("IT_IS_SAID")
IT_IS_WRITTEN = _words("IT_IS_WRITTEN")
FROM_CIRCLES = _words("FROM_CIRCLES")
REPROACH_VERBS = _words("REPROACH_VERBS")
SPEECH_ACT = _pattern("SPEECH_ACT")

# ----------------------------------------------------------------------------- verbs and mood
AUXILIARIES = _words("AUXILIARIES")
PASSIVE_AUXILIARIES = _words("PASSIVE_AUXILIARIES")
PERFECT_AUXILIARIES = _words("PERFECT_AUXILIARIES")
KONJUNKTIV = _words("KONJUNKTIV")
REPORTATIVE = _words("REPORTATIVE")
NOT_VERBS = _words("NOT_VERBS")
PAST_ENDINGS = _affixes("PAST_ENDINGS")
VERB_ENDINGS = _affixes("VERB_ENDINGS")
ADJECTIVE = _pattern("ADJECTIVE")

# ----------------------------------------------------------------------------- function words
DETERMINERS = _words("DETERMINERS")
OBJECT_DETERMINERS = _words("OBJECT_DETERMINERS")
POSSESSIVE_DETERMINERS = _words("POSSESSIVE_DETERMINERS")
POSSESSIVES = _words("POSSESSIVES")
GENITIVE_ARTICLES = every_language("people", "GENITIVE_ARTICLES")
# Titles written with a full stop ("Mr.", "Sen.", "Dr."), without it: the stop is part of a name.
TITLE_ABBREVIATIONS = frozenset(t[:-1] for t in every_language("people", "TITLES") if t.endswith("."))
OWN_WORDS = _words("OWN_WORDS")
DATIVE_ARTICLES = _words("DATIVE_ARTICLES")
PREPOSITIONS = _words("PREPOSITIONS")
ATTRIBUTE_OPENERS = _words("ATTRIBUTE_OPENERS")
GENITIVE_PREPOSITIONS = _words("GENITIVE_PREPOSITIONS")
AGENT_PREPOSITIONS = _words("AGENT_PREPOSITIONS")
CITED_IN = _words("CITED_IN")
THERE_ADVERBS = _words("THERE_ADVERBS")
LOCATION_WORDS = _words("LOCATION_PREPOSITIONS") | THERE_ADVERBS
SUBORDINATORS = _words("SUBORDINATORS")
ADVERBIAL_CONJUNCTIONS = _words("ADVERBIAL_CONJUNCTIONS")
AMBIGUOUS_CONJUNCTIONS = _words("AMBIGUOUS_CONJUNCTIONS")
AS_CONJUNCTIONS = _words("AS_CONJUNCTIONS")
COMPLEMENT = re.compile(rf"(?:{_alternatives(_words('COMPLEMENTIZERS'))})\b")
SAID_CLAUSE_OPENERS = _words("SAID_CLAUSE_OPENERS")
INFINITIVE_OPENERS = _words("INFINITIVE_OPENERS")
CONJUNCTIONS = _words("CONJUNCTIONS")
OPENING_CONJUNCTIONS = _words("OPENING_CONJUNCTIONS")
ADDITIVE_CONJUNCTIONS = _words("ADDITIVE_CONJUNCTIONS")
MAIN_CLAUSE_CONJUNCTIONS = _words("MAIN_CLAUSE_CONJUNCTIONS")
SUBJECT_PRONOUNS = _words("SUBJECT_PRONOUNS")
NOMINATIVE_PRONOUNS = _words("NOMINATIVE_PRONOUNS")
CASE_AMBIGUOUS_PRONOUNS = _words("CASE_AMBIGUOUS_PRONOUNS")
EXPLETIVES = _words("EXPLETIVES")
OBJECT_PRONOUNS = _words("OBJECT_PRONOUNS")
NOBODY = _words("NOBODY")
RELATIVES = _words("RELATIVES")
SUBJECT_RELATIVES = _words("SUBJECT_RELATIVES")
AMBIGUOUS_RELATIVES = _words("AMBIGUOUS_RELATIVES")
RELATIVE_ONLY = _words("RELATIVE_ONLY")
CLAUSE_RELATIVES = _words("CLAUSE_RELATIVES")
ADVERBS = _words("ADVERBS")
ADVERB_ENDING = _pattern("ADVERB_ENDING")
GENITIVE_ADVERBS = _words("GENITIVE_ADVERBS")
FOCUS_PARTICLES = _words("FOCUS_PARTICLES")
TIME_NOUNS = _words("TIME_NOUNS")
THIS_WORDS = _words("THIS_WORDS")
FOLLOWS_FROM_VERBS = _words("FOLLOWS_FROM_VERBS")
BACK_REFERENCES = _words("BACK_REFERENCES")

# ----------------------------------------------------------------------------- nouns
BODY_ENDINGS = _affixes("BODY_ENDINGS")
NOUN_ENDINGS = _affixes("NOUN_ENDINGS")
# Endings that no word of a person's name has: bodies, common nouns, places.
COMMON_ENDINGS = (*BODY_ENDINGS, *_affixes("COMMON_NOUN_ENDINGS"), *_affixes("PLACE_NOUN_ENDINGS"))
QUANTITY_NOUNS = _words("QUANTITY_NOUNS")

# ----------------------------------------------------------------------------- quoted names
TITLE_NOUNS = _words("TITLE_NOUNS")
TITLE_ENDINGS = _words("TITLE_ENDINGS")
GLOSSES = _words("GLOSSES")
FUNCTION_WORDS = _words("FUNCTION_WORDS")
SCARE_CONTEXT = _pattern("SCARE_CONTEXT")
CALLED_BEFORE = _words("CALLED_BEFORE")

# ----------------------------------------------------------------------------- sources
SOURCE_MARKERS = _words("SOURCE_MARKERS")
MARKER = _pattern("MARKER")
MARKER_HINT = _pattern("MARKER_HINT")
SAYING_NOUN = _pattern("SAYING_NOUN")
PUBLISHED = _pattern("PUBLISHED")
SOURCE_WORD = _pattern("SOURCE_WORD")
SOURCE_PREFIX = _pattern("SOURCE_PREFIX")
OWNER_SAYING = _pattern("OWNER_SAYING")
# A role set off by commas after the speaker: ", der Sprecher des Ministeriums, sagte …".
APPOSITION = re.compile(
    rf",\s+((?:{_alternatives(_words('APPOSITION_ARTICLES'))})\s+[^,.;:„“]{{3,60}}?)"
    rf"(?:[,.;]|\s+(?={_alternatives(_words('APPOSITION_VERBS'))})|$)"
)
# ", John Kirby," / " in Washington, John Kirby." after a role: the name set off by commas.
APPOSITION_NAME = re.compile(
    rf"(?:\s+(?:{_alternatives(_words('PLACE_PREPOSITIONS'))})\s+[A-ZÄÖÜ][\w-]+)?,\s+"
    r"((?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}[A-ZÄÖÜ][\w'’-]+)\s*(?:[,.;]|$)"
)
