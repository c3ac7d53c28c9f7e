"""Article text that tries to act in a report: report.md rendered as CommonMark keeps every
article text as text, conflicts.csv starts no formula, report.json holds no NaN/Infinity."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from checker.report.csv_report import csv_cell, render_csv
from checker.report.json_report import render_json
from checker.report.markdown import md_code, md_line, render_markdown
from checker.types import Article, CheckRun, Claim, Conflict, Figure, Quote

ATTACKS = [
    'x` <img src=x onerror="alert(1)"> `',
    "``<img src=x onerror=alert(2)>``",
    "<script>alert(3)</script>",
    "<a href='javascript:alert(4)'>x</a>",
    "[x](javascript:alert(5)) ![y](http://evil/z.png)",
    "x\n\n<img src=x onerror=alert(6)>",
    "# <b onmouseover=alert(7)>h</b>",
    "> <iframe src=//evil></iframe>",
    "1. <svg onload=alert(8)>",
    "&lt;img src=x onerror=alert(9)&gt; &#60;script&#62;",
    '=HYPERLINK("http://evil","x")',
    "| a | <img src=x onerror=alert(10)> |",
]
# What report.md itself makes: headings, lists, tables, emphasis, code, struck words, http links.
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "code", "table", "thead", "tbody",
                "tr", "th", "td", "s", "a"}  # fmt: skip


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def hostile_run(attack: str) -> CheckRun:
    text = f"Laut {attack} sind etwa 8.000 Soldaten in Kursk. „{attack}“, sagte {attack}."
    fig_start = text.index("etwa 8.000")
    figure = Figure(8000.0, 7200.0, 8800.0, None, attack, "approximate", "reported", attack, "2024-10",
                    attack, "etwa 8.000", fig_start, fig_start + 10, subject_key=attack)  # fmt: skip
    q_start = text.index("„") + 1
    quote = Quote(attack, q_start, q_start + len(attack), True, attack, attack, None, None, "sagte",
                  role=attack)  # fmt: skip
    fields = {"text": text, "title": attack, "source": attack, "published": attack, "lang": "de"}
    articles = tuple(Article(id=f"{attack}{n}", url=f"https://x.org/{attack}", **fields) for n in (1, 2))
    claims = tuple(
        claim
        for article in articles
        for claim in (
            Claim(f"{article.id}#0", article.id, "figure", text, 0, len(text), figure=figure, lang="de"),
            Claim(f"{article.id}#1", article.id, "quote", text, 0, len(text), quote=quote, lang="de"),
        )
    )
    details = {"diff": [("replace", [attack], [attack])], "reason": attack, "reasons": [attack]}
    conflicts = (
        Conflict("F001", "quote", "wording", "medium", (claims[1].id, claims[3].id),
                 (articles[0].id, articles[1].id), attack, details),
        Conflict("F002", "figure", "conflict", "high", (claims[0].id, claims[2].id),
                 (articles[0].id, articles[1].id), attack, {"reason": attack}),
    )  # fmt: skip
    return CheckRun(articles, claims, (), conflicts, (), model=attack)


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_rendered_as_commonmark_holds_no_element_of_the_article(attack: str) -> None:
    renderer = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    html = renderer.render(render_markdown(hostile_run(attack)))
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag in ALLOWED_TAGS, (tag, attrs)
        for name, value in attrs:
            if tag == "a" and name == "href":
                assert value is not None and value.startswith("https://x.org/"), value
            else:
                assert (name, value) == ("style", "text-align:right"), (tag, name, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a`b", "``a`b``"), ("``x``", "``` ``x`` ```"), ("x`", "`` x` ``"), ("a\n\nb", "`a b`")],
)
def test_md_code_fences_any_backticks(text: str, expected: str) -> None:
    assert md_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8.000 vs 3.000 Soldaten", "8.000 vs 3.000 Soldaten"), ("1. Mai", "1\\. Mai"), ("# x", "\\# x"),
     ("> x", "\\> x"), ("- x", "\\- x"), ("-5 Grad", "-5 Grad")],
)  # fmt: skip
def test_md_line_starts_no_block(text: str, expected: str) -> None:
    assert md_line(text) == expected


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_csv_cell_starts_a_formula(attack: str) -> None:
    rows = list(csv.reader(io.StringIO(render_csv(hostile_run("=cmd|' /C calc'!A0" + attack)))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("-3.5", "-3.5"), ("+49", "+49"), ("F001", "F001"), ("a=b", "a=b")],
)  # fmt: skip
def test_csv_cell(cell: str, expected: str) -> None:
    assert csv_cell(cell) == expected


def test_report_json_is_valid_json_without_constants() -> None:
    def refuse(name: str) -> None:
        raise ValueError(name)

    data = json.loads(render_json(hostile_run(ATTACKS[0])), parse_constant=refuse)
    assert data["articles"][0]["id"] == ATTACKS[0] + "1"
