"""The cited source of a figure: who the sentence credits it to."""

from __future__ import annotations

import pytest

from checker.entities.sources import source_key
from checker.figures import extract_figures
from checker.text.doc import build_doc
from checker.types import Article, Figure, Quote, Sentence


def _figures(
    text: str, lang: str = "de", published: str | None = "2024-10-31", quotes: list[Quote] | None = None
) -> list[Figure]:
    article = Article(id="t", text=text, lang=lang, published=published)
    return list(extract_figures(build_doc(article, [Sentence("t", 0, 0, len(text), text)]), quotes or []))


@pytest.mark.parametrize(
    ("text", "lang", "source", "key"),
    [
        ("Nach Angaben der US-Regierung sind 3.000 Soldaten dort.", "de", "US-Regierung", "us"),
        ("Laut Selenskyj sind 3.000 Soldaten dort.", "de", "Selenskyj", "selenski"),
        ("Dem Pentagon zufolge sind 3.000 Soldaten dort.", "de", "Pentagon", "us"),
        ("According to Zelensky, 3,000 troops are there.", "en", "Zelensky", "selenski"),
        # verbs of warning, stressing and writing cite as "sagte" does
        ("Wochen nachdem die USA warnten, dass 8.000 Soldaten dort seien.", "de", "USA", "us"),
        ("Die Regierung betonte, dass 500 Soldaten im Einsatz seien.", "de", "Regierung", "regirung"),
    ],
)
def test_source(text: str, lang: str, source: str, key: str) -> None:
    figure = _figures(text, lang)[0]
    assert (figure.source, source_key(figure.source)) == (source, key)


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Initially, U.S. officials estimated that 2,000 soldiers were there.", "en", "us"),
        ("U.S. officials initially estimated that 2,000 soldiers were there.", "en", "us"),
        ("South Korea's spy agency said 2,000 soldiers were there.", "en", "kr"),
        ("Japanese intelligence has informed reporters that 2,000 soldiers were there.", "en", "jp"),
        ("Der Sprecher der Armee, Max Mustermann, sagte, dass 2.000 Soldaten dort sind.", "de", "musterman"),
        ("Japans Geheimdienst schätzt, dass 2.000 Soldaten dort sind.", "de", "jp"),
        # a time adverbial between the source and its verb
        ("The Pentagon earlier this week said about 2,000 soldiers were there.", "en", "us"),
        ("Max Mustermann on Monday said 2,000 soldiers were there.", "en", "musterman"),
        # a source that holds the figure; the head of "Ministry of Defense" is the ministry
        ("The US Ministry of Defense has data on the transfer of 2,000 soldiers.", "en", "us"),
        ("Das Pentagon hat Erkenntnisse über 2.000 Soldaten dort.", "de", "us"),
    ],
)
def test_source_phrasings(text: str, lang: str, key: str) -> None:
    assert source_key(_figures(text, lang)[0].source) == key


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Kirby, der Sprecher des Weißen Hauses, sagte, 3.000 Soldaten seien dort.", "de", "Kirby"),
        (
            "Jane Roe, the army's spokeswoman, told reporters that 3,000 soldiers were there.",
            "en",
            "Jane Roe",
        ),
        ("Um 6 Uhr waren 3.000 Flüchtlinge in der Halle, wie die Polizei bekanntgab.", "de", "Polizei"),
        ("Das Rote Kreuz spricht von 42.000 Flüchtlingen.", "de", "Rote Kreuz"),
        ("Die Flut hat nach einer Bilanz der Feuerwehr 12 Tote gefordert.", "de", "Feuerwehr"),
        ("Selenskyj enthüllte, dass 3.000 Soldaten dort sind.", "de", "Selenskyj"),
        ("Zelensky revealed that 3,000 soldiers are there.", "en", "Zelensky"),
        # the noun before a relative clause is who speaks
        (
            "Local Red Cross volunteers who counted the tents, said that 3,000 refugees were there.",
            "en",
            "Local Red Cross volunteers",
        ),
        (
            "Örtliche Helfer, die die Zelte gezählt haben, sagten, 3.000 Flüchtlinge seien dort.",
            "de",
            "Örtliche Helfer",
        ),
    ],
)
def test_more_source_phrasings(text: str, lang: str, source: str) -> None:
    assert _figures(text, lang)[0].source == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "told" is followed by whom the speaker told, not by the speaker
        ("The figures were grim, told reporters at least 3,000 soldiers were there.", "en"),
        # "hat" alone names an actor, not a source
        ("Frankreich hat sich verpflichtet, 30.000 Flüchtlinge aufzunehmen.", "de"),
        ("In Griechenland haben 10.000 Flüchtlinge die Grenze erreicht.", "de"),
        ("Wie berichtet, wurden 3.000 Granaten genehmigt.", "de"),
        # a time after the verb says when, not who
        ("Most residents of the town, said last Saturday that 40 houses had burned.", "en"),
    ],
)
def test_no_source(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].source is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister sprach in Kiew. [...] Nach deren Schätzungen sind 12.000 Soldaten dort.", "de"),
        ("The minister spoke in Kyiv. [...] By their estimates 12,000 soldiers are there.", "en"),
    ],
)
def test_a_reference_across_left_out_text_stays_unresolved(text: str, lang: str) -> None:
    article = Article(id="t", text=text, lang=lang, published="2024-10-31")
    cut = text.index("[...]") + 5
    sentences = [Sentence("t", 0, 0, cut, text[:cut]), Sentence("t", 1, cut + 1, len(text), text[cut + 1 :])]
    (figure,) = extract_figures(build_doc(article, sentences), [])
    assert source_key(figure.source or "").startswith("?")


def test_a_pronoun_points_back_to_the_source_before() -> None:
    text = "Laut Selenskyj sind 3.000 Soldaten dort. Er sagte, 5.000 Soldaten kämen noch."
    article = Article(id="t", text=text, lang="de", published="2024-10-31")
    assert [f.source for f in extract_figures(build_doc(article), [])] == ["Selenskyj", "Selenskyj"]


def test_a_person_pronoun_is_the_person_who_opens_the_sentence_before() -> None:
    text = "Jane Roe, a former minister, visited the camp. She estimated that 3,000 refugees were there."
    article = Article(id="t", text=text, lang="en", published="2024-10-31")
    assert [f.source for f in extract_figures(build_doc(article), [])] == ["Jane Roe"]


def test_a_news_agency_is_no_source() -> None:
    assert _figures("Laut AFP sind 3.000 Soldaten dort.")[0].source is None


def test_a_report_of_a_paper_is_its_source_and_its_figures_of_the_next_sentence_too() -> None:
    text = (
        "Nach Berichten der Lokalzeitung wurden vier Brücken beschädigt. "
        "Dabei wurden den Angaben zufolge 17 Arbeiter verletzt."
    )
    article = Article(id="t", text=text, lang="de", published="2024-10-31")
    assert [f.source for f in extract_figures(build_doc(article), [])] == ["Lokalzeitung", "Lokalzeitung"]
