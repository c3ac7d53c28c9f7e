"""The store's Parquet tables: a column per field, records back exactly, readable without the checker."""

from __future__ import annotations

import dataclasses

import duckdb
import pyarrow.parquet as pq

from checker import frames
from checker.codec import FIGURE_FIELDS, QUOTE_FIELDS
from checker.store import check_store, tables
from checker.types import Article, Claim, Figure, Quote

FIGURE = Figure(
    3000.0, 3000.0, None, None, "Soldaten", "lower_bound", "reported", "Russland", "2024-10", "Seoul",
    "mindestens 3.000", 5, 21, subject_key="nk_troops", portion="part",
)  # fmt: skip
QUOTE = Quote(
    "Das ist gefährlich", 1, 19, True, "Antony Blinken", "Blinken", 25, 32, "sagte", "direct", "Minister"
)
CLAIMS = [
    Claim("a#0", "a", "figure", "Mindestens 3.000 Soldaten sind in Russland.", 0, 43, FIGURE, lang="de"),
    Claim("a#1", "a", "quote", "„Das ist gefährlich“, sagte Blinken.", 44, 80, None, QUOTE, lang="de"),
    Claim("a#2", "a", "statement", "Die Ukraine meldete erste Gefechte.", 81, 116),
]


def test_claims_come_back_exactly_with_their_internal_fields(tmp_path):
    path = tmp_path / "claims.parquet"
    pq.write_table(tables.claims_table(CLAIMS), path)
    assert tables.claims_from(pq.read_table(path)) == CLAIMS


def test_articles_come_back_exactly_with_hash_and_day_added(tmp_path):
    articles = [
        Article("a", "Text.", "Titel", "Outlet", "https://example.org/a", "2024-10", "de"),
        Article("b", "x"),
    ]
    table = tables.articles_table(articles, ["h1", "h2"], ["2026-01-01", "2026-01-02"])
    assert tables.articles_from(table) == articles
    assert table.column("added").to_pylist() == ["2026-01-01", "2026-01-02"]


def test_claim_columns_are_those_of_result_claims_but_the_article_ones():
    columns = tables.claim_columns()
    assert set(frames.CLAIM_COLUMNS) - set(columns) == {"outlet", "published"}
    assert set(columns) - set(frames.CLAIM_COLUMNS) == set()
    for record, prefix in ((Figure, "figure_"), (Quote, "quote_")):
        assert {prefix + f.name for f in dataclasses.fields(record)} <= set(columns)


def test_nested_records_are_none_where_the_claim_has_none():
    claims = tables.claims_from(tables.claims_table(CLAIMS))
    assert [(c.figure is None, c.quote is None) for c in claims] == [
        (False, True),
        (True, False),
        (True, True),
    ]


def test_duckdb_alone_lists_a_stores_claims_with_every_contract_field(small_store):
    rows = duckdb.sql(f"select * from '{small_store}/segments/*/claims.parquet' order by claim_id")
    names = rows.columns
    contract = ["claim_id", "article_id", "kind", "text", "start", "end"]
    contract += [f"figure_{name}" for name in FIGURE_FIELDS] + [f"quote_{name}" for name in QUOTE_FIELDS]
    assert set(contract) <= set(names)
    fetched = rows.fetchall()
    stored = check_store(small_store).run.claims
    assert sorted(r[names.index("claim_id")] for r in fetched) == sorted(c.id for c in stored)
    figures = {
        r[names.index("claim_id")]: r[names.index("figure_value")]
        for r in fetched
        if r[names.index("kind")] == "figure"
    }
    assert figures == {c.id: c.figure.value for c in stored if c.figure}


def test_findings_of_a_generation_are_a_parquet_table_like_result_conflicts(small_store):
    findings = duckdb.sql(f"select * from '{small_store}/generations/000002.findings.parquet'")
    assert findings.columns == frames.CONFLICT_COLUMNS
    assert [r[0] for r in findings.fetchall()] == list(check_store(small_store).conflicts["conflict_id"])
