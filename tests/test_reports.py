"""Report writers on hand-built records (no model): contract, escaping, determinism."""

import csv
import io
import json

import pytest

from checker.errors import UnknownFormat
from checker.pipeline import CheckRun
from checker.report import parse_formats, write_reports
from checker.report.csv_report import render_csv
from checker.report.html_report import render_html
from checker.report.json_report import render_json
from checker.report.markdown import render_markdown
from checker.types import Article, Claim, Conflict, Figure, Quote

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'
TEXT_A = f"Etwa 8.000 nordkoreanische Soldaten sind in Kursk. {EVIL}"
TEXT_B = "„Das ist keine Einbahnstraße“, sagte Blinken."


def figure(text, surface, value):
    start = text.index(surface)
    return Figure(
        value=value, low=value * 0.9, high=value * 1.1, unit=None, subject="nordkoreanische Soldaten",
        qualifier="approximate", modality="reported", scope="Kursk", as_of="2024-10", source=None,
        surface=surface, start=start, end=start + len(surface), subject_key="nk_troops",
    )  # fmt: skip


@pytest.fixture
def run():
    a = Article(
        id="a",
        text=TEXT_A,
        source="Outlet <b>A</b>",
        url="javascript:alert(3)",
        published="2024-10",
        lang="de",
    )
    b = Article(id="b", text=TEXT_B, source="B", url="https://example.org/b", lang="de")
    fig = figure(TEXT_A, "Etwa 8.000", 8000.0)
    quote_start = TEXT_B.index("Das")
    quote = Quote(
        text="Das ist keine Einbahnstraße", start=quote_start, end=quote_start + 27, direct=True,
        speaker="Antony Blinken", speaker_mention="Blinken", speaker_start=TEXT_B.index("Blinken"),
        speaker_end=TEXT_B.index("Blinken") + 7, cue="sagte",
    )  # fmt: skip
    claims = (
        Claim("a#0", "a", "figure", TEXT_A[:50], 0, 50, figure=fig, lang="de"),
        Claim("a#1", "a", "statement", EVIL, TEXT_A.index("<"), len(TEXT_A), lang="de"),
        Claim("b#0", "b", "quote", TEXT_B, 0, len(TEXT_B), quote=quote, lang="de"),
    )
    conflict = Conflict(
        id="F001", kind="figure", label="conflict", severity="high", claim_ids=("a#0", "a#1"),
        article_ids=("a",), summary=f"8.000 vs {EVIL}",
        details={"reason": "intervals do not overlap", "diff": [("equal", ["Das", "ist"], ["Das", "ist"]),
                                                               ("replace", ["keine"], ["eine"])]},
    )  # fmt: skip
    return CheckRun(articles=(a, b), claims=claims, pairs=(), conflicts=(conflict,), links=(), model="test")


def test_json_is_the_contract(run):
    report = json.loads(render_json(run))
    assert report["version"] == 1
    assert [a["id"] for a in report["articles"]] == ["a", "b"]
    fig = report["claims"][0]["figure"]
    assert set(fig) == {
        "value", "low", "high", "unit", "subject", "qualifier", "modality", "scope", "as_of", "source",
        "surface", "start", "end",
    }  # fmt: skip
    assert report["conflicts"][0]["claim_ids"] == ["a#0", "a#1"]


def test_html_escapes_article_text_and_drops_script_urls(run):
    html = render_html(run)
    assert "<script>alert(1)" not in html and 'onerror="alert' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in html
    assert "Outlet &lt;b&gt;A&lt;/b&gt;" in html
    assert "<mark>Etwa 8.000</mark>" in html


def test_markdown_escapes_and_shows_the_diff(run):
    md = render_markdown(run)
    assert "<script>" not in md
    assert "**Etwa 8.000**" in md
    assert "~~keine~~ **eine**" in md


def test_csv_has_one_row_per_finding(run):
    rows = list(csv.DictReader(io.StringIO(render_csv(run))))
    assert len(rows) == 1
    assert rows[0]["id"] == "F001" and rows[0]["claim_ids"] == "a#0;a#1"


def test_writers_are_deterministic_and_write_only_what_is_asked(run, tmp_path):
    written = write_reports(run, tmp_path / "out", ["json", "md"])
    assert [p.name for p in written] == ["report.json", "report.md"]
    again = write_reports(run, tmp_path / "again", ["json", "md"])
    for one, other in zip(written, again, strict=True):
        assert one.read_bytes() == other.read_bytes()


@pytest.mark.parametrize(
    ("spec", "expected"), [("html,md", ["html", "md"]), (" JSON , csv,json", ["json", "csv"])]
)
def test_parse_formats(spec, expected):
    assert parse_formats(spec) == expected


def test_unknown_format_lists_the_known_ones():
    with pytest.raises(UnknownFormat, match=r"expected one or more of \['csv', 'html', 'json', 'md'\]"):
        parse_formats("pdf")
