"""English words for comparing claims: negations, stop words, roles, weekdays."""

from __future__ import annotations

from .. import shared

# Words that negate what they stand in: an odd number of them turns a quotation's meaning round.
NEGATIONS = frozenset("not no never none nobody".split())
# A near-identical statement whose only change is one of these says the opposite.
STATEMENT_NEGATIONS = frozenset(
    """
    not no never none nothing neither nor cannot can't won't don't doesn't didn't isn't aren't
    wasn't weren't hasn't haven't hadn't
    """.split()
)
# Words too common to tell two sentences' topics apart.
STOP_WORDS = frozenset(
    """
    the a an of to in on and or but is are was were be been has have it they we i that this for with
    as at by
    """.split()
)
# Words of a role that name no office: "the Secretary of State" ~ "Secretary State".
ROLE_FILLERS = frozenset("the of".split())
# Kinds of office: two offices of one kind exclude each other.
OFFICE_NOUNS = frozenset(
    "secretary president chancellor spokesman spokeswoman ambassador governor mayor commander".split()
)
# English adjectives are not inflected.
ADJECTIVE_INFLECTION = shared.NEVER
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# ----------------------------------------------------------------------------- quotations
# What a translation keeps and a changed quotation does not (checker/compare/substance.py): the
# person a possessive points to, the modality of a verb, a negation. Classes are language-neutral
# names; a word may stand for several ("her" is hers or a woman's object).
POSSESSIVE_PERSONS: dict[str, frozenset[str]] = {
    "my": frozenset({"1sg"}),
    "our": frozenset({"1pl"}),
    "your": frozenset({"2"}),
    "his": frozenset({"3sg-m"}),
    "her": frozenset({"3sg-f"}),
    "its": frozenset({"3sg-n"}),
    "their": frozenset({"3pl"}),
}
MODALS: dict[str, str] = {
    **dict.fromkeys("may might could can cannot can't couldn't possibly perhaps maybe".split(), "possible"),
    **dict.fromkeys("must mustn't should shouldn't".split(), "necessary"),
}
QUOTE_NEGATIONS = frozenset(
    """
    not no never none nobody nothing neither cannot can't won't don't doesn't didn't isn't aren't
    wasn't weren't hasn't haven't hadn't couldn't shouldn't wouldn't mustn't
    """.split()
)
# Nouns are written in lower case: a capitalised word inside a sentence is a name.
# Pronouns of the first person: a statement in them is its speaker's own words.
FIRST_PERSON = frozenset("i me my mine we us our ours".split())
NOUNS_CAPITALISED = False
# A length after a number and the words after it that measure it from a place: "within 200 km of
# Moscow" is how far away they still are, "covered 200 km" how far they went.
LENGTH_UNITS = frozenset("km kilometer kilometers kilometre kilometres mile miles".split())
DISTANCE_FROM = frozenset("of from away short outside".split())
