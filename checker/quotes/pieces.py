"""One statement in several pieces: a quotation split by its attribution, or run over paragraphs.

`“It is hard,” she said. “We will try.”` and `„Es ist schwer“, sagte sie, „wir versuchen es.“`
are one statement of one speaker; so is a quotation whose paragraph ends without a closing mark
and that the next paragraph reopens (the English convention for a quotation over several
paragraphs). The pieces become one `Quote` that spans from the first quoted word to the last, its
text all of it (the pieces and the attribution between them: quotation marks inside the text show
where the attribution stands), its speaker the attribution between the pieces.

Two pieces are joined only when nothing but that attribution stands between them, and the later
piece has no attribution of its own after it (`“…,” she said. “…,” he added.` are two).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..lang.shared import QUOTE_MARKS, SINGLE_QUOTES
from ..types import Quote
from .tokens import QuoteDoc

# An attribution between two pieces is a short clause ("said Rep. Ann Lee (D-Ohio), the head of
# the committee, in a statement"); a longer gap holds more than the attribution.
MAX_GAP_TOKENS = 40
# Double quotation marks: a quotation; single ones also mark a quotation inside it.
DOUBLE_MARKS = "".join(m for m in QUOTE_MARKS if m not in SINGLE_QUOTES and m not in "‘’")


def join_pieces(doc: QuoteDoc, quotes: Iterable[Quote]) -> list[Quote]:
    """The quotations with each statement's pieces joined into one (see the module docstring)."""
    out: list[Quote] = []
    for quote in quotes:
        # a clause read as reported speech between the pieces is their attribution, not a statement
        k = len(out)
        while k > 0 and not out[k - 1].direct and quote.direct and out[k - 1].end <= quote.start:
            k -= 1
        first = out[k - 1] if k > 0 else None
        if first is not None and all(q.start >= first.end for q in out[k:]) and _continues(doc, first, quote):
            out[k - 1 :] = [_joined(doc, first, quote)]
        else:
            out.append(quote)
    return out


def _continues(doc: QuoteDoc, first: Quote, then: Quote) -> bool:
    if (
        not (first.direct and then.direct)
        or "partial" in (first.style, then.style)
        or then.start <= first.end
    ):
        return False  # „…“, sagte Roth und verwies auf Zahlen, die „…“: a few words quoted of its own
    if then.speaker_start is not None and then.speaker_start >= then.end:
        return False  # the later piece has its own attribution after it
    gap = doc.text[first.end : then.start]
    if _reopened(gap):
        return True
    if "\n" in gap or first.speaker_start is None or first.speaker_end is None:
        return False
    between = first.end <= first.speaker_start and first.speaker_end <= then.start
    if not between or _other_attribution(first, then):
        return False  # the attribution is not the one between them, or the later piece has another
    if doc.text[first.end] not in DOUBLE_MARKS or doc.text[then.start - 1] not in DOUBLE_MARKS:
        return False  # single marks also set off a quotation inside one
    first_tok, last_tok = doc.tok(first.end), doc.tok(then.start)
    inner = doc.words[first_tok:last_tok]
    if len(inner) > MAX_GAP_TOKENS or any(w in QUOTE_MARKS for w in inner[1:-1]):
        return False
    # The first piece ends a clause: “It is hard,” she said / „Es ist schwer“, sagte sie
    after = doc.text[first.end : first.end + 3].lstrip(QUOTE_MARKS)
    if doc.text[first.end - 1] not in ",.!?…" and after[:1] != ",":
        return False
    # „…“, sagte sie, „aber …“ goes on with the sentence; a new sentence goes on with the quotation
    # where the language's press sets one statement so (“…,” she said. “…”)
    return then.text[:1].islower() or doc.lexicon.QUOTATION_GOES_ON


def _other_attribution(first: Quote, then: Quote) -> bool:
    """Does the later piece name a speaker of its own between the pieces ("…,” she said. He
    replied: “…”)? A speaker read inside the quoted words is none."""
    start = then.speaker_start
    return start is not None and first.end <= start < then.start and start != first.speaker_start


def _reopened(gap: str) -> bool:
    """A paragraph that ends inside the quotation and a next one that opens with a quotation mark."""
    if gap.count("\n") == 0 or gap[:1] != "\n":
        return False
    return gap.strip()[:1] in QUOTE_MARKS and len(gap.strip()) == 1


def _joined(doc: QuoteDoc, first: Quote, then: Quote) -> Quote:
    # the text spans the pieces and the attribution between them, as a quotation's offsets do
    return replace(first, text=doc.text[first.start : then.end], end=then.end)
