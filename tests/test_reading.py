import json

import pytest

from checker.errors import BadInput, UnknownFormat
from checker.reading import decode, read_articles

GERMAN = "Laut Kiew sind etwa 8.000 nordkoreanische Soldaten in der Region Kursk. Das sagte der Minister."
ENGLISH = "About 8,000 North Korean troops are in the Kursk region, the minister said on Wednesday."


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_folder_of_text_files_uses_stems_as_ids_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "a.md", GERMAN)
    write(tmp_path / "notes.pdf", "ignored")
    articles = read_articles(tmp_path)
    assert [(a.id, a.lang) for a in articles] == [("a", "de"), ("b", "en")]
    assert articles[0].text == GERMAN


def test_jsonl_json_and_csv_carry_the_optional_fields(tmp_path):
    record = {"id": "x1", "text": GERMAN, "source": "BR24", "published": "2024-10", "lang": "de"}
    write(tmp_path / "a.jsonl", json.dumps(record) + "\n\n")
    write(tmp_path / "b.json", json.dumps([{**record, "id": "x2"}]))
    write(tmp_path / "c.csv", 'id,text,source,published\nx3,"' + ENGLISH + '",AP,2024-11-01\n')
    articles = read_articles([tmp_path / "a.jsonl", tmp_path / "b.json", tmp_path / "c.csv"])
    assert [(a.id, a.source, a.published, a.lang) for a in articles] == [
        ("x1", "BR24", "2024-10", "de"),
        ("x2", "BR24", "2024-10", "de"),
        ("x3", "AP", "2024-11-01", "en"),
    ]


def test_offsets_refer_to_the_text_as_given_with_crlf_and_bom(tmp_path):
    raw = "Titel\r\n\r\nEtwa 8.000 Soldaten."
    write(tmp_path / "a.txt", "\ufeff" + raw)
    article = read_articles(tmp_path / "a.txt")[0]
    assert article.text == raw
    assert article.text.index("8.000") == raw.index("8.000")


def test_cp1252_german_is_decoded_with_a_warning(tmp_path, caplog):
    write(tmp_path / "alt.txt", "Die Gespräche über Öl begannen am Dienstag in Kiew – große Sorge.", "cp1252")
    article = read_articles(tmp_path / "alt.txt")[0]
    assert "Gespräche über Öl" in article.text and "–" in article.text
    assert "not UTF-8" in caplog.text


def test_decode_keeps_utf8_untouched():
    assert decode("„Zweibahnstraße“".encode(), "x") == "„Zweibahnstraße“"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.jsonl", '{"id": "a", "text": "ok text here"}\n[1, 2]\n', "a.jsonl, line 2: expected an object"),
        ("a.jsonl", '{"id": "a"}\n', "a.jsonl, line 1: missing or empty 'text'"),
        ("a.jsonl", '{"id": "a", "text": "x"\n', "a.jsonl, line 1: not valid JSON"),
        ("a.json", '{"text": "no id"}', "a.json, item 0: missing or empty 'id'"),
        ("a.csv", "id,body\n1,x\n", "a.csv: missing column(s) ['text']"),
        ("a.csv", "id,text\n1,\n", "a.csv, row 2: missing or empty 'text'"),
        ("a.txt", "   \n", "a.txt: the article text is empty"),
        ("a.jsonl", '{"id": "a", "text": "one"}\n{"id": "a", "text": "two"}\n', "duplicate article id 'a'"),
    ],
)
def test_bad_input_names_the_file_place_and_expectation(tmp_path, name, content, message):
    write(tmp_path / name, content)
    with pytest.raises(BadInput, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        read_articles(tmp_path / name)


def test_missing_path_empty_folder_and_unknown_extension(tmp_path):
    with pytest.raises(BadInput, match="no such file or folder"):
        read_articles(tmp_path / "nope")
    with pytest.raises(BadInput, match=r"no \.txt or \.md files"):
        read_articles(tmp_path)
    write(tmp_path / "a.docx", "x")
    with pytest.raises(UnknownFormat, match=r"unknown extension '.docx'; expected one of"):
        read_articles(tmp_path / "a.docx")
