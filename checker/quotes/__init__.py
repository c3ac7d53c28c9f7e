"""Quotations and their speakers, German and English, by rules.

One pass over the sentences of an article, in text order:
- direct quotations between quotation marks, one `Quote` per contiguous quoted segment (a quote
  interrupted by its attribution, or reopened by a new paragraph, gives several segments that share
  the speaker); quoted names, titles and scare quotes without speech around them are left out;
- indirect speech: a clause after a speech verb ("er sagte, die Truppen seien ..."), a clause before
  an inverted attribution ("..., sagte Blinken"), "laut X", "nach Angaben X", "X zufolge", "wie X
  mitteilte", "according to X";
- free indirect speech: Konjunktiv I sentences that continue an attributed statement.

The speaker is found next to the cue (the speech verb or marker); without a cue it is the subject
of the sentence, read off the German verb-second clause (the phrase in front of the finite verb, or
the one after it when an adverb or a prepositional phrase opens the clause). Speakers are resolved
to the article's canonical full name: "Außenminister Antony Blinken" ... "Blinken", "er".

The package, each module importing only those above it:
    words.py        the word lists and patterns of the rules, bound once from checker/lang/
    tokens.py       the shared Doc with each token marked once: speech verb, Konjunktiv form
    names.py        person names in the text, and the article's index of full names
    clauses.py      clause structure: finite verb, subject, noun phrase
    direct.py       quoted segments, and which of them are something said
    cues.py         who speaks: the speaker of a speech verb, the source of a marker
    indirect.py     reported clauses: after or before a speech verb, after a marker or noun of saying
    reported.py     reported sentences without such a clause: speech acts, free indirect speech
    attribution.py  who said a direct quotation
    speakers.py     each speaker mention resolved to the article's full name
    __init__.py     extract_quotes: the pass over the sentences
Their words come from `checker/lang/<code>/quotes.py` (and people.py); a rule change goes into
the module of its job, and its cases beside that module's tests in `tests/quotes/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..lang.shared import QUOTE_MARKS
from ..text.doc import Doc
from ..types import Quote, Sentence
from .attribution import direct_attribution
from .cues import Attribution, State
from .direct import Segment, find_quoted_segments, is_partial, looks_said
from .indirect import reported_clauses
from .pieces import join_pieces
from .reported import accordingly, called, free_indirect, speech_act, this_said
from .speakers import resolve_speakers
from .tokens import QuoteDoc, annotate, body
from .words import NOBODY

__all__ = ["extract_quotes", "find_quoted_segments"]


def extract_quotes(text_doc: Doc) -> Iterator[Quote]:
    """Yield every quotation of one article in text order, with its speaker.

    Example:
        >>> from checker.text.doc import build_doc
        >>> from checker.types import Article
        >>> art = Article(id="a", text="„Wir sparen 3 Mio. Euro“, sagte Müller.", lang="de")
        >>> [(q.text, q.speaker) for q in extract_quotes(build_doc(art))]
        [('Wir sparen 3 Mio. Euro', 'Müller')]
    """
    sentences = text_doc.sentences
    if not sentences:
        return
    doc = annotate(text_doc)
    by_sentence: dict[int, list[Segment]] = {}
    for seg in find_quoted_segments(doc.text):
        by_sentence.setdefault(doc.sentence_index(seg.start), []).append(seg)
    state = State()
    found: list[Quote] = []
    covered: list[Segment] = []  # said segments, for sentences that a long quotation spans
    for si, sent in enumerate(sentences):
        segments = [seg for seg in by_sentence.get(si, []) if looks_said(doc, seg, sent)]
        covered = [seg for seg in covered if seg.end > sent.start] + segments
        found.extend(_direct_quotes(doc, sent, segments, state))
        # A sentence that is all quotation has no reported speech of its own; "Er sagte, ihr lägen
        # „…“" has, around its quotation.
        if _quoted_share(sent, covered) * 10 <= (sent.end - sent.start) * 8:
            state.quoted = (segments[0].start, segments[-1].end) if segments else (0, 0)
            before = state.last
            for quote in _indirect_quotes(doc, sent, si, state, by_sentence.get(si, [])):
                kept = _before_quotation(doc, quote, covered)
                if (
                    kept is not None
                    and not _within_quotation(kept, covered)
                    and not _attributes(doc, kept, found)
                ):
                    _add_indirect(doc, found, kept)
                    before = state.last
                else:
                    # a clause inside a quotation ("„Wir sind sicher, dass …“") is no statement of
                    # its own: the next sentences continue the speaker before it
                    state.last = before
    yield from resolve_speakers(doc, join_pieces(doc, found))


def _add_indirect(doc: QuoteDoc, found: list[Quote], quote: Quote) -> None:
    """Append a quote; a run of free indirect sentences becomes one quotation."""
    last = found[-1] if found else None
    if last is not None and not last.direct and last.start == quote.start:
        found[-1] = quote  # "Dies bestätigte X." attributes the sentence before anew
        return
    if (
        last is not None
        and quote.cue is None
        and last.cue is None
        and not last.direct
        and last.speaker_start == quote.speaker_start
        and not doc.text[last.end : quote.start].strip(" .!?\n")
        and "\n" not in doc.text[last.end : quote.start]
    ):
        found[-1] = replace(last, text=doc.text[last.start : quote.end], end=quote.end)
        return
    found.append(quote)


def _within_quotation(quote: Quote, covered: list[Segment]) -> bool:
    """Does a reported clause lie in a quotation ("„Wer glaubt, man könne …?“")? The quotation
    already holds those words."""
    return any(seg.start <= quote.start < seg.end for seg in covered)


def _attributes(doc: QuoteDoc, quote: Quote, found: list[Quote]) -> bool:
    """Is a reported clause the attribution after a quotation (“…,” said Ann Lee, speaking of
    …; “…,” Lee told the minister at the meeting)? It is no statement of its own."""
    for other in found:
        start = other.speaker_start
        if not other.direct or start is None or start < other.end or quote.start < other.end:
            continue
        if quote.start <= start < quote.end:
            return True  # the clause holds the speaker
        if quote.cue == other.cue and "." not in doc.text[other.end : quote.start].rstrip(' .”"’'):
            return True  # the clause follows the same verb in the same sentence
    return False


_OPENS_QUOTATION = re.compile(r"[.:!?]\s*[„“\"»«]$")


def _before_quotation(doc: QuoteDoc, quote: Quote, covered: list[Segment]) -> Quote | None:
    """End a reported span before a quotation that a colon opens inside it ("Das Tor war
    enttäuschend: „So zu verlieren …“"); a whole sentence before the quotation is none of it."""
    for seg in covered:
        if quote.start < seg.start < quote.end and _OPENS_QUOTATION.search(doc.text, quote.start, seg.start):
            start, end = body(doc, quote.start, seg.start - 1)
            if doc.text[end : seg.start].lstrip()[:1] in ".!?":
                return None
            return replace(quote, text=doc.text[start:end], end=end) if end > start else quote
    return quote


def _quoted_share(sent: Sentence, segments: list[Segment]) -> int:
    return sum(max(0, min(seg.end, sent.end) - max(seg.start, sent.start)) for seg in segments)


def _direct_quotes(doc: QuoteDoc, sent: Sentence, segments: list[Segment], state: State) -> Iterator[Quote]:
    for seg in segments:
        attribution = direct_attribution(doc, seg, sent, state)
        style = "partial" if is_partial(doc, seg, sent) else "direct"
        yield _make_quote(doc, seg.start, seg.end, attribution, direct=True, style=style)
        if attribution is not None and attribution.speaker is not None:
            # a quotation of several sentences is recent up to its last one
            last = doc.sentence_index(max(seg.start, seg.end - 1))
            state.last = replace(attribution, sentence=max(attribution.sentence, last))


def _indirect_quotes(
    doc: QuoteDoc, sent: Sentence, si: int, state: State, segments: list[Segment]
) -> Iterator[Quote]:
    found = reported_clauses(doc, sent, si)
    if not found:
        single = (
            this_said(doc, sent, si)
            or accordingly(doc, sent, si)
            or free_indirect(doc, sent, si, state)
            or speech_act(doc, sent, si, state)
        )
        found = [single] if single else []
    for start, end, attribution in found:
        if start >= end:
            continue  # a cue with nothing after it: "… vorgelegt. Demnach" at the end of a text
        if doc.text[start] in QUOTE_MARKS:
            continue  # a sentence that opens with a quotation mark is that quotation
        terms = [seg for seg in segments if called(doc, seg, sent)] if attribution.reported else []
        if terms:
            # "Er nannte den Plan eine „Luftnummer“": the words quoted are the quotation
            state.last = attribution
            for seg in terms:
                if not looks_said(doc, seg, sent):
                    yield _make_quote(doc, seg.start, seg.end, attribution, direct=True, style="partial")
            continue
        style = "reported" if attribution.reported else "indirect"
        state.last = attribution  # before the caller reads the quotation (and may drop it)
        yield _make_quote(doc, start, end, attribution, direct=False, style=style)


def _make_quote(
    doc: QuoteDoc, start: int, end: int, attribution: Attribution | None, *, direct: bool, style: str
) -> Quote:
    span = attribution.speaker if attribution else None
    if span is not None and doc.text[span[0] : span[1]].lower() in NOBODY:
        span = None  # "Man rechne mit …": an indefinite subject names no speaker
    mention = doc.text[span[0] : span[1]] if span else None
    return Quote(
        text=doc.text[start:end],
        start=start,
        end=end,
        direct=direct,
        speaker=None,
        speaker_mention=mention,
        speaker_start=span[0] if span else None,
        speaker_end=span[1] if span else None,
        cue=attribution.cue if attribution else None,
        style="reported" if not direct and doc.lexicon.ALL_INDIRECT_REPORTED else style,
    )
