"""Report writers on hand-built records (no model): contract, escaping, determinism."""

import base64
import csv
import dataclasses
import hashlib
import io
import json
import re
from html import unescape

import pytest

from checker.errors import UnknownFormat
from checker.report import parse_formats, write_reports
from checker.report.chart import build_charts, interval_text
from checker.report.csv_report import render_csv
from checker.report.html_report import render_html
from checker.report.json_report import render_json
from checker.report.markdown import md_escape, range_bar, render_markdown
from checker.types import Article, CheckRun, Claim, Conflict, Figure, Quote

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


@pytest.fixture
def quote_run(run):
    """Two articles quoting Blinken in two wordings, and two figures about one subject."""
    text_c = "„Das ist eine Einbahnstraße“, sagte Blinken."
    c = Article(id="c", text=text_c, source="C", published="2024-10-29", lang="de")
    quote_b = run.claims[2].quote
    who = text_c.index("Blinken")
    quote_c = dataclasses.replace(quote_b, text="Das ist eine Einbahnstraße", end=quote_b.start + 26,
                                  speaker_start=who, speaker_end=who + 7)  # fmt: skip
    text_d = "Rund 3.000 nordkoreanische Soldaten sind in Kursk."
    d = Article(id="d", text=text_d, source="D", published="2024-10-28", lang="de")
    claims = (
        run.claims[0],
        run.claims[2],
        Claim("c#0", "c", "quote", text_c, 0, len(text_c), quote=quote_c, lang="de"),
        Claim(
            "d#0",
            "d",
            "figure",
            text_d,
            0,
            len(text_d),
            figure=figure(text_d, "Rund 3.000", 3000.0),
            lang="de",
        ),
    )
    diff = [("equal", ["das", "ist"], ["das", "ist"]), ("replace", ["keine"], ["eine"]),
            ("equal", ["einbahnstraße"], ["einbahnstraße"])]  # fmt: skip
    details = {"diff": diff, "reason": "same speaker"}
    conflict = Conflict("F001", "quote", "wording", "medium", ("b#0", "c#0"), ("b", "c"),
                        "Blinken quoted in different words", details)  # fmt: skip
    figures = Conflict("F002", "figure", "conflict", "medium", ("a#0", "d#0"), ("a", "d"), "8.000 vs 3.000")
    articles = (run.articles[0], run.articles[1], c, d)
    return CheckRun(articles, claims, (), (conflict, figures), (), model="test")


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
    assert '<span class="m-fig">Etwa 8.000</span>' in html
    assert html.count("<script") == 1 and 'onerror="' not in html


def test_html_allows_only_its_own_script_and_no_network(run):
    html = render_html(run)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert not re.search(
        r"""(src|href)=["']?(https?:)?//""", html.replace('href="https://example.org/b"', "")
    )


def test_html_summary_table_and_cards(run):
    html = render_html(run)
    assert '<span class="n">2</span><span class="what">articles</span>' in html
    assert '<span class="sev high">1 high</span>' in html
    assert html.count('<tr data-id="F001">') == 1
    assert html.count('<section class="finding high" id="F001"') == 1
    for control in ("severity", "kind", "label", "article", "text"):
        assert f'data-filter="{control}"' in html
    assert "Why this is a finding:</b> intervals do not overlap" in html


def test_html_highlights_changed_words_of_a_quote(quote_run):
    html = render_html(quote_run)
    assert '<span class="m-changed m-quote">keine</span>' in html
    assert '<span class="m-changed m-quote">eine</span>' in html
    assert "<del>keine</del> <ins>eine</ins>" in html  # printed case kept in the word diff
    assert "Quotation comparisons" in html and 'href="#F001"' in html


def test_html_draws_the_ledger_chart(quote_run):
    html = render_html(quote_run)
    svg = re.search(r'<svg class="plot".*?</svg>', html, re.S).group(0)
    assert svg.count("<circle") >= 2 and "<title>Etwa 8.000 · Outlet &lt;b&gt;A&lt;/b&gt; · a" in svg


def test_markdown_escapes_and_shows_the_diff(run):
    md = render_markdown(run)
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script>" in md
    assert "**Etwa 8.000**" in md
    assert "~~keine~~ **eine**" in md
    assert "- **F001** high · figure conflict · Outlet \\<b>A\\</b>: 8.000 vs" in md
    assert "|" not in md.replace("\\|", "")  # no table: lists wrap in a terminal of 100 columns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("000_1715942c77dba495", "000_1715942c77dba495"),  # GitHub never reads a_b as emphasis
        ("_betont_ und *fett*", "\\_betont\\_ und \\*fett\\*"),
        ("a | b ~~c~~ [x](y)", "a \\| b \\~\\~c\\~\\~ \\[x\\](y)"),
        ("8.000 > 3.000", "8.000 > 3.000"),
    ],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


def test_markdown_ledger_has_intervals_and_range_bars(quote_run):
    md = render_markdown(quote_run)
    assert "- 2024-10 · D · **Rund 3.000** (2,700–3,300) `·······━●━··············` · reported" in md
    assert "## Quotation comparisons" in md


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [(7200.0, 8800.0, "7,200–8,800"), (10000.0, None, "≥ 10,000"), (None, 12000.0, "≤ 12,000"),
     (3000.0, 3000.0, "3,000"), (2.5, 2.5, "2.5"), (None, None, "")],
)  # fmt: skip
def test_interval_text(low, high, expected):
    assert interval_text(low, high) == expected


def test_range_bar_marks_value_and_interval():
    assert range_bar({"value": 5.0, "low": 4.0, "high": 6.0}, 10.0, width=11) == "····━●━····"
    assert (
        range_bar({"value": 10.0, "low": 10.0, "high": None, "modality": "projected"}, 10.0, width=5)
        == "····○"
    )


def test_charts_put_subjects_with_findings_first():
    def row(key, article, claim, value):
        return {"subject_key": key, "subject": key, "article_id": article, "claim_id": claim,
                "value": value, "low": value, "high": value, "source": None, "as_of": "2024-10-28",
                "surface": str(value)}  # fmt: skip

    rows = [row("big", "a", "a#0", 1), row("big", "b", "b#0", 2), row("big", "c", "c#0", 3),
            row("found", "a", "a#1", 5), row("found", "b", "b#1", 9), row("alone", "a", "a#2", 1),
            row("alone", "a", "a#3", 2)]  # fmt: skip
    charts = build_charts(rows, {"a#1": "F001"})
    assert [c.subject_key for c in charts] == ["found", "big"]  # one article alone gets no chart
    assert [m.finding for m in charts[0].marks] == ["F001", None]


def test_markdown_summary_fits_its_limit_and_says_what_it_left_out(quote_run):
    full = render_markdown(quote_run)
    short = render_markdown(quote_run, limit=2_500)
    assert len(short) <= 2_500 < len(full)
    assert "What the labels and severities mean" in short and "- *high*: likely an error" in short
    assert "*A summary within 2,500 characters:" in short and "## Figure ledger" not in short
    assert render_markdown(quote_run, limit=100_000).count("### F00") == 2  # room: every finding in detail


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
