"""English words for people: roles, titles and the little words around a name.

`checker.entities.people` reads these with every language's together (an English article names
German office holders), through `every_language("people", NAME)`.
"""

from __future__ import annotations

# Role nouns end in these words ("Secretary", "spokeswoman", "Prime Minister").
ROLE_ENDINGS = frozenset(
    """
    secretary spokesman spokeswoman spokesperson director ambassador adviser advisor official
    governor chancellor commander mayor president premier chairman chairwoman chair head leader
    prime
    """.split()
)
ROLE_INFLECTIONS: frozenset[str] = frozenset()  # English role nouns do not inflect in a name
TITLES = frozenset(
    """
    dr dr. prof prof. professor mr mr. mrs mrs. ms ms. sir dame lord lady st. general gen. sen.
    rep. gov. president minister premier lt. col. sgt. capt. cmdr. adm. rev. amb. atty. supt.
    """.split()
)
DETERMINERS = frozenset("the a an".split())
GENITIVE_ARTICLES: frozenset[str] = frozenset()
PREPOSITIONS = frozenset("of from at with".split())
PRONOUNS = frozenset("he she they i we it".split())
# Pronouns of one person of one gender: "he" after "she" is someone else.
GENDERED_PRONOUNS = {"he": "male", "she": "female"}
# Roles that speak for someone else: a spokesman's statement is the office's, not its head's words.
SPOKESPERSON_ENDINGS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ADJECTIVE_STEM_ENDINGS: frozenset[str] = frozenset()  # English adjectives do not inflect
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()
