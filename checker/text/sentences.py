"""Sentence splitting for German and English news, keeping character offsets.

A rule-based splitter: news text is regular enough, and rules keep offsets exact and the output
deterministic. A full stop ends a sentence unless it belongs to an abbreviation (Dr., z. B.,
Nov., Mr.), an initial (John F. Kennedy), a German ordinal ("am 3. November", "21. Jahrhundert")
or a number (8.000, 2,5 needs no rule: no space follows the separator).

A sentence is at most `MAX_SENTENCE_CHARS` long: a longer run without a sentence end (a table, a
list, a page that lost its punctuation) is cut at the last whitespace before the limit, so the
work of every later step per sentence is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import every_language
from ..types import Article, Sentence

# The words of every language, whatever the article's: a German article cites English titles
# ("Mr.", "Inc.") and English dates, an English one German names.
ABBREVIATIONS = every_language("sentences", "ABBREVIATIONS")
MONTHS = every_language("sentences", "MONTHS")
ORDINAL_CONTEXT = every_language("sentences", "ORDINAL_CONTEXT")

# The longest sentence of the news, story, Wikinews, PolNeAR and GNAD articles has 1,314
# characters; real sentences are never cut.
MAX_SENTENCE_CHARS = 2_000

# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace; or a sentence
# end that lost its space ("… sagte Merkel.Als „Chance“ …": the empty match sits after the stop).
_END = re.compile(r"[.!?…]+[\"'”“’‘»«)\]]*(?=\s)|\n\s*\n|\n|(?<=[a-zäöüß]{2}[.!?])(?=[A-ZÄÖÜ][a-zäöüß])")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_NEXT_TOKEN = re.compile(r"\s*(\S)(\S*)")


def split_sentences(article: Article) -> list[Sentence]:
    """Split an article into sentences whose offsets point into ``article.text``.

    Example:
        >>> text = "Am 3. November sagte Dr. Müller, es seien 8.000 Soldaten. Das ist neu."
        >>> [s.text for s in split_sentences(Article(id="a", text=text))]
        ['Am 3. November sagte Dr. Müller, es seien 8.000 Soldaten.', 'Das ist neu.']
    """
    sentences = []
    for index, (start, end) in enumerate(_spans(article.text)):
        sentences.append(Sentence(article.id, index, start, end, article.text[start:end]))
    return sentences


def _spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _END.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end() if match.group().strip() else match.start()
        yield from _capped(text, start, end)
        start = match.end()
    yield from _capped(text, start, len(text))


def _capped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stripped span [start, end), in pieces of at most MAX_SENTENCE_CHARS cut at whitespace."""
    span = _strip(text, start, end)
    while span:
        start, end = span
        if end - start <= MAX_SENTENCE_CHARS:
            yield span
            return
        cut = _last_space(text, start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        piece = _strip(text, start, cut)
        if piece:
            yield piece
        span = _strip(text, cut, end)


def _last_space(text: str, lowest: int, limit: int) -> int:
    """The offset of the last whitespace in text[lowest:limit], else ``limit`` (a cut inside a word)."""
    for i in range(limit - 1, lowest - 1, -1):
        if text[i].isspace():
            return i
    return limit


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group()
    if not punct:  # a glued end: "Merkel.Als", but not "vgl.Art"
        return not _is_non_final_period(text, match.start() - 1, "")
    nxt = _NEXT_TOKEN.match(text, match.end())
    if nxt is None:
        return True
    first = nxt.group(1)
    if "\n" in punct:
        # A single line break inside a paragraph (hard-wrapped text) continues the sentence.
        return punct.count("\n") > 1 or not first.islower()
    if first.islower() or first in ",;:":
        return False
    if punct.startswith("."):
        return not _is_non_final_period(text, match.start(), nxt.group(1) + nxt.group(2))
    return True


def _is_non_final_period(text: str, dot: int, next_word: str) -> bool:
    before = _WORD_BEFORE.search(text, max(0, dot - 64), dot)
    if before is None:
        return False
    word = before.group(1).lstrip("(„\"'“‚»«[")
    key = word.lower().replace(".", "")
    if key in ABBREVIATIONS or _is_initial(word):
        return True
    if word.isdigit() and len(word) <= 2:
        return _is_ordinal(text, before.start(), next_word)
    return False


def _is_initial(word: str) -> bool:
    # "F." in "John F. Kennedy", "z. B.", "u. a."; "z.B" / "u.a" written without spaces
    return (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def _is_ordinal(text: str, number_start: int, next_word: str) -> bool:
    if next_word.strip("„\"'“»«(").lower().rstrip(".,") in MONTHS:
        return True
    before = _WORD_BEFORE.search(text, max(0, number_start - 64), number_start)
    return before is not None and before.group(1).lower() in ORDINAL_CONTEXT
