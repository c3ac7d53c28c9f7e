"""One article as every extractor reads it: its sentences and tokens, found once.

`build_doc` splits the sentences and tokenises the text a single time; the quotation and figure
extractors read the same `Doc` instead of re-tokenising. Every offset points into
``article.text`` as given.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import reading_language
from ..lang.shared import TOKEN
from ..types import Article, Sentence
from .sentences import split_sentences

Span = tuple[int, int]  # token indices [start, end)


@dataclass(frozen=True, slots=True)
class Doc:
    """An article tokenised once: sentences, token offsets and words, and its reading language.

    ``lang`` is the code of the lexicon the article is read with ("de", "en", or "xx" for a
    language without its own rules; see `checker.lang.reading_language`).
    """

    article: Article
    lang: str
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]  # token i spans text[starts[i]:ends[i]]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lows: tuple[str, ...]  # words[i].lower()
    sent_starts: tuple[int, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def tok(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence that holds character ``pos``."""
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def chars(self, span: Span) -> tuple[int, int]:
        """The character offsets of a token span."""
        return self.starts[span[0]], self.ends[span[1] - 1]


def build_doc(article: Article, sentences: Sequence[Sentence] | None = None) -> Doc:
    """Split and tokenise one article (``sentences`` when the caller has them already).

    Example:
        >>> doc = build_doc(Article(id="a", text="Er sagte: „Wir kommen.“ Das ist neu.", lang="de"))
        >>> len(doc.sentences), doc.words[:3], doc.lang
        (2, ('Er', 'sagte', ':'), 'de')
    """
    if sentences is None:
        sentences = split_sentences(article)
    toks = list(TOKEN.finditer(article.text))
    words = tuple(m.group() for m in toks)
    return Doc(
        article=article,
        lang=reading_language(article.lang, article.text),
        sentences=tuple(sentences),
        starts=tuple(m.start() for m in toks),
        ends=tuple(m.end() for m in toks),
        words=words,
        lows=tuple(w.lower() for w in words),
        sent_starts=tuple(s.start for s in sentences),
    )
