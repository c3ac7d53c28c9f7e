"""The command line of the desk: `checker review`, verdicts in `check --store`, `serve` errors,
`--version`, and counts said in words."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from checker import __version__
from checker.cli import app
from checker.store import check_store


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_version():
    result = _run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"checker {__version__}"


def test_extract_says_its_counts_in_words(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Etwa 8.000 Soldaten sind in Kursk. „Wir bleiben“, sagte Anna Weber.", encoding="utf-8"
    )
    result = _run("extract", str(article), "--out", str(tmp_path / "claims.jsonl"))
    assert result.exit_code == 0
    assert "{" not in result.output and "claims (1 figure, 1 quote, 0 statements) ->" in result.output


def test_a_verdict_given_on_the_command_line_is_shown_by_check_store(desk_store, tmp_path):
    finding = str(check_store(desk_store).conflicts.conflict_id.iloc[0])
    given = _run("review", finding, "false alarm", "--store", str(desk_store), "--note", "two nights")
    assert given.exit_code == 0 and given.output.startswith(f"{finding}: false alarm")
    history = _run("review", finding, "--store", str(desk_store))
    assert "false alarm: two nights" in history.output
    checked = _run("check", "--store", str(desk_store), "--out", str(tmp_path / "r"), "--format", "json")
    assert checked.exit_code == 0
    assert "review: 2 open, 1 false alarm" in checked.output and "review" in checked.output.split("\n")[2]


def test_fail_on_conflict_leaves_closed_findings_out(desk_store, tmp_path):
    args = ["check", "--store", str(desk_store), "--out", str(tmp_path / "r"), "--format", "json", "-q"]
    assert _run(*args, "--fail-on-conflict").exit_code == 3
    for finding in check_store(desk_store).conflicts.conflict_id:
        _run("review", str(finding), "fixed", "--store", str(desk_store))
    assert _run(*args, "--fail-on-conflict").exit_code == 0


def test_review_of_an_unknown_finding_or_status_is_an_error(desk_store):
    unknown = _run("review", "F-0000000000", "confirmed", "--store", str(desk_store))
    assert unknown.exit_code == 1 and "Error: no finding 'F-0000000000'" in unknown.output
    finding = str(check_store(desk_store).conflicts.conflict_id.iloc[0])
    bad = _run("review", finding, "dismissed", "--store", str(desk_store))
    assert bad.exit_code == 1 and "expected one of open, confirmed, false_alarm, fixed" in bad.output


def test_serve_names_a_missing_store_and_a_busy_port(tmp_path, desk_store):
    missing = _run("serve", "--store", str(tmp_path / "none"))
    assert missing.exit_code == 1 and "not a store (no CURRENT file)" in missing.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        taken = _run("serve", "--store", str(desk_store), "--port", str(port))
    assert taken.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}: the port is in use" in taken.output


def test_md_limit_writes_a_summary_that_fits(desk_store, tmp_path):
    args = ["check", "--store", str(desk_store), "--out", str(tmp_path / "r"), "--format", "md", "-q"]
    small = _run(*args, "--md-limit", "1000")
    assert (
        small.exit_code == 1 and "Error: --md-limit 1000: expected at least 2,000 characters" in small.output
    )
    assert _run(*args, "--md-limit", "2500").exit_code == 0
    text = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert len(text) <= 2500 and "*A summary within 2,500 characters:" in text
