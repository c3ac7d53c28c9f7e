"""Figure frames: the words that say what a number counts, and matching figures by them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from checker.compare.figure_entries import distance_kind, entries, frame_text, rate_of
from checker.compare.figure_links import compare_figures
from checker.compare.figures import link_figures
from checker.types import Article, Claim, Figure

BASE = Figure(8000, 8000, 8000, None, None, None, "reported", None, "2024-10-31", None, "8.000", 0, 0)


def _claim(
    cid: str, text: str, surface: str, unit: str | None = None, lang: str = "de", **changes: object
) -> Claim:
    start = text.index(surface)
    figure = replace(BASE, surface=surface, start=start, end=start + len(surface), unit=unit, **changes)  # type: ignore[arg-type]
    return Claim(cid, cid.split("#")[0], "figure", text, 0, len(text), figure, lang=lang)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "frame"),
    [
        ("Laut Kiew sind 8.000 Soldaten in Kursk.", "8.000", None, "[N] Soldaten in Kursk"),
        # a conversion in brackets is read past; the bracketed figure has the frame of what it converts
        (
            "The state paid 86 billion roubles ($1 billion) to Wagner.",
            "86 billion roubles",
            "RUB",
            "state paid [N] to Wagner",
        ),
        (
            "The state paid 86 billion roubles ($1 billion) to Wagner.",
            "$1 billion",
            "USD",
            "state paid [N] to Wagner",
        ),
        ("Nordkorea hat 12.000 seiner Soldaten entsandt.", "12.000", None, "[N] Soldaten entsandt"),
        # an amount's words before it skip brackets, times and function words; the next figure
        # ends the words after it
        (
            "The fund has paid its members for the last year (as of May 2022) over $8 million, "
            "including $2 million for travel.",
            "over $8 million",
            "USD",
            "paid members last [N] including",
        ),
        # the comma of a German decimal opens no clause
        (
            "Der Fonds zahlte zwischen Mai 2022 und Mai 2023 insgesamt 8,5 Millionen Euro "
            "[rund 9 Millionen Dollar] für Renten.",
            "9 Millionen Dollar",
            "USD",
            "Fonds zahlte insgesamt [N] für Renten",
        ),
    ],
)
def test_frame_text(text: str, surface: str, unit: str | None, frame: str) -> None:
    assert frame_text(_claim("a#0", text, surface, unit)) == frame


@pytest.mark.parametrize(
    ("text", "surface", "frame"),
    [
        # the verb right before a count says what befell the counted
        ("The flood hit the town, killing about 40 of its residents.", "about 40", "killing [N] residents"),
        ("The storm wounded 30 fishermen.", "30", "wounded [N] fishermen"),
        # a verb of saying tells who counts, not what
        ("Officials estimated 3,000 troops in the area.", "3,000", "[N] troops in the area"),
    ],
)
def test_a_count_keeps_the_verb_before_it(text: str, surface: str, frame: str) -> None:
    assert frame_text(_claim("a#0", text, surface, lang="en")) == frame


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("His men got within 125 miles (200 km) of the capital.", "within 125 miles", "from"),
        ("They turned back 200 km from Moscow.", "200 km", "from"),
        ("Die Kolonne stand 200 Kilometer vor Moskau.", "200 Kilometer", "from"),
        ("Die Kolonne ist 780 Kilometer vorangekommen.", "780 Kilometer", "covered"),
        ("His fighters had advanced 200 kilometers towards Moscow.", "200 kilometers", "covered"),
    ],
)
def test_a_length_is_a_distance_from_a_place_or_one_covered(text: str, surface: str, kind: str) -> None:
    assert distance_kind(_claim("a#0", text, surface, "km")) == kind


ARTICLES = {k: Article(id=k, text="…") for k in ("a", "b")}


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_figures_of_two_articles_meet_by_mutual_best_frames() -> None:
    # across languages: a has troops and officers, b has troops: b's 10.000 meets a's troops,
    # whose frame is nearer
    troops_a = _claim("a#0", "12.000 Soldaten.", "12.000", value=12000, low=12000, high=12000)
    officers = _claim("a#1", "500 Offiziere.", "500", value=500, low=500, high=500)
    troops_b = _claim("b#0", "10.000 troops.", "10.000", lang="en", value=10000, low=10000, high=10000)
    frames = {"a#0": _unit(1, 0.1), "a#1": _unit(1, 0.6), "b#0": _unit(1, 0.05)}
    links = link_figures([troops_a, officers, troops_b], ARTICLES, frames=frames)
    assert [(link.a, link.b, link.relation) for link in links] == [("a#0", "b#0", "conflict")]


def test_frames_too_far_apart_are_no_quantity() -> None:
    troops = _claim("a#0", "12.000 Soldaten.", "12.000", value=12000, low=12000, high=12000)
    tanks = _claim("b#0", "10.000 tanks.", "10.000", lang="en", value=10000, low=10000, high=10000)
    frames = {"a#0": _unit(1, 0), "b#0": _unit(0, 1)}
    assert link_figures([troops, tanks], ARTICLES, frames=frames) == []


def test_in_one_language_two_articles_must_share_a_story_and_a_noun() -> None:
    # two German articles: the same noun, but no figure reported alike and no similar sentence
    one = _claim("a#0", "12.000 Flüchtlinge kamen.", "12.000", value=12000, low=12000, high=12000)
    other = _claim("b#0", "3.000 Flüchtlinge kamen.", "3.000", value=3000, low=3000, high=3000)
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.1)}
    assert link_figures([one, other], ARTICLES, frames=frames) == []


def _at(cosine: float, sign: float = 1.0) -> np.ndarray:
    """A unit vector whose cosine with (1, 0) is ``cosine``."""
    return _unit(cosine, sign * float(np.sqrt(1 - cosine**2)))


def test_agreement_breaks_a_tie_at_the_threshold_too() -> None:
    # a's 13 airmen and b's 13 crew members agree a little below the frame threshold; a's 10 crew
    # killed in one plane (a part of the 13) is a little above it: the agreeing pair wins
    airmen = _claim(
        "a#0", "13 airmen died.", "13", lang="en", value=13, low=13, high=13, subject_key="airman"
    )
    crew = _claim("a#1", "10 crew died.", "10", lang="en", value=10, low=10, high=10, subject_key="crew")
    german = _claim("b#0", "13 Besatzungsmitglieder starben.", "13", value=13, low=13, high=13)
    frames = {"a#0": _at(0.868), "a#1": _at(0.877, -1.0), "b#0": _unit(1, 0)}
    links = link_figures([airmen, crew, german], ARTICLES, frames=frames)
    assert [(link.a, link.b, link.relation) for link in links] == [("a#0", "b#0", "consistent")]


def test_below_the_threshold_only_agreeing_figures_meet() -> None:
    troops = _claim("a#0", "12.000 Soldaten.", "12.000", value=12000, low=12000, high=12000)
    other = _claim("b#0", "3.000 troops.", "3.000", lang="en", value=3000, low=3000, high=3000)
    assert link_figures([troops, other], ARTICLES, frames={"a#0": _at(0.86), "b#0": _unit(1, 0)}) == []


def test_a_count_of_anyone_meets_a_count_of_a_kind_by_the_frames() -> None:
    # "people killed" against "pilots killed": the kind says which crowd, so no place is needed
    people = _claim(
        "a#0", "20 Menschen wurden getötet.", "20", value=20, low=20, high=20, subject_key="people"
    )
    pilots = _claim(
        "b#0", "13 pilots were killed.", "13", lang="en", value=13, low=13, high=13, subject_key="ru_pilot"
    )
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    links = link_figures([people, pilots], ARTICLES, frames=frames)
    assert [(link.a, link.b, link.relation) for link in links] == [("a#0", "b#0", "conflict")]


def test_two_counts_of_anyone_need_a_place() -> None:
    one = _claim("a#0", "20 Menschen wurden getötet.", "20", value=20, low=20, high=20, subject_key="people")
    other = _claim("b#0", "13 people died.", "13", lang="en", value=13, low=13, high=13, subject_key="people")
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    assert link_figures([one, other], ARTICLES, frames=frames) == []


def test_in_one_language_anyone_and_a_kind_are_other_crowds() -> None:
    # even with a frame word in common ("getötet"): 1,028 unrelated articles of one newspaper
    # share "Menschen" against "Asylsuchende" all the time
    related = {"a": Article(id="a", text="…"), "b": Article(id="b", text="…")}
    people = _claim(
        "a#0",
        "Er sagte, 200 Menschen seien getötet worden.",
        "200",
        value=200,
        low=200,
        high=200,
        subject_key="people",
        source="Kiew",
    )
    soldiers = _claim(
        "b#0",
        "Laut Kiew sind 200 Soldaten getötet worden.",
        "200",
        value=200,
        low=200,
        high=200,
        subject_key="troops",
        source="Kiew",
    )
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    assert link_figures([people, soldiers], related, frames=frames) == []


def _sum(cid: str, text: str, surface: str, unit: str, value: float, lang: str = "en") -> Claim:
    return _claim(cid, text, surface, unit, lang=lang, value=value, low=value, high=value)


@pytest.mark.parametrize(
    ("dollars", "relation"),
    [("3.2", "conflict"), ("1.3", "not_comparable"), ("1", "consistent")],
)
def test_conversions_of_one_sum_are_compared_whatever_their_dates(dollars: str, relation: str) -> None:
    # a: 86 billion roubles ($X billion) as of a year before; b: 86.2 billion roubles ($1 billion)
    text_a = f"The state paid 86 billion roubles (${dollars} billion) to the fund."
    roubles_a = _sum("a#0", text_a, "86 billion roubles", "RUB", 86e9)
    dollars_a = _sum("a#1", text_a, f"${dollars} billion", "USD", float(dollars) * 1e9)
    text_b = "Der Staat zahlte 86,2 Milliarden Rubel (1 Milliarde Dollar) an den Fonds."
    roubles_b = _sum("b#0", text_b, "86,2 Milliarden Rubel", "RUB", 86.2e9, lang="de")
    dollars_b = _sum("b#1", text_b, "1 Milliarde Dollar", "USD", 1e9, lang="de")
    dated = [replace(c, figure=replace(c.figure, as_of="2022-05")) for c in (roubles_a, dollars_a)]  # type: ignore[type-var]
    frames = {cid: _unit(1, 0.1) for cid in ("a#0", "a#1", "b#0", "b#1")}
    links = link_figures([*dated, roubles_b, dollars_b], ARTICLES, frames=frames)
    assert [(link.a, link.b, link.relation) for link in links if link.a == "a#1"] == [
        ("a#1", "b#1", relation)
    ]


def test_a_conversion_is_the_outlets_own_figure() -> None:
    text = "Putin sagte, der Staat habe 86 Milliarden Rubel (1 Milliarde Dollar) gezahlt."
    roubles = _sum("a#0", text, "86 Milliarden Rubel", "RUB", 86e9, lang="de")
    dollars = _sum("a#1", text, "1 Milliarde Dollar", "USD", 1e9, lang="de")
    cited = [replace(c, figure=replace(c.figure, source="Putin")) for c in (roubles, dollars)]  # type: ignore[type-var]
    host, conversion = entries(cited, {"a": Article(id="a", text=text)})
    assert host.source is not None and host.host is None
    assert conversion.host is host and conversion.source is None


def test_only_conversions_into_another_unit_have_a_host() -> None:
    text = "Sie gewann 6 Spiele (7 Punkte) und 3 Millionen Euro (3,2 Millionen Euro)."
    games = _claim("a#0", text, "6", value=6, low=6, high=6)
    points = _claim("a#1", text, "7", value=7, low=7, high=7)
    euros = _sum("a#2", text, "3 Millionen Euro", "EUR", 3e6, lang="de")
    again = _sum("a#3", text, "3,2 Millionen Euro", "EUR", 3.2e6, lang="de")
    found = entries([games, points, euros, again], {"a": Article(id="a", text=text)})
    assert [entry.host for entry in found] == [None, None, None, None]


def test_conversions_of_a_bound_and_a_sum_are_not_one_sum() -> None:
    text_a = "Google paid 500 million dollars (450 million euros) for the firm."
    text_b = "Der Verkauf soll bis zu 1,5 Milliarden Dollar (1,34 Milliarden Euro) einbringen."
    claims = [
        _sum("a#0", text_a, "500 million dollars", "USD", 5e8),
        _sum("a#1", text_a, "450 million euros", "EUR", 4.5e8),
        replace(
            _sum("b#0", text_b, "bis zu 1,5 Milliarden Dollar", "USD", 1.5e9, lang="de"),
        ),
        _sum("b#1", text_b, "1,34 Milliarden Euro", "EUR", 1.34e9, lang="de"),
    ]
    claims[2] = replace(claims[2], figure=replace(claims[2].figure, low=None, qualifier="upper_bound"))  # type: ignore[type-var]
    frames = {c.id: _unit(1, 0.1) for c in claims}
    conversions = [link for link in link_figures(claims, ARTICLES, frames=frames) if link.a == "a#1"]
    assert all("one sum" not in link.reason for link in conversions)


def test_agreement_below_the_threshold_ties_no_two_articles_to_one_story() -> None:
    # one language: 200 and 200 agree at .86 (a candidate only for its agreement), 12 and 30 of
    # one noun disagree at .95; only a figure of 100 or more reported alike at the threshold ties them
    a0 = _claim(
        "a#0", "200 Wohnungen.", "200", value=200, low=200, high=200, subject_key="wohnung", source="Stadt"
    )
    a1 = _claim("a#1", "12 Ärzte.", "12", value=12, low=12, high=12, subject_key="arzt", source="Stadt")
    b0 = _claim(
        "b#0", "200 Wohnungen.", "200", value=200, low=200, high=200, subject_key="wohnung", source="Stadt"
    )
    b1 = _claim("b#1", "30 Ärzte.", "30", value=30, low=30, high=30, subject_key="arzt", source="Stadt")
    frames = {"a#0": _at(0.86), "b#0": _unit(1, 0), "a#1": _unit(0, 1), "b#1": _unit(0.31, 0.95)}
    assert link_figures([a0, a1, b0, b1], ARTICLES, frames=frames) == []


def test_a_count_of_anyone_against_a_number_of_no_kind_needs_a_place() -> None:
    version = _claim("a#0", "Mit iOS 9.3 kommt ein Fix.", "9.3", value=9.3, low=9.3, high=9.3)
    people = _claim("b#0", "Zehn Bewohner leben dort.", "Zehn", lang="en", value=10, low=10, high=10)
    people = replace(people, figure=replace(people.figure, subject_key="people"))  # type: ignore[type-var]
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    assert link_figures([version, people], ARTICLES, frames=frames) == []


@pytest.mark.parametrize(
    ("text", "surface", "rate"),
    [
        ("They said they marched 700 km a day.", "700 km", "/day"),
        ("Es kamen 300 bis 450 (pro Tag) an.", "300 bis 450", "/day"),
        ("Es sterben täglich 1.200 Menschen.", "1.200", "/day"),
        ("The fund pays 86 million dollars ($80 million) a year.", "86 million dollars", "/year"),
        ("They advanced 200 km in the last 24 hours.", "200 km", ""),
        ("A year ago 200 people came.", "200", ""),
    ],
)
def test_a_rate_is_the_period_right_by_the_figure(text: str, surface: str, rate: str) -> None:
    assert rate_of(_claim("a#0", text, surface)) == rate


def test_a_rate_is_no_total() -> None:
    # "700 km a day" and "200 km" covered are other dimensions; two rates per day are one
    daily = _claim(
        "a#0", "They marched 700 km a day.", "700 km", "km", lang="en", value=700, low=700, high=700
    )
    total = _claim("b#0", "Sie legten 200 km zurück.", "200 km", "km", value=200, low=200, high=200)
    also = _claim("b#1", "Sie legten 200 km pro Tag zurück.", "200 km", "km", value=200, low=200, high=200)
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05), "b#1": _unit(1, 0.05)}
    assert link_figures([daily, total], ARTICLES, frames=frames) == []
    links = link_figures([daily, also], ARTICLES, frames=frames)
    assert [(link.a, link.b, link.relation) for link in links] == [("a#0", "b#1", "conflict")]


def test_a_known_kind_is_no_other_noun_across_languages() -> None:
    # "Soldaten" is a kind of every language (troops); "helicopters" is not one of its words
    soldiers = _claim("a#0", "Zwei Soldaten starben.", "Zwei", value=2, low=2, high=2, subject_key="troops")
    helicopters = _claim(
        "b#0", "Five helicopters fell.", "Five", lang="en", value=5, low=5, high=5, subject_key="helicopter"
    )
    troops = replace(helicopters, id="b#1", text="Five troops fell.")
    troops = replace(troops, figure=replace(troops.figure, subject_key="troops"))  # type: ignore[type-var]
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05), "b#1": _unit(1, 0.05)}
    assert link_figures([soldiers, helicopters], ARTICLES, frames=frames) == []
    assert [link.relation for link in link_figures([soldiers, troops], ARTICLES, frames=frames)] == [
        "conflict"
    ]


def _counted(cid: str, text: str, surface: str, value: float, key: str, **changes: object) -> Claim:
    return _claim(
        cid, text, surface, value=value, low=value, high=value, subject_key=key, source="Amt", **changes
    )


def test_in_one_language_small_counts_disagree_only_in_one_story() -> None:
    # two articles with a similar sentence (related) but nothing else in common: "zwei Polizisten"
    # and "33 Polizisten" are other scenes; tied by a same kind from one country they dispute
    related = {("a", "b")}
    two = _counted("a#0", "Zwei Polizisten wurden verletzt.", "Zwei", 2, "polizist")
    many = _counted("b#0", "33 Polizisten wurden verletzt.", "33", 33, "polizist")
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    assert compare_figures([two, many], ARTICLES, frames=frames, related=related).links == []
    six = _counted("a#0", "Sechs russische Flugzeuge fielen.", "Sechs", 6, "ru_flugzeug")
    seven = _counted("b#0", "Sieben russische Flugzeuge fielen.", "Sieben", 7, "ru_flugzeug")
    links = compare_figures([six, seven], ARTICLES, frames=frames, related=related).links
    assert [link.relation for link in links] == ["conflict"]


def test_in_one_language_two_articles_figures_need_places_or_one_source() -> None:
    # articles tied by a similar sentence: the same noun alone does not make one event
    related = {("a", "b")}
    frames = {"a#0": _unit(1, 0.1), "b#0": _unit(1, 0.05)}
    many = _claim("a#0", "Rund 30.000 Flüchtlinge sind laut Regierung im Land.", "Rund 30.000", value=30000,
                  low=28500, high=31500, subject_key="flüchtling", source="Regierung")  # fmt: skip
    fewer = _claim("b#0", "Auf der Insel sind rund 25.000 Flüchtlinge.", "rund 25.000", value=25000,
                   low=23750, high=26250, subject_key="flüchtling", scope="Insel")  # fmt: skip
    assert compare_figures([many, fewer], ARTICLES, frames=frames, related=related).links == []
    # both placed: one quantity (the government's figure against the outlet's own)
    placed = replace(many, figure=replace(many.figure, scope="Insel"))  # type: ignore[arg-type]
    links = compare_figures([placed, fewer], ARTICLES, frames=frames, related=related).links
    assert [link.relation for link in links] == ["conflict"]
    # both credited to one source: one quantity
    credited = [
        replace(claim, figure=replace(claim.figure, source="UNHCR", scope=None))  # type: ignore[arg-type]
        for claim in (many, fewer)
    ]
    links = compare_figures(credited, ARTICLES, frames=frames, related=related).links
    assert [link.relation for link in links] == ["conflict"]


def test_each_figure_is_compared_with_a_bounded_number_of_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    # ten figures with one frame: every two would be 45 pairs; each keeps its 3 most alike
    from collections import Counter

    from checker.compare import figure_links

    monkeypatch.setattr(figure_links, "FRAME_PARTNERS", 3)
    vectors = np.full((10, 2), np.sqrt(0.5), dtype=np.float32)
    pairs = list(figure_links._similar(vectors, 0.5, [f"a{row}" for row in range(10)], ["de"] * 10))
    partners = Counter(i for i, j, _ in pairs) + Counter(j for i, j, _ in pairs)
    assert len(pairs) <= 10 * 3 and all(partners[row] >= 3 for row in range(10))
    assert pairs == sorted(pairs) and len(set((i, j) for i, j, _ in pairs)) == len(pairs)
    # inside one article every two figures are compared, however many alike frames there are
    inside = list(figure_links._similar(vectors, 0.5, ["a"] * 5 + ["b"] * 5, ["de"] * 10))
    assert {(i, j) for i, j, _ in inside} >= {(i, j) for i in range(5) for j in range(i + 1, 5)}
    # the partners are chosen per language: the English rows meet the German ones
    mixed = list(
        figure_links._similar(vectors, 0.5, [f"a{row}" for row in range(10)], ["de"] * 8 + ["en"] * 2)
    )
    assert {j for i, j, _ in mixed if i == 0} >= {8, 9}


def _length(cid: str, text: str, surface: str, unit: str, value: float, **changes: object) -> Claim:
    bounds: dict[str, object] = {"value": value, "low": value, "high": value, **changes}
    return _claim(cid, text, surface, unit, lang="en", **bounds)


def test_came_within_a_distance_of_a_place_is_about_that_distance() -> None:
    # whoever got within 90 km would say so: "within 150 km of the city" is how near they got
    text = "The column came within 150 km of the city on Sunday."
    (entry,) = entries(
        [_length("a#0", text, "within 150 km", "km", 150, low=None, qualifier="upper_bound")], {}
    )
    assert entry.high == 150 and entry.low is not None and 130 < entry.low < 150
    bound = "Its trucks stood less than 150 km from the city."
    (other,) = entries(
        [_length("b#0", bound, "less than 150 km", "km", 150, low=None, qualifier="upper_bound")], {}
    )
    assert (other.low, other.high) == (None, 150)


def test_a_conversion_is_bounded_as_the_figure_it_converts() -> None:
    text = "The trucks stood less than 90 miles (145 km) from the city."
    miles = _length("a#0", text, "less than 90 miles", "mi", 90, low=None, qualifier="upper_bound")
    km = _length("a#1", text, "145 km", "km", 145)
    _, conversion = entries([miles, km], {"a": Article(id="a", text=text)})
    assert (conversion.low, conversion.high) == (None, 145)


def test_agreement_with_an_open_bound_breaks_no_tie() -> None:
    # "knapp 80 Kilometer" meets "within 150 km" (.870, they disagree), not "less than 400 km"
    # (.860, which an agreement would raise above it): any smaller distance agrees with a bound
    near = _claim(
        "a#0",
        "Sie standen knapp 80 Kilometer vor der Stadt.",
        "knapp 80 Kilometer",
        "km",
        value=80,
        low=72,
        high=88,
        qualifier="approximate",
    )
    within = _length(
        "b#0",
        "They came within 150 km of the city.",
        "within 150 km",
        "km",
        150,
        low=None,
        qualifier="upper_bound",
        source="Ivanov",
    )
    bound = _length(
        "b#1",
        "Its trucks were less than 400 km from the city.",
        "less than 400 km",
        "km",
        400,
        low=None,
        qualifier="upper_bound",
    )
    frames = {"a#0": _unit(1, 0), "b#0": _at(0.870), "b#1": _at(0.860, -1.0)}
    links = link_figures([near, within, bound], ARTICLES, frames=frames)
    assert [(link.a, link.b) for link in links] == [("a#0", "b#0")]


def test_small_counts_that_agree_break_no_tie() -> None:
    # "six aircraft" meets "sieben Flugzeuge" (.897), not "sechs Hubschrauber" (.879), which
    # agrees with it by the chance of small numbers
    six = _claim("a#0", "They downed six aircraft.", "six", lang="en", value=6, low=6, high=6)
    seven = _claim("b#0", "Sie schossen sieben Flugzeuge ab.", "sieben", value=7, low=7, high=7)
    also_six = _claim("b#1", "Darunter sechs Hubschrauber.", "sechs", value=6, low=6, high=6)
    frames = {"a#0": _unit(1, 0), "b#0": _at(0.897), "b#1": _at(0.879, -1.0)}
    links = link_figures([six, seven, also_six], ARTICLES, frames=frames)
    assert [(link.a, link.b) for link in links] == [("a#0", "b#0")]


@pytest.mark.parametrize(
    ("small", "large", "linked"),
    [
        # a slip of the scale word keeps the digits: one sum, misreported
        ((940_000, "$940,000"), (940e6, "$940 mln"), True),
        # one digit alike is chance: a thousand dead are no billion of anything
        ((1000, "1,000"), (1e9, "one billion"), False),
    ],
)
def test_figures_far_apart_count_one_thing_only_by_a_slip_of_the_scale(
    small: tuple[float, str], large: tuple[float, str], linked: bool
) -> None:
    (va, sa), (vb, sb) = small, large
    a = _claim("a#0", f"They said {sa} were lost.", sa, lang="en", value=va, low=va, high=va)
    b = _claim("b#0", f"Sie sagten, {sb} seien verloren.", sb, value=vb, low=vb, high=vb)
    links = link_figures([a, b], ARTICLES, frames={"a#0": _unit(1, 0), "b#0": _unit(1, 0)})
    assert bool(links) == linked


@pytest.mark.parametrize(
    ("text", "lang", "bounds"),
    [
        ("The navy has just 40 frigates and variants.", "en", (None, 40)),
        ("Die Marine hat 40 Fregatten und Varianten.", "de", (None, 40)),
        # a list goes on with other things: 40 counts the frigates alone
        ("The navy has 40 frigates and other ships.", "en", (40, 40)),
    ],
)
def test_a_count_whose_noun_is_widened_is_at_most_that_many_of_the_noun(
    text: str, lang: str, bounds: tuple[float | None, float | None]
) -> None:
    claim = _claim("a#0", text, "40", lang=lang, value=40, low=40, high=40)
    (entry,) = entries([claim], {})
    assert (entry.low, entry.high) == bounds


@pytest.mark.parametrize(
    ("subjects", "linked"),
    [
        # a kind among the counted ("electric warfare helicopters") is not the count of all of them
        (("electric warfare helicopters", "helicopters"), False),
        # where the counted come from is no narrower kind
        (("nordkoreanische Soldaten", "Soldaten"), True),
    ],
)
def test_inside_one_article_a_narrower_kind_is_another_count(subjects: tuple[str, str], linked: bool) -> None:
    some = _claim(
        "a#0",
        "Three of them.",
        "Three",
        lang="en",
        value=3,
        low=3,
        high=3,
        subject=subjects[0],
        subject_key="helicopter",
        source="Ann Roe",
    )
    all_ = _claim(
        "a#1",
        "Five in all.",
        "Five",
        lang="en",
        value=5,
        low=5,
        high=5,
        subject=subjects[1],
        subject_key="helicopter",
        source="Bob Poe",
    )
    links = link_figures([some, all_], ARTICLES, frames={"a#0": _unit(1, 0), "a#1": _unit(1, 0)})
    assert bool(links) is linked
