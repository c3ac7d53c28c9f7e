"""Number recognition: every written form in German and English, and what is not a quantity."""

from __future__ import annotations

import pytest

from checker.figures.numbers import find_quantities, parse_digits, parse_number_word


def _found(text: str, lang: str = "de") -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [
        (text[q.start : q.end], q.value, q.low, q.high, q.qualifier) for q in find_quantities(text, lang=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Es kamen 8.000 Helfer.", "de", 8000),
        ("Es kamen 8 000 Helfer.", "de", 8000),
        ("Some 8,000 helpers came.", "en", 8000),
        ("Das kostet 2,5 Millionen Euro.", "de", 2_500_000),
        ("Ein Plus von 1,5 Mio. Euro.", "de", 1_500_000),
        ("Hilfe über 2 Mrd. Dollar.", "de", 2_000_000_000),
        ("The post got 3k likes.", "en", 3000),
        ("Die Quote lag bei 40 %.", "de", 40),
        ("Es waren zwölftausend Fans.", "de", 12000),
        ("Es waren achttausend Fans.", "de", 8000),
        ("Es waren zweieinhalbtausend Fans.", "de", 2500),
        ("About eight-thousand fans came.", "en", 8000),
        ("Es kam eine Million Menschen.", "de", 1_000_000),
        ("She invited a dozen friends.", "en", 12),
        ("Es kamen drei Gäste.", "de", 3),
    ],
)
def test_values(text: str, lang: str, value: float) -> None:
    assert [v for _, v, *_ in _found(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("elf- bis zwölftausend Helfer", "de", ("elf- bis zwölftausend", 11000, 11000, 12000, "range")),
        (
            "zwischen 11.000 und 12.000 Helfer",
            "de",
            ("zwischen 11.000 und 12.000", 11000, 11000, 12000, "range"),
        ),
        ("11,000-12,000 helpers", "en", ("11,000-12,000", 11000, 11000, 12000, "range")),
        ("3 bis 5 Millionen Euro", "de", ("3 bis 5 Millionen Euro", 3e6, 3e6, 5e6, "range")),
        ("Tausende Fans", "de", ("Tausende", 2000, 2000, 9999, "vague")),
        ("hundreds of fans", "en", ("hundreds", 200, 200, 999, "vague")),
        ("Dutzende Fans", "de", ("Dutzende", 24, 24, 99, "vague")),
        ("etwa 8.000 Fans", "de", ("etwa 8.000", 8000, 7500, 8500, "approximate")),
        ("rund 3000 Fans", "de", ("rund 3000", 3000, 2700, 3300, "approximate")),
        ("around 3,000 fans", "en", ("around 3,000", 3000, 2700, 3300, "approximate")),
        ("mindestens 3.000 Fans", "de", ("mindestens 3.000", 3000, 3000, None, "lower_bound")),
        ("mehr als 10.000 Fans", "de", ("mehr als 10.000", 10000, 10000, None, "lower_bound")),
        ("at least 3,000 fans", "en", ("at least 3,000", 3000, 3000, None, "lower_bound")),
        (
            "more than three thousand fans",
            "en",
            ("more than three thousand", 3000, 3000, None, "lower_bound"),
        ),
        ("bis zu 12.000 Fans", "de", ("bis zu 12.000", 12000, None, 12000, "upper_bound")),
        ("höchstens 500 Fans", "de", ("höchstens 500", 500, None, 500, "upper_bound")),
        ("as many as 12,000 fans", "en", ("as many as 12,000", 12000, None, 12000, "upper_bound")),
        ("up to 12,000 fans", "en", ("up to 12,000", 12000, None, 12000, "upper_bound")),
    ],
)
def test_intervals(text: str, lang: str, expected: tuple[object, ...]) -> None:
    (surface, value, low, high, qualifier), *_ = _found(text, lang)
    assert (surface, value, qualifier) == (expected[0], expected[1], expected[4])
    assert low == pytest.approx(expected[2]) and high == pytest.approx(expected[3])


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2025 wird gewählt.",
        "Am 3. November wird gewählt.",
        "Das 21. Jahrhundert beginnt.",
        "Die G7 tagen, Shenzhou-7 startet, eine Su-27 fliegt, der Film läuft in 4K.",
        "Um 14.30 Uhr am 29.10.2024 stand es 3:1.",
        "On 28 October the vote was held; October 28 was a Monday.",
        "Die 45-Jährige belegte Platz 3 nach Artikel 5.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _found(text, "en" if text.startswith("On") else "de") == []


def test_ueber_after_a_noun_is_a_preposition() -> None:
    text = "Erkenntnisse über 3.000 Helfer, aber über 3.000 Gäste"
    assert [q for _, _, _, _, q in _found(text)] == [None, "lower_bound"]


@pytest.mark.parametrize(
    ("text", "increment"),
    [("weitere 3.000 Helfer", True), ("3,000 more helpers", True), ("3.000 Helfer", False)],
)
def test_increment(text: str, increment: bool) -> None:
    assert next(find_quantities(text, lang="de")).increment is increment


@pytest.mark.parametrize(
    ("raw", "value"), [("12.000", 12000), ("2,5", 2.5), ("11,000", 11000), ("1.5", 1.5), ("2.500,50", 2500.5)]
)
def test_parse_digits(raw: str, value: float) -> None:
    assert parse_digits(raw) == value


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [("zweieinhalbtausend", "de", 2500), ("anderthalb", "de", 1.5), ("twenty-five", "en", 25)],
)
def test_parse_number_word(words: str, lang: str, value: float) -> None:
    assert parse_number_word(words, lang=lang) == value


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        # half the rounding step, between 5 and 10 %
        ("etwa 11.000 Helfer", "de", 10450, 11550),
        ("about 12,000 helpers", "en", 11400, 12600),
        ("rund 8.500 Helfer", "de", 8075, 8925),
        ("etwa 3.000 Helfer", "de", 2700, 3300),
        ("about 10,000 helpers", "en", 9000, 11000),
        ("knapp 11.000 Helfer", "de", 10450, 11000),
    ],
)
def test_approximate_width_follows_rounding(text: str, lang: str, low: float, high: float) -> None:
    (_, _, got_low, got_high, _), *_ = _found(text, lang)
    assert (got_low, got_high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend kamen einundzwanzig Gäste und ein paar tausend Fans.",
        "Es waren mehrere hundert, dann eineinhalbtausend und schließlich eine Million Menschen.",
        "Some two hundred and fifty guests, a few hundred fans and tens of thousands of viewers came.",
        "Es gab eine Nacht, in der ein Mann achtete, dass einer half.",
        "Sie kamen um 8 tausend Ecken und zahlten 3k Euro für 2 Mio. Tickets.",
    ],
)
def test_fast_paths_find_what_one_pattern_finds(text: str) -> None:
    # the sentence gate and the word-start search must not lose a number the full scan finds
    from checker.figures import numbers

    full = [m.group() for m in numbers._WORD_ATOM.finditer(text)]
    fast = [m.group() for m in numbers._word_matches(text)]
    assert fast == full


@pytest.mark.parametrize(
    ("unit", "lang"),
    [("eight-", "en"), ("eight ", "en"), ("eight and ", "en"), ("acht", "de"), ("tausend", "de")],
)
def test_a_number_phrase_is_at_most_sixteen_number_words(unit: str, lang: str) -> None:
    # A run of number words ("eight-eight-…") was one phrase tried from every start with
    # backtracking over the whole run: quadratic. Real phrases hold at most about ten words
    # ("nine hundred and ninety-nine thousand nine hundred and ninety-nine").
    from checker.figures import numbers

    text = unit * 40 + " people"
    longest = max((m.group() for m in numbers._WORD_ATOM.finditer(text)), key=len, default="")
    assert len(longest) <= 16 * len(unit)
    assert find_quantities(text, lang=lang) is not None


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("nine hundred and ninety-nine thousand nine hundred and ninety-nine people", "en", 999_999),
        ("neunhundertneunundneunzigtausendneunhundertneunundneunzig Menschen", "de", 999_999),
    ],
)
def test_the_longest_real_number_phrases_are_read(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang=lang)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "etwa 1" + "0" * 309 + " Menschen",
        "rund 1" + ".000" * 103 + " Menschen",
        "about 1" + "0" * 300 + " billion",
    ],
)
def test_a_number_beyond_float_range_is_no_quantity(text: str) -> None:
    assert _found(text) == []  # was OverflowError in approx_width, or a value of infinity


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # comparison words are bounds, not points
        ("below 170 seats", "en", ("below 170", 170, None, 170, "upper_bound")),
        ("exceeding 150 seats", "en", ("exceeding 150", 150, 150, None, "lower_bound")),
        ("greater than 4,565 votes", "en", ("greater than 4,565", 4565, 4565, None, "lower_bound")),
        ("above 20 percent", "en", ("above 20 percent", 20, 20, None, "lower_bound")),
        ("within 125 miles of the city", "en", ("within 125 miles", 125, None, 125, "upper_bound")),
        ("unterhalb von 50 Metern", "de", ("unterhalb von 50 Metern", 50, None, 50, "upper_bound")),
        # "mehr als einem Dutzend": the article in any case
        ("mehr als einem Dutzend Gäste", "de", ("mehr als einem Dutzend", 12, 12, None, "lower_bound")),
    ],
)
def test_comparison_words_are_bounds(text: str, lang: str, expected: tuple[object, ...]) -> None:
    assert _found(text, lang)[0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value", "unit"),
    [
        ("zwei Drittel der Befragten", "de", "zwei Drittel", 200 / 3, "%"),
        ("ein Viertel aller Schulen", "de", "ein Viertel", 25, "%"),
        ("two thirds of the voters", "en", "two thirds", 200 / 3, "%"),
        ("a third of the voters", "en", "a third", 100 / 3, "%"),
        ("eine halbe Million Menschen", "de", "eine halbe Million", 500_000, None),
        ("half a million people", "en", "half a million", 500_000, None),
        ("a hundred and two guests", "en", "a hundred and two", 102, None),
        ("a thousand and one nights", "en", "a thousand and one", 1001, None),
    ],
)
def test_fractions_halves_and_number_phrases(
    text: str, lang: str, surface: str, value: float, unit: str
) -> None:
    (quantity,) = find_quantities(text, lang=lang)
    assert (text[quantity.start : quantity.end], quantity.unit) == (surface, unit)
    assert quantity.value == pytest.approx(value)


def test_a_neighbourhood_is_no_fraction() -> None:
    # "ein Viertel" without "der"/"aller" after it is a part of a town
    assert _found("Sie zog in ein Viertel am Rand.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value", "unit"),
    [
        ("It cost $ 470 million this year.", "en", "$ 470 million", 470e6, "USD"),
        ("A €10M deal.", "en", "€10M", 10e6, "EUR"),
        ("It had 1.2b users.", "en", "1.2b", 1.2e9, None),
        ("The state paid RUB 80 billion.", "en", "RUB 80 billion", 80e9, "RUB"),
        ("It allocated 86.2 bln rubles.", "en", "86.2 bln rubles", 86.2e9, "RUB"),
        ("It paid $1 bln.", "en", "$1 bln", 1e9, "USD"),
        ("Der Staat zahlte 86,262 Milliarden Rubel.", "de", "86,262 Milliarden Rubel", 86.262e9, "RUB"),
        ("Es kostete 1.500 Millionen Euro.", "de", "1.500 Millionen Euro", 1.5e9, "EUR"),
        ("They drove 200 kilometers.", "en", "200 kilometers", 200, "km"),
        ("They drove 200 kilometres.", "en", "200 kilometres", 200, "km"),
        ("They drove 124 miles.", "en", "124 miles", 124, "mi"),
        ("They turned back 200km from the city.", "en", "200km", 200, "km"),
        ("Their 400-mile march ended.", "en", "400-mile", 400, "mi"),
        ("Sie fuhren 300 Meilen.", "de", "300 Meilen", 300, "mi"),
    ],
)
def test_money_and_units(text: str, lang: str, surface: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(text, lang=lang)
    assert (text[quantity.start : quantity.end], quantity.unit) == (surface, unit)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Botschaft liegt in der Clayallee 170, 14191 Berlin.", "de"),
        ("Er wohnt in der Hauptstr. 5.", "de"),
        ("The house at 1600 Pennsylvania Avenue is white.", "en"),
        ("Mehr unter https://example.org/2024/10/500-soldaten im Netz.", "de"),
        ("Write to info2024@example.org today.", "en"),
        ("Call +49 30 1234567 or Tel. 030 123456.", "en"),
        ("Das sagte Claudia Tausend am Abend.", "de"),
        ("The 2013-14 season was long.", "en"),
        ("The wall is 10m tall.", "en"),
    ],
)
def test_addresses_links_phones_names_and_seasons_are_no_quantities(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_capitalised_number_word_before_a_noun_stays_a_number() -> None:
    assert [v for _, v, *_ in _found("Es kamen Tausend Menschen.", "de")] == [1000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a language without rules: "tisíc" may scale the 18, so it is not read as 18
        ("Přišlo 18 tisíc lidí.", []),
        ("Přišlo 18 000 lidí.", [18000]),
        ("Podíl je 12 %.", [12]),
    ],
)
def test_a_language_without_rules_does_not_guess_a_scale(text: str, values: list[float]) -> None:
    assert [v for _, v, *_ in _found(text, "xx")] == values
