"""English words and patterns of the quotation rules (`checker.quotes`).

The same names as `checker/lang/de/quotes.py`. Lists read with every language's together hold
their English half here; a rule that reads only German words has an empty list (or a pattern that
never matches) here.
"""

from __future__ import annotations

import re

_NEVER = re.compile(r"(?!)")

# ----------------------------------------------------------------------------- grammar
SUBJECT_FIRST = True  # “…,” Blinken said; "He said …" refers to the name that opens the sentence before
UNMARKED_REPORTS = True  # "said the troops had left": no comma, no mood marks a reported clause
# “…,” she said. “…”: the sentences after the attribution go on with one quotation
QUOTATION_GOES_ON = True
MOOD_MARKS_REPORT = False
ALL_INDIRECT_REPORTED = True  # every quotation in indirect speech is styled "reported"

# ----------------------------------------------------------------------------- speech verbs
SPEECH_VERB_STEMS: tuple[str, ...] = ()
SPEECH_VERB_FORMS: tuple[str, ...] = ()
# Verbs of saying as a class, each stem with the endings of how it inflects (the forms are the
# stem plus an ending: "insist" insists insisted insisting; "argu" argue argues argued arguing;
# "repl" reply replies replied replying). Verbs that are nouns too ("report", "claim") are
# listed without their bare form: "the report" is no speech verb.
_SAY_STEMS_PLAIN = tuple(
    """
    add insist warn explain remark assert affirm recall reveal boast brag blast complain contend
    demand exclaim gush lament mention mutter plead predict proclaim protest recount respond retort
    scoff shout stress suggest vow whisper yell wonder caution confirm interject maintain ask answer
    recommend remind scream grumble
    """.split()
)
__SAY_STEMS_PLAIN_NOUNS = tuple("report claim comment tweet post".split())  # reports, reported
_SAY_STEMS_E = tuple(
    """
    argu stat not acknowledg announc conced declar jok mus observ reiterat urg alleg cit conclud
    continu emphasiz emphasis estimat pledg promis quot describ opin surmis advis disclos gloat
    sneer
    """.split()
)
_SAY_STEMS_Y = tuple("repl testif den cr".split())  # reply, testify, deny, cry
_ALTERNATION = "|".join
CUE_PATTERN = re.compile(
    rf"(?:{_ALTERNATION(_SAY_STEMS_PLAIN)})(?:s|es|ed|ing)?"
    rf"|(?:{_ALTERNATION(__SAY_STEMS_PLAIN_NOUNS)})(?:s|ed|ing)"
    rf"|(?:{_ALTERNATION(_SAY_STEMS_E)})(?:e|es|ed|ing)"
    rf"|(?:{_ALTERNATION(_SAY_STEMS_Y)})(?:y|ies|ied|ying)"
)
# Irregular and doubling verbs of saying, every form listed.
CUE_WORDS = frozenset(
    """
    said says say saying told tells tell telling wrote writes write writing written spoke speaks
    speaking sang sings swore swears quipped quips quipping snapped snaps admitted admits admitting
    reads believes believed
    """.split()
)
# A verb of saying after these is a noun: "the report", "his claims", "secretary of state".
NOT_CUE_AFTER = frozenset("the a an his her their its our my your this these those such of".split())
NOT_CUES: frozenset[str] = frozenset()
SAY_VERBS: frozenset[str] = frozenset()  # the dative-first reading it serves is German word order
NOT_CUE_BEFORE: dict[str, str] = {}
PARTICLE_VERBS: dict[str, tuple[str, ...]] = {}
STELLEN_PARTICLES: frozenset[str] = frozenset()
ATTITUDES: frozenset[str] = frozenset()
THERE_IS_VERBS: frozenset[str] = frozenset()
NOT_SAYING_STEMS: tuple[str, ...] = ()
BECOME: frozenset[str] = frozenset()
IT_IS_SAID: frozenset[str] = frozenset()
IT_IS_WRITTEN: frozenset[str] = frozenset()
FROM_CIRCLES: frozenset[str] = frozenset()
REPROACH_VERBS: frozenset[str] = frozenset()
SPEECH_ACT = _NEVER

# ----------------------------------------------------------------------------- verbs and mood
AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must does did".split()
)
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
PERFECT_AUXILIARIES: frozenset[str] = frozenset()
RESUMING_AUXILIARIES: tuple[str, ...] = ()
KONJUNKTIV: frozenset[str] = frozenset()
KONJUNKTIV_FORM = _NEVER
NOT_KONJUNKTIV: frozenset[str] = frozenset()
NOT_KONJUNKTIV_ENDINGS: tuple[str, ...] = ()
REPORTATIVE: frozenset[str] = frozenset()
NOT_VERBS: frozenset[str] = frozenset()
PAST_ENDINGS: tuple[str, ...] = ()
VERB_ENDINGS: tuple[str, ...] = ()
ADJECTIVE = _NEVER

# ----------------------------------------------------------------------------- function words
DETERMINERS = frozenset("the a an his her their its my our your this these those several many some".split())
OBJECT_DETERMINERS: frozenset[str] = frozenset()
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset()
POSSESSIVES: frozenset[str] = frozenset()
OWN_WORDS: frozenset[str] = frozenset()
DATIVE_ARTICLES: frozenset[str] = frozenset()
PREPOSITIONS = frozenset("on at after before during for with from by of in into to under over since".split())
ATTRIBUTE_OPENERS = frozenset({"of", "the"})
GENITIVE_PREPOSITIONS = frozenset({"of"})
AGENT_PREPOSITIONS: frozenset[str] = frozenset()
CITED_IN: frozenset[str] = frozenset()
LOCATION_PREPOSITIONS: frozenset[str] = frozenset()
THERE_ADVERBS: frozenset[str] = frozenset()
PLACE_PREPOSITIONS = frozenset({"in"})  # "the spokesman in Washington, John Kirby"
SUBORDINATORS = frozenset(
    "when while after before because although though unless since as if until whether".split()
)
ADVERBIAL_CONJUNCTIONS = frozenset("when while after before because although since until once as".split())
AMBIGUOUS_CONJUNCTIONS = frozenset({"since", "as"})
AS_CONJUNCTIONS = frozenset({"as"})  # "As the minister said, …"
COMPLEMENTIZERS = frozenset({"that", "whether"})
SAID_CLAUSE_OPENERS: frozenset[str] = frozenset()
INFINITIVE_OPENERS: frozenset[str] = frozenset()
# Words that open a reported clause right after the verb: "said that …", "said the troops had left".
CLAUSE_OPENERS = frozenset("that the a an he she it they we i there this these".split())
# Verbs of saying that name whom they tell before what: "told reporters that ...", "warned the committee on
# Tuesday that ...": the reported clause begins at its "that" a few words on.
ADDRESSEE_VERBS = frozenset("told tells tell telling warned warns warning reminded reminds reminding".split())
COMPLEMENTIZER = "that"
CONJUNCTIONS = frozenset("and or but".split())
OPENING_CONJUNCTIONS = frozenset({"and", "but"})
ADDITIVE_CONJUNCTIONS = frozenset({"and"})
MAIN_CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset()
SUBJECT_PRONOUNS = frozenset("he she they i we".split())
NOMINATIVE_PRONOUNS: frozenset[str] = frozenset()
CASE_AMBIGUOUS_PRONOUNS: frozenset[str] = frozenset()
OBJECT_PRONOUNS = frozenset("him them me us".split())  # "told them the minister"
EXPLETIVES = frozenset({"it"})
NOBODY = frozenset({"one"})
RELATIVES = frozenset({"who", "which"})
SUBJECT_RELATIVES = frozenset({"who"})
AMBIGUOUS_RELATIVES: frozenset[str] = frozenset()
RELATIVE_ONLY = frozenset({"which", "whom"})
CLAUSE_RELATIVES = frozenset({"who", "which"})
ADVERBS = frozenset(
    "meanwhile however also later earlier separately yesterday today then still further often again once "
    "repeatedly finally quickly simply".split()
)
ADVERB_ENDING = _NEVER
# A participle that opens a sentence opens a phrase, not its subject: "Speaking at a rally, …",
# "Asked about it, …".
OPENING_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")
GENITIVE_ADVERBS: frozenset[str] = frozenset()
FOCUS_PARTICLES: frozenset[str] = frozenset()
TIME_NOUNS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
THIS_WORDS: frozenset[str] = frozenset()
FOLLOWS_FROM_VERBS: frozenset[str] = frozenset()
BACK_REFERENCES: frozenset[str] = frozenset()
# Words inside a role and name that opens a sentence: "U.S. Secretary of State Antony Blinken".
NAME_JOINERS = frozenset({"of", "the"})

# ----------------------------------------------------------------------------- nouns
# Words that make a capitalised phrase a body, never a person's name: "the Wagner Group", "the
# Interior Ministry".
BODY_ENDINGS = tuple(
    """
    group ministry department office agency government council committee commission army police
    service services party company corporation court parliament senate union organization
    organisation institute foundation states nations kingdom republic
    """.split()
)
NOUN_ENDINGS: tuple[str, ...] = ()
COMMON_NOUN_ENDINGS: tuple[str, ...] = ()
PLACE_NOUN_ENDINGS: tuple[str, ...] = ()
QUANTITY_NOUNS: frozenset[str] = frozenset()

# ----------------------------------------------------------------------------- quoted names
TITLE_NOUNS = frozenset("titled called named dubbed operation campaign magazine newspaper".split())
TITLE_ENDINGS: frozenset[str] = frozenset()
GLOSSES: frozenset[str] = frozenset()
FUNCTION_WORDS = frozenset("of the and for in on at a an to".split())
SCARE_CONTEXT = _NEVER
CALLED_BEFORE: frozenset[str] = frozenset()

# ----------------------------------------------------------------------------- sources
SOURCE_MARKERS = frozenset({"according"})
MARKER = re.compile(r"\b(?:[Aa]ccording\s+to)\b")
MARKER_HINT = re.compile(r"(?:[Aa]ccording)\b")
SAYING_NOUN = _NEVER
PUBLISHED = _NEVER
SOURCE_WORD = _NEVER
SOURCE_PREFIX = _NEVER
# The owner of a statement named before it: "Lee’s answer: “…”" is Lee's (the noun may be read as
# the cue: "Lee’s" alone).
OWNER_SAYING = re.compile(
    r"^([A-Z][\w-]+)['’]s(?:\s+(?:answer|reply|response|words|message|statement|verdict|warning|comment|remarks))?$"
)
APPOSITION_ARTICLES = frozenset({"the"})
APPOSITION_VERBS = frozenset({"said"})
