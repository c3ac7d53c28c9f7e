"""Ledger rules on hand-written figure claims: what is a conflict and what is not comparable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checker.ledger import figure_conflicts, ledger_rows, link_figures
from checker.types import Article, Claim, Figure

BASE = Figure(
    value=8000,
    low=8000,
    high=8000,
    unit=None,
    subject="nordkoreanische Soldaten",
    qualifier=None,
    modality="reported",
    scope="Russland",
    as_of="2024-10-31",
    source="USA",
    surface="8.000",
    start=0,
    end=5,
    subject_key="kp_troops",
)


def _claim(cid: str, article: str, sentence: int = 0, **changes: object) -> Claim:
    figure = replace(BASE, **changes)  # type: ignore[arg-type]
    return Claim(
        id=cid, article_id=article, kind="figure", text="…", start=sentence, end=sentence + 1, figure=figure
    )


ARTICLES = {k: Article(id=k, text="…", source=f"Outlet {k}") for k in ("a", "b")}


def _relation(x: Claim, y: Claim) -> str:
    (link,) = link_figures([x, y], ARTICLES)
    return link.relation


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        ({}, "consistent"),
        ({"value": 10000, "low": 10000, "high": 10000, "surface": "10.000"}, "conflict"),
        ({"value": 3000, "low": 3000, "high": 3000, "source": "Selenskyj"}, "source_discrepancy"),
        ({"value": 12000, "low": 12000, "high": 12000, "modality": "projected"}, "not_comparable"),
        ({"value": 10000, "low": 10000, "high": 10000, "as_of": "2024-10-23"}, "not_comparable"),
        ({"value": 6000, "low": 6000, "high": 6000, "scope": "russische Region Kursk"}, "not_comparable"),
        ({"value": 9000, "low": 9000, "high": 9000, "scope": "russische Region Kursk"}, "conflict"),
        ({"value": 10000, "low": 10000, "high": 10000, "scope": "Ukraine"}, "not_comparable"),
        ({"value": 10000, "low": 9000, "high": 11000, "qualifier": "approximate"}, "conflict"),
        ({"value": 8500, "low": 7650, "high": 9350, "qualifier": "approximate"}, "consistent"),
        ({"value": 3000, "low": 3000, "high": 3000, "portion": "increment"}, "not_comparable"),
        ({"value": 10000, "low": 10000, "high": 10000, "unit": "EUR"}, "not_comparable"),
    ],
)
def test_across_articles(other: dict[str, object], relation: str) -> None:
    assert _relation(_claim("a#0", "a"), _claim("b#0", "b", **other)) == relation


def test_scope_drift_between_sibling_regions() -> None:
    kursk = _claim(
        "a#0", "a", scope="russische Region Kursk", value=10000, low=10000, high=None, qualifier="lower_bound"
    )
    east = _claim(
        "b#0", "b", scope="Osten Russlands", value=10000, low=10000, high=None, qualifier="lower_bound"
    )
    assert _relation(kursk, east) == "conflict"


def test_inside_one_article_needs_two_sources() -> None:
    same = _claim("a#1", "a", sentence=5, value=3000, low=3000, high=3000)
    other = _claim("a#1", "a", sentence=5, value=3000, low=3000, high=3000, source="Selenskyj")
    assert _relation(_claim("a#0", "a"), same) == "not_comparable"
    assert _relation(_claim("a#0", "a"), other) == "source_discrepancy"


def test_findings_group_articles_and_keep_pairs() -> None:
    claims = [
        _claim("a#0", "a"),
        _claim("b#0", "b", value=3000, low=3000, high=3000, surface="3.000", source="Selenskyj"),
    ]
    (finding,) = figure_conflicts(link_figures(claims, ARTICLES), claims, ARTICLES)
    assert (finding.kind, finding.label, finding.claim_ids, finding.article_ids) == (
        "figure",
        "source_discrepancy",
        ("a#0", "b#0"),
        ("a", "b"),
    )
    assert finding.summary.startswith("8.000 (a, USA) vs 3.000 (b, Selenskyj)")


def test_ledger_rows_in_time_order() -> None:
    claims = [_claim("a#0", "a"), _claim("b#0", "b", as_of="2024-10-23")]
    assert [r["claim_id"] for r in ledger_rows(claims, ARTICLES)] == ["b#0", "a#0"]


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        # a month-only date: a plain disagreement stays, part-of-whole reasoning does not
        (
            {"value": 3000, "low": 3000, "high": 3000, "as_of": "2024-10", "source": "Kiew"},
            "source_discrepancy",
        ),
        (
            {"value": 9000, "low": 9000, "high": 9000, "as_of": "2024-10", "scope": "Region Kursk"},
            "not_comparable",
        ),
    ],
)
def test_uncertain_time_and_place(other: dict[str, object], relation: str) -> None:
    assert _relation(_claim("a#0", "a"), _claim("b#0", "b", **other)) == relation


def test_month_only_dates_make_a_finding_low() -> None:
    claims = [
        _claim("a#0", "a"),
        _claim("b#0", "b", value=3000, low=3000, high=3000, surface="3.000", source="Kiew", as_of="2024-10"),
    ]
    (finding,) = figure_conflicts(link_figures(claims, ARTICLES), claims, ARTICLES)
    assert finding.severity == "low" and "too coarse" in str(finding.details["reason"])
