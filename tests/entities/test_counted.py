"""Counted things: the kind a noun counts, by the head of the noun, in German and English."""

from __future__ import annotations

import pytest

from checker.entities.counted import KNOWN_KINDS, concept_of, is_known_concept


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("Soldaten", "troops"),
        ("troops", "troops"),
        ("Munitionscontainer", "containers"),  # the head names the counted thing
        ("Soldatenfriedhof", "soldatenfriedhof"),  # a cemetery counts no soldiers
        ("Flüchtlinge", "refugees"),
        ("refugees", "refugees"),
        ("Helferinnen", "helfer"),  # no known kind: its stem
        ("Jahre", None),  # a time span counts no thing
        ("Kilometern", None),  # nor does a distance
        ("Menschen", "people"),
        ("men", "people"),  # men are anyone, as people are: troops, workers, passengers
        ("Männern", "people"),
        ("servicemen", "troops"),
    ],
)
def test_concept_of(noun: str, kind: str | None) -> None:
    assert concept_of(noun) == kind


def test_people_is_known_but_not_specific_enough_to_compare() -> None:
    assert is_known_concept("Menschen") and "people" not in KNOWN_KINDS and "troops" in KNOWN_KINDS
