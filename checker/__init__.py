"""checker: find where news articles about one story disagree on figures and quotations.

Example:
    >>> import checker
    >>> result = checker.check("data/")
    >>> result.conflicts[["kind", "label", "summary"]]
"""

from __future__ import annotations

from .api import check, extract, load
from .errors import BadInput, CheckerError, ModelError, UnknownFormat
from .reading import read_articles
from .result import Result
from .types import Article, Claim, Conflict, Figure, Pair, Quote, Sentence

__all__ = [
    "Article", "BadInput", "CheckerError", "Claim", "Conflict", "Figure", "ModelError", "Pair",
    "Quote", "Result", "Sentence", "UnknownFormat", "check", "extract", "load", "read_articles",
]  # fmt: skip
__version__ = "0.1.0"
