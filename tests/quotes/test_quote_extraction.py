"""The pass over an article (checker/quotes/__init__.py: extract_quotes): how direct and reported
quotations of one sentence combine, and articles read with the neutral lexicon."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


@pytest.mark.parametrize(
    "text",
    [
        "„Das war wichtig. Der Plan musste gut aussehen, expressiv sein“, sagte der Regisseur Tom Chen.",
        "Tom Chen fügte hinzu: „Wer kann glauben, man könne Europa ohne die Briten bauen? Niemand.“",
    ],
)
def test_no_reported_clause_inside_a_quotation(text: str) -> None:
    assert [q.style for q in quotes_of(text)] == ["direct"]


def test_an_indefinite_subject_names_no_speaker() -> None:
    quote = quotes_of("Man gehe davon aus, dass der Damm hält.")[0]
    assert (quote.text, quote.speaker_mention, quote.speaker) == ("dass der Damm hält", None, None)


def test_the_sentence_before_a_quotation_is_not_reported_by_its_cue() -> None:
    text = (
        "Der Minister Karl Huber trat am Montag zurück. Er begründet den Schritt mit der Krankheit "
        "seiner Frau. „Es ist allein dieser private Grund“, sagte er."
    )
    assert [(q.style, q.text) for q in quotes_of(text)] == [("direct", "Es ist allein dieser private Grund")]


# Articles in a language without rules are read with the neutral lexicon "xx": quotation marks
# and punctuation, no speech verbs, no Konjunktiv (never a German or English reading).
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Le ministre Jean Dupont a déclaré: “Nous restons ici.” La situation est grave.",
            "fr",
            "Nous restons ici.",
        ),
        ("Tor! 3:1 (2:0). „Unglaublich!“ 45.000 Fans.", None, "Unglaublich!"),
        ("“Nous restons ici.” Jean Dupont, Paris.", "und", "Nous restons ici."),
    ],
)
def test_an_article_without_rules_is_read_neutrally(text: str, lang: str | None, said: str) -> None:
    doc = build_doc(Article(id="t", text=text, lang=lang))
    found = list(extract_quotes(doc))
    assert doc.lang == "xx"
    assert [q.text for q in found] == [said]
    assert all(q.direct and q.cue is None for q in found)


def test_the_neutral_reading_finds_no_speech_verb() -> None:
    text = "Ministerin Eva Roth sagte: „Wir handeln jetzt.“ Sie sagte, die Lage sei ernst."
    german = quotes_of(text)
    neutral = quotes_of(text, lang="xx")
    assert [(q.text, q.cue) for q in german] == [
        ("Wir handeln jetzt.", "sagte"),
        ("die Lage sei ernst", "sagte"),
    ]
    assert [(q.text, q.cue) for q in neutral] == [("Wir handeln jetzt.", None)]
