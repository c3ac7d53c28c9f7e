"""Claims of one article: its figures, its quotations and its other factual statements.

A claim spans the sentence(s) it stands in; its figure or quotation carries its own, narrower
offsets. A figure inside a quotation yields both a figure claim and a quote claim.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Any

from .figures import extract_figures
from .lang.shared import LETTERS
from .quotes import extract_quotes
from .text.doc import build_doc
from .types import Article, Claim, ClaimKind, Figure, Quote, Sentence

KIND_ORDER: dict[ClaimKind, int] = {"figure": 0, "quote": 1, "statement": 2}
MIN_STATEMENT_WORDS = 5


def extract_claims(article: Article, sentences: Sequence[Sentence] | None = None) -> list[Claim]:
    """Return every claim of one article, in text order, with stable ids ``{article_id}#{n}``.

    Example:
        >>> article = Article(id="a", text="Laut Kiew sind etwa 8.000 Soldaten in Kursk.", lang="de")
        >>> [(c.kind, c.figure.value) for c in extract_claims(article) if c.figure]
        [('figure', 8000.0)]
    """
    doc = build_doc(article, sentences)
    sentences = doc.sentences
    quotes = list(extract_quotes(doc))
    figures = [figure for figure in extract_figures(doc, quotes) if _finite(figure)]
    drafts = [
        *(_figure_draft(article, sentences, figure) for figure in figures),
        *(_quote_draft(article, sentences, quote) for quote in quotes),
        *_statement_drafts(article, sentences, figures, quotes),
    ]
    drafts.sort(key=_order)
    return [
        Claim(id=f"{article.id}#{n}", article_id=article.id, lang=article.lang, **draft)
        for n, draft in enumerate(drafts)
    ]


def _finite(figure: Figure) -> bool:
    """A number beyond float range ("1" and 309 zeros reads as infinity) is no figure: it cannot be
    compared, and JSON has no Infinity."""
    return all(v is None or math.isfinite(v) for v in (figure.value, figure.low, figure.high))


def _order(draft: dict[str, Any]) -> tuple[int, int, int, int]:
    inner = draft["figure"] or draft["quote"]
    return (draft["start"], KIND_ORDER[draft["kind"]], inner.start if inner else 0, draft["end"])


def _figure_draft(article: Article, sentences: Sequence[Sentence], figure: Figure) -> dict[str, Any]:
    start, end = _covering(sentences, figure.start, figure.end)
    return _draft(article, "figure", start, end, figure=figure)


def _quote_draft(article: Article, sentences: Sequence[Sentence], quote: Quote) -> dict[str, Any]:
    start, end = _covering(sentences, quote.start, quote.end)
    return _draft(article, "quote", start, end, quote=quote)


def _statement_drafts(
    article: Article, sentences: Sequence[Sentence], figures: Sequence[Figure], quotes: Sequence[Quote]
) -> list[dict[str, Any]]:
    taken = [(f.start, f.end) for f in figures] + [(q.start, q.end) for q in quotes]
    return [
        _draft(article, "statement", sent.start, sent.end)
        for sent in sentences
        if _is_statement(sent) and not any(s < sent.end and sent.start < e for s, e in taken)
    ]


def _is_statement(sent: Sentence) -> bool:
    """A sentence that can be checked: enough words, not a shouted call to action or a heading."""
    words = [word for word in LETTERS.findall(sent.text) if len(word) >= 2]
    if len(words) < MIN_STATEMENT_WORDS:
        return False
    shouted = sum(word.isupper() for word in words)
    return shouted < len(words) / 2


def _draft(article: Article, kind: ClaimKind, start: int, end: int, **inner: object) -> dict[str, Any]:
    return {
        "kind": kind,
        "text": article.text[start:end],
        "start": start,
        "end": end,
        "figure": inner.get("figure"),
        "quote": inner.get("quote"),
    }


def _covering(sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences that overlap [start, end)."""
    if not sentences:
        return start, end
    ends = [sent.end for sent in sentences]
    first = min(bisect.bisect_right(ends, start), len(sentences) - 1)
    last = first
    while last + 1 < len(sentences) and sentences[last + 1].start < end:
        last += 1
    return min(sentences[first].start, start), max(sentences[last].end, end)
