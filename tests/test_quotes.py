"""Quotation extraction and speaker attribution on small German and English texts."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.sentences import split_sentences
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    article = Article(id="t", text=text, lang=lang)
    return list(extract_quotes(article, split_sentences(article)))


def direct_of(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text, lang) if q.direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir sparen 3 Mio. Euro“, sagte Müller.", [("Wir sparen 3 Mio. Euro", "Müller")]),
        ("»Das Werk bleibt offen«, so Betriebsratschef Jan Ohm.", [("Das Werk bleibt offen", "Jan Ohm")]),
        ('"Die Lage ist ernst", erklärte Anna Weber.', [("Die Lage ist ernst", "Anna Weber")]),
        ("Ministerin Eva Roth sagte: „Wir handeln jetzt.“", [("Wir handeln jetzt.", "Eva Roth")]),
        ("“We will not back down,” said Maria Lopez.", [("We will not back down,", "Maria Lopez")]),
        ("Tom Baker said: “The plant stays open.”", [("The plant stays open.", "Tom Baker")]),
    ],
)
def test_direct_quotes_in_every_style(text: str, expected: list[tuple[str, str]]) -> None:
    lang = "en" if "“" in text and "„" not in text else "de"
    assert direct_of(text, lang) == expected


def test_interrupted_quote_gives_two_segments_with_one_speaker() -> None:
    text = "„Der Plan steht“, sagte Bürgermeister Karl Lenz. „Wir beginnen im Mai mit dem Bau.“"
    assert direct_of(text) == [
        ("Der Plan steht", "Karl Lenz"),
        ("Wir beginnen im Mai mit dem Bau.", "Karl Lenz"),
    ]


def test_quote_reopened_by_a_new_paragraph() -> None:
    text = (
        "Die Ärztin Lea Kunz warnte vor der Welle. „Die Kliniken sind voll belegt.\n"
        "„Wir brauchen mehr Personal und mehr Betten“, fügte sie hinzu."
    )
    found = [q for q in quotes_of(text) if q.direct]
    assert [q.text for q in found] == [
        "Die Kliniken sind voll belegt.",
        "Wir brauchen mehr Personal und mehr Betten",
    ]
    assert found[1].speaker_mention == "sie"
    assert found[1].speaker == "Lea Kunz"


def test_pronoun_mention_keeps_its_offsets_and_resolves() -> None:
    text = "Außenminister Peter Brandt traf die Delegation. „Die Gespräche waren offen“, sagte er."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker_mention, quote.speaker, quote.cue) == ("er", "Peter Brandt", "sagte")
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "er"


def test_offsets_point_into_the_text_without_marks() -> None:
    text = "Er sagte gestern: „Das reicht nicht.“"
    quote = next(q for q in quotes_of(text) if q.direct)
    assert text[quote.start : quote.end] == "Das reicht nicht."


def test_partial_quote_inside_a_sentence() -> None:
    text = "Senatorin Ruth Hall bezeichnete die Entwicklung als „sehr bedeutsam und sehr negativ“."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.text, quote.style, quote.speaker) == (
        "sehr bedeutsam und sehr negativ",
        "partial",
        "Ruth Hall",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Flugzeug des Typs „Falke“ landete in Bremen.",
        "Die Serie „Nachtwache“ läuft am Montag.",
    ],
)
def test_names_and_titles_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "body", "speaker", "cue"),
    [
        (
            "Der Sprecher Jonas Falk sagte, die Truppen seien bereits abgezogen.",
            "die Truppen seien bereits abgezogen",
            "Jonas Falk",
            "sagte",
        ),
        (
            "Vera Stein behauptete, dass die Zahlen geschönt worden seien.",
            "dass die Zahlen geschönt worden seien",
            "Vera Stein",
            "behauptete",
        ),
        (
            "Die Lage habe sich deutlich verschlechtert, erklärte Hans Roth.",
            "Die Lage habe sich deutlich verschlechtert",
            "Hans Roth",
            "erklärte",
        ),
        (
            "Laut Innenminister Olaf Brenner wurden 300 Menschen evakuiert.",
            "wurden 300 Menschen evakuiert",
            "Olaf Brenner",
            "Laut",
        ),
        (
            "Wie die Polizei mitteilte, sei der Fahrer geflohen.",
            "sei der Fahrer geflohen",
            "Polizei",
            "mitteilte",
        ),
    ],
)
def test_indirect_speech(text: str, body: str, speaker: str, cue: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.text == body
    assert quote.style == "indirect"
    assert quote.speaker is not None and quote.speaker.endswith(speaker)
    assert quote.cue == cue


def test_free_indirect_continues_the_speaker() -> None:
    text = "Klara Wolf sagte, das Projekt sei gescheitert. Die Kosten seien zu hoch gewesen."
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]


def test_english_reported_speech() -> None:
    text = "Defense Secretary Mark Dunn said the troops had left the area on Monday."
    quote = next(q for q in quotes_of(text, "en") if not q.direct)
    assert (quote.style, quote.speaker) == ("reported", "Mark Dunn")
    assert quote.text == "the troops had left the area on Monday"


def test_role_from_apposition() -> None:
    text = "„Wir sind vorbereitet“, sagte Oleksandr Petrenko, der Verteidigungsminister der Ukraine."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker, quote.role) == ("Oleksandr Petrenko", "Verteidigungsminister der Ukraine")


def test_surname_and_role_noun_resolve_to_the_full_name() -> None:
    text = (
        "US-Außenminister Antony Blinken reiste nach Brüssel. „Wir stehen zusammen“, sagte Blinken. "
        "„Die Hilfe geht weiter“, sagte der Minister."
    )
    assert [q.speaker for q in quotes_of(text) if q.direct] == ["Antony Blinken", "Antony Blinken"]
