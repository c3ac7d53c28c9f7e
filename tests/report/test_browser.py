"""The HTML report in a real browser: headless Chromium, driven over the DevTools protocol.

`make browser` (run by `make check` and `.ci/run`) installs Debian's chromium; without it these
tests skip. The report is opened from a file, as an editor would open it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.report.html_report import render_html
from checker.types import Article, CheckRun, Claim, Conflict, Figure, Quote

websocket = pytest.importorskip("websocket", reason="websocket-client is a dev dependency")

from browser_helpers import Page, chromium, launched  # noqa: E402

pytestmark = pytest.mark.browser

EVIL = (
    '<script>window.__pwned = 1; document.title = "pwned"</script>'
    '<img src=x onerror="window.__pwned = 2">'
    '<svg onload="window.__pwned = 3"></svg>'
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    if chromium() is None:
        pytest.skip("no chromium binary on PATH; `make browser` installs Debian's chromium")
    with launched(tmp_path_factory.mktemp("chromium-profile")) as tab:
        yield tab


# ------------------------------------------------------------------ a hand-built run
def _figure(text: str, surface: str, value: float, source: str | None, as_of: str) -> Figure:
    start = text.index(surface)
    return Figure(
        value=value, low=value, high=value, unit=None, subject="nordkoreanische Soldaten",
        qualifier=None, modality="reported", scope="Kursk", as_of=as_of, source=source,
        surface=surface, start=start, end=start + len(surface), subject_key="troops/nk",
    )  # fmt: skip


def _quote(text: str, words: str, speaker: str) -> Quote:
    start = text.index(words)
    mention = text.index(speaker.split()[-1])
    return Quote(
        text=words, start=start, end=start + len(words), direct=True, speaker=speaker,
        speaker_mention=speaker.split()[-1], speaker_start=mention,
        speaker_end=mention + len(speaker.split()[-1]), cue="sagte",
    )  # fmt: skip


def evil_run() -> CheckRun:
    """Three articles, one of them carrying script and event-handler markup everywhere it can."""
    a_text = f"Etwa 8.000 nordkoreanische Soldaten sind in Kursk, sagte die US-Regierung. {EVIL}"
    b_text = "In Kursk sind 3.000 nordkoreanische Soldaten. „Das ist keine Einbahnstraße“, sagte Blinken."
    c_text = "„Das ist eine Einbahnstraße“, sagte Antony Blinken in Brüssel."
    articles = (
        Article("a", a_text, title=f"Titel {EVIL}", source=f"Outlet {EVIL}", url="javascript:alert(1)",
                published="2024-10-28", lang="de"),
        Article("b", b_text, source="B-Zeitung", url="https://example.org/b", published="2024-10-28"),
        Article("c", c_text, source="C-Post", url="https://example.org/c", published="2024-10-29"),
    )  # fmt: skip
    evil_start = a_text.index("<script>")
    claims = (
        Claim("a#0", "a", "figure", a_text[:76], 0, 76,
              figure=_figure(a_text, "Etwa 8.000", 8000, f"US {EVIL}", "2024-10-28"), lang="de"),
        Claim("a#1", "a", "statement", EVIL, evil_start, len(a_text), lang="de"),
        Claim("b#0", "b", "figure", b_text[:46], 0, 46,
              figure=_figure(b_text, "3.000", 3000, None, "2024-10-28"), lang="de"),
        Claim("b#1", "b", "quote", b_text[47:], 47, len(b_text),
              quote=_quote(b_text, "Das ist keine Einbahnstraße", "Antony Blinken"), lang="de"),
        Claim("c#0", "c", "quote", c_text, 0, len(c_text),
              quote=_quote(c_text, "Das ist eine Einbahnstraße", "Antony Blinken"), lang="de"),
    )  # fmt: skip
    diff = [("equal", ["das", "ist"], ["das", "ist"]), ("replace", ["keine"], ["eine"]),
            ("equal", ["einbahnstraße"], ["einbahnstraße"])]  # fmt: skip
    conflicts = (
        Conflict("F001", "figure", "conflict", "high", ("a#0", "b#0"), ("a", "b"),
                 f"Etwa 8.000 vs 3.000 {EVIL}", {"reason": f"do not overlap {EVIL}"}),
        Conflict("F002", "quote", "contradiction", "medium", ("b#1", "c#0"), ("b", "c"),
                 "Antony Blinken quoted with opposite meaning", {"diff": diff, "reason": "negation"}),
        Conflict("F003", "quote", "wording", "low", ("b#1", "c#0"), ("b", "c"),
                 "Antony Blinken quoted in different words", {"diff": diff}),
    )  # fmt: skip
    return CheckRun(articles, claims, (), conflicts, (), model="test")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html(evil_run()), encoding="utf-8")
    return path


# ------------------------------------------------------------------ the tests
def test_markup_inside_articles_is_shown_and_never_runs(page: Page, report: Path) -> None:
    page.open(report)
    assert page.js("window.__pwned === undefined")
    assert page.js("document.title").startswith("Consistency report")
    assert page.js("document.querySelectorAll('script').length") == 1  # the report's own
    assert page.js("document.querySelectorAll('[onerror], [onload], img').length") == 0
    assert "<script>window.__pwned = 1" in page.js("document.body.innerText")
    assert not [e for e in page.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert page.js("[...document.links].every(a => /^(https?:|file:)/.test(a.href))")


def test_the_report_script_runs_and_fetches_nothing(page: Page, report: Path) -> None:
    page.open(report)
    assert page.js("document.documentElement.dataset.ready") == "1"
    errors = [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"]
    assert errors == []
    requested = [
        e["params"]["request"]["url"] for e in page.events if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requested == [report.resolve().as_uri()]


def test_findings_are_listed_most_severe_first(page: Page, report: Path) -> None:
    page.open(report)
    ids = page.js("[...document.querySelectorAll('#findings-table tbody tr')].map(r => r.dataset.id)")
    assert ids == ["F001", "F002", "F003"]
    cards = page.js("[...document.querySelectorAll('section.finding')].map(s => s.id)")
    assert cards == ["F001", "F002", "F003"]
    marked = page.js("[...document.querySelectorAll('#F001 .m-fig')].map(m => m.textContent)")
    assert marked == ["Etwa 8.000", "3.000"]
    changed = page.js("[...document.querySelectorAll('#F002 .m-changed')].map(m => m.textContent)")
    assert changed == ["keine", "eine"]
    assert page.js("document.querySelector('#F002 del').textContent") == "keine"


def _set(page: Page, selector: str, value: str) -> None:
    event = "input" if selector.startswith("input") else "change"
    element = f"document.querySelector({json.dumps(selector)})"
    page.js(f"(() => {{ const el = {element}; el.value = {json.dumps(value)};"
            f" el.dispatchEvent(new Event('{event}')); }})()")  # fmt: skip


def _visible(page: Page) -> list[str]:
    rows = "[...document.querySelectorAll('#findings-table tbody tr')]"
    return page.js(f"{rows}.filter(r => !r.hidden).map(r => r.dataset.id)")  # type: ignore[no-any-return]


def test_filters_narrow_the_table_and_the_cards(page: Page, report: Path) -> None:
    page.open(report)
    _set(page, "select[data-filter=kind]", "quote")
    assert _visible(page) == ["F002", "F003"]
    _set(page, "select[data-filter=severity]", "low")
    assert _visible(page) == ["F003"]
    assert page.js("document.getElementById('F001').hidden") is True
    assert page.js("document.getElementById('shown').textContent") == "1 of 3 findings shown"
    page.js("document.getElementById('reset').click()")
    assert _visible(page) == ["F001", "F002", "F003"]
    _set(page, "input[data-filter=text]", "einbahn")
    assert _visible(page) == ["F002", "F003"]
    _set(page, "input[data-filter=text]", "")
    _set(page, "select[data-filter=article]", "a")
    assert _visible(page) == ["F001"]


def test_table_sorts_by_a_column(page: Page, report: Path) -> None:
    page.open(report)
    page.js("document.querySelectorAll('#findings-table th button')[1].click()")  # severity
    first = page.js("document.querySelector('#findings-table th[aria-sort=ascending]').textContent")
    assert first == "severity"
    page.js("document.querySelectorAll('#findings-table th button')[1].click()")
    assert page.js("[...document.querySelectorAll('#findings-table tbody tr')].map(r => r.dataset.id)") == [
        "F003",
        "F002",
        "F001",
    ]


def test_the_ledger_chart_is_drawn(page: Page, report: Path) -> None:
    page.open(report)
    box = page.js("(() => { const r = document.querySelector('#ledger ~ .chart svg.plot')"
                  ".getBoundingClientRect(); return [r.width, r.height]; })()")  # fmt: skip
    assert box[0] > 300 and box[1] > 100
    assert page.js("document.querySelectorAll('.chart svg circle').length") >= 2
    assert page.js("document.querySelector('.chart svg a').getAttribute('href')") == "#F001"
    tips = page.js("[...document.querySelectorAll('.chart svg title')].map(t => t.textContent)")
    assert any("Etwa 8.000" in tip and "<script>" in tip for tip in tips)


def big_run(n_articles: int = 64) -> CheckRun:
    """As many articles as the real test set, each with five figures, a finding per two articles."""
    articles, claims, conflicts = [], [], []
    for i in range(n_articles):
        text = " ".join(f"Laut Quelle {j} sind {1000 * (i % 7 + j + 1)} Soldaten in Kursk." for j in range(5))
        articles.append(
            Article(f"art-{i:03d}", text, source=f"Outlet {i % 20}", published=f"2024-10-{i % 28 + 1:02d}")
        )
        for j in range(5):
            surface = f"{1000 * (i % 7 + j + 1)}"
            start = text.index(f"sind {surface}") + 5
            value = float(surface)
            figure = Figure(value, value, value, None, "Soldaten", None, "reported", "Kursk",
                            articles[-1].published, f"Quelle {j}", surface, start, start + len(surface),
                            subject_key=f"troops/{j % 3}")  # fmt: skip
            claims.append(
                Claim(f"art-{i:03d}#{j}", f"art-{i:03d}", "figure", text, 0, len(text), figure=figure)
            )
    for i in range(0, n_articles - 1):
        ids = (f"art-{i:03d}#0", f"art-{i + 1:03d}#0")
        conflicts.append(
            Conflict(
                f"F{i + 1:03d}",
                "figure",
                "conflict",
                "medium",
                ids,
                (f"art-{i:03d}", f"art-{i + 1:03d}"),
                "figures differ",
                {"reason": "x"},
            )
        )
    return CheckRun(tuple(articles), tuple(claims), (), tuple(conflicts), (), model="test")


def test_a_report_of_64_articles_opens_in_under_two_seconds(page: Page, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(big_run()), encoding="utf-8")
    seconds = page.open(path)
    assert page.js("document.documentElement.dataset.ready") == "1"
    assert page.js("document.querySelectorAll('#findings-table tbody tr').length") == 63
    assert seconds < 2.0


def disputed_run() -> CheckRun:
    """Eight articles and findings about three counted things: three disputes."""
    run = big_run(8)
    conflicts = tuple(
        Conflict(f"F{n:03d}", "figure", "conflict", "low", (f"art-{i:03d}#{j}", f"art-{i + 1:03d}#{j}"),
                 (f"art-{i:03d}", f"art-{i + 1:03d}"), "figures differ", {"reason": "x"})
        for n, (i, j) in enumerate([(0, 0), (2, 0), (0, 1), (4, 1), (0, 2), (6, 2)], 1)
    )  # fmt: skip
    return CheckRun(run.articles, run.claims, (), conflicts, (), model="test")


def test_the_legend_defines_what_is_shown_and_findings_fold_under_their_dispute(
    page: Page, tmp_path: Path
) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(disputed_run()), encoding="utf-8")
    page.open(path)
    terms = page.js("[...document.querySelectorAll('#legend dt')].map(t => t.textContent)")
    assert terms == ["figure conflict", "high", "medium", "low"]
    assert page.js("document.querySelector('#legend dd').textContent").startswith(
        "one source, or no source at all, reported with figures for the same counted thing"
    )
    disputes = "[...document.querySelectorAll('details.dispute')]"
    folded = page.js(f"{disputes}.map(d => [d.open, d.querySelectorAll('section.finding').length])")
    assert folded == [[True, 2], [True, 2], [False, 2]]
    last = page.js("document.querySelectorAll('details.dispute')[2].querySelector('section.finding').id")
    page.js(f"document.querySelector('#findings-table a[href=\"#{last}\"]').click()")
    assert page.js("document.querySelectorAll('details.dispute')[2].open") is True
    _set(page, "input[data-filter=text]", "art-006")
    assert page.js("[...document.querySelectorAll('details.dispute')].map(d => d.hidden)") == [
        True,
        True,
        False,
    ]
