"""Modality: a count reported now, or a projection, a plan, a limit or a capacity."""

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
    ("text", "lang", "modality"),
    [
        ("Die Zahl könnte auf 12.000 Soldaten steigen.", "de", "projected"),
        ("Bald werden 12.000 Soldaten dort sein.", "de", "projected"),
        ("The number is expected to rise to 12,000 troops.", "en", "projected"),
        ("The count could reach 10,000 troops by December.", "en", "projected"),
        # a decision to send is a plan
        ("The government had decided to send 12,000 troops.", "en", "projected"),
        ("Die Regierung beschloss die Entsendung von 12.000 Soldaten.", "de", "projected"),
        ("Derzeit sind 3.000 Soldaten dort.", "de", "reported"),
        ("Dort sollen bereits 3.000 Soldaten angekommen sein.", "de", "reported"),
        ("Es sind 10.000 Soldaten dort, die wahrscheinlich bald kämpfen würden.", "de", "reported"),
    ],
)
def test_modality(text: str, lang: str, modality: str) -> None:
    assert _figures(text, lang)[0].modality == modality


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ein Quartier für 76 Asylwerber ist geplant.", "de"),
        ("The camp has room for 5,000 refugees.", "en"),
        ("Nur 2.000 Flüchtlinge dürfen weiterreisen.", "de"),
        ("Only 2,000 refugees are allowed to travel on.", "en"),
        ("Gegen ein geplantes Quartier mit 76 Plätzen für Asylwerber gibt es Protest.", "de"),
    ],
)
def test_capacity_and_permission_are_not_counts(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].modality == "projected"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In May, 3,000 soldiers were there.", "reported"),  # the month, not the modal
        ("Some 3,000 soldiers may come.", "projected"),
    ],
)
def test_may_the_month_is_no_projection(text: str, modality: str) -> None:
    assert _figures(text, "en")[0].modality == modality
