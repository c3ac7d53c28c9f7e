"""The record codec: the contract form of report.json and `checker extract`, and the full form
that a saved check and the store read back exactly."""

from __future__ import annotations

import dataclasses
import json

import pytest

from checker import codec
from checker.types import Article, CheckRun, Claim, Conflict, Figure, FigureLink, Pair, Quote

TEXT = "„Das ist gefährlich“, sagte Blinken. Etwa 3.000 Soldaten sind in Russland."
FIGURE = Figure(
    3000.0, 2700.0, 3300.0, None, "Soldaten", "approximate", "reported", "Russland", "2024-10", None,
    "Etwa 3.000", 37, 47, subject_key="nk_troops", portion="part",
)  # fmt: skip
QUOTE = Quote(
    "Das ist gefährlich", 1, 19, True, "Antony Blinken", "Blinken", 27, 34, "sagte", "direct", "Minister"
)
QUOTE_CLAIM = Claim("a#0", "a", "quote", TEXT[:35], 0, 35, quote=QUOTE, lang="de")
FIGURE_CLAIM = Claim("a#1", "a", "figure", TEXT[36:], 36, len(TEXT), figure=FIGURE, lang="de")
DIFF = [("equal", ["das"], ["das"]), ("replace", ["gefährlich"], ["gefährlicher"])]
CONFLICT = Conflict(
    "F001", "quote", "wording", "medium", ("a#0", "b#0"), ("a", "b"), "quoted in different words",
    {"diff": DIFF, "reason": "same speaker", "roles": ["Minister", None]},
)  # fmt: skip


def _json(value: object) -> object:
    """Through JSON text and back, as a file would carry it."""
    return json.loads(json.dumps(value, ensure_ascii=False))


@pytest.mark.parametrize(
    "claim", [QUOTE_CLAIM, FIGURE_CLAIM, Claim("a#2", "a", "statement", "Es regnet.", 0, 10)]
)
def test_the_full_form_reads_back_exactly(claim: Claim) -> None:
    assert codec.claim_from_dict(_json(codec.claim_to_dict(claim, full=True))) == claim


def test_the_full_form_is_every_field() -> None:
    # The store wrote claims with dataclasses.asdict: the full form is the same dict.
    assert codec.claim_to_dict(QUOTE_CLAIM, full=True) == dataclasses.asdict(QUOTE_CLAIM)
    assert codec.claim_to_dict(FIGURE_CLAIM, full=True) == dataclasses.asdict(FIGURE_CLAIM)
    article = Article("a", TEXT, title="T", source="S", published="2024-10", lang="de")
    assert codec.article_to_dict(article, full=True) == dataclasses.asdict(article)
    assert codec.article_from_dict(_json(codec.article_to_dict(article, full=True))) == article


def test_the_contract_form_has_exactly_the_contract_fields_in_order() -> None:
    out = codec.claim_to_dict(FIGURE_CLAIM)
    assert list(out) == ["id", "article_id", "kind", "text", "start", "end", "figure", "quote"]
    assert tuple(out["figure"]) == codec.FIGURE_FIELDS and out["quote"] is None
    assert tuple(codec.claim_to_dict(QUOTE_CLAIM)["quote"]) == codec.QUOTE_FIELDS
    assert tuple(codec.article_to_dict(Article("a", TEXT))) == codec.ARTICLE_FIELDS
    assert tuple(codec.conflict_to_dict(CONFLICT)) == codec.CONFLICT_FIELDS


def test_the_contract_form_reads_back_with_defaults_for_the_internal_fields() -> None:
    claim = codec.claim_from_dict(_json(codec.claim_to_dict(QUOTE_CLAIM)))
    assert claim == dataclasses.replace(QUOTE_CLAIM, lang=None, quote=dataclasses.replace(QUOTE, role=None))


def test_a_finding_keeps_its_details_tuples_included() -> None:
    data = _json(codec.conflict_to_dict(CONFLICT, full=True))
    again = codec.conflict_from_dict(data)
    assert again == CONFLICT and again.details == CONFLICT.details
    assert again.details["diff"][1] == ("replace", ["gefährlich"], ["gefährlicher"])
    assert "details" not in codec.conflict_to_dict(CONFLICT)


def test_sides_are_written_only_when_a_finding_has_them_and_read_back() -> None:
    grouped = dataclasses.replace(CONFLICT, sides=(("a#0",), ("b#0", "c#0")))
    out = _json(codec.conflict_to_dict(grouped))
    assert out["sides"] == [["a#0"], ["b#0", "c#0"]]
    assert list(out) == [*codec.CONFLICT_FIELDS, "sides"]
    assert codec.conflict_from_dict(out).sides == grouped.sides
    assert codec.conflict_from_dict(_json(codec.conflict_to_dict(grouped, full=True))) == grouped
    assert "sides" not in codec.conflict_to_dict(CONFLICT)


def test_a_whole_run_reads_back_exactly() -> None:
    run = CheckRun(
        articles=(Article("a", TEXT, lang="de"),),
        claims=(QUOTE_CLAIM, FIGURE_CLAIM),
        pairs=(Pair("a#0", "b#0", 0.97), Pair("a#0", "a#1", 0.9, same_article=True)),
        conflicts=(CONFLICT,),
        links=(FigureLink("a#1", "b#1", "conflict", "3.000 vs 8.000"),),
        model="test-model",
    )
    again = codec.run_from_dict(_json(codec.run_to_dict(run)))
    assert again == run and again.conflicts[0].details == CONFLICT.details


def test_a_numpy_score_becomes_a_plain_float() -> None:
    np = pytest.importorskip("numpy")
    out = codec.pair_to_dict(Pair("a#0", "b#0", np.float32(0.5)))
    assert type(out["score"]) is float and json.dumps(out)
