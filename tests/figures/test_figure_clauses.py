"""The clause around a number: where modality and time are read."""

from __future__ import annotations

import pytest

from checker.figures.clauses import clause_of
from checker.figures.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        ("Es kamen 3.000 Soldaten, aber es werden mehr.", "de", "Es kamen 3.000 Soldaten"),
        # a "dass" clause brings its governing clause along
        ("Das Amt meldete, dass 3.000 Soldaten kamen.", "de", "Das Amt meldete, dass 3.000 Soldaten kamen."),
        (
            "The office said that 3,000 soldiers came, but more will.",
            "en",
            "The office said that 3,000 soldiers came",
        ),
        ("Es sind 3.000 Soldaten [...] dort.", "de", "Es sind 3.000 Soldaten "),
    ],
)
def test_clause_of(text: str, lang: str, clause: str) -> None:
    assert clause_of(text, next(find_quantities(text, lang=lang))) == clause
