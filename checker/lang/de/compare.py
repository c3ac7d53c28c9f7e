"""German words for comparing claims: negations, stop words, roles, weekdays."""

from __future__ import annotations

import re

# Words that negate what they stand in: an odd number of them turns a quotation's meaning round.
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals".split())
# A near-identical statement whose only change is one of these says the opposite: the negations,
# "nichts", and the halves of "weder … noch" (which a count of NEGATIONS must not see twice).
STATEMENT_NEGATIONS = NEGATIONS | frozenset("nichts weder noch".split())
# Words too common to tell two sentences' topics apart.
STOP_WORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber zu zum zur von vom im in
    an am auf mit für ist sind war wird werden hat haben es sie er wir ich auch dass nicht so wie
    """.split()
)
# Words of a role that name no office: "der Außenminister der Ukraine" ~ "Außenminister Ukraine".
ROLE_FILLERS = frozenset("der die das des dem den".split())
# Kinds of office: two offices of one kind exclude each other (Außenminister, Verteidigungsminister).
OFFICE_NOUNS = frozenset(
    """
    minister präsident kanzler sprecher sekretär botschafter general kommandeur bürgermeister
    gouverneur richter direktor vorsitzende
    """.split()
)
# The inflection of an adjective in a role, dropped to compare roles: "luxemburgische(n)" -> "luxemburgisch".
ADJECTIVE_INFLECTION = re.compile(r"(?<=isch)(?:e|en|er|es|em)$")
WEEKDAYS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split())

# ----------------------------------------------------------------------------- quotations
# What a translation keeps and a changed quotation does not (checker/compare/substance.py): the
# person a possessive points to, the modality of a verb, a negation. Classes are language-neutral
# names; a word may stand for several ("ihre" is a woman's or theirs, "seine" a man's or a thing's).
_POSSESSIVE_STEMS = {
    "mein": frozenset({"1sg"}),
    "unser": frozenset({"1pl"}),
    "dein": frozenset({"2"}),
    "euer": frozenset({"2"}),
    "eur": frozenset({"2"}),
    "sein": frozenset({"3sg-m", "3sg-n"}),
    "ihr": frozenset({"3sg-f", "3pl", "2"}),
}
POSSESSIVE_PERSONS: dict[str, frozenset[str]] = {
    stem + ending: persons
    for stem, persons in _POSSESSIVE_STEMS.items()
    for ending in ("e", "en", "em", "er", "es", "")
    if stem + ending not in ("eur", "sein")  # "sein" alone is the verb; "eur" is no word
}
MODALS: dict[str, str] = {
    **dict.fromkeys(
        """
        kann kannst können könnt konnte konnten könne könnte könnten dürfte dürften mag mögen
        möglicherweise vielleicht eventuell
        """.split(),
        "possible",
    ),
    **dict.fromkeys(
        "muss musst müssen müsst musste mussten müsse müsste müssten sollte sollten".split(), "necessary"
    ),
}
QUOTE_NEGATIONS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder".split()
)
# Nouns are capitalised: a capitalised word inside a sentence may be a noun or a name.
# Pronouns of the first person: a statement in them is its speaker's own words.
FIRST_PERSON = frozenset(
    """
    ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer
    unseres
    """.split()
)
NOUNS_CAPITALISED = True
# A length after a number and the words after it that measure it from a place: „200 Kilometer vor
# Moskau“ is how far away they still are, „200 Kilometer zurückgelegt“ how far they went.
LENGTH_UNITS = frozenset("km kilometer kilometern meile meilen".split())
DISTANCE_FROM = frozenset("vor von vom entfernt außerhalb".split())
