"""The whole pipeline on the seed articles in data/ (the project's own copy)."""

import json
from pathlib import Path

import pytest

import checker

DATA = Path(__file__).resolve().parent.parent / "data"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result(model):
    return checker.check(DATA)


def article_ids(result, conflict_row):
    return {cid.split("#")[0][:3] for cid in conflict_row["claim_ids"]}


def test_troop_figures_8000_vs_3000_are_a_figure_finding(result):
    claims = result.claims.set_index("claim_id")
    found = []
    for _, row in result.conflicts[result.conflicts.kind == "figure"].iterrows():
        if {"000", "004"} <= article_ids(result, row):
            found += [claims.loc[cid, "figure_value"] for cid in row["claim_ids"]]
    assert {8000.0, 3000.0} <= set(found)


def test_blinken_quotes_of_000_and_001_are_compared(result):
    claims = result.claims.set_index("claim_id")
    speakers = set()
    for _, row in result.conflicts[result.conflicts.kind == "quote"].iterrows():
        if {"000", "001"} <= article_ids(result, row):
            speakers |= {claims.loc[cid, "quote_speaker"] for cid in row["claim_ids"]}
    assert "Antony Blinken" in speakers


def test_the_report_is_deterministic_byte_for_byte(result, model):
    again = checker.check(DATA)
    assert again.to_json() == result.to_json()
    assert again.to_html() == result.to_html()


# Keys a finding has only when they say something (docs/design.md): its sides, an editor's verdict.
OPTIONAL_FINDING_KEYS = {"sides", "review"}


def test_report_json_follows_the_contract(result):
    report = json.loads(result.to_json())
    assert set(report) == {"version", "articles", "claims", "conflicts"}
    texts = {a.id: a.text for a in result.run.articles}
    for claim in report["claims"]:
        assert texts[claim["article_id"]][claim["start"] : claim["end"]] == claim["text"]
        if claim["quote"]:
            quote = claim["quote"]
            assert texts[claim["article_id"]][quote["start"] : quote["end"]] == quote["text"]
    for conflict in report["conflicts"]:
        required = {"id", "kind", "label", "severity", "claim_ids", "article_ids", "summary"}
        assert required <= set(conflict) <= required | OPTIONAL_FINDING_KEYS
        assert conflict["severity"] in {"high", "medium", "low"}


def test_dataframes_have_one_row_per_record(result):
    assert len(result.claims) == len(result.run.claims)
    assert len(result.pairs) == len(result.run.pairs)
    assert len(result.conflicts) == len(result.run.conflicts)
    assert list(result.articles.id) == sorted(p.stem for p in DATA.glob("*.txt"))
