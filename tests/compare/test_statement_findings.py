"""Statement findings (checker/compare/statements.py): a flipped negation or a changed weekday
in near-identical sentences."""

import pytest

from checker.compare.statements import compare_statements
from checker.types import Claim, Pair


def statement(cid, text):
    return Claim(cid, cid.split("#")[0], "statement", text, 0, len(text))


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "Die Truppen sind am Montag nicht in Kursk eingetroffen.",
            "Die Truppen sind am Montag in Kursk eingetroffen.",
            "negation",
        ),
        (
            "The troops have not reached the front line yet, officials said.",
            "The troops have reached the front line yet, officials said.",
            "negation",
        ),
        (
            "Der Angriff auf Kiew begann am Dienstagabend mit Drohnen und Raketen.",
            "Der Angriff auf Kiew begann am Mittwochabend mit Drohnen und Raketen.",
            "date",
        ),
        (
            "Der Angriff auf Kiew begann am Dienstag mit Drohnen und Raketen.",
            "Der Angriff auf Kiew begann am Mittwoch mit Drohnen und Raketen.",
            "date",
        ),
        (
            "Das Ministerium hat nichts über die Truppen in Kursk gesagt.",
            "Das Ministerium hat über die Truppen in Kursk gesagt.",
            "negation",
        ),
        (
            "The attack on Kyiv began on Tuesday night with drones and missiles.",
            "The attack on Kyiv began on Wednesday night with drones and missiles.",
            "date",
        ),
        (
            "Die Truppen sind in Kursk eingetroffen, sagte der Minister.",
            "Die Soldaten sind in Kursk eingetroffen, sagte der Minister.",
            None,
        ),
        (
            "Die Truppen sind nicht eingetroffen.",
            "Die Verhandlungen in Genf über einen Waffenstillstand sind gescheitert.",
            None,
        ),
    ],
)
def test_only_a_flipped_negation_or_weekday_in_near_identical_sentences(a, b, label):
    claims = [statement("a#0", a), statement("b#0", b)]
    found = list(compare_statements(claims, [Pair("a#0", "b#0", 0.97)], {}))
    assert [c.label for c in found] == ([label] if label else [])
    if label:
        assert found[0].kind == "statement" and found[0].article_ids == ("a", "b")


def test_loose_pairs_and_same_article_pairs_are_not_compared():
    claims = [statement("a#0", "Sie kamen nicht am Montag."), statement("b#0", "Sie kamen am Montag.")]
    assert list(compare_statements(claims, [Pair("a#0", "b#0", 0.90)], {})) == []
    assert list(compare_statements(claims, [Pair("a#0", "b#0", 0.99, same_article=True)], {})) == []
