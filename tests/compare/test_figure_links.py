"""Ledger rules on hand-written figure claims: what is a conflict and what is not comparable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checker.compare.figures import figure_conflicts, ledger_rows, link_figures
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
    links = link_figures([x, y], ARTICLES)
    return links[0].relation if links else "not the same quantity"


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
        # another dimension is never the same quantity: no link at all
        ({"value": 10000, "low": 10000, "high": 10000, "unit": "EUR"}, "not the same quantity"),
    ],
)
def test_across_articles(other: dict[str, object], relation: str) -> None:
    assert _relation(_claim("a#0", "a"), _claim("b#0", "b", **other)) == relation


@pytest.mark.parametrize("scope", ["Russland", "russische Region Kursk", "training camps"])
def test_a_site_of_no_named_country_is_neither_part_nor_whole(scope: str) -> None:
    site = _claim("a#0", "a", scope="training camps", value=3000, low=3000, high=3000, source="Selenskyj")
    assert _relation(site, _claim("b#0", "b", scope=scope)) == "not_comparable"


def test_a_site_and_a_figure_of_no_named_place_are_not_compared() -> None:
    """ "3,000 at training facilities" is part of some whole; "10,000 troops" may be that whole."""
    site = _claim(
        "a#0", "a", scope="training facilities", value=3000, low=3000, high=3000, source="Selenskyj"
    )
    links = link_figures([site, _claim("b#0", "b", scope=None, value=10000, low=10000, high=10000)], ARTICLES)
    assert links[0].relation == "not_comparable"
    assert "of no named place" in links[0].reason


def test_scope_drift_between_sibling_regions() -> None:
    kursk = _claim(
        "a#0", "a", scope="russische Region Kursk", value=10000, low=10000, high=None, qualifier="lower_bound"
    )
    east = _claim(
        "b#0", "b", scope="Osten Russlands", value=10000, low=10000, high=None, qualifier="lower_bound"
    )
    assert _relation(kursk, east) == "conflict"


@pytest.mark.parametrize(
    ("sources", "relation"),
    [(("USA", "Selenskyj"), "source_discrepancy"), (("USA", "USA"), "not_comparable")],
)
def test_a_site_of_a_country_neither_holds_nor_lies_in_a_region(
    sources: tuple[str, str], relation: str
) -> None:
    """Training grounds in Russia are in Russia, not a superset of Kursk: two sources' figures
    for them disagree, but neither is a part larger than its whole."""
    kursk = _claim("a#0", "a", scope="russische Region Kursk", source=sources[0])
    sites = _claim(
        "b#0", "b", scope="russischen Übungsplätzen", value=3000, low=3000, high=3000, source=sources[1]
    )
    found = link_figures([kursk, sites], ARTICLES)
    assert found[0].relation == relation
    assert "part exceeds whole" not in found[0].reason


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
    # what is counted, where and when, then each side with its sources and outlets
    assert finding.summary == (
        "nordkoreanische Soldaten in Russland, 2024-10-31: "
        "3.000 (Selenskyj; Outlet b) · 8.000 (USA; Outlet a)"
    )
    assert finding.sides == (("b#0",), ("a#0",))


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


def _figure(value: int, **changes: object) -> dict[str, object]:
    return {"value": value, "low": value, "high": value, "surface": f"{value:,}".replace(",", "."), **changes}


def _links(claims: list[Claim]) -> dict[tuple[str, str], str]:
    return {(link.a, link.b): link.relation for link in link_figures(claims, ARTICLES)}


def test_a_source_that_moved_its_figure_makes_the_articles_an_update() -> None:
    # Article a (October): Kiew says 12.000, the USA 3.000. Article b (29 October): the USA 10.000.
    # The USA's own count moved between the two, so Kiew's 12.000 vs the USA's 10.000 is a time lag.
    kiew = _claim("a#0", "a", **_figure(12000, source="Kiew", as_of="2024-10"))
    usa_then = _claim("a#1", "a", sentence=5, **_figure(3000, source="USA", as_of="2024-10"))
    usa_now = _claim("b#0", "b", **_figure(10000, source="US-Regierung", as_of="2024-10-29"))
    links = _links([kiew, usa_then, usa_now])
    assert links[("a#0", "b#0")] == "not_comparable"
    assert links[("a#0", "a#1")] == "source_discrepancy"  # inside one article: one moment


def test_without_a_moved_source_a_discrepancy_stays() -> None:
    kiew = _claim("a#0", "a", **_figure(12000, source="Kiew", as_of="2024-10"))
    usa = _claim("b#0", "b", **_figure(10000, source="US-Regierung", as_of="2024-10-29"))
    assert _links([kiew, usa])[("a#0", "b#0")] == "source_discrepancy"


def test_a_source_that_disagrees_with_itself_on_one_day_is_no_update() -> None:
    kiew = _claim("a#0", "a", **_figure(12000, source="Kiew"))
    usa_a = _claim("a#1", "a", sentence=5, **_figure(3000, source="USA"))
    usa_b = _claim("b#0", "b", **_figure(10000, source="Washington"))
    links = _links([kiew, usa_a, usa_b])
    assert (links[("a#0", "b#0")], links[("a#1", "b#0")]) == ("source_discrepancy", "conflict")


def test_an_unresolved_source_differs_only_inside_its_article() -> None:
    named = _claim("a#0", "a", **_figure(11000, source="Budanow"))
    unresolved = _claim("a#1", "a", sentence=5, **_figure(12000, source="deren Schätzungen"))
    elsewhere = _claim("b#0", "b", **_figure(12000, scope="russische Region Kursk", source="their estimates"))
    kursk = _claim("b#1", "b", sentence=5, **_figure(12000, scope="russische Region Kursk", source=None))
    assert _relation(named, unresolved) == "source_discrepancy"
    # the same figure for Russia and for Kursk is scope drift unless two known sources differ
    assert _relation(unresolved, elsewhere) == "not_comparable"
    assert _links([_claim("c#0", "a", **_figure(12000, source="demnach")), kursk])[("b#1", "c#0")] == (
        "not_comparable"
    )


@pytest.mark.parametrize(
    ("year", "other", "relation"),
    [
        ("2015", None, "not_comparable"),
        ("2015", "2016", "not_comparable"),
        ("2015", "2015-10-01", "not_comparable"),  # a year's total vs a day's count
        ("2015", "2015", "source_discrepancy"),
    ],
)
def test_a_figure_of_a_named_year(year: str, other: str | None, relation: str) -> None:
    x = _claim("a#0", "a", **_figure(600000, subject_key="refugees", as_of=year))
    y = _claim("b#0", "b", **_figure(2000, subject_key="refugees", as_of=other, source="Kiew"))
    assert _relation(x, y) == relation


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("This number surpasses the 7,000 containers estimated by Seoul.", "source_discrepancy"),
        ("Das übertrifft die 7.000 Container, die Seoul schätzte.", "source_discrepancy"),
        ("Seoul counted 7,000 containers.", "not_comparable"),
        ("Das übertrifft die 7.000 Container, die Seoul 2023 schätzte.", "not_comparable"),
    ],
)
def test_an_article_that_sets_two_figures_against_each_other(text: str, relation: str) -> None:
    own = _claim("a#0", "a", **_figure(10000, subject_key="kp_containers", source=None, scope=None))
    cited = replace(
        _claim(
            "a#1", "a", sentence=5, **_figure(7000, subject_key="kp_containers", source="Seoul", scope=None)
        ),
        text=text,
    )
    assert _relation(own, cited) == relation
