"""The time of a figure: the article's date, moved by the time words around the number."""

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


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Am Mittwoch meldete das Amt 3.000 Soldaten.", "2024-10-30"),  # published on a Thursday
        ("Letzte Woche meldete das Amt 3.000 Soldaten.", "2024-10-24"),
        ("Das Amt meldete 3.000 Soldaten.", "2024-10-31"),
        ("Bis Dezember sollen es 10.000 Soldaten werden.", "2024-12"),
    ],
)
def test_as_of(text: str, as_of: str) -> None:
    assert _figures(text)[0].as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials initially counted 2,000 soldiers there.", "en"),
        ("Zunächst war von 2.000 Soldaten die Rede.", "de"),
    ],
)
def test_an_earlier_figure_has_only_a_month(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].as_of == "2024-10"


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        ("Tatsächlich kamen 2015 aber nur 600.000 Flüchtlinge.", "de", "2015"),
        ("In 2015, 890,000 refugees came to Germany.", "en", "2015"),
        ("Seit 2015 kamen 1,2 Millionen Flüchtlinge.", "de", "2024-10-31"),
        ("By 2030, 3,000 soldiers will be there.", "en", "2024-10-31"),
        # a month before the year names that month; a span between two months names no year
        ("As of May 2022, the fund had paid 400 pensions.", "en", "2022-05"),
        ("Zwischen Mai 2022 und Mai 2023 zahlte der Fonds 400 Renten.", "de", "2024-10-31"),
        ("From May 2022 to May 2023, the fund paid 400 pensions.", "en", "2024-10-31"),
    ],
)
def test_a_named_year_dates_the_figure(text: str, lang: str, as_of: str) -> None:
    assert _figures(text, lang)[0].as_of == as_of


def test_an_english_weekday_moves_the_date() -> None:
    # published on a Thursday
    assert _figures("On Wednesday the office reported 3,000 soldiers.", "en")[0].as_of == "2024-10-30"
