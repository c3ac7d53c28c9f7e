"""Quote findings: one finding per statement whose renderings disagree, and the roles of speakers.

The quotations of one statement, across outlets and languages, are grouped (`statements`): two
direct quotations are compared when the pairing stage paired them, when one person (by
`same_person`, across spellings) is quoted in both, or when they share a rare run of words; they
render one statement when `renderings.match` says so. A group's renderings are then split into
sides, each a set of renderings that agree with each other (`renderings.relate` finds them the
same, a faithful translation, or two translations of one statement); a group with two sides or
more is one finding, its sides in `Conflict.sides`:

- **misattribution** (high): the same words, or a translation, credited to two named people
  (in one language also an indirect rendering of them: "sagte, die Truppen seien …");
- **contradiction** (high): a negation added or dropped;
- **wording** (high): a number, a modal verb or a possessive changed ("his" / "their",
  "wird" / "könnte"), the changed words shown; (low): a copy whose few changed words keep the
  meaning ("keine Einbahnstraße" / „Zweibahnstraße“).

Independent translations of one statement, one speaker's indirect rendering against the direct
one (the writer's words), and one speaker's quotations on different points are not findings. A
finding's identity does not depend on the order of the other findings: `details["key"]` is its
speaker and sorted claim ids.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..entities.people import speaks_for_another, surname_key
from ..quotes.names import person_name
from ..types import Article, Claim, Conflict, Pair, Severity
from .quote_roles import role_findings
from .renderings import (
    CROSS_LINGUAL_SCORE,
    Match,
    Relation,
    Rendering,
    capitalised_words,
    comparable_length,
    first_person,
    kept_share,
    match,
    mentions,
    relate,
    rendering,
    same_speaker,
    shifted_match,
    word_diff,
    words_of,
)

# How two renderings disagree, strongest first, and the finding each makes.
DISAGREEMENT_ORDER = ("misattributed", "contradicted", "changed", "reworded")
FINDING_LABELS = {
    "misattributed": ("misattribution", "high"),
    "contradicted": ("contradiction", "high"),
    "changed": ("wording", "high"),
    "reworded": ("wording", "low"),
}
# Two people are credited with one statement only when its words are long and largely the same.
MISATTRIBUTION_WORDS = 6
MISATTRIBUTION_KEPT = 0.8
# Across languages, two surnames this alike (by the share of their letters in order) may be one
# name in two transliterations that the spelling folds miss.
DISTINCT_SURNAMES = 0.6
# A quotation printed without its speaker is still its speaker's when its words largely coincide.
ANONYMOUS_WORDS = 8
ANONYMOUS_KEPT = 0.7
# Quotations that share a run of this many words are compared, whoever speaks; a run that many
# quotations share is a phrase, not a statement.
SHARED_RUN = 4
MAX_SHARING = 6
# The quotations compared: in the speaker's words, and indirect renderings of them ("sagte, die
# Truppen seien …", "said the troops had left"), which are read only for a misattribution.
COMPARED_STYLES = ("direct", "partial", "indirect", "reported")
# A body's statement is compared with the statements of the people it names, unless one of them
# is quoted this often (then the name is everywhere, and so is the first person).
MAX_SPOKEN_OF = 30


def compare_quotes(
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    articles: Mapping[str, Article],
    *,
    quote_pairs: Sequence[Pair] = (),
) -> Iterator[Conflict]:
    """Yield the quote findings between articles: statement findings, then role findings.

    ``quote_pairs`` are pairs of two quotation claims below the pairing threshold
    (`pairing.split_quote_pairs`): the statement comparison reads them too (translations of one
    statement score below it), the role comparison does not.

    Example:
        >>> list(compare_quotes([], [], {}))
        []
    """
    found: dict[tuple[str, ...], Conflict] = {}
    every = sorted({(p.a, p.b): p for p in (*pairs, *quote_pairs)}.values(), key=lambda p: (p.a, p.b))
    for conflict in statement_findings(claims, every):
        found.setdefault(conflict.claim_ids, conflict)
    for conflict in role_findings(claims, pairs, articles):
        found.setdefault((*conflict.claim_ids, "role"), conflict)
    yield from (found[key] for key in sorted(found))


@dataclass(frozen=True, slots=True)
class _Edge:
    """Two renderings of one statement and how they relate."""

    a: Rendering
    b: Rendering
    kind: str  # a relation kind, or "misattributed"
    relation: Relation


def statement_findings(claims: Sequence[Claim], pairs: Sequence[Pair]) -> Iterator[Conflict]:
    """One finding per statement whose renderings disagree (see the module docstring).

    A speaker quoted in n articles would give n² pairs to compare; most are copies of one rendering
    (the same words in the same sentence by the same name), and the comparison reads only what a
    rendering holds. So copies are compared once, through one of them (`_copies`), and each side
    of a finding lists every copy: the work grows with the distinct renderings, not with n².
    """
    copies = _copies(claims)
    renderings = {cid: members[0] for cid, members in copies.items()}
    scores = _class_scores(pairs, copies)
    edges: dict[tuple[str, str], _Edge] = {}
    spread = {cid: frozenset(r.article for r in members) for cid, members in copies.items()}
    for a, b in _candidates(renderings, scores, spread):
        edge = _edge(renderings[a], renderings[b], scores.get((a, b), 0.0))
        if edge is not None:
            edges[(a, b)] = edge
    for group in _groups(edges):
        conflict = _finding(group, edges, copies)
        if conflict is not None:
            yield conflict


def _copies(claims: Sequence[Claim]) -> dict[str, list[Rendering]]:
    """Direct quotations by rendering: the id of the first of its copies -> every copy, in id order."""
    by_form: dict[tuple[object, ...], list[Rendering]] = {}
    for claim in sorted(claims, key=lambda c: c.id):
        if claim.kind == "quote" and claim.quote is not None and claim.quote.style in COMPARED_STYLES:
            r = rendering(claim)
            by_form.setdefault((r.text, r.context, r.speaker, r.named, r.lang), []).append(r)
    return {members[0].id: members for members in by_form.values()}


def _class_scores(
    pairs: Sequence[Pair], copies: Mapping[str, list[Rendering]]
) -> dict[tuple[str, str], float]:
    """The highest pair score between the copies of two renderings."""
    first = {r.id: cid for cid, members in copies.items() for r in members}
    scores: dict[tuple[str, str], float] = {}
    for pair in pairs:
        a, b = first.get(pair.a), first.get(pair.b)
        if a is not None and b is not None and a != b:
            key = (min(a, b), max(a, b))
            scores[key] = max(scores.get(key, 0.0), pair.score)
    return scores


def _candidates(
    renderings: Mapping[str, Rendering],
    scores: Mapping[tuple[str, str], float],
    spread: Mapping[str, frozenset[str]],
) -> list[tuple[str, str]]:
    seen = {(min(a, b), max(a, b)) for a, b in scores}
    by_speaker: dict[str, list[str]] = {}
    by_run: dict[tuple[str, ...], list[str]] = {}
    for cid, r in renderings.items():
        if r.surname and r.direct:
            by_speaker.setdefault(r.surname, []).append(cid)
        words = words_of(r.text)
        for i in range(0, max(0, len(words) - SHARED_RUN), SHARED_RUN - 1):
            by_run.setdefault(tuple(words[i : i + SHARED_RUN]), []).append(cid)
    for ids in by_speaker.values():
        seen.update(combinations(sorted(ids), 2))
    seen.update(_spoken_of(renderings, by_speaker))
    for ids in by_run.values():
        if 1 < len(set(ids)) <= MAX_SHARING:
            seen.update(combinations(sorted(set(ids)), 2))
    # renderings of other articles: the copies of two renderings may stand in several
    return sorted((a, b) for a, b in seen if len(spread[a] | spread[b]) > 1)


def _spoken_of(
    renderings: Mapping[str, Rendering], by_speaker: Mapping[str, list[str]]
) -> set[tuple[str, str]]:
    """A body's statement that names a person, against that person's statements in the first
    person (see `_own_words`); a name that many statements name is read in none."""
    found: set[tuple[str, str]] = set()
    for cid, r in renderings.items():
        if r.speaker is None or not r.direct or not _body(r):
            continue
        for surname in {surname_key(w) for w in capitalised_words(r.text)} & by_speaker.keys():
            speakers = by_speaker[surname]
            if len(speakers) <= MAX_SPOKEN_OF:
                found.update((min(cid, other), max(cid, other)) for other in speakers if other != cid)
    return found


def _edge(a: Rendering, b: Rendering, score: float) -> _Edge | None:
    speaker = same_speaker(a, b)
    if not (a.direct and b.direct):
        # an indirect rendering is in the writer's words: only who is credited is compared
        return _misattribution(a, b, score) if speaker is False else None
    if speaker is False:
        return _misattribution(a, b, score) or _own_words(a, b, score) or _own_words(b, a, score)
    if speaker is None and not _anonymous(a, b):
        return None
    found = match(a, b, score)
    if found is None:
        return None
    relation = relate(a, b, found)
    return _Edge(a, b, relation.kind, relation)


def _anonymous(a: Rendering, b: Rendering) -> bool:
    wa, wb = words_of(a.text), words_of(b.text)
    return (
        a.lang == b.lang and min(len(wa), len(wb)) >= ANONYMOUS_WORDS and kept_share(wa, wb) >= ANONYMOUS_KEPT
    )


def _misattribution(a: Rendering, b: Rendering, score: float) -> _Edge | None:
    """The same words, or a translation of them, credited to two people, each named in full where
    they are quoted."""
    if not (a.named and b.named and _full_name(a) and _full_name(b)):
        return None
    wa, wb = words_of(a.text), words_of(b.text)
    if min(len(wa), len(wb)) < MISATTRIBUTION_WORDS or _names_the_other(a, b):
        return None
    if a.lang != b.lang:
        if not (a.direct and b.direct):
            return None  # across languages an indirect rendering has no words to tell a translation by
        return _translated_misattribution(a, b, score)
    if kept_share(wa, wb) < MISATTRIBUTION_KEPT:
        return None
    return _Edge(a, b, "misattributed", Relation("misattributed", (), word_diff(wa, wb)))


def _names_the_other(a: Rendering, b: Rendering) -> bool:
    """Does one rendering name the person the other is credited to? Then it speaks of that person
    ("er habe Putin gedrängt"), and one of the two speakers is more likely misread than the
    statement misattributed."""
    return any(mentions(x.text, (y.speaker or "").split()[-1]) for x, y in ((a, b), (b, a)) if y.speaker)


def _translated_misattribution(a: Rendering, b: Rendering, score: float) -> _Edge | None:
    """Across languages only the embedding tells a translation (a pair of `CROSS_LINGUAL_SCORE`
    or more: other quotations of the story score below it), and two spellings of one name must not
    pass for two people: the surnames must be spelt apart, not only transliterated apart."""
    if score < CROSS_LINGUAL_SCORE or not comparable_length(a.text, b.text):
        return None
    if difflib.SequenceMatcher(a=a.surname or "", b=b.surname or "").ratio() >= DISTINCT_SURNAMES:
        return None
    return _Edge(a, b, "misattributed", Relation("misattributed"))


def _own_words(person: Rendering, body: Rendering, score: float) -> _Edge | None:
    """A statement of an office or an agency credited to the person it speaks of, in the first
    person: the press office writes "Prigozhin accepted Lukashenko's proposal", another outlet
    prints "Prigozhin accepted my proposal" as Lukashenko's words."""
    if not (person.named and _full_name(person) and _body(body)):
        return None
    surname = (person.speaker or "").split()[-1]
    if not (first_person(person.text, person.lang) and mentions(body.text, surname)):
        return None
    if first_person(body.text, body.lang):
        return None  # the body speaks of itself too: no shift of person
    found = match(person, body, score)
    if found is None and person.lang != body.lang:
        found = shifted_match(person, body, surname)
    if found is None:
        return None
    diff = word_diff(words_of(person.text), words_of(body.text)) if found.same_language else ()
    return _Edge(person, body, "misattributed", Relation("misattributed", (), diff))


def _body(r: Rendering) -> bool:
    """Does the speaker speak for someone else: a body, a document or a bare surname, not a person
    named in full ("the Kremlin", "a press release of the news agency Belta"), or a spokesperson
    ("Kremlin spokesman Dmitry Peskov")?"""
    if not r.speaker:
        return False
    quote = r.claim.quote
    if quote is not None and speaks_for_another(quote.role):
        return True
    return not (_full_name(r) and person_name(r.speaker) is not None)


def _full_name(r: Rendering) -> bool:
    # Only people named in full ("Mark Rutte") can be told apart; "Quote" or "Zelensky" alone cannot.
    return bool(r.speaker and len(r.speaker.split()) >= 2)


def _groups(edges: Mapping[tuple[str, str], _Edge]) -> list[list[str]]:
    """Renderings of one statement: the connected parts of the graph of edges."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in sorted(edges):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in sorted(parent):
        groups.setdefault(root(x), []).append(x)
    return [
        g for g in groups.values() if any(edges[k].kind != "same" for k in combinations(g, 2) if k in edges)
    ]


def _finding(
    group: list[str], edges: Mapping[tuple[str, str], _Edge], copies: Mapping[str, list[Rendering]]
) -> Conflict | None:
    sides = _sides(_disputed(group, edges), edges)
    side_of = {cid: n for n, side in enumerate(sides) for cid in side}
    across = [
        e for k, e in edges.items() if e.kind != "same" and k[0] in side_of and side_of[k[0]] != side_of[k[1]]
    ]
    if len(sides) < 2 or not across:
        return None
    strongest = min(across, key=lambda e: (DISAGREEMENT_ORDER.index(e.kind), e.a.id, e.b.id))
    label, severity = FINDING_LABELS[strongest.kind]
    first, second = strongest.a, strongest.b
    claim_sides = [sorted(r.id for cid in side for r in copies[cid]) for side in sides]
    rest = sorted(cid for side in claim_sides for cid in side if cid not in (first.id, second.id))
    claim_ids = (first.id, second.id, *rest)
    articles = {r.id: r.article for side in sides for cid in side for r in copies[cid]}
    if len({articles[c] for c in claim_ids}) < 2:
        return None
    details: dict[str, object] = {
        "diff": [(op, list(xs), list(ys)) for op, xs, ys in strongest.relation.diff],
        "reason": _reason(strongest),
        "changed": [(f.name, list(f.words_a), list(f.words_b)) for f in strongest.relation.features],
        "key": "|".join((first.surname or "", *sorted(claim_ids))),
    }
    return Conflict(
        id="",
        kind="quote",
        label=label,
        severity=_severity(severity),
        claim_ids=claim_ids,
        article_ids=tuple(sorted({articles[c] for c in claim_ids})),
        summary=_summary(strongest, len(sides)),
        details=details,
        sides=_grouped(claim_sides),
    )


def _grouped(sides: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """The sides of a finding; none when each side is one claim (every two of them disagree)."""
    if all(len(side) == 1 for side in sides) and len(sides) == 2:
        return ()
    return tuple(tuple(sorted(side)) for side in sides)


def _severity(value: str) -> Severity:
    return "high" if value == "high" else "low"


def _disputed(group: list[str], edges: Mapping[tuple[str, str], _Edge]) -> list[str]:
    """The renderings of a group that were compared with one they disagree with. A rendering
    that is only the same as a disputed one stays out: it was never compared with the other side
    (not matched with it), so it does not show that side's change."""
    found = {cid for key, edge in edges.items() if edge.kind != "same" for cid in key}
    return [cid for cid in group if cid in found]


def _sides(group: list[str], edges: Mapping[tuple[str, str], _Edge]) -> list[list[str]]:
    """Split a statement's renderings into sides: each joins the first side none of whose members
    it disagrees with."""
    sides: list[list[str]] = []
    for cid in group:
        for side in sides:
            if all(_agree(cid, other, edges) for other in side):
                side.append(cid)
                break
        else:
            sides.append([cid])
    return sorted(sides, key=lambda side: side[0])


def _agree(a: str, b: str, edges: Mapping[tuple[str, str], _Edge]) -> bool:
    edge = edges.get((min(a, b), max(a, b)))
    return edge is None or edge.kind == "same"


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(edge: _Edge) -> str:
    if edge.kind == "misattributed":
        words = "the same words" if edge.a.lang == edge.b.lang else "the same words, translated,"
        return f"{words} are credited to {edge.a.speaker} and to {edge.b.speaker}"
    if edge.relation.features:
        changes = "; ".join(
            f"{f.name}: {' '.join(f.words_a) or '—'} / {' '.join(f.words_b) or '—'}"
            for f in edge.relation.features
        )
        return f"the same speaker on the same point, but the quotation changed its {changes}"
    return "the same speaker on the same point, in other words that keep its meaning"


def _summary(edge: _Edge, n_sides: int) -> str:
    a, b = edge.a, edge.b
    if edge.kind == "misattributed":
        return (
            f"the same words „{_short(a.text, 60)}“ are credited to {a.speaker} ({a.article}) "
            f"and to {b.speaker} ({b.article})"
        )
    what = {
        "contradicted": "quoted with opposite meaning",
        "changed": "quoted with a change of substance",
        "reworded": "quoted in different words",
    }[edge.kind]
    more = f" ({n_sides} renderings)" if n_sides > 2 else ""
    speaker = a.speaker or b.speaker or "the speaker"
    return f"{speaker} {what}{more}: „{_short(a.text)}“ ({a.article}) vs „{_short(b.text)}“ ({b.article})"


__all__ = ["Match", "compare_quotes", "statement_findings"]
