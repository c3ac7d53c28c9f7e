"""Source keys: the same source under different names meets, an unresolved one stays apart."""

from __future__ import annotations

import pytest

from checker.entities.sources import SourceResolver, is_unresolved, source_key


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("US-Regierung", "us"),
        ("Pentagon-Sprecherin Sabrina Singh", "us"),
        ("das Weiße Haus", "us"),
        ("südkoreanischer Geheimdienst", "kr"),
        (None, None),
    ],
)
def test_a_source_that_names_a_country_is_that_country(source: str | None, key: str | None) -> None:
    assert source_key(source) == key


def test_a_person_meets_across_transliterations() -> None:
    assert source_key("Wolodymyr Selenskyj") == source_key("Zelensky") == "selenski"


@pytest.mark.parametrize("source", ["deren Schätzungen", "by their estimates", "demnach"])
def test_a_source_left_in_omitted_text_is_unresolved(source: str) -> None:
    key = source_key(source)
    assert is_unresolved(key) and key == f"?{source.lower()}"


def test_a_named_source_is_resolved() -> None:
    assert not is_unresolved(source_key("Selenskyj")) and not is_unresolved(None)


@pytest.mark.parametrize(
    "source",
    [
        "USA",
        "US",
        "U.S.",
        "U.S",
        "Washington",
        "US-Regierung",
        "White House",
        "das Pentagon",
        "U.S. officials",
    ],
)
def test_every_form_of_a_state_meets(source: str) -> None:
    assert source_key(source) == "us"


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("Russian military bloggers", "ru:bloger"),  # bloggers of a country do not speak for it
        ("russischen Militärbloggern", "ru:militarblog"),
        ("Kremlsprecher Peskow", "ru"),  # a compound role names the state
        ("South Korean defense chief", "kr"),
    ],
)
def test_a_body_speaks_for_its_state_only_by_an_office(source: str, key: str) -> None:
    assert source_key(source) == key


def test_a_person_speaks_for_the_state_whose_office_an_article_gives_them() -> None:
    texts = {
        "a": "Das sagte US-Außenminister Antony Blinken am Montag in Brüssel.",
        "b": "Der Leiter des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, warnte davor.",
        "c": "Blinken said so; Budanov agreed. Kirby, the White House spokesman, added more.",
    }
    resolver = SourceResolver(texts)
    resolver.want(["Blinken", "Budanov", "Kirby", "Maria Muster"])
    assert [resolver.key(s, "c") for s in ("Blinken", "Budanov", "Kirby", "Maria Muster")] == [
        "us",
        "ua",
        "us",
        "muster",
    ]


def test_a_bare_role_is_the_person_its_article_names_with_it() -> None:
    resolver = SourceResolver(
        {"a": "Wagner-Chef Jewgeni Prigoschin sprach von 780 Kilometern. Der Wagner-Chef sagte."}
    )
    assert resolver.key("Wagner-Chef", "a") == source_key("Prigoschin") == "prigoshin"


def test_a_bare_role_is_the_one_person_other_articles_name_with_it() -> None:
    texts = {
        "a": "Der Fraktionschef sagte, man habe 40 Stimmen.",
        "b": "Fraktionschef Karl Albrecht Berger sprach am Montag.",
        "c": "Am Abend widersprach Fraktionschef Berger.",
    }
    assert SourceResolver(texts).key("Fraktionschef", "a") == source_key("Berger")


def test_a_role_many_hold_stays_a_role() -> None:
    texts = {
        "a": "Der Minister sagte, es seien 40.",
        "b": "Minister Anna Weber sprach am Montag.",
        "c": "Minister Paul Huber widersprach.",
    }
    assert SourceResolver(texts).key("Minister", "a") != source_key("Weber")
