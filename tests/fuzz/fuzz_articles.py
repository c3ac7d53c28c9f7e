"""Generated article texts for the fuzz tests: news sentences written for these tests, mutated
with quotation marks of every style, odd digit separators, control characters, direction marks
and random Unicode."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Bounded in CI; a benchmark run raises it: CHECKER_FUZZ_EXAMPLES=10000 pytest tests/fuzz
EXAMPLES = int(os.environ.get("CHECKER_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same inputs every run: a failure is reproducible, CI is stable
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SENTENCES = [
    "Laut Polizei kamen am Samstag etwa 8.000 Menschen zu der Kundgebung in Hamburg.",
    "„Wir werden die Ukraine weiter unterstützen“, sagte Außenministerin Anna Berger am Mittwoch.",
    "Nach Angaben des Ministeriums sollen bis Dezember rund 12.000 Soldaten in die Region verlegt werden.",
    "Der Sprecher sagte, die Zahl der Verletzten sei auf mehr als 300 gestiegen.",
    "Die Regierung stellt weitere 2,5 Milliarden Euro bereit, hieß es aus Berlin.",
    "Demnach brach das Feuer im Keller aus, zwischen 40 und 50 Bewohner wurden evakuiert.",
    "»Das ist eine Zweibahnstraße«, erklärte Jan Berg, der Chef der Gewerkschaft.",
    "About 3,000 North Korean troops are in the Kursk region, the minister said on Wednesday.",
    '"We have the situation under control," police spokesman Jonas Keller told reporters.',
    "The company said its profit rose by 12 percent to $5 bn in the third quarter of 2024.",
    "According to the UN, more than two hundred and fifty thousand people have fled since March.",
    "Officials initially estimated 1.5 million visitors, but later said up to 2 million came.",
]
QUOTE_MARKS = ["„", "“", "”", "»", "«", '"', "‚", "‘", "’", "‹", "›", "'", "「", "」"]
ODD_CHARACTERS = [
    "\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\u061c",  # direction marks
    "\u00a0", "\u202f", "\u2009", "\u200b", "\ufeff", "\u00ad", "\u0301",  # spaces, joiners, a combining mark
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",
    "\r", "\n", "\n\n", "\t", "\ufffd", "ß", "İ", "ẞ", "ﬃ", "😀", "\U0010ffff",
]  # fmt: skip
NUMBERS = [
    "1.000", "1,000", "1 000", "1\u202f000", "1'000", "1.000.000,50", "2,500.75", "12.", ".5", "1,2,3",
    "٣٬٠٠٠", "１２３", "1e999", "9" * 400, "1" + "0" * 320, "-5", "+7", "3–5", "3 - 5", "10^6", "½",
    "eight-thousand", "zweieinhalbtausend", "tausend tausend", "Dutzende", "3k", "$5 bn", "40 %", "§ 5",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(ODD_CHARACTERS),
    st.sampled_from(NUMBERS),
    st.sampled_from([" ", ". ", ", ", ": ", "; ", " – ", "(", ")", "...", "?!", " sagte er", " said"]),
    # words that end a text in the cases issue 16 found (a cue or a relative pronoun with nothing after)
    st.sampled_from([" Demnach", " Dementsprechend", ", den", ", das", " laut", " according to"]),
    st.text(max_size=12),
)


@st.composite
def mutated_sentence(draw: st.DrawFn) -> str:
    """A news sentence with pieces inserted, characters deleted or a stretch swapped."""
    text = draw(st.sampled_from(SENTENCES))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if action == "insert":
            text = text[:at] + draw(PIECES) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        else:
            text = text[:at] + text[at : at + 12] * draw(st.integers(2, 20)) + text[at:]
    return text


ARTICLE_TEXTS = st.one_of(
    st.lists(st.one_of(mutated_sentence(), PIECES), min_size=1, max_size=12).map("".join),
    st.text(min_size=1, max_size=300),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
)
LANGS = st.sampled_from(["de", "en", "fr", None])
