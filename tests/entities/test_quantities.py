"""Units: what a figure measures, and lengths in one base unit."""

from __future__ import annotations

import pytest

from checker.entities.quantities import converts, dimension_of, in_base, rounding_width


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        (None, "count"),
        ("km", "length"),
        ("mi", "length"),
        ("%", "share"),
        ("USD", "money:USD"),
        ("RUB", "money:RUB"),
    ],
)
def test_dimension(unit: str | None, dimension: str) -> None:
    assert dimension_of(unit) == dimension


def test_miles_convert_to_kilometres_and_currencies_do_not() -> None:
    assert in_base("mi", 125) == pytest.approx(201.168)
    assert converts("km", "mi") and not converts("USD", "RUB") and not converts("km", "km")


@pytest.mark.parametrize(("value", "width"), [(11000, 0.05), (3000, 0.1), (8500, 0.05), (2.5, 0.1)])
def test_rounding_width(value: float, width: float) -> None:
    assert rounding_width(value) == width
