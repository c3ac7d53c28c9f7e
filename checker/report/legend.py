"""What every label and severity of a finding means, in words for the reports' legends.

The definitions describe what the comparison (`checker.compare`) does: a label is what kind of
disagreement was found, a severity how likely it is that an article is wrong and an editor should
act. A label this module does not know (a newer comparison) is shown with its name only.
"""

from __future__ import annotations

from collections.abc import Iterable

# (kind, label) -> what the finding asserts.
LABEL_DEFINITIONS = {
    ("figure", "conflict"): "one source, or no source at all, reported with figures for the same counted "
    "thing, place and time that cannot all be true (the same source on two sides, or outlets' own "
    "figures that disagree): someone reported it wrong, a likely newsroom error.",
    ("figure", "source_discrepancy"): "different sources give incompatible figures for the same thing "
    "(or an outlet's own figure stands against a cited source's): worth telling the reader, each "
    "article may report its source correctly.",
    ("quote", "wording"): "one person's statement quoted in different words; high when the substance "
    "changed (a number, a negation, a possessive, the modality, a distance), low when only the words "
    "differ.",
    ("quote", "misattribution"): "the same words, or a translation of them, credited to different people, "
    "or a body's statement printed as its head's own words.",
    ("quote", "contradiction"): "one person quoted as saying opposite things on the same point.",
    ("quote", "role"): "one person given two incompatible roles, or one role credited to two people.",
    ("statement", "negation"): "two nearly identical sentences, one of them negated.",
    ("statement", "date"): "the same event told on different days.",
}
SEVERITY_DEFINITIONS = {
    "high": "likely an error to correct: one named source with two figures on the same day, a figure "
    "moved to another place (a part larger than its whole), a "
    "quotation whose substance changed, that is contradicted or credited to someone else, a negated "
    "statement.",
    "medium": "worth checking: another figure conflict, an outlet's own figure against a cited source, "
    "an event told on different days.",
    "low": "probably explained: named sources that disagree and are reported faithfully, a month-only "
    "date or a vague amount beside an exact figure, a quotation "
    "retold in other words with the same substance, a role given differently.",
}
SEVERITY_ORDER = ("high", "medium", "low")


def label_entries(found: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(kind, label, definition) for each (kind, label) found, in the order of the definitions.

    Example:
        >>> label_entries([("quote", "wording")])[0][2].startswith("one person's statement")
        True
    """
    found = set(found)
    known = [(k, lab, text) for (k, lab), text in LABEL_DEFINITIONS.items() if (k, lab) in found]
    unknown = [(k, lab, "") for k, lab in sorted(found - set(LABEL_DEFINITIONS))]
    return known + unknown
