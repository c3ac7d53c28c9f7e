"""Long runs of text without sentence ends: the work of extraction grows linearly with them.

The work is counted, not timed: the Python lines `extract_claims` executes (sys.settrace), for a
text and for one four times as long, with the sentence limit lowered to keep the test quick. A
step that scans its whole sentence once per figure or quotation grows with the square of the
sentence; the sentence limit bounds it. `benchmarks/bench_long_inputs.py` times the same shapes
at full size.
"""

from __future__ import annotations

import sys

import pytest

from checker.claims import extract_claims
from checker.text import sentences
from checker.text.sentences import MAX_SENTENCE_CHARS, split_sentences
from checker.types import Article

SHAPES = {
    "percent": "40 % ",
    "dollar_bn": "$5 bn ",
    "thousands": "1.000 ",
    "tausend": "tausend ",
    "eight_hyphen": "eight-",
    "quoted_a": '"a" ',
    "sagte_er": ", sagte er",
    "no_full_stops": "Die Regierung hat am Dienstag neue Hilfen für 3.000 Landwirte angekündigt ",
}
LIMIT = 200  # the sentence limit in these tests


def lines_run(text: str) -> int:
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        extract_claims(Article(id="a", text=text, lang="de"))
    finally:
        sys.settrace(None)
    return count


def repeated(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_extraction_work_grows_linearly_with_a_long_run(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "MAX_SENTENCE_CHARS", LIMIT)
    small, large = (lines_run(repeated(SHAPES[shape], n)) for n in (4 * LIMIT, 16 * LIMIT))
    assert large / small < 6  # 4 x the text; 16 when a step is quadratic


@pytest.mark.parametrize("unit", [*SHAPES.values(), "x", "x\n"])
def test_no_sentence_is_longer_than_the_limit(unit: str) -> None:
    text = repeated(unit, 5 * MAX_SENTENCE_CHARS + 17)
    found = split_sentences(Article(id="a", text=text))
    assert found and all(len(s.text) <= MAX_SENTENCE_CHARS for s in found)
    for sent in found:
        assert text[sent.start : sent.end] == sent.text and sent.text == sent.text.strip()
    covered = "".join(text[s.start : s.end] for s in found)
    assert "".join(covered.split()) == "".join(text.split())  # nothing lost but the whitespace cut at


def test_a_long_run_is_cut_at_the_last_space_before_the_limit() -> None:
    words = "Wort " * (MAX_SENTENCE_CHARS // 5 + 10)
    first = split_sentences(Article(id="a", text=words))[0]
    assert first.end <= MAX_SENTENCE_CHARS and words[first.end] == " " and first.text.endswith("Wort")


def test_a_real_sentence_is_not_cut() -> None:
    sentence = (
        "Der Minister sagte am Dienstag in Berlin, " + "man werde weiter verhandeln und " * 40 + "warten."
    )
    assert len(sentence) < MAX_SENTENCE_CHARS
    assert [s.text for s in split_sentences(Article(id="a", text=sentence + " Das ist neu."))] == [
        sentence,
        "Das ist neu.",
    ]


CLAUSE_BEGIN = (
    "quotes/clauses.py clause_begin scans back to the sentence start once per speech verb; bounded "
    "by the sentence limit (30,000 characters of ', sagte er' take 0.2 s), not yet linear"
)


def pending(shape: str, reason: str) -> object:
    return pytest.param(shape, marks=pytest.mark.xfail(strict=True, reason=reason))


WITHIN_ONE_SENTENCE = [
    "percent",
    "dollar_bn",
    "thousands",
    "tausend",
    "eight_hyphen",
    "quoted_a",
    pending("sagte_er", CLAUSE_BEGIN),
    "no_full_stops",
]


@pytest.mark.parametrize("shape", WITHIN_ONE_SENTENCE)
def test_extraction_work_grows_linearly_within_one_sentence(shape: str) -> None:
    """Within the sentence limit too: one sentence of 8 x 200 characters against one of 200."""
    small, large = (lines_run(repeated(SHAPES[shape], n)) for n in (200, 1_600))
    assert large / small < 12  # 8 when linear, 64 when quadratic
