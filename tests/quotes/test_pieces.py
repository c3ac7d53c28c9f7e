"""One statement in pieces (checker/quotes/pieces.py): a quotation split by its attribution or run
over paragraphs is one quotation, with the speaker of the attribution between the pieces."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def direct_of(text: str, lang: str) -> list[Quote]:
    return [q for q in extract_quotes(build_doc(Article(id="t", text=text, lang=lang))) if q.direct]


@pytest.mark.parametrize(
    ("text", "lang", "words", "speaker"),
    [
        # English sets one statement around its attribution: the sentences after "she said" go on.
        (
            "“We will not give up on this town,” Mayor Ann Lee said. “The money will come next year.”",
            "en",
            "We will not give up on this town,” Mayor Ann Lee said. “The money will come next year.",
            "Ann Lee",
        ),
        (
            '"My plan," he said, "is to build the bridge first." Tom Weber was in Bonn.',
            "en",
            'My plan," he said, "is to build the bridge first.',
            None,
        ),
        # A sentence that goes on after the attribution is one quotation in German too.
        (
            "„Wir sind bereit“, sagte Anna Roth, „aber wir brauchen mehr Zeit.“",
            "de",
            "Wir sind bereit“, sagte Anna Roth, „aber wir brauchen mehr Zeit.",
            "Anna Roth",
        ),
    ],
)
def test_a_quotation_split_by_its_attribution_is_one(
    text: str, lang: str, words: str, speaker: str | None
) -> None:
    (quote,) = direct_of(text, lang)
    assert quote.text == words == text[quote.start : quote.end]  # the pieces and the attribution
    if speaker is not None:
        assert quote.speaker == speaker


def test_a_few_words_quoted_in_the_sentence_after_the_attribution_are_their_own() -> None:
    text = "„Wir sind bereit“, sagte Anna Roth und nannte die Pläne „sehr gut durchdacht“."
    assert [q.text for q in direct_of(text, "de")] == ["Wir sind bereit", "sehr gut durchdacht"]


def test_german_quoted_sentences_after_the_attribution_are_quotations_of_their_own() -> None:
    text = "„Wir sind bereit“, sagte Anna Roth. „Wir brauchen aber mehr Zeit für den Umbau.“"
    assert [q.text for q in direct_of(text, "de")] == [
        "Wir sind bereit",
        "Wir brauchen aber mehr Zeit für den Umbau.",
    ]


def test_a_later_piece_with_its_own_attribution_stays_apart() -> None:
    text = "“The plan is good,” Ann Lee said. “It is far too expensive,” Tom Weber replied."
    assert [q.speaker for q in direct_of(text, "en")] == ["Ann Lee", "Tom Weber"]


def test_a_quotation_reopened_in_the_next_paragraph_is_one() -> None:
    text = (
        "Ann Lee, the mayor, said: “The river has risen by two metres since Monday night.\n\n"
        "“We are moving everyone out of the old town before the weekend.”"
    )
    (quote,) = direct_of(text, "en")
    assert quote.text.endswith("before the weekend.")
    assert quote.text.startswith("The river")
