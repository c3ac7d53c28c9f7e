"""extract_figures on a Doc: the figure's parts together, a quotation's speaker as source, and the
reading language."""

from __future__ import annotations

import pytest

from checker.figures import extract_figures
from checker.text.doc import build_doc
from checker.types import Article, Figure, Quote, Sentence


def _figures(
    text: str, lang: str = "de", published: str | None = "2024-10-31", quotes: list[Quote] | None = None
) -> list[Figure]:
    article = Article(id="t", text=text, lang=lang, published=published)
    return list(extract_figures(build_doc(article, [Sentence("t", 0, 0, len(text), text)]), quotes or []))


def test_figure_in_quotation_belongs_to_speaker() -> None:
    text = "„Es sind 3.000 Soldaten“, sagte Kirby. Laut Kiew sind es mehr."
    quote = Quote("Es sind 3.000 Soldaten", 1, 23, True, "John Kirby", "Kirby", 32, 37, "sagte")
    assert _figures(text, quotes=[quote])[0].source == "John Kirby"


def test_a_french_article_is_read_with_the_neutral_lexicon() -> None:
    # no French rules: digits, known nouns and country names are still read, nothing crashes; a
    # number below a thousand before an unknown word is not read (the word may scale it: "500
    # milliards"), a percentage is
    text = (
        "Selon Kiev, environ 3.000 soldats nord-coréens sont en Russie. Environ 500 bénévoles sont venus. "
        "18 tisíc vojáků a 12 % obyvatel."
    )
    doc = build_doc(Article(id="t", text=text, lang="fr", published="2024-10-31"))
    figures = list(extract_figures(doc, []))
    assert doc.lang == "xx"
    assert [(f.value, f.surface, f.subject) for f in figures] == [
        (3000, "3.000", "soldats"),
        (12, "12 %", "obyvatel"),
    ]


def test_an_article_of_undetermined_language_is_read_with_the_neutral_lexicon() -> None:
    text = "Kursk: 8.000 Soldaten, Charkiw: 3.000 Soldaten."
    doc = build_doc(Article(id="t", text=text, published="2024-10-31"))
    assert doc.lang == "xx"
    figures = list(extract_figures(doc, []))
    assert [(f.value, f.subject_key) for f in figures] == [(8000, "troops"), (3000, "troops")]


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [
        ("Sie überquerten am Freitag (23.", "de", []),  # a sentence split inside a date
        ("Am Freitag, 23. Juni, kamen 40 Boote an.", "de", ["40"]),
        ("They crossed on Friday (June 23) with 25 trucks.", "en", ["25"]),
        ("On Friday, 23 soldiers were hurt.", "en", ["23"]),  # a count after the weekday
    ],
)
def test_a_day_after_its_weekday_is_no_figure(text: str, lang: str, surfaces: list[str]) -> None:
    article = Article(id="t", text=text, lang=lang, published="2023-06-26")
    assert [f.surface for f in extract_figures(build_doc(article), [])] == surfaces


def test_one_figure_with_all_its_parts() -> None:
    text = "Laut Selenskyj sind etwa 3.000 nordkoreanische Soldaten in Russland."
    (figure,) = _figures(text, published="2024-10-29")
    assert (figure.value, figure.low, figure.qualifier, figure.subject_key, figure.scope, figure.source) == (
        3000.0,
        2700.0,
        "approximate",
        "kp_troops",
        "Russland",
        "Selenskyj",
    )
