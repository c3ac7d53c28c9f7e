"""What a report shows of a finding: each claim in its sentence, the disputed words marked.

`Evidence` splits a claim's sentence around its figure or quotation (for text reports);
`segments` cuts it into runs of text, each with the highlights that cover it (for the HTML
report): the figure, the quoted words, the words a word diff found changed, the speaker.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.shared import WORD
from ..types import Article, CheckRun, Claim, Conflict

# The word pattern of `quote_compare`: its diffs are over these tokens, lower-cased.


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim of a finding: the sentence split around the marked words."""

    claim: Claim
    article: Article
    before: str
    mark: str
    after: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a sentence and the highlights over it: "fig", "quote", "changed", "speaker"."""

    text: str
    marks: tuple[str, ...]


class Lookup:
    """Claims and articles of one run by id, built once per report."""

    def __init__(self, run: CheckRun) -> None:
        self.claims = {claim.id: claim for claim in run.claims}
        self.articles = {article.id: article for article in run.articles}

    def evidence(self, conflict: Conflict) -> list[Evidence]:
        claims = [self.claims[cid] for cid in conflict.claim_ids if cid in self.claims]
        return [evidence_of(claim, self.articles[claim.article_id]) for claim in claims]


def evidence_of(claim: Claim, article: Article) -> Evidence:
    inner = claim.figure or claim.quote
    start, end = (inner.start, inner.end) if inner else (claim.start, claim.end)
    text = article.text
    return Evidence(
        claim=claim,
        article=article,
        before=text[claim.start : start],
        mark=text[start:end],
        after=text[end : claim.end],
    )


def segments(item: Evidence, conflict: Conflict) -> list[Segment]:
    """The claim's sentence as runs of text with their highlights, in order."""
    claim, text = item.claim, item.article.text
    spans = _spans(claim, conflict, text)
    cuts = sorted({claim.start, claim.end, *(x for s, e, _ in spans for x in (s, e))})
    out = []
    for start, end in itertools.pairwise(cuts):
        marks = tuple(sorted({m for s, e, m in spans if s <= start and end <= e}))
        out.append(Segment(text[start:end], marks))
    return _merge(out)


def _spans(claim: Claim, conflict: Conflict, text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    if claim.figure:
        spans.append((claim.figure.start, claim.figure.end, "fig"))
    quote = claim.quote
    if quote:
        spans.append((quote.start, quote.end, "quote"))
        if conflict.kind == "quote" and conflict.label != "wording" and quote.speaker_start is not None:
            spans.append((quote.speaker_start, quote.speaker_end or quote.speaker_start, "speaker"))
        spans += _changed_words(claim, conflict, text)
    if not spans:
        spans.append((claim.start, claim.end, "fig"))
    return [
        (max(s, claim.start), min(e, claim.end), m) for s, e, m in spans if s < claim.end and e > claim.start
    ]


def _changed_words(claim: Claim, conflict: Conflict, text: str) -> list[tuple[int, int, str]]:
    """Spans of the words a quote finding's word diff marks as removed or added on this side."""
    diff = conflict.details.get("diff")
    if not diff or claim.quote is None or claim.id not in conflict.claim_ids[:2]:
        return []
    side = conflict.claim_ids.index(claim.id)  # the diff goes from the first claim to the second
    words = [(w.lower(), op != "equal") for op, *sides in diff for w in sides[side]]  # type: ignore[attr-defined]
    tokens = WORD.finditer(text, claim.quote.start, claim.quote.end)
    return _align(words, [(m.start(), m.end(), m.group().lower()) for m in tokens])


def _align(
    words: Sequence[tuple[str, bool]], tokens: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    # Tokens of the text that the diff does not know (an interrupting "sagte er") are skipped.
    spans, i = [], 0
    for start, end, token in tokens:
        if i < len(words) and words[i][0] == token:
            if words[i][1]:
                spans.append((start, end, "changed"))
            i += 1
    return spans


def _merge(parts: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for part in parts:
        if merged and merged[-1].marks == part.marks:
            merged[-1] = Segment(merged[-1].text + part.text, part.marks)
        elif part.text:
            merged.append(part)
    return merged


def display_diff(conflict: Conflict, lookup: Lookup) -> list[tuple[str, list[str], list[str]]]:
    """A quote finding's word diff with the words as printed (case kept), for people to read.

    The diff itself is over lower-case tokens; each side's tokens are taken back from its
    quotation in order. Where they cannot be matched the diff's own words are kept.
    """
    diff = conflict.details.get("diff") or []
    printed = [_printed_words(lookup.claims.get(cid)) for cid in conflict.claim_ids[:2]]
    out = []
    cursor = [0, 0]
    for op, *sides in diff:  # type: ignore[attr-defined]
        shown: list[list[str]] = []
        for side, words in enumerate(sides):
            words = list(words)
            tokens = printed[side] if side < len(printed) else []
            chunk = tokens[cursor[side] : cursor[side] + len(words)]
            ok = [w.lower() for w in chunk] == [w.lower() for w in words]
            shown.append(chunk if ok else words)
            cursor[side] += len(words)
        out.append((str(op), shown[0], shown[1]))
    return out


def _printed_words(claim: Claim | None) -> list[str]:
    return WORD.findall(claim.quote.text) if claim and claim.quote else []
