"""The command line through typer's runner: exit codes, error text, written files."""

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()

ARTICLE_A = (
    "Nach Angaben der USA sind etwa 8.000 nordkoreanische Soldaten in der Region Kursk. "
    "„Das ist keine Einbahnstraße“, sagte Außenminister Antony Blinken am Mittwoch in Brüssel."
)
ARTICLE_B = (
    "Laut Selenskyj sind 3.000 nordkoreanische Soldaten in der Region Kursk eingetroffen. "
    "„Das ist eine Zweibahnstraße“, sagte US-Außenminister Antony Blinken am Mittwoch."
)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "/no/such/folder"], "Error: /no/such/folder: no such file or folder"),
        (["extract", "/no/such/file.txt"], "Error: /no/such/file.txt: no such file or folder"),
        (["check", "--format", "pdf", "x"], "Error: format='pdf'; expected one or more of"),
        (["check", "--bogus", "x"], "Error: No such option: --bogus"),
        (["check", "--precision", "int4", "x"], "Error: --precision 'int4'; expected one of int8, float32"),
        (["add", "x", "--store", "s", "--precision", "fp16"], "Error: --precision 'fp16'; expected one of"),
        (["check"], "Error: no articles given; expected PATH... or --store DIR"),
        (["extract"], "Error: Missing argument"),
    ],
)
def test_bad_input_and_usage_exit_1_with_one_line(tmp_path, args, message):
    if "--format" in args:
        (tmp_path / "x.txt").write_text(ARTICLE_A, encoding="utf-8")
        args = [a if a != "x" else str(tmp_path / "x.txt") for a in args]
    result = invoke(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_json_line_names_file_and_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Ein Satz."}\n"just a string"\n', encoding="utf-8")
    result = invoke("extract", path)
    assert result.exit_code == 1
    assert f"Error: {path}, line 2: expected an object" in result.output


def test_extract_writes_contract_claims(folder, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = invoke("extract", folder, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {c["article_id"] for c in claims} == {"a", "b"}
    for claim in claims:
        assert set(claim) == {"id", "article_id", "kind", "text", "start", "end", "figure", "quote"}
    text = {"a": ARTICLE_A, "b": ARTICLE_B}
    figures = [c for c in claims if c["kind"] == "figure"]
    assert {c["figure"]["value"] for c in figures} >= {8000, 3000}
    for c in figures:
        fig = c["figure"]
        assert text[c["article_id"]][fig["start"] : fig["end"]] == fig["surface"]


def test_help_has_examples_for_every_command():
    for command in ("check", "extract"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "Examples" in result.output


@pytest.mark.slow
def test_check_writes_every_report_and_fails_on_conflict(folder, tmp_path, model):
    out = tmp_path / "out"
    result = invoke("check", folder, "--out", out, "--fail-on-conflict")
    assert result.exit_code == 3, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "conflicts.csv",
        "report.html",
        "report.json",
        "report.md",
    ]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["version"] == 1 and len(report["articles"]) == 2
    assert any(c["kind"] == "figure" for c in report["conflicts"])
    assert "findings" in result.output


@pytest.mark.slow
def test_check_json_only_and_quiet(folder, tmp_path, model):
    out = tmp_path / "out"
    result = invoke("check", folder, "--out", out, "--format", "json", "--quiet")
    assert result.exit_code == 0
    assert result.output == ""
    assert [p.name for p in out.iterdir()] == ["report.json"]
