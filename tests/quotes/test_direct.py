"""Direct quotations (checker/quotes/direct.py): the segments between quotation marks of every
style, and which of them are something said rather than a name, a title or a scare-quoted term."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


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
    "text",
    [
        "Die Raumfähre „Discovery“ startete am Morgen.",
        "Das Bündnis „Kampagne für ein Freies Tibet“ rief zu Protesten auf.",
        "Der so genannte „Rettungsschirm“ wurde erweitert.",
        "Die Partei „Neue Mitte“ trat zur Wahl an.",
        "Die Erde war „nur“ 147 Millionen Kilometer von der Sonne entfernt.",
        'The film "Cold Harbour" opened in May.',
    ],
)
def test_names_terms_and_scare_quotes_are_not_quotations(text: str) -> None:
    lang = "en" if text.startswith("The") else "de"
    assert [q for q in quotes_of(text, lang) if q.direct] == []


def test_a_single_word_counts_when_a_speech_verb_follows() -> None:
    assert direct_of("„Nein“, sagte Karl Frei.") == [("Nein", "Karl Frei")]


def test_a_single_word_counts_inside_reported_speech() -> None:
    text = "Ministerin Eva Roth betonte, dass der Handel eine „Einbahnstraße“ sei."
    assert direct_of(text) == [("Einbahnstraße", "Eva Roth")]


@pytest.mark.parametrize(
    "text",
    [
        "Das berichtete das italienische Fachblatt „La Voce dello Sport“ am Montag.",
        "Ein Mitglied der Partei „Die Linke.“ war unter den Klägern.",
        "Das Programm heißt OpenOffice.org, kurz: „OpenOffice“.",
        "Sein erstes großes Werk entstand 1975: „Le Grand Macabre“.",
        "Die Lage sei ernst, hieß es laut „tagesschau.de“ am Abend.",
        "Wie „heise online“ berichtet, fällt der Dienst aus.",
    ],
)
def test_quoted_names_and_glosses_are_not_quotations(text: str) -> None:
    assert [q.text for q in quotes_of(text) if q.direct] == []
