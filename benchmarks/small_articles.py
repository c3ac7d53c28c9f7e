"""Small generated news articles for the scaling benchmarks: templates, not evaluation data.

Every article picks one of a fixed pool of stories (what is counted, where, who speaks), so the
number of articles about one story grows with the corpus: the hard case for any step that
compares every two claims of a story. The words are written for the benchmark.
"""

from __future__ import annotations

import random

STORIES = [
    ("Soldaten", "soldiers", "Kursk"),
    ("Flüchtlinge", "refugees", "Lampedusa"),
    ("Demonstranten", "protesters", "Berlin"),
    ("Verletzte", "injured people", "Hamburg"),
    ("Beschäftigte", "employees", "Wolfsburg"),
    ("Besucher", "visitors", "München"),
    ("Feuerwehrleute", "firefighters", "Valencia"),
    ("Schüler", "pupils", "Köln"),
]
SPEAKERS = [
    ("Innenministerin Anna Berger", "Interior Minister Anna Berger"),
    ("Bürgermeister Paul Hartmann", "Mayor Paul Hartmann"),
    ("Polizeisprecher Jonas Keller", "police spokesman Jonas Keller"),
    ("Gewerkschaftschefin Lena Vogt", "union leader Lena Vogt"),
]
SOURCES = [("der Polizei", "the police"), ("der Behörden", "the authorities"), ("Augenzeugen", "witnesses")]
QUOTES_DE = [
    "Wir haben die Lage unter Kontrolle",
    "Das ist eine sehr ernste Entwicklung für die ganze Region",
    "Niemand hat mit so vielen Menschen gerechnet",
]
QUOTES_EN = [
    "We have the situation under control",
    "This is a very serious development for the whole region",
    "Nobody expected so many people",
]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June"]


def small_articles(n: int, *, seed: int = 0) -> list[dict[str, str]]:
    """``n`` article objects (id, text, lang, source, published), half German, half English."""
    rng = random.Random(seed)
    return [_article(i, rng) for i in range(n)]


def _article(i: int, rng: random.Random) -> dict[str, str]:
    subject_de, subject_en, place = rng.choice(STORIES)
    speaker_de, speaker_en = rng.choice(SPEAKERS)
    source_de, source_en = rng.choice(SOURCES)
    count = rng.choice([300, 1_000, 2_500, 4_000, 8_000, 12_000])
    day, month = rng.randint(1, 28), rng.randrange(6)
    if i % 2:
        text = (
            f"According to {source_en}, {count:,} {subject_en} were counted in {place} on "
            f'{MONTHS_EN[month]} {day}. "{rng.choice(QUOTES_EN)}," {speaker_en} said on Monday. '
            f"The situation in {place} remained tense throughout the whole day, observers reported."
        )
        lang = "en"
    else:
        text = (
            f"Nach Angaben {source_de} wurden am {day}. {MONTHS_DE[month]} {count:,}".replace(",", ".")
            + f" {subject_de} in {place} gezählt. "
            f"„{rng.choice(QUOTES_DE)}“, sagte {speaker_de} am Montag. "
            f"Die Lage in {place} blieb nach Angaben von Beobachtern den ganzen Tag angespannt."
        )
        lang = "de"
    return {
        "id": f"a{i:05d}",
        "text": text,
        "lang": lang,
        "source": f"outlet{i % 40}",
        "published": f"2024-{month + 1:02d}-{day:02d}",
    }
