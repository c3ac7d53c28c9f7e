"""Quote findings (checker/compare/quotes.py) on hand-written claims: wording, contradiction,
misattribution, and roles."""

from __future__ import annotations

import pytest

from checker.compare.quotes import compare_quotes
from checker.types import Article, Claim, Pair, Quote


def claim(
    cid: str,
    article: str,
    text: str,
    speaker: str | None,
    *,
    direct: bool = True,
    lang: str = "de",
    sentence: str | None = None,
    role: str | None = None,
) -> Claim:
    quote = Quote(
        text, 0, len(text), direct, speaker, speaker, 0, 1, "sagte", "direct" if direct else "indirect", role
    )
    return Claim(cid, article, "quote", sentence or text, 0, len(text), quote=quote, lang=lang)


ARTICLES = {a: Article(id=a, text="") for a in ("a1", "a2")}


def labels(*claims: Claim) -> list[str]:
    return [c.label for c in compare_quotes(claims, [], ARTICLES)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the same words: consistent
        (
            ("Wir werden die Ukraine weiter unterstützen", "Jan Berg"),
            ("Wir werden die Ukraine weiter unterstützen", "Jan Berg"),
            [],
        ),
        # truncated: consistent
        (
            ("Wir werden die Ukraine weiter unterstützen, so lange es nötig ist", "Jan Berg"),
            ("Wir werden die Ukraine weiter unterstützen", "Jan Berg"),
            [],
        ),
        # one word changed in a long quotation: wording
        (
            ("Einige dieser Truppen könnten bald an der Front eingesetzt werden", "Jan Berg"),
            ("Einige dieser Truppen sind bereits an der Front eingesetzt worden", "Jan Berg"),
            ["wording"],
        ),
        # negation flipped: contradiction
        (
            ("Wir werden keine Soldaten in die Region schicken", "Jan Berg"),
            ("Wir werden Soldaten in die Region schicken", "Jan Berg"),
            ["contradiction"],
        ),
        # same words, two different people: misattribution
        (
            ("Wir müssen mehr tun und wir müssen es schneller tun", "Mark Rutte"),
            ("Wir müssen mehr tun und wir müssen es schneller tun", "Jens Stoltenberg"),
            ["misattribution"],
        ),
        # one speaker, two topics: nothing
        (
            ("Die Wirtschaft wächst im kommenden Jahr wieder kräftig", "Jan Berg"),
            ("Unsere Soldaten sind gut ausgebildet und ausgerüstet", "Jan Berg"),
            [],
        ),
    ],
)
def test_direct_quotes_of_one_statement(a: tuple[str, str], b: tuple[str, str], expected: list[str]) -> None:
    assert labels(claim("c1", "a1", *a), claim("c2", "a2", *b)) == expected


def test_an_english_quotation_with_a_flipped_negation_is_a_contradiction() -> None:
    a = claim("c1", "a1", "We will not send our soldiers into the region", "Jan Berg", lang="en")
    b = claim("c2", "a2", "We will send our soldiers into the region", "Jan Berg", lang="en")
    assert labels(a, b) == ["contradiction"]


def test_independent_translations_are_not_flagged() -> None:
    a = claim(
        "c1",
        "a1",
        "Die Schlussfolgerung ist eindeutig: der Konflikt weitet sich über zwei Staaten aus",
        "Ana Ruiz",
    )
    b = claim(
        "c2",
        "a2",
        "Es bleibt nur ein Schluss – dieser Konflikt greift auf die Grenzen zweier Länder über",
        "Ana Ruiz",
    )
    assert labels(a, b) == []


def test_translation_across_languages_is_not_flagged() -> None:
    a = claim("c1", "a1", "Wir werden die Ukraine weiter unterstützen", "Jan Berg")
    b = claim("c2", "a2", "We will keep supporting Ukraine", "Jan Berg", lang="en")
    assert labels(a, b) == []


def test_direct_against_indirect_rendering_is_not_wording() -> None:
    a = claim("c1", "a1", "Russland wird eine harte Antwort erhalten", "Jan Berg")
    b = claim("c2", "a2", "Russland werde eine strenge Reaktion erhalten", "Jan Berg", direct=False)
    assert labels(a, b) == []


def test_one_statement_in_indirect_speech_credited_to_two_people_is_misattribution() -> None:
    text = "die Truppen seien bereits vollständig an der Front im Osten eingetroffen"
    a = claim("c1", "a1", text, "Jens Stoltenberg", direct=False)
    b = claim("c2", "a2", text, "Mark Rutte", direct=False)
    assert labels(a, b) == ["misattribution"]
    direct = claim(
        "c2", "a2", "Die Truppen sind bereits vollständig an der Front im Osten eingetroffen", "Mark Rutte"
    )
    assert labels(a, direct) == ["misattribution"]  # an indirect rendering against a direct one
    same = claim(
        "c2",
        "a2",
        "Die Truppen sind bereits vollständig an der Front im Osten eingetroffen",
        "Jens Stoltenberg",
    )
    assert labels(a, same) == []  # one person: the writer's words are not compared


def test_an_indirect_rendering_naming_the_other_speaker_is_no_misattribution() -> None:
    # "Rutte said Stoltenberg had urged ..." read with the wrong speaker is likelier than a misattribution
    a = claim(
        "c1",
        "a1",
        "er habe Jens Stoltenberg gedrängt, die Truppen an die Front zu schicken",
        "Mark Rutte",
        direct=False,
    )
    b = claim(
        "c2",
        "a2",
        "er habe Jens Stoltenberg gedrängt, die Truppen an die Front zu schicken",
        "Jens Stoltenberg",
        direct=False,
    )
    assert labels(a, b) == []


def test_indirect_speech_across_languages_is_no_misattribution() -> None:
    a = claim(
        "c1",
        "a1",
        "die Truppen seien bereits vollständig an der Front eingetroffen",
        "Jens Stoltenberg",
        direct=False,
    )
    b = claim(
        "c2", "a2", "the troops had already fully arrived at the front", "Mark Rutte", direct=False, lang="en"
    )
    assert [c.label for c in compare_quotes([a, b], [Pair("c1", "c2", 0.95)], ARTICLES)] == []


def test_changed_key_word_of_a_partial_quote_is_wording() -> None:
    a = claim(
        "c1",
        "a1",
        "Die Beziehung zwischen Moskau und Pjöngjang ist keine Einbahnstraße",
        "Jan Berg",
        sentence="„Die Beziehung zwischen Moskau und Pjöngjang ist keine Einbahnstraße“, sagte Berg.",
    )
    b = claim(
        "c2",
        "a2",
        "Zweibahnstraße",
        "Jan Berg",
        sentence="Er erklärte, die Beziehung zwischen Moskau und Pjöngjang sei eine „Zweibahnstraße“.",
    )
    conflicts = list(compare_quotes([a, b], [], ARTICLES))
    assert [c.label for c in conflicts] == ["wording"]
    assert conflicts[0].claim_ids == ("c1", "c2") and conflicts[0].article_ids == ("a1", "a2")
    assert conflicts[0].details["diff"]


def test_spellings_of_one_name_are_one_speaker() -> None:
    a = claim(
        "c1", "a1", "Einige dieser Truppen könnten bald an der Front eingesetzt werden", "Wolodymyr Selenskyj"
    )
    b = claim(
        "c2", "a2", "Einige dieser Truppen sind bereits an der Front eingesetzt worden", "Volodymyr Zelenskiy"
    )
    assert labels(a, b) == ["wording"]


ONE_STORY = [Pair("c1", "c2", 0.95)]  # the two articles share a paired claim: one story


def role_labels(*claims: Claim, pairs: list[Pair] = ONE_STORY) -> list[str]:
    return [c.label for c in compare_quotes(claims, pairs, ARTICLES)]


def test_one_role_credited_to_two_people() -> None:
    a = claim("c1", "a1", "Das Bündnis steht geschlossen", "Mark Rutte", role="NATO-Generalsekretär")
    b = claim("c2", "a2", "Wir liefern weitere Systeme", "Jens Stoltenberg", role="NATO-Generalsekretär")
    assert role_labels(a, b) == ["role"]
    assert role_labels(a, b, pairs=[]) == []  # unrelated articles: roles change over the years


@pytest.mark.parametrize(
    ("role_a", "role_b", "expected"),
    [
        ("Außenminister", "luxemburgische Außenminister", []),  # a bare office names no country
        ("luxemburgischen Außenminister", "der luxemburgische Außenminister", ["role"]),
        ("US-Außenminister", "ukrainische Außenminister", []),
    ],
)
def test_one_role_needs_the_same_qualifier_to_be_credited_to_two_people(
    role_a: str, role_b: str, expected: list[str]
) -> None:
    a = claim("c1", "a1", "Europa muss zusammenstehen", "Jean Roth", role=role_a)
    b = claim("c2", "a2", "Die Grenzen bleiben offen", "Nikola Weber", role=role_b)
    assert role_labels(a, b) == expected


@pytest.mark.parametrize(
    ("role_a", "role_b", "expected"),
    [
        ("Verteidigungsminister der Ukraine", "ukrainische Außenminister", ["role"]),
        ("Wirtschaftsminister", "SPD-Chef", []),  # offices of different kinds are often held at once
        ("Verteidigungsministerin", "Verteidigungsminister", []),
        ("Handelskammer-Präsident", "Handelskammerpräsident", []),  # one office, two spellings
        ("US-Außenamtssprecher", "Aussenamtssprecher", []),  # a country code, Swiss "ss" for "ß"
    ],
)
def test_one_person_with_two_offices_of_one_kind(role_a: str, role_b: str, expected: list[str]) -> None:
    a = claim("c1", "a1", "Wir brauchen mehr Unterstützung", "Oleksandr Petrenko", role=role_a)
    b = claim("c2", "a2", "Die Lage an der Front ist ernst", "Oleksandr Petrenko", role=role_b)
    assert role_labels(a, b) == expected


def _copies(text: str, speaker: str, articles: list[str], sentence: str | None = None) -> list[Claim]:
    return [claim(f"{a}#0", a, text, speaker, sentence=sentence) for a in articles]


def test_every_copy_of_two_wordings_is_compared() -> None:
    soon = "Einige dieser Truppen könnten bald an der Front eingesetzt werden"
    already = "Einige dieser Truppen sind bereits an der Front eingesetzt worden"
    first = _copies(soon, "Jan Berg", ["a1", "a2", "a3"])
    second = _copies(already, "Jan Berg", ["b1", "b2"])
    (found,) = compare_quotes([*first, *second], [], {})  # one statement: one finding, two sides
    assert found.label == "wording"
    assert found.sides == (("a1#0", "a2#0", "a3#0"), ("b1#0", "b2#0"))
    assert found.article_ids == ("a1", "a2", "a3", "b1", "b2")


def test_copies_of_one_speakers_quotation_are_not_compared_pair_by_pair(monkeypatch) -> None:
    """A speaker quoted in n articles: the comparisons grow with the renderings, not with n²."""
    import checker.compare.quotes as quotes

    calls = []
    real = quotes._edge
    monkeypatch.setattr(quotes, "_edge", lambda *args: calls.append(1) or real(*args))

    def comparisons(n: int) -> int:
        calls.clear()
        same = _copies("Wir werden die Ukraine weiter unterstützen", "Jan Berg", [f"a{i}" for i in range(n)])
        other = _copies("Die Lage an der Front ist sehr ernst", "Jan Berg", [f"b{i}" for i in range(n)])
        assert list(compare_quotes([*same, *other], [], {})) == []
        return len(calls)

    small, large = comparisons(50), comparisons(200)
    assert large <= 6 * max(1, small)
    assert large < 200
