"""DataFrames for analysts, and a check saved and reopened without the model."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import checker
from checker import frames
from checker.errors import BadInput
from checker.report import WRITERS
from checker.result import Result
from checker.saved import FILE_NAME, run_from_dict, run_to_dict
from checker.types import Article, CheckRun, Claim, Conflict, Figure, FigureLink, Pair, Quote

DATA = Path(__file__).resolve().parent.parent / "data"
A = "Rund 8.000 nordkoreanische Soldaten sind in Kursk. Davon 3.000 Offiziere. Die Lage ist ernst."
B = "„Das ist keine Einbahnstraße“, sagte Blinken. Die Lage bleibt ernst, so Kiew."
C = "„Das ist eine Einbahnstraße“, sagte Rutte. Die Lage ist sehr ernst."


def _figure(text: str, surface: str, value: float, **extra: object) -> Figure:
    start = text.index(surface)
    fields: dict = dict(
        value=value, low=value * 0.9, high=value * 1.1, unit=None, subject="nordkoreanische Soldaten",
        qualifier="approximate", modality="reported", scope="Kursk", as_of="2024-10-28", source="USA",
        surface=surface, start=start, end=start + len(surface), subject_key="troops/nk",
    )  # fmt: skip
    return Figure(**{**fields, **extra})


def _quote(text: str, words: str, speaker: str, mention: str) -> Quote:
    start, at = text.index(words), text.index(mention)
    return Quote(words, start, start + len(words), True, speaker, mention, at, at + len(mention), "sagte",
                 style="direct", role="US-Außenminister")  # fmt: skip


def _statement(cid: str, text: str, sentence: str) -> Claim:
    start = text.index(sentence)
    return Claim(cid, cid.split("#")[0], "statement", sentence, start, start + len(sentence), lang="de")


@pytest.fixture
def run() -> CheckRun:
    articles = (
        Article("a", A, source="Outlet A", published="2024-10-28", lang="de"),
        Article("b", B, source="Outlet B", url="https://example.org/b", lang="de"),
        Article("c", C, source="Outlet C", lang="de"),
    )
    claims = (
        Claim("a#0", "a", "figure", A[:51], 0, 51, figure=_figure(A, "Rund 8.000", 8000.0), lang="de"),
        Claim("a#1", "a", "figure", A[52:75], 52, 75,
              figure=_figure(A, "3.000", 3000.0, portion="part", subject_key="officers/nk"), lang="de"),
        _statement("a#2", A, "Die Lage ist ernst."),
        Claim("b#0", "b", "quote", B[:46], 0, 46,
              quote=_quote(B, "Das ist keine Einbahnstraße", "Antony Blinken", "Blinken"), lang="de"),
        _statement("b#1", B, "Die Lage bleibt ernst, so Kiew."),
        Claim("c#0", "c", "quote", C[:42], 0, 42,
              quote=_quote(C, "Das ist eine Einbahnstraße", "Mark Rutte", "Rutte"), lang="de"),
        _statement("c#1", C, "Die Lage ist sehr ernst."),
    )  # fmt: skip
    pairs = (
        Pair("a#2", "b#1", 0.93),
        Pair("a#2", "c#1", 0.95),
        Pair("b#1", "c#1", 0.91),
        Pair("b#0", "c#0", 0.97),
        Pair("a#0", "a#1", 0.90, same_article=True),
    )
    diff = [("equal", ["das", "ist"], ["das", "ist"]), ("replace", ["keine"], ["eine"]),
            ("equal", ["einbahnstraße"], ["einbahnstraße"])]  # fmt: skip
    conflicts = (
        Conflict("F001", "quote", "misattribution", "high", ("b#0", "c#0"), ("b", "c"),
                 "the same words credited to Antony Blinken and Mark Rutte", {}),
        Conflict("F002", "quote", "wording", "medium", ("b#0", "c#0"), ("b", "c"),
                 "quoted in different words", {"diff": diff, "reason": "same speaker, overlap 0.75"}),
    )  # fmt: skip
    links = (FigureLink("a#0", "a#1", "not_comparable", "3.000 is a share of a larger figure"),)
    return CheckRun(articles, claims, pairs, conflicts, links, model="test-model")


def test_columns_are_stable(run: CheckRun) -> None:
    result = Result(run)
    assert list(result.claims.columns) == frames.CLAIM_COLUMNS
    assert {"figure_subject_key", "figure_portion", "quote_style", "quote_role"} <= set(result.claims.columns)
    assert list(result.pairs.columns) == frames.PAIR_COLUMNS
    assert list(result.conflicts.columns) == frames.CONFLICT_COLUMNS
    assert list(result.evidence.columns) == frames.EVIDENCE_COLUMNS
    assert list(result.corroboration().columns) == frames.CORROBORATION_COLUMNS
    assert list(result.articles.columns) == ["id", "title", "source", "url", "published", "lang"]


def test_one_row_per_claim_pair_finding(run: CheckRun) -> None:
    result = Result(run)
    assert len(result.claims) == 7 and len(result.pairs) == 5 and len(result.conflicts) == 2
    officers = result.claims.set_index("claim_id").loc["a#1"]
    assert officers.figure_portion == "part" and officers.figure_subject_key == "officers/nk"
    assert result.conflicts.set_index("conflict_id").loc["F002", "reason"] == "same speaker, overlap 0.75"
    assert len(result.evidence) == 4


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["F001", "F002"]),
        ({"label": "wording"}, ["F002"]),
        ({"severity": "high"}, ["F001"]),
        ({"speaker": "rutte"}, ["F001", "F002"]),
        ({"speaker": "Stoltenberg"}, []),
        ({"article": "a"}, []),
        ({"kind": "quote", "article": "c", "speaker": "Blinken"}, ["F001", "F002"]),
    ],
)
def test_findings_filter(run: CheckRun, filters: dict, expected: list[str]) -> None:
    assert list(Result(run).findings(**filters).conflict_id) == expected


def test_corroboration_lists_shared_statements_without_chaining(run: CheckRun) -> None:
    table = Result(run).corroboration(min_score=0.92)
    assert list(table.claim_id) == ["a#2", "c#1", "b#1"]
    first = table.iloc[0]
    assert (
        first.n_articles == 3 and first.article_ids == ["a", "b", "c"] and first.claim_ids == ["b#1", "c#1"]
    )
    assert table.set_index("claim_id").loc["b#1", "n_articles"] == 2  # b#1-c#1 scores 0.91 only


def test_quote_diff_is_one_row_per_step(run: CheckRun) -> None:
    diff = Result(run).quote_diff("F002")
    assert diff.values.tolist() == [
        ["equal", "das ist", "das ist"],
        ["replace", "keine", "eine"],
        ["equal", "einbahnstraße", "einbahnstraße"],
    ]
    with pytest.raises(KeyError, match="F009"):
        Result(run).quote_diff("F009")


def test_save_and_load_are_lossless(run: CheckRun, tmp_path: Path) -> None:
    path = Result(run).save(tmp_path / "saved")
    assert path.name == FILE_NAME
    loaded = checker.load(tmp_path / "saved").run
    assert loaded == run
    assert [c.details for c in loaded.conflicts] == [c.details for c in run.conflicts]  # tuples too
    assert isinstance(loaded.conflicts[1].details["diff"][0], tuple)  # type: ignore[index]
    assert run_to_dict(run_from_dict(json.loads(path.read_text(encoding="utf-8")))) == run_to_dict(run)


def test_a_loaded_check_writes_byte_identical_reports(run: CheckRun, tmp_path: Path) -> None:
    _assert_same_reports(Result(run), tmp_path)


def _assert_same_reports(result: Result, tmp_path: Path) -> None:
    result.save(tmp_path / "saved")
    loaded = checker.load(tmp_path / "saved" / FILE_NAME)
    first = result.write(tmp_path / "one")
    again = loaded.write(tmp_path / "two")
    assert [p.name for p in first] == [name for name, _ in WRITERS.values()]
    for one, two in zip(first, again, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_load_says_what_it_expected(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=f"expected a folder with {FILE_NAME}"):
        checker.load(tmp_path)
    (tmp_path / FILE_NAME).write_text('{"version": 1}', encoding="utf-8")
    with pytest.raises(BadInput, match="not a saved check"):
        checker.load(tmp_path)


@pytest.mark.slow
def test_the_seed_check_reopens_with_identical_reports(model: object, tmp_path: Path) -> None:
    result = checker.check(DATA)
    assert len(result.claims) > 50 and len(result.conflicts) >= 1
    assert result.claims.figure_subject_key.notna().any() and result.claims.quote_style.notna().any()
    _assert_same_reports(result, tmp_path)
    assert checker.load(tmp_path / "saved").run == result.run


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"severity": ["high", "medium"]}, ["F001", "F002"]),
        ({"label": ("wording", "misattribution")}, ["F001", "F002"]),
        ({"outlet": "outlet b"}, ["F001", "F002"]),
        ({"outlet": "Outlet A"}, []),
        ({"source": "rutte"}, ["F001", "F002"]),
        ({"since": "2024-10-29"}, []),
        ({"until": "2024-10"}, []),
        ({"text": "einbahnstraße"}, ["F001", "F002"]),
        ({"status": "open"}, ["F001", "F002"]),
    ],
)
def test_findings_filter_takes_lists_outlets_dates_and_words(
    run: CheckRun, filters: dict, expected: list
) -> None:
    assert list(Result(run).findings(**filters).conflict_id) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"severity": "High"}, "severity='High'; expected one of high, medium, low"),
        ({"kind": "figures"}, "kind='figures'; expected one of figure, quote, statement"),
        ({"label": ["wording", "typo"]}, "label='typo'; expected one of conflict, source_discrepancy"),
        ({"status": "dismissed"}, "status='dismissed'; expected one of open, confirmed, false_alarm, fixed"),
        (
            {"outlet": "Outlet Z"},
            "outlet='Outlet Z' is in no article .did you mean .*; the articles' outlets: Outlet A, Outlet B",
        ),
        ({"since": "yesterday"}, "since='yesterday': expected an ISO date"),
        ({"severity": 3}, "expected a string or a list of strings"),
    ],
)
def test_findings_filter_names_what_is_allowed(run: CheckRun, filters: dict, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        Result(run).findings(**filters)


def test_severity_sorts_as_it_reads_and_dates_are_datetimes(run: CheckRun) -> None:
    result = Result(run)
    assert list(result.conflicts.sort_values("severity").severity) == ["medium", "high"]
    assert (result.conflicts.severity > "low").all()
    assert str(result.articles.published.dtype).startswith("datetime64")
    assert str(result.claims.figure_as_of.dtype).startswith("datetime64")
    assert result.articles.published.iloc[0].day == 28


def test_evidence_names_a_figures_cited_source(run: CheckRun) -> None:
    figure = Conflict("F003", "figure", "conflict", "low", ("a#0", "a#1"), ("a",), "8.000 vs 3.000")
    evidence = Result(dataclasses.replace(run, conflicts=(*run.conflicts, figure))).evidence
    assert set(evidence.query("conflict_id == 'F003'").figure_source) == {"USA"}


def test_a_word_diff_of_a_figure_finding_is_refused_with_the_quote_findings(run: CheckRun) -> None:
    figure = Conflict("F003", "figure", "conflict", "low", ("a#0", "a#1"), ("a",), "8.000 vs 3.000")
    with pytest.raises(
        BadInput, match="F003 is a figure finding; a word diff is of a quote finding: F001, F002"
    ):
        Result(dataclasses.replace(run, conflicts=(*run.conflicts, figure))).quote_diff("F003")
