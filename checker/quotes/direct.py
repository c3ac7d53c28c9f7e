"""Direct quotations: the spans between quotation marks, and which of them are something said.

Quotation marks also set off names („Spiegel“), titles („Le Grand Macabre“) and terms („Märtyrer“);
`looks_said` keeps a quoted span when its form (a sentence, a colon before it) or its sentence (a
speech verb, a source marker, Konjunktiv I) says that someone said it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lang.shared import QUOTE_CLOSERS, QUOTE_MARKS, SINGLE_QUOTES
from ..types import Sentence
from .tokens import CAP, QuoteDoc, is_cue, marker_match
from .words import (
    ADJECTIVE,
    DETERMINERS,
    FUNCTION_WORDS,
    GLOSSES,
    SCARE_CONTEXT,
    SOURCE_MARKERS,
    TITLE_ENDINGS,
    TITLE_NOUNS,
    VERB_ENDINGS,
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A span between quotation marks (character offsets); unclosed ones run to the paragraph end."""

    start: int  # first quoted character (after the opening mark)
    end: int  # after the last quoted character (before the closing mark)
    closed: bool


_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}\n]")  # a quotation mark or a paragraph end
END_PUNCT = re.compile(r"[.!?…]\s*$")  # a quotation that ends like a sentence


def find_quoted_segments(text: str) -> Iterator[Segment]:
    """Yield the spans between quotation marks, paragraph by paragraph, outermost quotes only.

    Example:
        >>> text = "„Ja“, sagte er. »Nein«"
        >>> [text[s.start:s.end] for s in find_quoted_segments(text)]
        ['Ja', 'Nein']
    """
    opener: str | None = None
    start = 0
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "\n":
            if opener is not None and opener not in SINGLE_QUOTES and _long_enough(text, start, i):
                yield Segment(start, len(text[:i].rstrip()), False)
            opener = None
        elif opener is not None:
            if ch in QUOTE_CLOSERS[opener] and _can_close(text, i):
                yield Segment(start, i, True)
                opener = None
        elif ch in QUOTE_CLOSERS and _can_open(text, i, ch):
            opener, start = ch, i + 1
    if opener is not None and opener not in SINGLE_QUOTES and _long_enough(text, start, len(text)):
        yield Segment(start, len(text.rstrip()), False)


def _long_enough(text: str, start: int, end: int) -> bool:
    # An unclosed quote runs to the paragraph end (it is reopened in the next paragraph).
    return end - start > 20


def _can_open(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    return not prev.isalnum() or ch in "„»«"


def _can_close(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    return not nxt.isalnum() and not prev.isspace()


def _source_of_wie(doc: QuoteDoc, before: int, following: int) -> bool:
    """ "Wie „heise online“ berichtet", "Wie die „Aktion Deutschland hilft“ mitteilte": the source."""
    if before >= 1 and doc.lows[before] in DETERMINERS:
        before -= 1
    return before >= 0 and doc.lows[before] == "wie" and is_cue(doc, following)


def _title_noun(low: str) -> bool:
    """ "Magazin", "Fachblatt", "Unternehmensgruppe": a word that a quoted name follows."""
    return low in TITLE_NOUNS or any(low.endswith(noun) for noun in TITLE_ENDINGS)


def looks_said(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    """Tell a quotation from a quoted name, title or scare-quoted term."""
    text = doc.text
    inner = text[seg.start : seg.end]
    words = inner.split()
    if not words:
        return False
    before = doc.tok(seg.start) - 2  # the word before the opening mark
    if before >= 0 and (_title_noun(doc.lows[before]) or doc.lows[before] in SOURCE_MARKERS):
        return False  # "das Magazin „Spiegel“", "der Partei „Die Linke.“", "laut „tagesschau.de“"
    following = doc.tok(seg.end) + 1
    if following < len(doc.lows) and (
        doc.lows[following] == "zufolge" or _source_of_wie(doc, before, following)
    ):
        return False
    if END_PUNCT.search(inner):
        return True
    introduced = before >= 0 and doc.words[before] == ":"
    glossed = before > 0 and doc.lows[before - 1] in GLOSSES  # "(kurz: „OpenOffice“)"
    if introduced and not glossed and (not _name_like(words) or _speech_context(doc, seg, sent)):
        return True  # "Er sagte: „…“"; but "Sein Werk entstand 1975: „Le Grand Macabre“" names
    if SCARE_CONTEXT.search(text, max(0, seg.start - 20), seg.start - 1):
        return False
    if _name_like(words):
        return False  # „Kampagne für ein Freies Tibet“, „Woche des verbotenen Buches“
    if len(words) == 1 and CAP.match(words[0]):
        # One capitalised word is a name („Xinhua“, „Amflora“) or a term set off („Märtyrer“),
        # rarely something said, unless a speech verb follows („Nein“, sagte er) or it stands
        # in a reported clause: "..., dass die Beziehungen eine „Zweibahnstraße“ seien".
        cue = doc.tok(seg.end) + 1
        nxt = min(cue + 1, len(doc.words) - 1)
        said = cue < len(doc.words) and doc.words[cue] == "," and is_cue(doc, nxt)
        return said or _reported_clause(doc, seg)
    return len(words) >= 6 or _speech_context(doc, seg, sent)


def _name_like(words: list[str]) -> bool:
    """A name or a title: capitalised words and function words only („Kampagne für ein Freies Tibet“)."""
    if len(words) > 14 or len(words) == 1 or not (CAP.match(words[0]) or words[0][0].isdigit()):
        return False
    for i, word in enumerate(words[1:], start=1):
        clean = word.strip("()[],;–-").lower()
        if not clean or CAP.match(word.strip("([")) or clean[0].isdigit() or clean in FUNCTION_WORDS:
            continue
        attributive = i + 1 < len(words) and CAP.match(words[i + 1])
        if attributive and ADJECTIVE.match(clean) and not clean.endswith(VERB_ENDINGS):
            continue  # „Woche des verbotenen Buches“
        return False
    return True


def _reported_clause(doc: QuoteDoc, seg: Segment) -> bool:
    """Is the quotation part of a clause in Konjunktiv I (up to the clause's end)?"""
    k = doc.tok(seg.end) + 1
    while k < len(doc.words) and doc.words[k] not in ",.;:!?„“":
        if doc.konj[k]:
            return True
        k += 1
    return False


def _speech_context(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    """A short quotation counts when its sentence reports speech: a cue, a marker, Konjunktiv I."""
    inside = (doc.tok(seg.start), doc.tok(seg.end))
    bounds = _speech_tokens(doc, sent)
    if bounds is not None and (bounds[0] < inside[0] or bounds[1] >= inside[1]):
        return True  # a speech token outside the quotation
    return marker_match(doc, sent) is not None


def _speech_tokens(doc: QuoteDoc, sent: Sentence) -> tuple[int, int] | None:
    """The first and last token of the sentence that report speech, found once per sentence (a
    sentence of many short quotations asked for each of them)."""
    if sent.start not in doc.speech:
        first, last = doc.tok(sent.start), doc.tok(sent.end)
        found = [
            k
            for k in range(first, last)
            if is_cue(doc, k)
            or doc.konj[k]
            or doc.lows[k] in SOURCE_MARKERS
            or (doc.lows[k] == "so" and k > first and doc.words[k - 1] == ",")
        ]
        doc.speech[sent.start] = (found[0], found[-1]) if found else None
    return doc.speech[sent.start]


def at_clause_start(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    before = doc.text[sent.start : seg.start - 1]
    return not before.strip(" \n" + QUOTE_MARKS) or before.rstrip().endswith((":", ".", "!", "?"))


def is_partial(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    """A few quoted words inside a sentence of the writer's own ("bezeichnete ihn als „…“")."""
    inner = doc.text[seg.start : seg.end]
    return (
        not at_clause_start(doc, seg, sent) and not END_PUNCT.search(inner) and not standalone(doc, seg, sent)
    )


def standalone(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    """The sentence is the quotation (and its marks) and nothing else."""
    outside = doc.text[sent.start : seg.start] + doc.text[seg.end : sent.end]
    return len(outside.strip(" \n.,;:!?" + QUOTE_MARKS)) < 3
