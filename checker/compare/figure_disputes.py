"""Disputes: the figures that disagree about one quantity, grouped into sides.

A dispute is a connected group of figures joined by disagreeing links (conflict or source
discrepancy): thirty articles that repeat "12.000" against ten that repeat "3.000" are one
dispute, not three hundred. Its **sides** are its positions: figures whose intervals agree with
each other and that no link says disagree. Every two sides disagree.

A source's own figures on different days are a timeline, not a dispute (figure_rules and
figure_links make those links not comparable), so they never meet here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..types import FigureLink, FigureRelation
from .figure_entries import Entry
from .figure_rules import overlap

DISAGREEING = ("conflict", "source_discrepancy")


@dataclass(frozen=True, slots=True)
class Dispute:
    """Figures of one quantity that disagree, as sides (each a tuple of entries that agree)."""

    sides: tuple[tuple[Entry, ...], ...]
    links: tuple[FigureLink, ...]  # the disagreeing links between its sides

    @property
    def entries(self) -> list[Entry]:
        return sorted((e for side in self.sides for e in side), key=lambda e: e.claim.id)


Relate = Callable[[Entry, Entry], tuple[FigureRelation, str]]


def disputes(links: Sequence[FigureLink], by_id: Mapping[str, Entry], relate: Relate) -> list[Dispute]:
    """The disputes of a set of links, each with its sides, in a stable order.

    ``relate`` tells how two figures relate that no link joins: a finding asserts that every two
    of its sides disagree, so two figures on different sides that cannot be compared (one source's
    update between two articles, a projection) do not stay in one dispute.
    """
    disagreeing = _placed([link for link in links if link.relation in DISAGREEING], by_id)
    relation: dict[tuple[str, str], FigureRelation] = {(link.a, link.b): link.relation for link in links}
    out = []
    queue = _components(disagreeing)
    while queue:
        component = queue.pop(0)
        members = [by_id[i] for i in sorted(component)]
        sides = _checked_sides(members, relation, relate, disagreeing)
        kept = {e.claim.id for side in sides for e in side} if len(sides) >= 2 else set()
        if kept:
            inner = tuple(link for link in disagreeing if link.a in kept and link.b in kept)
            out.append(Dispute(tuple(tuple(side) for side in sides), inner))
        left = component - kept
        if kept and left:  # what left a dispute may still disagree among itself
            queue += _components([link for link in disagreeing if link.a in left and link.b in left])
    out += _inside_left(disagreeing, out, by_id)
    return sorted(out, key=lambda d: min(e.claim.id for e in d.entries))


def _inside_left(
    links: Sequence[FigureLink], found: Sequence[Dispute], by_id: Mapping[str, Entry]
) -> list[Dispute]:
    """Two sources that one article sets against each other are a dispute of their own where no
    dispute has them on two sides (a larger one may have kept only one of them)."""
    across: set[tuple[str, str]] = set()
    for dispute in found:
        for i, side in enumerate(dispute.sides):
            for other in dispute.sides[i + 1 :]:
                across.update(
                    (min(a.claim.id, b.claim.id), max(a.claim.id, b.claim.id)) for a in side for b in other
                )
    return [
        Dispute(((by_id[link.a],), (by_id[link.b],)), (link,))
        for link in links
        if by_id[link.a].article_id == by_id[link.b].article_id and (link.a, link.b) not in across
    ]


def _placed(links: Sequence[FigureLink], by_id: Mapping[str, Entry]) -> list[FigureLink]:
    """The links that put each figure in one dispute.

    A figure dated to a day disputes with figures of that moment (the rules keep only those). A
    figure whose date names only a month, or none, could belong to any moment of it: it joins the
    one dispute it disagrees with most, and its other disagreements are left out rather than
    chaining every week of a story into one dispute.
    """
    placed = [link for link in links if _precise(link, by_id)]
    taken = {(link.a, link.b) for link in placed}
    sets = _UnionFind()
    for link in placed:
        sets.union(link.a, link.b)
    loose: dict[str, list[FigureLink]] = defaultdict(list)
    for link in links:
        if not _precise(link, by_id):
            for end in (link.a, link.b):
                if not _dated(by_id[end]):
                    loose[end].append(link)
    for figure in sorted(loose):
        others = [link.b if link.a == figure else link.a for link in loose[figure]]
        counts = Counter(sets.find(other) for other in others if sets.known(other))
        if counts:
            best = min(counts, key=lambda root: (-counts[root], root))
            chosen = [
                link for link, other in zip(loose[figure], others, strict=True) if sets.find(other) == best
            ]
        else:
            chosen = loose[figure]
        for link in chosen:
            if (link.a, link.b) not in taken:
                taken.add((link.a, link.b))
                placed.append(link)
                sets.union(link.a, link.b)
    return sorted(placed, key=lambda link: (link.a, link.b))


def _dated(entry: Entry) -> bool:
    return entry.days is not None and entry.days[0] == entry.days[1]


def _precise(link: FigureLink, by_id: Mapping[str, Entry]) -> bool:
    a, b = by_id[link.a], by_id[link.b]
    return a.article_id == b.article_id or (_dated(a) and _dated(b))


def _checked_sides(
    members: list[Entry],
    relation: dict[tuple[str, str], FigureRelation],
    relate: Relate,
    links: Sequence[FigureLink],
) -> list[list[Entry]]:
    """Sides of which every two figures on two sides disagree: a figure that cannot be compared
    with one on another side leaves the dispute (of the two, the one with fewer disagreements)."""
    degree = Counter(x for link in links for x in (link.a, link.b))
    while True:
        sides = _linked_sides(_sides(members, relation), links)
        clash = _first_incomparable(sides, relation, relate)
        if clash is None:
            return sides
        x, y = clash
        drop = x if (degree[x], x) < (degree[y], y) else y
        members = [e for e in members if e.claim.id != drop]


def _linked_sides(sides: list[list[Entry]], links: Sequence[FigureLink]) -> list[list[Entry]]:
    """The sides of which every two are joined by a disagreeing link: a chain of disagreements
    (2 dead vs 13 pilots vs 30 in a camp vs 1,000 men) is no dispute about one quantity. The two
    sides most linked open it; a side joins when it is linked with every side taken."""
    where = {e.claim.id: i for i, side in enumerate(sides) for e in side}
    joined: Counter[tuple[int, int]] = Counter()
    for link in links:
        i, j = where.get(link.a), where.get(link.b)
        if i is not None and j is not None and i != j:
            joined[(min(i, j), max(i, j))] += 1
    if not joined:
        return []
    first = min(joined, key=lambda pair: (-joined[pair], pair))
    taken = list(first)
    for k in range(len(sides)):
        if k not in taken and all((min(k, t), max(k, t)) in joined for t in taken):
            taken.append(k)
    return [sides[k] for k in sorted(taken)]


def _first_incomparable(
    sides: list[list[Entry]], relation: dict[tuple[str, str], FigureRelation], relate: Relate
) -> tuple[str, str] | None:
    for i, side in enumerate(sides):
        for other in sides[i + 1 :]:
            for a in side:
                for b in other:
                    key = (a.claim.id, b.claim.id) if a.claim.id < b.claim.id else (b.claim.id, a.claim.id)
                    if key not in relation:
                        relation[key] = relate(a, b)[0]
                    if relation[key] not in DISAGREEING:
                        return key
    return None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def known(self, x: str) -> bool:
        return x in self.parent

    def find(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _components(links: Sequence[FigureLink]) -> list[set[str]]:
    sets = _UnionFind()
    for link in links:
        sets.union(link.a, link.b)
    groups: dict[str, set[str]] = defaultdict(set)
    for x in list(sets.parent):
        groups[sets.find(x)].add(x)
    return sorted(groups.values(), key=min)


def _sides(members: Sequence[Entry], relation: Mapping[tuple[str, str], str]) -> list[list[Entry]]:
    """Positions: each figure joins the first side whose figures all agree with it (by interval,
    and no link between them disagrees), else opens a side; sides in order of their values."""
    sides: list[list[Entry]] = []
    for entry in sorted(members, key=lambda e: (e.low or 0.0, e.high or float("inf"), e.claim.id)):
        for side in sides:
            if all(_agree(entry, other, relation) for other in side):
                side.append(entry)
                break
        else:
            sides.append([entry])
    return sides


def _agree(a: Entry, b: Entry, relation: Mapping[tuple[str, str], str]) -> bool:
    key = (a.claim.id, b.claim.id) if a.claim.id < b.claim.id else (b.claim.id, a.claim.id)
    return relation.get(key) not in DISAGREEING and overlap(a, b)
