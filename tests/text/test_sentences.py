"""The sentence splitter: where a full stop, a line break or a quotation ends a sentence."""

import pytest

from checker.text.sentences import split_sentences
from checker.types import Article


def sentences(text):
    return [s.text for s in split_sentences(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am 3. November sprach Dr. Müller in Kiew. Es kamen 8.000 Soldaten.",
            ["Am 3. November sprach Dr. Müller in Kiew.", "Es kamen 8.000 Soldaten."],
        ),
        (
            "Die Hilfe stieg z. B. um 2,5 Prozent, u. a. für Waffen. Das Ziel bleibt.",
            ["Die Hilfe stieg z. B. um 2,5 Prozent, u. a. für Waffen.", "Das Ziel bleibt."],
        ),
        ("Im 21. Jahrhundert ist das neu. Ja.", ["Im 21. Jahrhundert ist das neu.", "Ja."]),
        (
            "Mr. Blinken met John F. Kennedy's heirs on Nov. 3 in the U.S. capital. They talked.",
            ["Mr. Blinken met John F. Kennedy's heirs on Nov. 3 in the U.S. capital.", "They talked."],
        ),
        (
            "„Wir gehen. Wir kommen wieder.“, sagte er. „Nein!“ Sie lachte.",
            ["„Wir gehen.", "Wir kommen wieder.“, sagte er.", "„Nein!“", "Sie lachte."],
        ),
        (
            "Erster Absatz ohne Punkt\n\nZweiter Absatz.\nDritter Absatz.",
            ["Erster Absatz ohne Punkt", "Zweiter Absatz.", "Dritter Absatz."],
        ),
        ("Ein Satz, hart\numbrochen im Text.", ["Ein Satz, hart\numbrochen im Text."]),
        ("Seit 2022. Die Lage.", ["Seit 2022.", "Die Lage."]),
        # a sentence end that lost its space; domains and abbreviations keep theirs
        ("Das sagte Merkel.Als Chance sah sie es.", ["Das sagte Merkel.", "Als Chance sah sie es."]),
        (
            "Laut tagesschau.de und ver.di, vgl.Art 5, gilt das.",
            ["Laut tagesschau.de und ver.di, vgl.Art 5, gilt das."],
        ),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_the_text():
    text = "  „Erster Satz.“ Zweiter Satz!\n\nDritter?  "
    for sent in split_sentences(Article(id="a", text=text)):
        assert text[sent.start : sent.end] == sent.text
        assert sent.text == sent.text.strip()
