"""German words for people: roles, titles and the little words around a name.

`checker.entities.people` reads these with every language's together (a German article names
English office holders), through `every_language("people", NAME)`.
"""

from __future__ import annotations

# Role nouns end in these words ("Außenminister", "US-Verteidigungsministerin", "Regierungssprecher").
ROLE_ENDINGS = frozenset(
    """
    minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin chef chefin
    leiter leiterin sekretär sekretärin direktor direktorin vorsitzende vorsitzender botschafter
    botschafterin general generalin kommandeur kommandeurin berater beraterin experte expertin
    bürgermeister bürgermeisterin abgeordnete abgeordneter senator senatorin gouverneur gouverneurin
    richter richterin anwalt anwältin professor professorin trainer trainerin kommissar kommissarin
    diplomat diplomatin beamte beamter offizier offizierin analyst analystin vorstand vorstandschef
    geschäftsführer geschäftsführerin staatssekretär staatssekretärin arzt ärztin polizist
    polizistin forscher forscherin gründer gründerin premier premierminister könig königin papst
    kardinal bischof führer führerin anführer anführerin
    """.split()
)
# Inflection endings of a role noun ("des Präsidenten", "des Kanzlers"): no part of a name.
ROLE_INFLECTIONS = frozenset("en n s es".split())
TITLES = frozenset("dr dr. prof prof. professor herr frau general präsident minister premier".split())
DETERMINERS = frozenset(
    """
    der die das dem den des ein eine einer eines einem einen sein seine ihr ihre seinem seinen
    seiner ihrem ihren ihrer
    """.split()
)
# Articles of a genitive that completes a role: "Sprecher des nationalen Sicherheitsrats".
GENITIVE_ARTICLES = frozenset({"des", "der"})
# Prepositions that attach a place or an organisation after a name ("Sascha Kempf vom Institut").
PREPOSITIONS = frozenset("vom von aus in im bei beim für am an zu zum zur nach während seit".split())
PRONOUNS = frozenset("er sie es man ich wir".split())
# Pronouns of one person of one gender ("sie" is a woman or many, so not listed).
GENDERED_PRONOUNS = {"er": "male"}
# Roles that speak for someone else: a spokesman's statement is the office's, not its head's words.
SPOKESPERSON_ENDINGS = frozenset({"sprecher", "sprecherin"})
# Capitalised adjectives in names and genitives ("Deutsche Welle", "der Russischen Föderation"):
# a stem ending, then an inflection ending.
ADJECTIVE_STEM_ENDINGS = frozenset("sch lich ig t al är ell".split())
ADJECTIVE_ENDINGS = frozenset("e en er es em".split())
