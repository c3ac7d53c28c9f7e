"""Quantities: the dimension a figure's unit measures, and its value in that dimension's base unit.

Two figures are compared only within one dimension: a count with a count, a length with a length
(kilometres and miles convert exactly), a share with a share, and money only within one currency
(an exchange rate is a fact of a day, not of the text: "86 billion roubles" and "$1 billion" are
not compared, while "$3.2 billion" and "$1 billion" are).

Example:
    >>> dimension_of(None), dimension_of("mi"), dimension_of("USD"), round(in_base("mi", 124), 1)
    ('count', 'length', 'money:USD', 199.6)
"""

from __future__ import annotations

# Unit code (as figures/numbers.py writes it) -> (dimension, size in the dimension's base unit).
CONVERSION_KINDS = {
    "km": ("length", 1.0),
    "mi": ("length", 1.609344),
    "m": ("length", 0.001),
    "t": ("mass", 1.0),
    "kg": ("mass", 0.001),
    "%": ("share", 1.0),
    "pp": ("share points", 1.0),
}
COUNT = "count"


def dimension_of(unit: str | None) -> str:
    """What a figure of this unit measures: "count" without a unit, "money:EUR" for a currency."""
    if unit is None:
        return COUNT
    if unit in CONVERSION_KINDS:
        return CONVERSION_KINDS[unit][0]
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return f"money:{unit}"
    return f"unit:{unit}"


def in_base(unit: str | None, value: float) -> float:
    """A value in its dimension's base unit (lengths in km, masses in t); other units unchanged."""
    return value * CONVERSION_KINDS[unit][1] if unit in CONVERSION_KINDS else value


def converts(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether two units of one dimension differ, so that one figure is likely a rounded conversion."""
    return unit_a != unit_b and dimension_of(unit_a) == dimension_of(unit_b)


# A round figure stands for the numbers that round to it: +- half its rounding step (the place of
# its last non-zero digit: 500 for 11.000, 50 for 8.500), kept between these shares of it.
ROUNDING_MAX = 0.10
ROUNDING_MIN = 0.05


def rounding_width(value: float) -> float:
    """The relative half-width of a figure rounded to its last non-zero digit, within 5-10 %.

    Example:
        >>> rounding_width(11000), rounding_width(3000), rounding_width(8500)
        (0.05, 0.1, 0.05)
    """
    if value <= 0 or value != int(value):
        return ROUNDING_MAX
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return min(ROUNDING_MAX, max(ROUNDING_MIN, step / 2 / value))
