"""`check --store`: --since takes an ISO date or is a usage error; the summary states the filter."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import BadInput
from checker.store import check_store, checking, parse_since


@pytest.mark.parametrize(
    ("published", "since", "expected"),
    [
        ("2024-11-04", "2024-11-01", True),
        ("2024-10-28", "2024-11-01", False),
        ("2024-11", "2024-11-15", True),
        (None, "2024-01-01", True),
    ],
)
def test_since_compares_dates_at_their_common_precision(published, since, expected):
    assert checking.on_or_after(published, "2026-01-01", since) is expected


@pytest.mark.parametrize("since", ["2024", "2024-11", "2024-11-04", " 2024-02-29 "])
def test_an_iso_date_full_or_partial_is_taken(since):
    assert parse_since(since) == since.strip()


@pytest.mark.parametrize(
    "since", ["yesterday", "11/04/2024", "2024-13", "2024-02-30", "2024-1-4", "", "20241104"]
)
def test_anything_else_is_refused(since):
    with pytest.raises(BadInput, match="--since"):
        parse_since(since)


def test_a_bad_since_is_a_usage_error_before_the_store_is_read(tmp_path):
    result = CliRunner().invoke(app, ["check", "--store", str(tmp_path / "none"), "--since", "last week"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: --since 'last week': expected an ISO date")


def test_since_keeps_the_findings_of_the_later_articles(small_store):
    everything = check_store(small_store, min_score=0.3).run
    later = check_store(small_store, min_score=0.3, since="2024-11").run
    assert {"a-de", "b-en"} - {a.id for a in later.articles} or later.conflicts == everything.conflicts
    assert all({"c-de", "d-en"} & set(c.article_ids) for c in later.conflicts)


def test_the_summary_states_the_filter(small_store, tmp_path):
    args = ["check", "--store", str(small_store), "--out", str(tmp_path / "r"), "--format", "json"]
    result = CliRunner().invoke(app, [*args, "--since", "2024-11", "--new"])
    assert result.exit_code == 0
    assert (
        "findings involving the latest add and involving articles published on or after 2024-11 "
        "(undated: added on or after):" in result.output
    )
    plain = CliRunner().invoke(app, args)
    assert "findings involving" not in plain.output
