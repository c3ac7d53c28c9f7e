"""One Doc per article: sentences and tokens found once, offsets into the text as given."""

from __future__ import annotations

from checker.text.doc import build_doc
from checker.types import Article

TEXT = "Der US-Außenminister sagte:\r\n„Wir kommen.“ Nord- und Südkorea, U.S. troops."


def test_tokens_point_into_the_text_as_given() -> None:
    doc = build_doc(Article(id="a", text=TEXT, lang="de"))
    assert all(TEXT[s:e] == w for s, e, w in zip(doc.starts, doc.ends, doc.words, strict=True))
    assert doc.lows == tuple(w.lower() for w in doc.words)
    assert "US-Außenminister" in doc.words and "Nord-" in doc.words and "U.S" in doc.words


def test_positions_map_to_tokens_and_sentences() -> None:
    doc = build_doc(Article(id="a", text=TEXT, lang="de"))
    at = TEXT.index("Wir")
    assert doc.words[doc.tok(at)] == "Wir"
    assert doc.sentences[doc.sentence_index(at)].text == "„Wir kommen.“"
    assert doc.chars((doc.tok(at), doc.tok(at) + 2)) == (at, at + len("Wir kommen"))


def test_the_reading_language_is_the_lexicon_code() -> None:
    assert build_doc(Article(id="a", text="Les troupes sont là.", lang="fr")).lang == "xx"
    assert build_doc(Article(id="a", text="The troops are in the region.")).lang == "en"
