"""Places: the country a phrase names, demonyms and adjectives, and the key of a scope."""

from __future__ import annotations

import pytest

from checker.entities.places import adjective_country, country_of, demonym_of, scope_key


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("nach US-Angaben", "us"),
        ("das Weiße Haus", "us"),
        ("Kyjiw", "ua"),
        ("Kyiv", "ua"),
        ("die nordkoreanischen Soldaten", "kp"),
        ("South Korean intelligence", "kr"),
        ("die EU-Kommission", "eu"),
        ("der Bürgermeister", None),
    ],
)
def test_country_of(phrase: str, country: str | None) -> None:
    assert country_of(phrase) == country


@pytest.mark.parametrize(
    ("scope", "key"),
    [
        ("russische Region Kursk", "ru/kursk"),
        ("Russia's Kursk region", "ru/kursk"),
        ("Osten Russlands", "ru/east"),
        ("Ostukraine", "ua/east"),
        ("eastern Ukraine", "ua/east"),
        ("Russland", "ru"),
        ("Kursk", "?/kursk"),
        (None, None),
    ],
)
def test_scope_key(scope: str | None, key: str | None) -> None:
    assert scope_key(scope) == key


@pytest.mark.parametrize(
    ("scope", "key"),
    [
        ("Russian military training grounds", "ru/~site"),
        ("auf russischen Übungsplätzen", "ru/~site"),
        ("auf russischem Gebiet", "ru"),
        ("Russian soil", "ru"),
        ("Russland", "ru"),
        ("russische Region Kursk", "ru/kursk"),
    ],
)
def test_scope_key_keeps_a_site_apart_from_its_country(scope: str, key: str) -> None:
    assert scope_key(scope, sites=True) == key


@pytest.mark.parametrize(
    ("word", "country"),
    [("Nordkoreaner", "kp"), ("Ukrainerinnen", "ua"), ("Britons", "gb"), ("Helfer", None)],
)
def test_demonym_of(word: str, country: str | None) -> None:
    assert demonym_of(word) == country


@pytest.mark.parametrize(
    ("word", "rest", "country"),
    [
        ("russischen", "russischen Soldaten", "ru"),
        ("North", "North Korean troops", "kp"),
        ("North", "North Sea ports", None),
        ("Korean", "Korean troops", None),  # the second word of "North Korean"
        ("DPRK", "DPRK troops", "kp"),
        ("US-", "US- und EU-Soldaten", "us"),
    ],
)
def test_adjective_country(word: str, rest: str, country: str | None) -> None:
    assert adjective_country(word, rest) == country
