"""Speaker resolution (checker/quotes/speakers.py): mentions resolved to the article's full name."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


def test_pronoun_mention_keeps_its_offsets_and_resolves() -> None:
    text = "Außenminister Peter Brandt traf die Delegation. „Die Gespräche waren offen“, sagte er."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker_mention, quote.speaker, quote.cue) == ("er", "Peter Brandt", "sagte")
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "er"


def test_role_from_apposition() -> None:
    text = "„Wir sind vorbereitet“, sagte Oleksandr Petrenko, der Verteidigungsminister der Ukraine."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker, quote.role) == ("Oleksandr Petrenko", "Verteidigungsminister der Ukraine")


def test_surname_and_role_noun_resolve_to_the_full_name() -> None:
    text = (
        "US-Außenminister Antony Blinken reiste nach Brüssel. „Wir stehen zusammen“, sagte Blinken. "
        "„Die Hilfe geht weiter“, sagte der Minister."
    )
    assert [q.speaker for q in quotes_of(text) if q.direct] == ["Antony Blinken", "Antony Blinken"]


def test_a_full_name_with_a_possessive_names_the_person() -> None:
    text = "The board accepted Mayor Ana Ruiz’s plan on Monday. Ruiz said, “We will start building in May.”"
    assert [q.speaker for q in quotes_of(text, lang="en") if q.direct] == ["Ana Ruiz"]


def test_an_english_pronoun_refers_to_a_surname_quoted_before() -> None:
    text = (
        "The talks went on for hours. “We will go,” Berg said on Tuesday. He added: “Come on, talk to them.”"
    )
    assert [q.speaker for q in quotes_of(text, lang="en") if q.direct] == ["Berg", "Berg"]


def test_a_pronoun_refers_to_the_subject_of_its_own_sentence() -> None:
    text = (
        "“It is late,” said Tom Berg, who met Lee on Monday. "
        "Lee, an ally of Berg, says she has advised him to look beyond “our fences,” saying it could help."
    )
    assert [q.speaker for q in quotes_of(text, lang="en") if q.direct] == ["Tom Berg", "Lee"]


@pytest.mark.parametrize(
    "opening",
    [
        "Hopefully, the talks go on.",  # capitalised only where a sentence opens: no surname
        "It’s the same plan that the Ministry made.",  # a pronoun, a body
    ],
)
def test_a_word_that_opens_a_sentence_is_no_antecedent(opening: str) -> None:
    text = f"{opening} He added: “Come on, talk to them.”"
    assert [q.speaker for q in quotes_of(text, lang="en") if q.direct] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Minister Karl Ott sprach lange. Otts Antwort: „Das kommt nicht in Frage.“", "de"),
        ("Minister Karl Ott spoke for long. Ott’s answer: “That is out of the question.”", "en"),
    ],
)
def test_the_owner_of_a_statement_named_before_it_speaks(text: str, lang: str) -> None:
    assert [q.speaker for q in quotes_of(text, lang=lang) if q.direct] == ["Karl Ott"]


def test_back_reference_resolves_to_the_source() -> None:
    text = "Einsatzleiter Uwe Brand legte den Bericht vor. Demnach brach das Feuer im Keller aus."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.speaker_mention, quote.speaker) == ("Demnach", "Uwe Brand")


def test_a_pronoun_resolves_to_a_person_or_a_body_not_to_any_noun() -> None:
    text = (
        "Der Minister Hans Roth sprach am Montag. Nähere Einzelheiten gab er nicht bekannt. "
        "Er sagte, man prüfe die Lage genau."
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Hans Roth"
    text = "Die Gewerkschaft der Polizei (GdP) war empört. Sie erklärte, die Pläne seien falsch."
    assert [q.speaker for q in quotes_of(text)][-1] == "Gewerkschaft der Polizei"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = "Anwesend war Ramsey Clark, der der Regierung vorwarf, die Aktivisten frei zu lassen."
    (quote,) = quotes_of(text)
    assert (quote.speaker_mention, quote.speaker) == ("der", "Ramsey Clark")


def test_a_role_with_its_name_in_an_apposition() -> None:
    text = "Die Soldaten seien per Schiff gekommen, so der Sprecher des Sicherheitsrats, Kirby."
    assert [(q.speaker_mention, q.speaker) for q in quotes_of(text)] == [
        ("der Sprecher des Sicherheitsrats", "Kirby")
    ]
    text = (
        "„Wir gehen davon aus, dass 3.000 Soldaten in den Osten Russlands verlegt wurden“, sagte der "
        "Sprecher des Sicherheitsrates in Washington, John Kirby."
    )
    assert [q.speaker for q in quotes_of(text)] == ["John Kirby"]


def test_a_source_noun_names_its_owner() -> None:
    (quote,) = quotes_of("Nach Angaben der US-Regierung seien 3.000 Soldaten in Russland.")
    assert quote.speaker == "US-Regierung"


def test_a_relative_pronoun_refers_to_a_person_a_body_or_a_document_only() -> None:
    text = (
        "Tauss bezweifelte die Vereinbarkeit mit rechtsstaatlichen Grundsätzen, "
        "denen zufolge niemand verdächtig sei."
    )
    assert all(q.speaker != "Grundsätzen" for q in quotes_of(text))
    text = (
        "In der Zeitung erschien ein Kommentar, der die Entscheidung als "
        "„nicht nachvollziehbare Verirrung“ bezeichnet."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Kommentar"]


def test_an_english_pronoun_refers_to_the_name_that_opens_the_sentence_before() -> None:
    text = (
        "U.S. Secretary of State Antony Blinken said Thursday that 8,000 troops moved to Russia’s Kursk "
        "region. He said the most recent information indicates that more troops are coming."
    )
    assert [q.speaker for q in quotes_of(text, lang="en") if q.speaker_mention == "He"] == ["Antony Blinken"]
