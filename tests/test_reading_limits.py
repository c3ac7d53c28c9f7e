"""Hostile and odd input through the readers: every case is read correctly or refused with a
`BadInput` that names the file and the limit, never a traceback (issue 16)."""

from __future__ import annotations

import json
import logging
import os

import pytest

from checker import reading
from checker.errors import BadInput
from checker.reading import MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_ID_CHARS, MAX_JSON_DEPTH, read_articles

GERMAN = "Laut Kiew sind etwa 8.000 nordkoreanische Soldaten in der Region Kursk. Das sagte der Minister."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def write(path, content):
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("line.jsonl", deep(10_000) + "\n"),
        ("file.json", deep(10_000)),
        ("title.jsonl", '{"id": "a", "text": "Ein Satz.", "title": ' + deep(10_000) + "}\n"),
        ("unknown.json", '{"id": "a", "text": "Ein Satz.", "extra": ' + deep(MAX_JSON_DEPTH + 1) + "}"),
    ],
)
def test_json_nested_too_deeply_is_refused(tmp_path, name, content):
    with pytest.raises(BadInput, match=f"nested deeper than {MAX_JSON_DEPTH} levels"):
        read_articles(write(tmp_path / name, content))


def test_a_field_must_be_text_or_a_number(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": GERMAN, "title": [["x"]]}) + "\n")
    with pytest.raises(BadInput, match=r"line 1: 'title' must be a string or a number, got list"):
        read_articles(path)


def test_a_huge_integer_is_read_as_its_digits_and_a_long_id_is_refused(tmp_path):
    digits = "9" * 5_000
    titled = write(tmp_path / "t.jsonl", f'{{"id": 7, "text": "{GERMAN}", "title": {digits}}}\n')
    article = read_articles(titled)[0]
    assert (article.id, article.title) == ("7", digits)
    with pytest.raises(BadInput, match=f"'id' is 5,000 characters long; the limit is {MAX_ID_CHARS:,}"):
        read_articles(write(tmp_path / "i.jsonl", f'{{"id": {digits}, "text": "{GERMAN}"}}\n'))


def test_a_field_over_its_limit_is_refused(tmp_path):
    record = {"id": "a", "text": GERMAN, "source": "x" * (MAX_FIELD_CHARS + 1)}
    with pytest.raises(BadInput, match=f"'source' is {MAX_FIELD_CHARS + 1:,} characters long"):
        read_articles(write(tmp_path / "a.jsonl", json.dumps(record) + "\n"))


def test_a_csv_field_over_the_csv_modules_default_limit_is_read(tmp_path):
    text = (GERMAN + " ") * 1_500  # 145,500 characters: over csv's default 131,072
    article = read_articles(write(tmp_path / "a.csv", f'id,text\na,"{text}"\n'))[0]
    assert article.text == text


def test_an_article_over_the_size_limit_is_refused(tmp_path):
    text = "Ein Satz. " * (MAX_ARTICLE_CHARS // 10 + 1)
    for path in (write(tmp_path / "a.txt", text), write(tmp_path / "b.csv", f'id,text\nb,"{text}"\n')):
        with pytest.raises(BadInput, match=f"the limit is {MAX_ARTICLE_CHARS:,} characters"):
            read_articles(path)


def test_lone_surrogates_are_replaced_with_one_warning(tmp_path, caplog):
    lines = [
        '{"id": "a\\ud800", "text": "Laut Kiew sind \\udfff Soldaten in Kursk.", "title": "T\\ud83d"}',
        '{"id": "b", "text": "Ein \\ud83d\\ude00 Satz."}',  # a pair is one character, not replaced
    ]
    with caplog.at_level(logging.WARNING):
        articles = read_articles(write(tmp_path / "a.jsonl", "\n".join(lines) + "\n"))
    assert [(a.id, a.title) for a in articles] == [("a\ufffd", "T\ufffd"), ("b", None)]
    assert articles[0].text == "Laut Kiew sind \ufffd Soldaten in Kursk."
    assert articles[1].text == "Ein 😀 Satz."
    warnings = [r.getMessage() for r in caplog.records if "surrogate" in r.getMessage()]
    assert warnings == [f"{tmp_path / 'a.jsonl'}: 3 lone surrogate(s) (invalid UTF-16) replaced with U+FFFD"]


def test_a_binary_file_given_as_an_article_is_refused(tmp_path):
    with pytest.raises(BadInput, match=r"image\.txt: binary data, not text \(NUL bytes\)"):
        read_articles(write(tmp_path / "image.txt", PNG))


def test_a_binary_file_in_a_folder_is_skipped_with_a_warning(tmp_path, caplog):
    write(tmp_path / "a.txt", GERMAN)
    write(tmp_path / "image.txt", PNG)
    with caplog.at_level(logging.WARNING):
        assert [a.id for a in read_articles(tmp_path)] == ["a"]
    assert "skipped 1 file(s) of binary data" in caplog.text and "image.txt" in caplog.text


def test_text_of_control_characters_is_refused(tmp_path):
    record = {"id": "a", "text": "Ein Satz " + "\x01\x02\x03\x04" * 20}
    with pytest.raises(BadInput, match=r"line 1: binary data, not text \(control characters\)"):
        read_articles(write(tmp_path / "a.jsonl", json.dumps(record) + "\n"))


def test_a_few_control_characters_in_real_text_are_kept(tmp_path):
    text = GERMAN + "\x0b" + GERMAN + "\x1f"
    assert (
        read_articles(write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": text}) + "\n"))[0].text
        == text
    )


def test_an_unreadable_file_in_a_folder_is_named(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", GERMAN)
    locked = write(tmp_path / "b.txt", GERMAN)
    real = reading.Path.read_bytes

    def read_bytes(path):
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(reading.Path, "read_bytes", read_bytes)
    with pytest.raises(BadInput, match=r"b\.txt: cannot read it \(Permission denied\)"):
        read_articles(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_by_its_mode(tmp_path):
    locked = write(tmp_path / "b.txt", GERMAN)
    locked.chmod(0)
    with pytest.raises(BadInput, match="cannot read it"):
        read_articles(tmp_path)


def test_json_lines_split_only_at_line_feeds(tmp_path):
    text = GERMAN + "\u2028Zweiter Absatz.\x85Dritter."  # valid inside a JSON string, written raw
    path = write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n")
    assert read_articles(path)[0].text == text


def test_article_objects_given_to_the_library_are_checked_and_cleaned(caplog):
    from checker.api import to_articles
    from checker.types import Article

    with caplog.at_level(logging.WARNING):
        articles = to_articles([{"id": "a\ud800", "text": GERMAN}, Article(id="b", text=GERMAN + "\udc00")])
    assert [a.id for a in articles] == ["a\ufffd", "b"] and articles[1].text.endswith("\ufffd")
    assert "2 lone surrogate(s)" in caplog.text
    with pytest.raises(BadInput, match=r"article 0: binary data, not text \(NUL bytes\)"):
        to_articles([Article(id="c", text="\x00PNG")])
