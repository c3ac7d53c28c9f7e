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
        # A sentence's opening conjunction or adverb is capitalised but no part of the name.
        ("But Ann Lee said: “We will not give up the plant.”", "Ann Lee"),
        ("And Tom Weber told the crowd: “Go home.”", "Tom Weber"),
        ("Later Ann Lee said, “We have the votes.”", "Ann Lee"),
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


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # An opening phrase set off by a comma is no subject: the phrase after the comma is.
        ("Speaking at a rally in Ohio, Ann Lee described the plan as “a disgrace”.", "Ann Lee"),
        ("This week, the mayor described the plan as “a disgrace”.", "the mayor"),
        ("Though the vote was close, she described it as “a clear win”.", "she"),
    ],
)
def test_the_english_subject_follows_an_opening_phrase(text: str, mention: str) -> None:
    (quote,) = direct_of(text)
    assert quote.speaker_mention == mention


def test_he_is_the_subject_of_the_last_attribution_not_its_object() -> None:
    text = (
        "“We must do more,” Mark Rutte told Secretary of State Antony Blinken at the meeting. "
        "The two men spoke for an hour about the war and the winter. “We will not stop,” he said."
    )
    assert [q.speaker for q in direct_of(text)] == ["Mark Rutte", "Mark Rutte"]


def test_a_pronoun_of_another_gender_is_someone_else() -> None:
    text = "“We are ready,” she said. Ann Lee left at noon. Tom Weber came later. “We are not,” he said."
    assert direct_of(text)[-1].speaker == "Tom Weber"


def test_a_quotation_standing_alone_continues_a_long_quotation_before_it() -> None:
    text = (
        "Tom Weber spoke first. Then Ann Lee took the stage.\n\n“Nobody sings for us. Nobody writes for "
        "us. Nobody listens,” she said.\n\n“Right now, the town is against us.”"
    )
    assert direct_of(text)[-1].speaker == "Ann Lee"


def test_the_object_after_the_verb_of_an_attribution_is_no_reported_clause() -> None:
    text = "“We must do more,” Mark Rutte told Secretary Antony Blinken at the meeting in Brussels."
    quotes = list(extract_quotes(build_doc(Article(id="t", text=text, lang="en"))))
    assert [q.direct for q in quotes] == [True]


def test_words_quoted_in_a_sentence_belong_to_the_subject_of_its_speech_verb() -> None:
    text = "The strike was a “direct challenge to the city”, the US secretary of state said on Sunday."
    (quote,) = direct_of(text)
    assert quote.speaker_mention == "the US secretary of state"
