"""Claims of one article (checker/claims.py): what every claim promises, on odd input too."""

from __future__ import annotations

import json
import math

import pytest

from checker.claims import extract_claims
from checker.codec import claim_to_dict
from checker.types import Article


def no_constants(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen 1" + "0" * 309 + " Menschen nach Berlin, sagte die Polizei am Montag.",
        "Es kamen 1" + ".000" * 103 + " Menschen nach Berlin, sagte die Polizei am Montag.",
        "Es kamen mehr als 1" + "0" * 309 + " Menschen nach Berlin, sagte die Polizei am Montag.",
        "Es kamen zwischen 1" + "0" * 309 + " und 2" + "0" * 309 + " Menschen nach Berlin.",
        "Es kamen 1" + "0" * 300 + " Billionen Menschen nach Berlin, sagte die Polizei am Montag.",
    ],
)
def test_a_number_beyond_float_range_is_no_figure(text: str) -> None:
    claims = extract_claims(Article(id="a", text=text, lang="de"))
    for claim in claims:
        figure = claim.figure
        assert figure is None or all(
            v is None or math.isfinite(v) for v in (figure.value, figure.low, figure.high)
        )
        json.loads(json.dumps(claim_to_dict(claim)), parse_constant=no_constants)


def test_an_approximate_number_beyond_float_range_is_no_figure() -> None:
    text = "Es kamen etwa 1" + "0" * 309 + " Menschen nach Berlin, sagte die Polizei am Montag."
    claims = extract_claims(Article(id="a", text=text, lang="de"))
    assert not [claim for claim in claims if claim.figure]
