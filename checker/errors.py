"""Errors the library raises for the caller to show; the CLI turns them into `Error: …`, exit 1."""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error that is the user's to fix (bad input, bad option)."""


class BadInput(CheckerError):
    """An input file or article that cannot be read; the message names the file and the place."""


class UnknownFormat(CheckerError):
    """A file extension or report format the checker does not know."""


class ModelError(CheckerError):
    """The embedding model cannot be built or loaded."""


class StoreError(CheckerError):
    """A store that cannot be opened or would mix incompatible data."""


class OutputError(CheckerError):
    """A report or file that cannot be written; the message names the path and the cause."""
