"""Fuzzing the readers: a generated article written as JSON Lines, JSON, CSV or a text file is
read back exactly (lone surrogates as U+FFFD) or refused with a `BadInput`, never another error."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from fuzz_articles import ARTICLE_TEXTS, FUZZ
from hypothesis import given
from hypothesis import strategies as st

from checker.errors import BadInput
from checker.reading import MAX_ARTICLE_CHARS, binary_reason, read_articles

SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"])
IDS = st.one_of(st.text(min_size=1, max_size=40), st.integers(-(10**30), 10**30).map(str))
FORMATS = st.sampled_from(["jsonl", "json", "csv", "txt"])


def write(folder: Path, fmt: str, article_id: str, text: str) -> Path:
    path = folder / f"a.{fmt}"
    record = {"id": article_id, "text": text, "title": text[:30], "published": "2024-10"}
    if fmt == "jsonl":
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")  # ASCII: surrogates as \ud800
    elif fmt == "json":
        path.write_text(json.dumps({"articles": [record]}), encoding="utf-8")
    elif fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=list(record))
        writer.writeheader()
        writer.writerow(record)
        path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def expected(value: str) -> str:
    # JSON joins an escaped high and low surrogate into one character; a lone one becomes U+FFFD
    value = json.loads(json.dumps(value))
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)


@FUZZ
@given(text=ARTICLE_TEXTS, extra=st.lists(SURROGATES, max_size=2), article_id=IDS, fmt=FORMATS)
def test_a_written_article_reads_back_or_is_refused(text: str, extra: list[str], article_id: str, fmt: str):
    if fmt in ("jsonl", "json"):
        text += "".join(extra)  # JSON escapes a lone surrogate; UTF-8 text files cannot hold one
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), fmt, article_id, text)
        try:
            articles = read_articles(path)
        except BadInput as e:
            assert str(e).startswith(str(path)) or "no articles" in str(e), e
            return
    (article,) = articles
    want = expected(text)
    if fmt == "txt":
        assert article.text == text.removeprefix("\ufeff")  # a byte order mark opens no text
        assert article.id == "a"
    else:
        assert article.text == want
        assert article.id == expected(article_id).strip()
    assert binary_reason(article.text) is None and len(article.text) <= MAX_ARTICLE_CHARS
