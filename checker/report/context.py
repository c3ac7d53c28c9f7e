"""A claim in its context: the paragraph around its sentence, as an editor reads it.

A paragraph ends at a blank line; in a text without blank lines, at a line break; in a text
without line breaks, the whole text is one paragraph. A paragraph longer than ``limit``
characters is cut to whole sentences around the claim (by the sentence ends `.`, `!`, `?`
followed by a space), so a wall of text shows the claim and its neighbours only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_LIMIT = 1200
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…“”\"»«])\s+")


@dataclass(frozen=True, slots=True)
class Context:
    """The text before a claim, the claim's span and the text after it, inside its paragraph."""

    before: str
    claim: str
    after: str
    cut_before: bool  # the paragraph goes on before ``before`` (shown as …)
    cut_after: bool


def paragraph_span(text: str, start: int, end: int, *, limit: int = PARAGRAPH_LIMIT) -> tuple[int, int]:
    """The offsets of the paragraph around text[start:end], cut to ``limit`` characters by sentences.

    Example:
        >>> text = "Erster Absatz.\\n\\nZweiter Absatz. Mit der Zahl 8.000. Ende.\\n\\nDritter."
        >>> a, b = paragraph_span(text, text.index("8.000"), text.index("8.000") + 5)
        >>> text[a:b]
        'Zweiter Absatz. Mit der Zahl 8.000. Ende.'
    """
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    begin = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in breaks.finditer(text, end)), len(text))
    if stop - begin > limit:
        begin, stop = _around(text, begin, stop, start, end, limit)
    return begin, max(stop, end)


def _around(text: str, begin: int, stop: int, start: int, end: int, limit: int) -> tuple[int, int]:
    """Whole sentences of text[begin:stop] around [start, end), adding one before and one after
    in turn while they fit."""
    cuts = [begin, *(m.end() for m in _SENTENCE_END.finditer(text, begin, stop)), stop]
    first = max(i for i, cut in enumerate(cuts) if cut <= start)
    last = min((i for i, cut in enumerate(cuts) if cut >= end), default=len(cuts) - 1)
    grown = True
    while grown:
        grown = False
        if first > 0 and cuts[last] - cuts[first - 1] <= limit:
            first, grown = first - 1, True
        if last < len(cuts) - 1 and cuts[last + 1] - cuts[first] <= limit:
            last, grown = last + 1, True
    return cuts[first], cuts[last]


def context_of(text: str, start: int, end: int, *, limit: int = PARAGRAPH_LIMIT) -> Context:
    """text[start:end] with the rest of its paragraph before and after it.

    Example:
        >>> context_of("A. B 8.000. C.", 3, 11)
        Context(before='A. ', claim='B 8.000.', after=' C.', cut_before=False, cut_after=False)
    """
    begin, stop = paragraph_span(text, start, end, limit=limit)
    whole_begin, whole_stop = paragraph_span(text, start, end, limit=len(text) + 1)
    return Context(
        before=text[begin:start].lstrip(),
        claim=text[start:end],
        after=text[end:stop].rstrip(),
        cut_before=begin > whole_begin,
        cut_after=stop < whole_stop,
    )
