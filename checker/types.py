"""Frozen records passed between the pipeline stages, and `CheckRun`, all of one check.

Every record points back into its article's ``text`` by character offsets (``start``/``end``,
end exclusive), so any claim or finding can be shown and highlighted in its context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

ClaimKind = Literal["figure", "quote", "statement"]
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
Severity = Literal["high", "medium", "low"]
Modality = Literal["reported", "projected"]
FigureRelation = Literal["conflict", "source_discrepancy", "not_comparable", "consistent"]
# An editor's verdict on a finding (`checker.review`): still to check, checked and right, a false
# alarm, or fixed in the articles.
ReviewStatus = Literal["open", "confirmed", "false_alarm", "fixed"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = get_args(ReviewStatus)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``text`` is kept exactly as given, all offsets refer to it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, may be partial: "2024-10"
    lang: str | None = None  # "de", "en", ... (detected when absent)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``article.text[start:end] == text``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Figure:
    """A number about something, normalised to the interval [low, high].

    ``low``/``high`` are None for an open end ("mehr als 10.000" -> low=10000, high=None).
    ``subject`` is the counted thing as written ("nordkoreanische Soldaten"); ``subject_key`` is
    its language-neutral normal form ("nk_troops") used to decide which figures are comparable.
    """

    value: float
    low: float | None
    high: float | None
    unit: str | None
    subject: str | None
    qualifier: str | None  # "approximate" | "lower_bound" | "upper_bound" | "range" | "vague" | None
    modality: Modality
    scope: str | None  # where: "Kursk", "Russland", ...
    as_of: str | None  # ISO date (possibly partial) the figure refers to
    source: str | None  # who the article cites for the figure
    surface: str  # the number phrase as written: "etwa 8.000"
    start: int  # offsets of ``surface`` in the article text
    end: int
    subject_key: str | None = None
    # "part" for a share of an earlier figure ("davon 8.000", "8,000 of them"), "increment" for an
    # addition ("weitere 3.000"): neither is comparable with a total.
    portion: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its speaker.

    ``start``/``end`` span the quoted words (without the quotation marks); a quotation that is
    interrupted by its attribution spans from the first to the last quoted word.
    ``speaker`` is the resolved canonical person ("Antony Blinken"); ``speaker_mention`` the words
    in the text that name the speaker ("er", "der Minister", "Blinken") at speaker_start/end.
    """

    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None  # the speech verb or marker: "sagte", "laut", "said"
    style: str = "direct"  # "direct" | "partial" | "indirect" | "reported"
    role: str | None = None  # the speaker's role when the text gives it: "Verteidigungsminister"


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement in one article; start/end span its sentence (or quotation)."""

    id: str
    article_id: str
    kind: ClaimKind
    text: str
    start: int
    end: int
    figure: Figure | None = None
    quote: Quote | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """Two claims of different articles (or, marked, of one article) that read alike."""

    a: str  # claim id, a < b
    b: str
    score: float  # cosine similarity of their embeddings
    same_article: bool = False


@dataclass(frozen=True, slots=True)
class FigureLink:
    """How two figures about the same subject relate, with a reason a person can check."""

    a: str  # claim ids
    b: str
    relation: FigureRelation
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A finding: claims of different articles (or inside one) that disagree.

    ``sides`` are the finding's positions: each a tuple of claim ids that agree with each other
    (one figure as five outlets report it; one rendering of a quotation). The finding asserts
    that every two sides disagree and nothing about claims on one side. Empty when the finding
    does not group its claims (then every two of its claims disagree).
    ``details`` carries what the report needs to show the finding (a word diff, the reason);
    it is not part of the report.json contract.
    """

    id: str
    kind: str  # "figure" | "quote"
    label: str  # e.g. "conflict", "source_discrepancy", "wording", "misattribution", "contradiction"
    severity: Severity
    claim_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    summary: str
    details: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    sides: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Review:
    """An editor's verdict on one finding, as kept in a store's ``reviews.sqlite`` (`checker.review`).

    ``evidence`` fingerprints the claims the editor saw (ids and texts). A verdict holds while the
    finding's evidence is unchanged; when it has changed (``current`` False: the finding gained or
    lost a claim, ``reviewed_as`` is the id the verdict was given to), the finding counts as open
    again and the earlier verdict is shown beside it.
    """

    finding_id: str
    status: ReviewStatus
    note: str = ""
    reviewer: str = ""
    at: str = ""  # when, ISO 8601 in UTC: "2025-06-01T09:30:00Z"
    evidence: str = ""
    current: bool = True
    reviewed_as: str = ""  # the finding id the verdict was given to (empty: this one)

    @property
    def effective(self) -> ReviewStatus:
        """The status the finding has now: the verdict's while it holds, else open."""
        return self.status if self.current else "open"


@dataclass(frozen=True, slots=True)
class CheckRun:
    """Everything one check produced, as records (see `checker.result.Result` for DataFrames).

    Built by `checker.pipeline` (and the store); read by the reports, the DataFrames and the
    saved-check codec, which so need not import the pipeline.
    """

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    pairs: tuple[Pair, ...]
    conflicts: tuple[Conflict, ...]
    links: tuple[FigureLink, ...]
    model: str
    # The editors' verdicts on these findings, when the check read a store with reviews (one per
    # reviewed finding, in the order of ``conflicts``).
    reviews: tuple[Review, ...] = ()
