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
