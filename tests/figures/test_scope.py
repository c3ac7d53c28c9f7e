"""The scope of a figure: where it applies."""

from __future__ import annotations

import pytest

from checker.entities.places import scope_key
from checker.figures import extract_figures
from checker.text.doc import build_doc
from checker.types import Article, Figure, Quote, Sentence


def _figures(
    text: str, lang: str = "de", published: str | None = "2024-10-31", quotes: list[Quote] | None = None
) -> list[Figure]:
    article = Article(id="t", text=text, lang=lang, published=published)
    return list(extract_figures(build_doc(article, [Sentence("t", 0, 0, len(text), text)]), quotes or []))


@pytest.mark.parametrize(
    ("text", "scope", "key"),
    [
        ("Es sind 8.000 Soldaten in der russischen Region Kursk.", "russischen Region Kursk", "ru/kursk"),
        ("Es sind 8.000 Soldaten im Osten Russlands.", "Osten Russlands", "ru/east"),
        ("Es sind 8.000 Soldaten in Russland.", "Russland", "ru"),
    ],
)
def test_scope(text: str, scope: str, key: str) -> None:
    figure = _figures(text)[0]
    assert (figure.scope, scope_key(figure.scope)) == (scope, key)


def test_a_border_region_without_its_name_is_a_site_of_the_country() -> None:
    text = "In der russischen Grenzregion zur Ukraine sind 8.000 Soldaten."
    figure = _figures(text)[0]
    assert (figure.scope, scope_key(figure.scope, sites=True)) == ("russischen Grenzregion", "ru/~site")
    named = _figures("In der russischen Grenzregion Kursk sind 8.000 Soldaten.")[0]
    assert scope_key(named.scope, sites=True) == "ru/kursk"


def test_a_site_without_its_country_is_no_known_place() -> None:
    text = "Some 2,000 soldiers were sent to training camps near the border."
    figure = _figures(text, "en")[0]
    assert (figure.scope, scope_key(figure.scope, sites=True)) == ("training camps", "?/~site")
    german = _figures("Rund 2.000 Soldaten sind auf Übungsplätzen nahe der Grenze.")[0]
    assert scope_key(german.scope, sites=True) == "?/~site"


def test_dort_points_back_to_the_region_named_before() -> None:
    text = "Die Truppen stehen in der russischen Region Kursk. Nach Angaben Kiews sind 8.000 Soldaten dort."
    article = Article(id="t", text=text, lang="de", published="2024-10-31")
    (figure,) = extract_figures(build_doc(article), [])
    assert (figure.scope, scope_key(figure.scope)) == ("russischen Region Kursk", "ru/kursk")
