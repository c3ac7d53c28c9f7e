"""Shared fixtures: the real embedding model, loaded once per test session."""

from __future__ import annotations

import pytest

from checker.embedding import Embedder, load_model


@pytest.fixture(scope="session")
def model() -> Embedder:
    """multilingual-e5-small at the default precision (int8), built into the cache on first use."""
    return load_model()
