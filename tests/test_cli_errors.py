"""Output problems and hostile input through the command line: one `Error: …` line naming the
path and the cause, exit 1, and old output left whole (issue 16). No model is loaded here."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker import api, fsio
from checker.cli import app
from checker.result import Result
from checker.types import Article, CheckRun

runner = CliRunner()
GERMAN = "Laut Kiew sind etwa 8.000 nordkoreanische Soldaten in der Region Kursk eingetroffen, sagte er."


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def one_error(result, *parts: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, result.output
    for part in parts:
        assert part in lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    path.write_text(GERMAN, encoding="utf-8")
    return path


def no_space(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_extract_into_a_folder_is_refused(article: Path, tmp_path: Path) -> None:
    one_error(
        invoke("extract", article, "--out", tmp_path), f"--out: {tmp_path} is a folder; expected a file name"
    )


def test_extract_under_a_file_is_refused(article: Path) -> None:
    out = article / "claims.jsonl"
    one_error(
        invoke("extract", article, "--out", out), f"cannot write {out}: {article} is a file, not a folder"
    )


def test_check_into_a_file_is_refused_before_the_run(article: Path) -> None:
    one_error(invoke("check", article, "--out", article), f"--out: {article} is a file, not a folder")


def test_an_unwritable_out_is_named(article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    monkeypatch.setattr(fsio.os, "access", lambda path, mode: not mode & os.W_OK and real(path, mode))
    one_error(invoke("extract", article, "--out", tmp_path / "c.jsonl"), f"not writable: {tmp_path}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder whatever its mode")
def test_an_unwritable_out_by_its_mode(article: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    one_error(invoke("extract", article, "--out", locked / "c.jsonl"), "not writable")


def test_a_full_disk_leaves_the_old_claims_whole(article: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(fsio.os, "fsync", no_space)
    one_error(invoke("extract", article, "--out", out), f"no space left on the device for {out}")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "in"]


def test_a_lone_surrogate_is_written_as_a_replacement_character(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a\ud800", "text": GERMAN + " \udc00"}) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = invoke("extract", source, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert claims and {c["article_id"] for c in claims} == {"a\ufffd"}


def small_run() -> CheckRun:
    return CheckRun((Article(id="a", text=GERMAN, lang="de"),), (), (), (), (), "model")


@pytest.fixture
def quick_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """`checker check` without the model: the run is a fixed small one."""
    monkeypatch.setattr(api, "check", lambda *args, **kwargs: Result(small_run()))


def test_check_replaces_a_report_set_whole(article: Path, tmp_path: Path, quick_check: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("old\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = invoke("check", article, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["conflicts.csv", "notes.txt", "report.html", "report.json", "report.md"]
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"][0]["id"] == "a"


def test_a_full_disk_during_check_leaves_the_old_set(
    article: Path, tmp_path: Path, quick_check, monkeypatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = {name: f"old {name}\n" for name in ("report.html", "report.md", "report.json", "conflicts.csv")}
    for name, text in old.items():
        (out / name).write_text(text, encoding="utf-8")
    written = []
    real = fsio.write_atomic

    def fill_up(path, content):
        if len(written) == 2:  # the third report finds the disk full
            no_space()
        written.append(path)
        return real(path, content)

    monkeypatch.setattr(fsio, "write_atomic", fill_up)
    one_error(invoke("check", article, "--out", out, "--quiet"), f"no space left on the device for {out}")
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == old  # no temporary folder


def test_a_failed_first_check_leaves_no_folder(
    article: Path, tmp_path: Path, quick_check, monkeypatch
) -> None:
    monkeypatch.setattr(fsio.os, "fsync", no_space)
    one_error(invoke("check", article, "--out", tmp_path / "new" / "out"), "no space left on the device")
    assert not (tmp_path / "new" / "out").exists()


def test_an_os_error_elsewhere_is_one_line(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/var/cache/checker/model")

    monkeypatch.setattr(api, "extract", denied)
    one_error(invoke("extract", article), "Error: /var/cache/checker/model: Permission denied")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("deep.jsonl", "[" * 10_000 + "]" * 10_000 + "\n", "nested deeper than 100 levels"),
        ("int.jsonl", '{"id": ' + "9" * 5_000 + ', "text": "Ein Satz."}\n', "'id' is 5,000 characters long"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data, not text"),
    ],
)
def test_hostile_input_is_one_line(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    one_error(invoke("extract", path), message)


@pytest.mark.parametrize("command", ["check", "extract", "add"])
def test_help_states_the_limits(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Limits: an article's text at most 1,000,000 characters" in " ".join(result.output.split())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_device_that_is_full_is_named(article: Path) -> None:
    one_error(invoke("extract", article, "--out", "/dev/full"), "no space left on the device for /dev/full")
    assert Path("/dev/full").is_char_device()  # written to, not replaced
