"""Disputes: one finding per disputed quantity, with sides, a label and a severity."""

from __future__ import annotations

from dataclasses import replace

from checker.compare.figures import figure_conflicts, link_figures
from checker.types import Article, Claim, Figure

BASE = Figure(
    8000,
    8000,
    8000,
    None,
    "Soldaten",
    None,
    "reported",
    "Russland",
    "2024-10-31",
    "USA",
    "8.000",
    0,
    5,
    "kp_troops",
)
ARTICLES = {k: Article(id=k, text="…", source=f"Outlet {k.upper()}") for k in "abcdefg"}


def _claim(article: str, value: int, sentence: int = 0, **changes: object) -> Claim:
    figure = replace(
        BASE, value=value, low=value, high=value, surface=f"{value:,}".replace(",", "."), **changes
    )  # type: ignore[arg-type]
    return Claim(f"{article}#{sentence}", article, "figure", "…", sentence, sentence + 1, figure)


def _findings(claims: list[Claim]) -> list:
    return list(figure_conflicts(link_figures(claims, ARTICLES), claims, ARTICLES))


def test_copies_of_one_disagreement_are_one_finding_with_two_sides() -> None:
    claims = [
        _claim("a", 12000, source="Kiew"),
        _claim("b", 12000, source="Kiew"),
        _claim("c", 12000, source="ukrainischer Geheimdienst"),
        _claim("d", 3000),
        _claim("e", 3000, source="Washington"),
    ]
    (finding,) = _findings(claims)
    assert finding.sides == (("d#0", "e#0"), ("a#0", "b#0", "c#0"))
    assert finding.label == "source_discrepancy" and finding.severity == "low"
    assert (
        "3.000 (USA, Washington; Outlet D, Outlet E) · 12.000 (Kiew, ukrainischer Geheimdienst;"
        in finding.summary
    )


def test_one_source_on_two_sides_is_a_conflict_an_editor_must_fix() -> None:
    (finding,) = _findings([_claim("a", 8000), _claim("b", 10000, source="US-Regierung")])
    assert (finding.label, finding.severity) == ("conflict", "high")


def test_no_source_on_either_side_is_a_conflict() -> None:
    (finding,) = _findings([_claim("a", 8000, source=None), _claim("b", 10000, source=None)])
    assert (finding.label, finding.severity) == ("conflict", "medium")


def test_an_outlets_own_figure_against_a_cited_source_is_a_discrepancy_to_check() -> None:
    (finding,) = _findings([_claim("a", 8000, source=None), _claim("b", 10000, source="Kiew")])
    assert (finding.label, finding.severity) == ("source_discrepancy", "medium")


def test_a_source_that_updates_its_figure_is_a_timeline_not_a_dispute() -> None:
    claims = [
        _claim("a", 3000, as_of="2024-10-23"),
        _claim("b", 10000, as_of="2024-10-29", source="Pentagon"),
    ]
    assert _findings(claims) == []


def test_a_chain_of_disagreements_is_no_dispute_of_one_quantity() -> None:
    # 2 vs 13 and 13 vs 30 disagree, but no link says 2 vs 30: two disputes, not one of three sides
    claims = [
        _claim("a", 2, source=None),
        _claim("b", 13, source=None),
        _claim("c", 30, source=None, subject_key="other"),
        _claim("d", 13, source=None, subject_key="other"),
    ]
    found = _findings(claims)
    assert sorted(f.sides for f in found) == [(("a#0",), ("b#0",)), (("d#0",), ("c#0",))]
