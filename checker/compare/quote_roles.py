"""Roles of quoted people across articles: one person with two offices of one kind, or one office
held by two people in articles of one story."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from ..entities.people import parse_mention, person_key, same_person
from ..lang import SUPPORTED, every_language, lexicon
from ..types import Article, Claim, Conflict, Pair

_ROLE_FILLERS = every_language("compare", "ROLE_FILLERS")
_ADJECTIVE_INFLECTIONS = tuple(lexicon(code).compare.ADJECTIVE_INFLECTION for code in SUPPORTED)


def _role_key(role: str) -> str:
    """A role as compared between people: "der luxemburgische Außenminister" -> "luxemburgisch außenminister".

    The qualifier stays (a foreign minister of one country is not the one of another; a bare
    "Außenminister" names no country and so matches no qualified role), hyphens go
    ("Wirtschaftskammer-Präsident" = "Wirtschaftskammerpräsident") and so do adjective endings.
    """
    words = [
        w.lower().replace("-", "").replace("ß", "ss") for w in role.split() if w.lower() not in _ROLE_FILLERS
    ]
    return " ".join(_without_inflection(w) for w in words)


def _without_inflection(word: str) -> str:
    for inflection in _ADJECTIVE_INFLECTIONS:
        word = inflection.sub("", word)
    return word


def role_findings(
    claims: Sequence[Claim], pairs: Sequence[Pair], articles: Mapping[str, Article]
) -> Iterator[Conflict]:
    """A person with two incompatible roles, or one specific role credited to two people.

    Only between articles about one story (they share at least one paired claim): roles change
    over the years, so across unrelated articles two roles are news, not a disagreement.
    """
    linked = _linked_articles(claims, pairs)
    named = [c for c in claims if c.kind == "quote" and _has_role(c)]
    by_person: dict[str, Claim] = {}
    by_role: dict[tuple[str, str], Claim] = {}
    for side in sorted(named, key=lambda c: c.id):
        quote = side.quote
        assert quote is not None and quote.role is not None and quote.speaker is not None
        person = person_key(quote.speaker)
        role = _role_key(quote.role)
        first = by_person.setdefault(person, side)
        if _differ(first, side, linked) and role and _incompatible_roles(first, side):
            yield _role_conflict(first, side, f"{quote.speaker} has two roles")
        holder = by_role.setdefault(((side.lang or "und"), role), side)
        if _differ(holder, side, linked) and _qualified(quote.role) and _two_holders(holder, side, articles):
            yield _role_conflict(holder, side, f"{quote.role} is credited to two people")


# Two articles are of one story when they share a claim pair this alike (the pairing stage's own
# threshold; quotation pairs below it, which the statement comparison reads, link no story).
STORY_PAIR_SCORE = 0.92


def _linked_articles(claims: Sequence[Claim], pairs: Sequence[Pair]) -> set[frozenset[str]]:
    """Article pairs that share at least one claim pair of `STORY_PAIR_SCORE` or more."""
    article_of = {claim.id: claim.article_id for claim in claims}
    return {
        frozenset((article_of[p.a], article_of[p.b]))
        for p in pairs
        if p.a in article_of and p.b in article_of and p.score >= STORY_PAIR_SCORE
    }


# Kinds of office, at a word's end; the feminine "-in" belongs to the same kind (Außenministerin),
# and so does the "-r" of "Vorsitzender". No office noun ends another, so their order is free.
_ROLE_CLASS = re.compile(
    "(" + "|".join(sorted(every_language("compare", "OFFICE_NOUNS"))) + ")(?=(?:in|r)?$)"
)


def _role_head(role: str) -> tuple[str, str] | None:
    """The role noun and its kind: "der Verteidigungsminister der Ukraine" -> (noun, "minister")."""
    for word in reversed(role.split()):
        match = _ROLE_CLASS.search(word.lower())
        if match and word[:1].isupper():
            # "US-Außenamtssprecher" and the Swiss "Aussenamtssprecher" are one office: a country
            # code before a hyphen and the spelling of "ß" make no other; "Handelskammer-Präsident"
            # is "Handelskammerpräsident"
            parts = word[: match.end(1)].split("-")
            while len(parts) > 1 and parts[0].isupper():
                parts.pop(0)
            return "".join(parts).lower().replace("ß", "ss"), match.group(1)
    return None


def _incompatible_roles(a: Claim, b: Claim) -> bool:
    # Two offices of one kind (Außenminister vs Verteidigungsminister) exclude each other; offices of
    # different kinds (Wirtschaftsminister and Parteichef) are often held at once.
    ha = _role_head(a.quote.role or "") if a.quote else None
    hb = _role_head(b.quote.role or "") if b.quote else None
    return ha is not None and hb is not None and ha[1] == hb[1] and ha[0] != hb[0]


def _two_holders(a: Claim, b: Claim, articles: Mapping[str, Article]) -> bool:
    qa, qb = a.quote, b.quote
    if qa is None or qb is None or not qa.speaker or not qb.speaker:
        return False
    full = len(qa.speaker.split()) >= 2 and len(qb.speaker.split()) >= 2
    return full and not same_person(qa.speaker, qb.speaker) and _near_in_time(a, b, articles)


def _has_role(side: Claim) -> bool:
    quote = side.quote
    return bool(quote and quote.role and quote.speaker and parse_mention(quote.speaker).name)


def _differ(a: Claim, b: Claim, linked: set[frozenset[str]]) -> bool:
    articles = frozenset((a.article_id, b.article_id))
    return len(articles) == 2 and articles in linked and (a.lang or "und") == (b.lang or "und")


def _qualified(role: str) -> bool:
    # "US-Außenminister", "NATO-Generalsekretär", "ukrainische Präsident": a role held by one person.
    return "-" in role or len(role.split()) >= 2


def _near_in_time(a: Claim, b: Claim, articles: Mapping[str, Article]) -> bool:
    pa = articles.get(a.article_id)
    pb = articles.get(b.article_id)
    da, db = (pa.published if pa else None), (pb.published if pb else None)
    return not da or not db or da[:7] == db[:7]


def _role_conflict(a: Claim, b: Claim, summary: str) -> Conflict:
    qa, qb = a.quote, b.quote
    roles = [qa.role if qa else None, qb.role if qb else None]
    details: dict[str, object] = {"roles": roles, "reason": summary}
    claim_ids = tuple(sorted((a.id, b.id)))
    article_ids = tuple(sorted({a.article_id, b.article_id}))
    return Conflict("", "quote", "role", "low", claim_ids, article_ids, summary, details)
