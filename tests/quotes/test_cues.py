"""Who speaks (checker/quotes/cues.py): the speaker of a speech verb, of a passive, of a marker."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


def direct_of(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text, lang) if q.direct]


def test_passive_report_without_agent_has_no_speaker() -> None:
    text = "Dem Trainer wurde vorgeworfen, die Regeln gebrochen zu haben."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker, quote.speaker_mention) == ("die Regeln gebrochen zu haben", None, None)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the agent's "von" would stand before the participle, not inside the reported clause
        (
            "Vor allem wird kritisiert, dass die Reform von Minister Otto Brandt verschoben worden sei.",
            "dass die Reform von Minister Otto Brandt verschoben worden sei",
        ),
        # the passive stands after a colon: the dative object does not speak
        (
            "Die Behörde hat Klage erhoben: Ihm wird vorgeworfen, Gelder veruntreut zu haben.",
            "Gelder veruntreut zu haben",
        ),
        # a past perfect passive puts "worden" after the participle
        (
            "Am Montag war noch befürchtet worden, die Brücke könnte einstürzen.",
            "die Brücke könnte einstürzen",
        ),
        # a verb-final passive after a conjunction
        (
            "Die Lage ist ernst, weil berichtet wurde, die Deiche seien gebrochen.",
            "die Deiche seien gebrochen",
        ),
    ],
)
def test_passive_reports_name_nobody(text: str, body: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker_mention) == (body, None)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Die Anwohner wurden von örtlichen Behörden aufgefordert, die Häuser zu verlassen.",
            "örtlichen Behörden",
        ),
        (
            "In einem Bericht der Lokalzeitung wurde vermutet, dass niemand überlebt habe.",
            "einem Bericht der Lokalzeitung",
        ),
    ],
)
def test_passive_report_names_its_agent_or_document(text: str, mention: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A verb-final clause: its subject follows the conjunction.
        (
            "Die Vorsitzenden des Vereins protestierten, da sie befürchten, viele Halter gäben die Tiere ab.",
            "sie",
        ),
        # "Seit Jahren" is a phrase, not a clause: the subject follows the verb.
        ("Seit Jahren fordert der Mieterbund, dass die Mieten begrenzt würden.", "der Mieterbund"),
        # A dative "Ihr" opens the clause; the nominative "er" after the verb is the subject.
        ("Der Fahrer rief die Mutter an. Ihr gegenüber hat er angegeben, er sei wütend gewesen.", "er"),
    ],
)
def test_subject_of_the_speech_verb(text: str, mention: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Nach Einschätzung der Polizei handelt es sich um einen Einzelfall.", "Einschätzung der Polizei"),
        ("Nach einer Schätzung des Verbands fehlen 3.000 Lehrer.", "Schätzung des Verbands"),
        ("Nach Erkenntnis der Ermittler war der Täter allein.", "Erkenntnis der Ermittler"),
    ],
)
def test_singular_source_nouns_mark_reported_speech(text: str, mention: str) -> None:
    assert [q.speaker_mention for q in quotes_of(text)] == [mention]


def test_the_person_quoted_in_a_passive_speaks() -> None:
    text = (
        "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Zeitung“ mit den Worten "
        "zitiert: „Das wird ihm nachhängen.“"
    )
    assert direct_of(text)[-1] == ("Das wird ihm nachhängen.", "Volker Ratzmann")


def test_a_coordinated_speech_verb_shares_the_subject() -> None:
    text = (
        "Der Minister Hans Roth erklärte, die Lage sei sehr ernst, "
        "und kündigte an, im Mai erneut nach Kiew zu reisen."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("die Lage sei sehr ernst", "Hans Roth"),
        ("im Mai erneut nach Kiew zu reisen", "Hans Roth"),
    ]


def test_a_full_name_after_sagte_is_the_speaker_when_a_dative_comes_first() -> None:
    text = "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“"
    assert direct_of(text) == [("Ich werde im Gefängnis gehalten.", "Filep Karma")]
    # an object after the name: "sagte … zu" promises, and the subject stays first
    text = "Der Präsident sagte Wladimir Putin seine Hilfe zu: „Wir stehen bereit.“"
    assert direct_of(text)[0][1] != "Wladimir Putin"


def test_verlautete_names_the_circle_it_came_from() -> None:
    (quote,) = quotes_of("Aus EU-Kreisen verlautete, dies sei nur eine Spekulation.")
    assert (quote.text, quote.speaker_mention) == ("dies sei nur eine Spekulation", "EU-Kreisen")
