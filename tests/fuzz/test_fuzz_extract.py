"""Fuzzing `extract_claims` with generated articles (tests/fuzz/fuzz_articles.py): no exception,
and every claim keeps the contract's promises (docs/design.md, "Contract").

200 inputs in CI; ``CHECKER_FUZZ_EXAMPLES=10000 .venv/bin/pytest tests/fuzz`` is the benchmark run.
"""

from __future__ import annotations

import json
import math

from fuzz_articles import ARTICLE_TEXTS, FUZZ, LANGS
from hypothesis import given

from checker.claims import extract_claims
from checker.codec import claim_to_dict
from checker.reading import complete_article, replace_surrogates
from checker.types import Article, Claim


def no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def check_claim(text: str, claim: Claim) -> None:
    assert 0 <= claim.start <= claim.end <= len(text)
    assert text[claim.start : claim.end] == claim.text
    figure, quote = claim.figure, claim.quote
    assert (figure is not None) == (claim.kind == "figure") and (quote is not None) == (claim.kind == "quote")
    if figure is not None:
        assert claim.start <= figure.start <= figure.end <= claim.end
        assert text[figure.start : figure.end] == figure.surface
        values = [v for v in (figure.value, figure.low, figure.high) if v is not None]
        assert all(math.isfinite(v) for v in values)
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high
    if quote is not None:
        assert claim.start <= quote.start <= quote.end <= claim.end
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_mention
    line = json.dumps(claim_to_dict(claim), ensure_ascii=False, allow_nan=False)
    json.loads(line.encode("utf-8"), parse_constant=no_constant)


@FUZZ
@given(text=ARTICLE_TEXTS, lang=LANGS)
def test_extracted_claims_keep_the_contract(text: str, lang: str | None) -> None:
    # as the readers give it: lone surrogates replaced, the language detected when not given
    (article,) = replace_surrogates([Article(id="a", text=text, lang=lang)], "fuzz")
    article = complete_article(article)
    claims = extract_claims(article)
    for claim in claims:
        check_claim(article.text, claim)
    assert [c.id for c in claims] == [f"a#{n}" for n in range(len(claims))]
    assert extract_claims(article) == claims  # deterministic
