"""The counted subject and its key: kind, origin, unit, rate, a flow's period, a share."""

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
    ("text", "lang", "key"),
    [
        ("Es sind 8.000 nordkoreanische Soldaten im Land.", "de", "kp_troops"),
        ("Es sind 8.000 Truppen aus Nordkorea im Land.", "de", "kp_troops"),
        ("Es sind 8.000 nordkoreanische Streitkräfte im Land.", "de", "kp_troops"),
        ("There are 8,000 North Korean troops in the country.", "en", "kp_troops"),
        ("Nordkorea hat 8.000 Soldaten geschickt.", "de", "kp_troops"),
        ("Nordkorea lieferte 8.000 Munitionscontainer.", "de", "kp_containers"),
        ("Russia is losing 1,200 soldiers a day.", "en", "ru_troops/day"),
        ("Die Firma verdiente 3 Mio. Euro Gewinn.", "de", "EUR:gewinn"),
    ],
)
def test_subject_key(text: str, lang: str, key: str) -> None:
    assert _figures(text, lang)[0].subject_key == key


def test_time_spans_are_not_figures() -> None:
    assert _figures("Der Konflikt dauert seit 20 Jahren.") == []


def test_share_of_a_figure() -> None:
    figures = _figures("In Russland sind 10.000 Soldaten, davon 8.000 in der russischen Region Kursk.")
    assert [(f.value, f.portion, f.subject_key) for f in figures] == [
        (10000, None, "troops"),
        (8000, "part", "troops"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die ersten 1.200 Soldaten sind bereits angekommen.", "de"),
        ("The first 1,200 soldiers have already arrived.", "en"),
    ],
)
def test_a_first_group_is_a_part(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].portion == "part"


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Am Sonntag kamen 7.000 Flüchtlinge nach Österreich.", "de", "refugees/sun"),
        ("On Sunday, 7,000 refugees arrived in Austria.", "en", "refugees/sun"),
        ("Am Wochenende sind 13.000 Flüchtlinge eingereist.", "de", "refugees/weekend"),
        ("Over the weekend 13,000 refugees entered the country.", "en", "refugees/weekend"),
        ("Derzeit sind 1.000 Flüchtlinge in Zelten untergebracht.", "de", "refugees"),
        ("At the moment 1,000 refugees live in tents.", "en", "refugees"),
    ],
)
def test_a_flow_of_a_named_day_is_its_own_subject(text: str, lang: str, key: str) -> None:
    assert _figures(text, lang, published=None)[0].subject_key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("In der Armee dienen 10.000 Nordkoreaner.", "kp_troops"),
        ("In der Stadt leben 10.000 Nordkoreaner.", "kp_people"),
    ],
)
def test_a_demonym_counts_soldiers_in_a_military_sentence(text: str, key: str) -> None:
    assert _figures(text)[0].subject_key == key


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Täglich sterben 1.200 Soldaten.", "de", "troops/day"),
        ("Russia is losing 1,200 soldiers a day.", "en", "ru_troops/day"),
    ],
)
def test_a_rate_is_part_of_the_key(text: str, lang: str, key: str) -> None:
    assert _figures(text, lang)[0].subject_key == key


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # German capitalises nouns: a lower-case word right after the number is no counted noun
        ("Some 500 volunteers came.", "en", "volunteer"),
        ("Some 500 volunteers came.", "de", None),
        ("Es kamen 500 Helfer.", "de", "helf"),
        # an English adverb is not the noun
        ("Some 500 newly trained volunteers came.", "en", None),
    ],
)
def test_the_article_language_tells_the_counted_noun(text: str, lang: str, key: str | None) -> None:
    assert _figures(text, lang)[0].subject_key == key
