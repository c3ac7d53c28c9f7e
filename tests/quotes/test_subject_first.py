"""Attribution in a language that puts its subject first (checker/quotes/subject_first.py, and the
signature after a dash in attribution.py): the speaker phrase right before its speech verb."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def direct_of(text: str, lang: str = "en") -> list[Quote]:
    return [q for q in extract_quotes(build_doc(Article(id="t", text=text, lang=lang))) if q.direct]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The quotation follows its verb and a comma: the phrase before the verb speaks, not the
        # words that open the sentence.
        ("Asked about the closure of the plant, Ann Lee said, “We will find new jobs.”", "Ann Lee"),
        ("As the bell rang, the announcer said, “The polls are now closed.”", "the announcer"),
        ("When the mayor called, I laughed and said, “Not today.”", "I"),
        ("In a statement, Acme said: “Our plant stays open until spring.”", "Acme"),
        ("Later that day Sen. Ann Lee told reporters, “We have the votes.”", "Sen. Ann Lee"),
        # A party in brackets between the name and the verb after the quotation.
        ("“We have the votes,” Rep. Tom Weber (D-Ohio) said Friday.", "Rep. Tom Weber (D-Ohio)"),
    ],
)
def test_the_phrase_before_the_speech_verb_speaks(text: str, mention: str) -> None:
    (quote,) = direct_of(text)
    assert quote.speaker_mention == mention


def test_a_name_after_a_dash_signs_the_quotation() -> None:
    text = "“The town deserves better than this.” ― Maria Gomez\n“We want the school back.” ― Paul Ott."
    assert [q.speaker for q in direct_of(text)] == ["Maria Gomez", "Paul Ott"]


def test_a_dash_inside_the_sentence_signs_nothing() -> None:
    text = "She called the plan “a disgrace” ― Maria Gomez agreed with her on Monday and left."
    assert all(q.speaker_mention != "Maria Gomez" for q in direct_of(text))
