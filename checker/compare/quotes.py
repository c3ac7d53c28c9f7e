"""Compare quotations across articles: wording drift, misattribution, contradiction, roles.

Two quotations are compared when the pairing stage found them alike, when one person (by
`same_person`) is quoted in both, or when their words largely coincide. The rules are cautious:
independent translations and paraphrases of one statement, a direct quote against an indirect
rendering, and one speaker's quotes on different topics are not findings.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..entities.people import parse_mention, person_key, same_person, surname_key
from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import WORD
from ..types import Article, Claim, Conflict, Pair, Severity

# A quotation may be read in any language: the words of all of them.
_NEGATIONS = every_language("compare", "NEGATIONS")
_STOP = every_language("compare", "STOP_WORDS")
_ROLE_FILLERS = every_language("compare", "ROLE_FILLERS")
_ADJECTIVE_INFLECTIONS = tuple(lexicon(code).compare.ADJECTIVE_INFLECTION for code in SUPPORTED)


@dataclass(frozen=True, slots=True)
class _Side:
    claim: Claim
    words: tuple[str, ...]  # the quoted words, lower case
    context: frozenset[str]  # content stems of the claim's sentence, for partial quotes
    speaker_key: str | None


def compare_quotes(
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    articles: Mapping[str, Article],
    *,
    min_pair_score: float = 0.88,
) -> Iterator[Conflict]:
    """Yield quote findings between articles, sorted by their claim ids.

    Example:
        >>> list(compare_quotes([], [], {}))
        []
    """
    sides = {c.id: _side(c) for c in claims if c.kind == "quote" and c.quote is not None}
    scores = {(p.a, p.b): p.score for p in pairs if p.a in sides and p.b in sides}
    found: dict[tuple[str, ...], Conflict] = {}
    for a, b in sorted(_candidates(sides, scores, min_pair_score, articles)):
        conflict = _compare(sides[a], sides[b], scores.get((a, b), 0.0), articles)
        if conflict is not None:
            found.setdefault(conflict.claim_ids, conflict)
    for conflict in _role_findings(sides.values(), articles, _linked_articles(claims, pairs)):
        found.setdefault((*conflict.claim_ids, "role"), conflict)
    yield from (found[key] for key in sorted(found))


def _side(claim: Claim) -> _Side:
    assert claim.quote is not None
    words = tuple(w.lower() for w in WORD.findall(claim.quote.text))
    speaker = claim.quote.speaker
    key = surname_key(speaker) if speaker and parse_mention(speaker).name else None
    return _Side(claim, words, frozenset(_stems(claim.text)), key or None)


def _stems(text: str) -> Iterator[str]:
    for word in WORD.findall(text.lower()):
        if word not in _STOP and len(word) > 2:
            yield word[:6]


def _candidates(
    sides: Mapping[str, _Side],
    scores: Mapping[tuple[str, str], float],
    min_score: float,
    articles: Mapping[str, Article],
) -> Iterator[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for (a, b), score in scores.items():
        if score >= min_score:
            seen.add((min(a, b), max(a, b)))
    seen.update(_speaker_candidates(sides, articles))
    # Long quotations that share a rare word sequence may be credited to different people.
    by_trigram: dict[tuple[str, ...], list[str]] = {}
    for cid, side in sides.items():
        for i in range(0, max(0, len(side.words) - 4), 3):
            by_trigram.setdefault(side.words[i : i + 4], []).append(cid)
    for ids in by_trigram.values():
        if 1 < len(ids) <= 6:
            seen.update((min(a, b), max(a, b)) for a, b in combinations(sorted(set(ids)), 2))
    for a, b in sorted(seen):
        if sides[a].claim.article_id != sides[b].claim.article_id:
            yield a, b


def _speaker_candidates(
    sides: Mapping[str, _Side], articles: Mapping[str, Article]
) -> Iterator[tuple[str, str]]:
    """The pairs of one speaker's quotations that differ: every two renderings are compared once.

    A speaker quoted in n articles would give n² pairs; most are copies of one rendering (the
    same words in the same sentence by the same name), and the comparison reads only what a
    rendering holds. So two renderings are compared through one quotation of each, in both
    orders, and only the pairs of renderings that give a finding yield their quotations' pairs:
    the work grows with the square of one speaker's distinct direct quotations and with the
    findings, not with the square of the copies.
    """
    by_speaker: dict[str, dict[tuple[object, ...], list[str]]] = {}
    for cid in sorted(sides):
        side = sides[cid]
        # Every finding of `_compare` needs two quotation-mark quotes: indirect speech ("Nach
        # Angaben der Polizei ...", thousands of distinct renderings in an archive) never pairs.
        if side.speaker_key and _is_direct(side):
            by_speaker.setdefault(side.speaker_key, {}).setdefault(_rendering(side), []).append(cid)
    for renderings in by_speaker.values():
        groups = list(renderings.values())
        for i, one in enumerate(groups):
            for other in groups[i:]:
                yield from _differing_pairs(one, other, sides, articles)


def _rendering(side: _Side) -> tuple[object, ...]:
    """Everything `_compare` reads of a side but its ids (score 0: no pair score is involved)."""
    quote = side.claim.quote
    assert quote is not None
    return (side.words, side.context, side.speaker_key, quote.speaker, quote.direct, side.claim.lang)


def _differing_pairs(
    one: Sequence[str], other: Sequence[str], sides: Mapping[str, _Side], articles: Mapping[str, Article]
) -> Iterator[tuple[str, str]]:
    # Score 0 is the most permissive (a pair score only ever rules a finding out), so a rendering
    # pair without a finding at 0 has none for any of its quotation pairs.
    if one is other and len(one) < 2:
        return
    x, y = (one[0], one[1]) if one is other else (one[0], other[0])
    forward = _compare(sides[x], sides[y], 0.0, articles) is not None
    backward = _compare(sides[y], sides[x], 0.0, articles) is not None
    if not (forward or backward):
        return
    members = combinations(one, 2) if one is other else ((a, b) for a in one for b in other)
    for a, b in members:
        if forward if a < b else backward:
            yield min(a, b), max(a, b)


def _compare(a: _Side, b: _Side, score: float, articles: Mapping[str, Article]) -> Conflict | None:
    overlap = _overlap(a.words, b.words)
    same = _same_speaker(a, b)
    # Only quotation-mark quotes: an outlet's own rendering (indirect speech) that matches another
    # text word for word is more often a misread speaker than a misattributed statement.
    both_direct = _is_direct(a) and _is_direct(b)
    if (
        same is False
        and both_direct
        and overlap >= 0.8
        and min(len(a.words), len(b.words)) >= 6
        and _full_names(a, b)
    ):
        return _conflict(a, b, "misattribution", "high", _misattribution_summary(a, b), {})
    if same is False or _lang(a) != _lang(b):
        return None  # other people, or a translation: consistent unless proven otherwise
    if same is None and not _anonymous_match(a, b):
        return None
    if not (_is_direct(a) and _is_direct(b)):
        return None  # an indirect rendering may use other words
    if a.words == b.words or _contained(a.words, b.words) or _contained(b.words, a.words):
        return None  # identical or truncated
    if not _same_statement(a, b, overlap, score):
        return None
    if _negated(a.words) != _negated(b.words) and overlap >= 0.6:
        return _conflict(a, b, "contradiction", "high", _summary(a, b, "quoted with opposite meaning"), {})
    diff = _diff(a.words, b.words)
    reason = (
        "the same speaker on the same point, but the words inside the quotation marks differ "
        f"({overlap:.0%} of the words shared)"
    )
    details = {"diff": diff, "reason": reason}
    return _conflict(a, b, "wording", "medium", _summary(a, b, "quoted in different words"), details)


def _same_speaker(a: _Side, b: _Side) -> bool | None:
    qa, qb = a.claim.quote, b.claim.quote
    if a.speaker_key is None or b.speaker_key is None or qa is None or qb is None:
        return None
    return _same_person(qa.speaker or "", qb.speaker or "")


# One speaker's name is compared with another's once per run, not once per quotation pair.
_same_person = functools.lru_cache(maxsize=65_536)(same_person)


def _lang(side: _Side) -> str:
    return side.claim.lang or "und"


def _is_direct(side: _Side) -> bool:
    quote = side.claim.quote
    return quote is not None and quote.direct


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def _contained(short: Sequence[str], long: Sequence[str]) -> bool:
    n = len(short)
    return 0 < n <= len(long) and any(
        tuple(long[i : i + n]) == tuple(short) for i in range(len(long) - n + 1)
    )


def _same_statement(a: _Side, b: _Side, overlap: float, score: float) -> bool:
    """One statement in two wordings: most words shared, or a changed key word in a like sentence."""
    shorter = min(len(a.words), len(b.words))
    if shorter >= 5:
        # Independent translations differ throughout; a drifted quote keeps most of its words.
        return _kept_share(a.words, b.words) >= 0.7 and (score == 0.0 or score >= 0.8)
    context = len(a.context & b.context) / max(1, min(len(a.context), len(b.context)))
    return context >= 0.3 and _changed_compound(a.words, b.words)


def _kept_share(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter quotation's words that the other keeps in the same order."""
    matcher = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return kept / max(1, min(len(a), len(b)))


def _anonymous_match(a: _Side, b: _Side) -> bool:
    # A quotation printed without its speaker still is that speaker's when its words largely coincide.
    return min(len(a.words), len(b.words)) >= 8 and _kept_share(a.words, b.words) >= 0.7


def _full_names(a: _Side, b: _Side) -> bool:
    # Only people named in full ("Mark Rutte") can be told apart; "Quote" or "Zelensky" alone cannot.
    qa, qb = a.claim.quote, b.claim.quote
    return all(q is not None and q.speaker and len(q.speaker.split()) >= 2 for q in (qa, qb))


def _changed_compound(a: Sequence[str], b: Sequence[str]) -> bool:
    # A short quotation whose word became another compound of the same head ("Einbahnstraße").
    for x in set(a) - set(b):
        for y in set(b) - set(a):
            if len(x) >= 8 and len(y) >= 8 and x[-7:] == y[-7:]:
                return True
    return False


def _negated(words: Sequence[str]) -> bool:
    return sum(w in _NEGATIONS for w in words) % 2 == 1


def _diff(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, list[str], list[str]]]:
    matcher = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False)
    return [(op, list(a[i1:i2]), list(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()]


def _conflict(a: _Side, b: _Side, label: str, severity: Severity, summary: str, details: dict) -> Conflict:
    claim_ids = tuple(sorted((a.claim.id, b.claim.id)))
    article_ids = tuple(sorted({a.claim.article_id, b.claim.article_id}))
    return Conflict("", "quote", label, severity, claim_ids, article_ids, summary, details)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(a: _Side, b: _Side, what: str) -> str:
    qa, qb = a.claim.quote, b.claim.quote
    speaker = (qa.speaker if qa else None) or "the speaker"
    ta, tb = (qa.text if qa else ""), (qb.text if qb else "")
    return f"{speaker} {what}: „{_short(ta)}“ ({a.claim.article_id}) vs „{_short(tb)}“ ({b.claim.article_id})"


def _misattribution_summary(a: _Side, b: _Side) -> str:
    qa, qb = a.claim.quote, b.claim.quote
    assert qa is not None and qb is not None
    return (
        f"the same words „{_short(qa.text, 60)}“ are credited to {qa.speaker} ({a.claim.article_id}) "
        f"and to {qb.speaker} ({b.claim.article_id})"
    )


# ----------------------------------------------------------------------------- roles


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


def _role_findings(
    sides: Iterable[_Side], articles: Mapping[str, Article], linked: set[frozenset[str]]
) -> Iterator[Conflict]:
    """A person with two incompatible roles, or one specific role credited to two people.

    Only between articles about one story (they share at least one paired claim): roles change
    over the years, so across unrelated articles two roles are news, not a disagreement.
    """
    named = [s for s in sides if _has_role(s)]
    by_person: dict[str, _Side] = {}
    by_role: dict[tuple[str, str], _Side] = {}
    for side in sorted(named, key=lambda s: s.claim.id):
        quote = side.claim.quote
        assert quote is not None and quote.role is not None and quote.speaker is not None
        person = person_key(quote.speaker)
        role = _role_key(quote.role)
        first = by_person.setdefault(person, side)
        if _differ(first, side, linked) and role and _incompatible_roles(first, side):
            yield _role_conflict(first, side, f"{quote.speaker} has two roles")
        holder = by_role.setdefault((_lang(side), role), side)
        if _differ(holder, side, linked) and _qualified(quote.role) and _two_holders(holder, side, articles):
            yield _role_conflict(holder, side, f"{quote.role} is credited to two people")


def _linked_articles(claims: Sequence[Claim], pairs: Sequence[Pair]) -> set[frozenset[str]]:
    """Article pairs that share at least one paired claim."""
    article_of = {claim.id: claim.article_id for claim in claims}
    return {
        frozenset((article_of[p.a], article_of[p.b]))
        for p in pairs
        if p.a in article_of and p.b in article_of
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


def _incompatible_roles(a: _Side, b: _Side) -> bool:
    # Two offices of one kind (Außenminister vs Verteidigungsminister) exclude each other; offices of
    # different kinds (Wirtschaftsminister and Parteichef) are often held at once.
    ha = _role_head(a.claim.quote.role or "") if a.claim.quote else None
    hb = _role_head(b.claim.quote.role or "") if b.claim.quote else None
    return ha is not None and hb is not None and ha[1] == hb[1] and ha[0] != hb[0]


def _two_holders(a: _Side, b: _Side, articles: Mapping[str, Article]) -> bool:
    qa, qb = a.claim.quote, b.claim.quote
    if qa is None or qb is None or not qa.speaker or not qb.speaker:
        return False
    full = len(qa.speaker.split()) >= 2 and len(qb.speaker.split()) >= 2
    return full and not same_person(qa.speaker, qb.speaker) and _near_in_time(a, b, articles)


def _has_role(side: _Side) -> bool:
    quote = side.claim.quote
    return bool(quote and quote.role and quote.speaker and parse_mention(quote.speaker).name)


def _differ(a: _Side, b: _Side, linked: set[frozenset[str]]) -> bool:
    articles = frozenset((a.claim.article_id, b.claim.article_id))
    return len(articles) == 2 and articles in linked and _lang(a) == _lang(b)


def _qualified(role: str) -> bool:
    # "US-Außenminister", "NATO-Generalsekretär", "ukrainische Präsident": a role held by one person.
    return "-" in role or len(role.split()) >= 2


def _near_in_time(a: _Side, b: _Side, articles: Mapping[str, Article]) -> bool:
    pa = articles.get(a.claim.article_id)
    pb = articles.get(b.claim.article_id)
    da, db = (pa.published if pa else None), (pb.published if pb else None)
    return not da or not db or da[:7] == db[:7]


def _role_conflict(a: _Side, b: _Side, summary: str) -> Conflict:
    qa, qb = a.claim.quote, b.claim.quote
    details = {"roles": [qa.role if qa else None, qb.role if qb else None], "reason": summary}
    return _conflict(a, b, "role", "low", summary, details)
