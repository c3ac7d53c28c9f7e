"""The figure rules of a language without its own ("xx"): the same names as de/ and en/, empty.

Most figure rules read the German and English words in any text, so an article in another
language (or of undetermined language) still has its digits, country names and cited sources
read; only what the article's own language decides is neutral here: nouns are not told by their
capitals (NOUNS_CAPITALISED = False, so a counted noun is one of the first words after a number)
and no adverb endings are known.
"""

from __future__ import annotations

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {}
COUNTRY_ADJECTIVES: dict[str, tuple[str, ...]] = {}
DEMONYMS: dict[str, tuple[str, ...]] = {}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
COUNTRY_PREFIXES: dict[str, str] = {}
SPLIT_ADJECTIVES: dict[str, str] = {}
ADJECTIVE_ACRONYMS: dict[str, str] = {}
ORIGIN_PHRASES: dict[str, str] = {}
REGION_NOUNS_BEFORE_NAME: tuple[str, ...] = ()
REGION_NOUNS_AFTER_NAME: tuple[str, ...] = ()
WHOLE_COUNTRY_NOUNS: tuple[str, ...] = ()
DIRECTION_NOUNS: tuple[str, ...] = ()
DIRECTION_NOUN_ARTICLES: tuple[str, ...] = ()
DIRECTION_PREFIXES: tuple[str, ...] = ()
COMPOUND_COUNTRIES: tuple[str, ...] = ()
DIRECTION_ADJECTIVES: tuple[str, ...] = ()
DIRECTIONS: dict[str, str] = {}
CONCEPTS: dict[str, tuple[str, ...]] = {}
CONCEPT_ENDINGS: tuple[str, ...] = ()
NOT_COUNTED: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
NOUNS_CAPITALISED = False
HEAD_LAST = False
ADVERB_ENDINGS: tuple[str, ...] = ()
# A word with these endings after a noun is its participle, not a noun it modifies
# ("aircraft shot", "pilots killed").
PARTICIPLE_ENDINGS: tuple[str, ...] = ()
COUNT_VERB_ENDINGS: tuple[str, ...] = ()
FUNCTION_WORDS: frozenset[str] = frozenset()
POSSESSIVES: tuple[str, ...] = ()
PART_AFTER: tuple[str, ...] = ()
PART_BEFORE: tuple[str, ...] = ()
FIRST_ARTICLES: tuple[str, ...] = ()
FIRST_WORDS: tuple[str, ...] = ()
RATES: dict[str, tuple[str, ...]] = {}
MILITARY_WORDS: tuple[str, ...] = ()
FROM_PREPOSITIONS: tuple[str, ...] = ()
FROM_ARTICLES: tuple[str, ...] = ()
LOCATIVE_PREPOSITIONS: tuple[str, ...] = ()
DEFINITE_ARTICLES: tuple[str, ...] = ()
MOVEMENT_VERBS: tuple[str, ...] = ()
DAY_PREPOSITIONS: tuple[str, ...] = ()
WEEKEND: tuple[str, ...] = ()
SHORT_PERIODS: tuple[str, ...] = ()
SINCE_PREPOSITIONS: tuple[str, ...] = ()
LAST_24_HOURS: tuple[str, ...] = ()
PERIOD_BOUNDS: dict[str, str] = {}
PERIOD_NAMES: dict[str, str] = {}
SCOPE_PREPOSITIONS: tuple[str, ...] = ()
SCOPE_ARTICLES: tuple[str, ...] = ()
TERRITORY_ADJECTIVES: tuple[str, ...] = ()
TERRITORY_NOUNS: tuple[str, ...] = ()
SITE_NOUNS: tuple[str, ...] = ()
PLACE_ANAPHORS: tuple[str, ...] = ()
NAME_PREPOSITIONS: tuple[str, ...] = ()
NOUN_SUFFIXES: tuple[str, ...] = ()
GOVERNMENT_METONYMS: frozenset[str] = frozenset()
WEEKDAYS: dict[str, int] = {}
SINCE_WEEKDAYS: tuple[str, ...] = ()
DAYPART_SUFFIXES: tuple[str, ...] = ()
MONTH_NUMBERS: dict[str, int] = {}
DAY_MONTHS: tuple[str, ...] = ()
MONTHS_BEFORE_DAY: tuple[str, ...] = ()
RELATIVE_DAYS: dict[str, int] = {}
UNTIL_PREPOSITIONS: tuple[str, ...] = ()
MONTH_PARTS: tuple[str, ...] = ()
EARLIER: tuple[str, ...] = ()
UNITS_AFTER_YEAR: tuple[str, ...] = ()
YEAR_SPAN_WORDS: tuple[str, ...] = ()
YEAR_SPAN_ARTICLES: tuple[str, ...] = ()
YEAR_NOUNS: tuple[str, ...] = ()
PROJECTION_WORDS: tuple[str, ...] = ()
MODAL_MONTHS: frozenset[str] = frozenset()
CAPACITY_PREPOSITIONS: tuple[str, ...] = ()
CAPACITY_LIMITS: tuple[str, ...] = ()
FUTURE_AUXILIARIES: tuple[str, ...] = ()
PARTICIPLE_SHAPES: tuple[str, ...] = ()
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ()
THAT_CONJUNCTIONS: tuple[str, ...] = ()
CITE_VERBS: tuple[str, ...] = ()
CITE_PARTICIPLES: tuple[str, ...] = ()
PERFECT_AUXILIARIES: tuple[str, ...] = ()
HAS: tuple[str, ...] = ()
SAY_BEFORE_NAME: tuple[str, ...] = ()
RELATIVE_SUBJECTS: tuple[str, ...] = ()
ACCORDING_TO: tuple[str, ...] = ()
COUNT_PREPOSITIONS: tuple[str, ...] = ()
COUNT_DETERMINERS: tuple[str, ...] = ()
COUNT_NOUNS: tuple[str, ...] = ()
GLUED_COUNT_NOUNS: tuple[str, ...] = ()
SOURCE_LINK_ARTICLES: tuple[str, ...] = ()
POSTPOSITIONS: tuple[str, ...] = ()
APPOSITION_ARTICLES: tuple[str, ...] = ()
SOURCE_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
BODY_NOUNS: tuple[str, ...] = ()
BODY_AUXILIARIES: tuple[str, ...] = ()
CITE_ADVERBIALS: tuple[str, ...] = ()
EVIDENCE_PHRASES: tuple[str, ...] = ()
BODY_CITE_VERBS: tuple[str, ...] = ()
BODY_WORDS: tuple[str, ...] = ()
PASSIVE_CITE_VERBS: tuple[str, ...] = ()
AGENT_PREPOSITIONS: tuple[str, ...] = ()
AGENT_ARTICLES: tuple[str, ...] = ()
LEADING_ARTICLES: tuple[str, ...] = ()
NOT_SOURCES: tuple[str, ...] = ()
SOURCE_OPENING_PREPOSITIONS: tuple[str, ...] = ()
SOURCE_LINKS: frozenset[str] = frozenset()
COMPANION_PREPOSITIONS: tuple[str, ...] = ()
AGENCY_NOUNS: tuple[str, ...] = ()
NEWS_AGENCIES: tuple[str, ...] = ()
ROLE_NOUNS: tuple[str, ...] = ()
PERSON_PRONOUNS: frozenset[str] = frozenset()
BODY_PRONOUNS: frozenset[str] = frozenset()
SOURCE_ANAPHORS: tuple[str, ...] = ()
SOURCE_REFERENCES: tuple[str, ...] = ()
SOURCE_POSSESSIVE_PREPOSITIONS: tuple[str, ...] = ()
SOURCE_POSSESSIVES: tuple[str, ...] = ()
CONTRAST_WORDS: tuple[str, ...] = ()
EARLIER_YEAR: tuple[str, ...] = ()
# A running total counts from a year: "seit 2013", "since 2013" (regex).
SINCE_YEAR_WORDS: tuple[str, ...] = ()
DISTANCE_FROM: tuple[str, ...] = ()
# "within 200 km", "bis auf 200 Kilometer": a qualifier that makes a length a distance from a place.
DISTANCE_FROM_QUALIFIERS: tuple[str, ...] = ()
FRAME_SKIPS: tuple[str, ...] = ()
INCLUSIVE_TAILS: tuple[str, ...] = ()

OFFICIAL_ROLES: tuple[str, ...] = ()
HEAD_COMPLEMENTS: tuple[str, ...] = ()
ROLE_APPOSITION_ARTICLES: tuple[str, ...] = ()
