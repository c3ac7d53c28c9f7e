"""`check --store`: --since takes an ISO date or is a usage error; the summary states the filter."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import BadInput
from checker.store import check_store, checking, parse_since
from checker.store.contents import read_contents
from checker.store.neighbours import stored_pairs


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


# ---------------------------------------------------------------- frames and quotation pairs


def test_a_store_keeps_the_frame_of_every_figure_claim(small_store):
    contents = read_contents(small_store)
    figures = [c for c in contents.claims if c.kind == "figure"]
    assert contents.frames is not None and figures
    assert set(contents.frames) == {c.id for c in figures}
    assert all(v.shape == (384,) for v in contents.frames.values())


def test_a_migrated_store_without_frames_still_checks(tmp_path, build, caplog):
    root = tmp_path / "old"
    build.format_1(root, [["a-de", "b-en"], ["c-de", "d-en"]])
    assert check_store(root).run.claims
    assert read_contents(root).frames is None


def test_a_store_check_passes_the_frames_and_quote_pairs_a_plain_check_would(small_store, monkeypatch):
    seen = {}

    def spy(articles, claims, pairs, *, model, frames=None, quote_pairs=()):
        seen.update(frames=frames, quote_pairs=list(quote_pairs), pairs=list(pairs))
        return original(articles, claims, pairs, model=model, frames=frames, quote_pairs=quote_pairs)

    original = checking.check_paired
    monkeypatch.setattr(checking, "check_paired", spy)
    check_store(small_store)
    contents = read_contents(small_store)
    pairs, quote_pairs = stored_pairs(contents.claims, contents.table)
    assert seen["frames"] is not None and set(seen["frames"]) == set(contents.frames or {})
    assert seen["pairs"] == pairs and seen["quote_pairs"] == quote_pairs
