"""Person and place identity: titles stripped, transliterations folded."""

from __future__ import annotations

import pytest

from checker.entities.people import Mention, parse_mention, person_key, place_key, same_person, strip_titles


@pytest.mark.parametrize(
    "names",
    [
        ("Selenskyj", "Selenski", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij"),
        ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),
        ("Budanow", "Budanov"),
        ("Andrij Sybiha", "Andrii Sybiha"),
        # German and English transliterations of Cyrillic letters: з is "s" / "z", кс "ks" / "x"
        ("Ramsan Kadyrow", "Ramzan Kadyrov"),
        ("Aleksander Lukaschenko", "Alexander Lukashenko"),
        ("Jewgeni Prigoschin", "Yevgeny Prigozhin"),
        ("Dmitri Peskow", "Dmitry Peskov"),
        ("Anthony Blinken", "Antony Blinken"),
    ],
)
def test_person_key_meets_across_transliterations(names: tuple[str, ...]) -> None:
    assert len({person_key(n) for n in names}) == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Außenminister Antony Blinken", "Blinken", True),
        ("A. Blinken", "Antony Blinken", True),
        ("A.Blinken", "Antony Blinken", True),  # an initial glued to the surname
        ("J.Blinken", "Antony Blinken", False),
        ("G.K. Ross", "Gilbert Keith Ross", True),
        ("US-Präsident Joe Biden", "Biden", True),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Mark Rutte", "Jens Stoltenberg", False),
        ("Hunter Biden", "Joe Biden", False),
    ],
)
def test_same_person(a: str, b: str, expected: bool) -> None:
    assert same_person(a, b) is expected


@pytest.mark.parametrize(
    ("names", "same"),
    [(("Kiew", "Kyjiw", "Kyiv"), True), (("Charkiw", "Kharkiv"), True), (("Kiew", "Kursk"), False)],
)
def test_place_key(names: tuple[str, ...], same: bool) -> None:
    assert (len({place_key(n) for n in names}) == 1) is same


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("US-Außenminister Dr. Antony Blinken", "Antony Blinken"),
        ("Präsident Yoon Suk Yeol", "Yoon Suk Yeol"),
        ("Blinken", "Blinken"),
        ("Söldnerführer Ivan Orlow", "Ivan Orlow"),  # a leader is a role
        ("Anführer Ivan Orlow", "Ivan Orlow"),
    ],
)
def test_strip_titles(phrase: str, expected: str) -> None:
    assert strip_titles(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "der ukrainische Außenminister Andrii Sybiha",
            Mention("Andrii Sybiha", "ukrainische Außenminister"),
        ),
        (
            "Oleksandr Petrenko, der Verteidigungsminister der Ukraine",
            Mention("Oleksandr Petrenko", "Verteidigungsminister der Ukraine"),
        ),
        ("der Minister", Mention(None, "Minister")),
        ("die Polizei", Mention(None, None)),
        ("Secretary of State Antony Blinken", Mention("Antony Blinken", "Secretary of State")),
        # a party in brackets is no part of the name
        ("Kulturministerin Petra Lang (SPD)", Mention("Petra Lang", "Kulturministerin")),
        # a genitive phrase between the role and the name
        (
            "der Außenminister der Russischen Föderation Sergei Lawrow",
            Mention("Sergei Lawrow", "Außenminister der Russischen Föderation"),
        ),
        (
            "der Präsident der Ukraine Wolodymyr Selenskyj",
            Mention("Wolodymyr Selenskyj", "Präsident der Ukraine"),
        ),
        # a full name in the apposition beats a place in the head
        (
            "der Präsident der Region Elsass, Adrien Zeller",
            Mention("Adrien Zeller", "Präsident der Region Elsass"),
        ),
        # an inflected role opens no name
        ("Staatspräsidenten Nicolas Sarkozy", Mention("Nicolas Sarkozy", None)),
        ("die Grünen-Politikerin Jana Roth", Mention("Jana Roth", None)),
        # where the person works comes after the name
        ("Sascha Kempf vom Institut für Kernphysik in Heidelberg", Mention("Sascha Kempf", None)),
        ("Hans Meier von der Universität Wien", Mention("Hans Meier", None)),
        (
            "Bundesfinanzminister Peer Steinbrück zu Beginn der Debatte",
            Mention("Peer Steinbrück", "Bundesfinanzminister"),
        ),
        # particles belong to the name
        ("Ursula von der Leyen", Mention("Ursula von der Leyen", None)),
        ("Von der Leyen", Mention("Von der Leyen", None)),
        ("Karl-Theodor zu Guttenberg", Mention("Karl-Theodor zu Guttenberg", None)),
        # an organisation keeps its words; a plural role is a group, not a name
        ("der Berliner Senat", Mention("Berliner Senat", None)),
        ("die Experten", Mention(None, None)),
        ("Analysten", Mention("Analysten", None)),
    ],
)
def test_parse_mention(phrase: str, expected: Mention) -> None:
    assert parse_mention(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Dem US-Beamten", "US-Beamten"),
        ("Die Polizei", "Polizei"),
        ("Außenminister Antony Blinken", "Antony Blinken"),
    ],
)
def test_strip_titles_drops_determiners_too(phrase: str, expected: str) -> None:
    assert strip_titles(phrase) == expected


def test_a_genitive_after_a_role_completes_the_role() -> None:
    assert parse_mention("der Sprecher des Nationalen Sicherheitsrates") == Mention(
        None, "Sprecher des Nationalen Sicherheitsrates"
    )
    assert parse_mention("der Sprecher des nationalen Sicherheitsrats") == Mention(
        None, "Sprecher des nationalen Sicherheitsrats"
    )
