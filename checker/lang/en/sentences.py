"""English words for sentence splitting: where a full stop ends no sentence."""

from __future__ import annotations

# Abbreviations (lower case, without their dots: "Mr." -> "mr"): a full stop after one ends no
# sentence ("Mr. Blinken", "Lt. Gen. Budanov", "Acme Corp. said").
ABBREVIATIONS = frozenset(
    """
    dr prof mr mrs ms st jr sr gen col lt sgt capt gov sen rep rev ca etc no vs v co corp inc ltd
    jan feb apr jun jul aug sep sept oct nov dec bn mn
    """.split()
)
# A month after "3." makes the number an ordinal ("on 3. November" in a translated text).
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# English writes ordinals as "3rd", not "3.": no word before a number makes it one.
ORDINAL_CONTEXT: frozenset[str] = frozenset()
