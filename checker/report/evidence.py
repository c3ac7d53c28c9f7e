"""What a report shows of a finding: each claim in its sentence, the disputed words marked."""

from __future__ import annotations

from dataclasses import dataclass

from ..pipeline import CheckRun
from ..types import Article, Claim, Conflict


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim of a finding: the sentence split around the marked words."""

    claim: Claim
    article: Article
    before: str
    mark: str
    after: str


class Lookup:
    """Claims and articles of one run by id, built once per report."""

    def __init__(self, run: CheckRun) -> None:
        self.claims = {claim.id: claim for claim in run.claims}
        self.articles = {article.id: article for article in run.articles}

    def evidence(self, conflict: Conflict) -> list[Evidence]:
        claims = [self.claims[cid] for cid in conflict.claim_ids if cid in self.claims]
        return [evidence_of(claim, self.articles[claim.article_id]) for claim in claims]


def evidence_of(claim: Claim, article: Article) -> Evidence:
    inner = claim.figure or claim.quote
    start, end = (inner.start, inner.end) if inner else (claim.start, claim.end)
    text = article.text
    return Evidence(
        claim=claim,
        article=article,
        before=text[claim.start : start],
        mark=text[start:end],
        after=text[end : claim.end],
    )
