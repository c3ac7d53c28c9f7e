"""German words for sentence splitting: where a full stop ends no sentence."""

from __future__ import annotations

# Abbreviations (lower case, without their dots: "z. B." -> "zb"): a full stop after one ends no
# sentence ("Dr. Müller", "vgl. Art. 5", "rund 3 Mio. Euro").
ABBREVIATIONS = frozenset(
    """
    dr prof hr fr frau herr gen st bzw ca etc vgl nr usw ggf inkl evtl bspw insb sog zb ua uä od
    abs art kap jan feb febr mär apr jun jul aug sep sept okt nov dez mio mrd tsd jh jhd chr v vs
    dt engl franz ital
    """.split()
)
# A month after "3." makes the number an ordinal: "am 3. November".
MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember".split()
)
# Words before "3." that make it an ordinal: "am 3. November", "zum 2. Mal", "der 21. Jahrhundert".
ORDINAL_CONTEXT = frozenset("am vom zum bis seit ab im den dem der des die das zur beim".split())
