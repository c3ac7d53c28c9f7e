"""Indirect speech (checker/quotes/indirect.py): reported clauses after or before a speech verb, after
a marker ("laut X", "nach Angaben X") or a noun of saying, and where they end."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


@pytest.mark.parametrize(
    ("text", "body", "speaker", "cue"),
    [
        (
            "Der Sprecher Jonas Falk sagte, die Truppen seien bereits abgezogen.",
            "die Truppen seien bereits abgezogen",
            "Jonas Falk",
            "sagte",
        ),
        (
            "Vera Stein behauptete, dass die Zahlen geschönt worden seien.",
            "dass die Zahlen geschönt worden seien",
            "Vera Stein",
            "behauptete",
        ),
        (
            "Die Lage habe sich deutlich verschlechtert, erklärte Hans Roth.",
            "Die Lage habe sich deutlich verschlechtert",
            "Hans Roth",
            "erklärte",
        ),
        (
            "Laut Innenminister Olaf Brenner wurden 300 Menschen evakuiert.",
            "wurden 300 Menschen evakuiert",
            "Olaf Brenner",
            "Laut",
        ),
        (
            "Wie die Polizei mitteilte, sei der Fahrer geflohen.",
            "sei der Fahrer geflohen",
            "Polizei",
            "mitteilte",
        ),
        # A noun of holding a view, and the verb that closes its phrase before the comma
        (
            "Lina Graf hatte im Interview die These vertreten, die Partei stagniere.",
            "die Partei stagniere",
            "Lina Graf",
            "These",
        ),
        (
            "Der Mieterbund vertritt die Auffassung, dass die Reform zu spät komme.",
            "dass die Reform zu spät komme",
            "Mieterbund",
            "Auffassung",
        ),
    ],
)
def test_indirect_speech(text: str, body: str, speaker: str, cue: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.text == body
    assert quote.style == "indirect"
    assert quote.speaker is not None and quote.speaker.endswith(speaker)
    assert quote.cue == cue


def test_english_reported_speech() -> None:
    text = "Defense Secretary Mark Dunn said the troops had left the area on Monday."
    quote = next(q for q in quotes_of(text, "en") if not q.direct)
    assert (quote.style, quote.speaker) == ("reported", "Mark Dunn")
    assert quote.text == "the troops had left the area on Monday"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee told reporters that the bridge would reopen in May.",
        "Mayor Ann Lee told the city council on Tuesday that the bridge would reopen in May.",
        "Mayor Ann Lee warned residents that the bridge would reopen in May.",
    ],
)
def test_what_is_told_begins_after_whom_it_is_told(text: str) -> None:
    quote = next(q for q in quotes_of(text, "en") if not q.direct)
    assert (quote.speaker, quote.text) == ("Ann Lee", "that the bridge would reopen in May")


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        (
            "Nach Angaben der Polizei seien drei Menschen verletzt worden.",
            "seien drei Menschen verletzt worden",
            "Angaben der Polizei",
        ),
        (
            "Nach ersten Schätzungen der Behörde sind 300 Häuser zerstört.",
            "sind 300 Häuser zerstört",
            "Schätzungen der Behörde",
        ),
        (
            "Die Lage sei ernst, so der Sprecher der Feuerwehr.",
            "Die Lage sei ernst",
            "der Sprecher der Feuerwehr",
        ),
        (
            "Die Gewerkschaft geht davon aus, dass der Streik länger dauert.",
            "dass der Streik länger dauert",
            "Die Gewerkschaft",
        ),
        (
            "Die Ministerin hat gestern angekündigt, das Gesetz zu ändern.",
            "das Gesetz zu ändern",
            "Die Ministerin",
        ),
        ("Er sagte, der Plan funktioniere.", "der Plan funktioniere", "Er"),
        (
            "Das Gericht stellte fest, dass die Frist abgelaufen sei.",
            "dass die Frist abgelaufen sei",
            "Das Gericht",
        ),
        (
            "Die Polizei war davon ausgegangen, dass der Fahrer flieht.",
            "dass der Fahrer flieht",
            "Die Polizei",
        ),
        (
            "Der Vertrag war bereits gekündigt, wie der Verband bekannt gab.",
            "Der Vertrag war bereits gekündigt",
            "der Verband",
        ),
        (
            "Das Werk wird geschlossen. Dies bestätigte Konzernchef Ulf Brandt.",
            "Das Werk wird geschlossen",
            "Konzernchef Ulf Brandt",
        ),
        # "Demnach" points back to the source: it is the mention, the source is the speaker
        (
            "Die Feuerwehr legte den Bericht vor. Demnach brach das Feuer im Keller aus.",
            "brach das Feuer im Keller aus",
            "Demnach",
        ),
        (
            "Der Experte Max Roth warnt vor Panik. Seiner Ansicht nach sei die Gefahr gering.",
            "sei die Gefahr gering",
            "Seiner Ansicht",
        ),
    ],
)
def test_indirect_speech_markers(text: str, body: str, mention: str) -> None:
    found = [q for q in quotes_of(text) if not q.direct and q.text == body]
    assert [q.speaker_mention for q in found] == [mention]


def test_a_speech_verb_in_an_adverbial_clause_says_the_clause_after_it() -> None:
    text = "Jan Roth bestritt diese Pläne, indem er sagte, eine engere Zusammenarbeit helfe niemandem."
    (quote,) = [q for q in quotes_of(text) if not q.direct]
    assert (quote.text, quote.cue, quote.speaker_mention, quote.speaker) == (
        "eine engere Zusammenarbeit helfe niemandem",
        "sagte",
        "er",
        "Jan Roth",
    )
    text = "Jan Roth sagte, dass er hoffe, die Lage werde sich beruhigen."
    first = next(q for q in quotes_of(text) if not q.direct)
    assert (first.cue, first.speaker_mention) == (
        "sagte",
        "Jan Roth",
    )  # a content clause, not an adverbial one


def test_two_reported_clauses_in_one_sentence() -> None:
    text = (
        "Der Präsident sagte, der Minister sei tot, doch sein Sprecher erklärte, dies nicht prüfen zu können."
    )
    found = [(q.text, q.speaker_mention) for q in quotes_of(text) if not q.direct]
    assert found == [
        ("der Minister sei tot", "Der Präsident"),
        ("dies nicht prüfen zu können", "sein Sprecher"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a separable speech verb whose particle closes the clause
        (
            "Der Verlag schlug den Mitarbeitern vor, sich bei der neuen Tochterfirma zu bewerben.",
            ("sich bei der neuen Tochterfirma zu bewerben", "Verlag"),
        ),
        (
            "Ein Bezirksgericht hat die Firma aufgefordert, alle Daten der Kunden herauszugeben.",
            ("alle Daten der Kunden herauszugeben", "Bezirksgericht"),
        ),
        # an attitude before "dass"
        (
            "Die Staatsanwältin Eva Roth war sich sicher, dass die Beweise für den Prozess reichen würden.",
            ("dass die Beweise für den Prozess reichen würden", "Eva Roth"),
        ),
        # a quoted name between the speech verb and its clause
        (
            "Am Montag berichtete der „Spiegel“, dass der Vertrag zum Jahresende gekündigt werde.",
            ("dass der Vertrag zum Jahresende gekündigt werde", "„Spiegel“"),
        ),
        # nouns of saying: the noun, or the subject that holds the view
        (
            "Aussagen, dass das Werk geschlossen werde, schenken die Mitarbeiter keinen Glauben.",
            ("dass das Werk geschlossen werde", "Aussagen"),
        ),
        (
            "Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise für die Echtheit gebe.",
            ("dass es keinerlei Beweise für die Echtheit gebe", "Experten"),
        ),
        # an indicative main clause before "…, teilte X mit"
        (
            "Der neue Planet begleitet einen fernen Stern, teilte die Universität Jena mit.",
            ("Der neue Planet begleitet einen fernen Stern", "Universität Jena"),
        ),
        # a marker longer than the clause around it is left out
        (
            "Trotzdem würden laut Hauptmann Abraham Sipe von der Marineinfanterie gute Fortschritte gemacht.",
            ("gute Fortschritte gemacht", "Hauptmann Abraham Sipe von der Marineinfanterie"),
        ),
    ],
)
def test_reported_clauses_after_more_cues(text: str, expected: tuple[str, str]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text) if not q.direct] == [expected]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Er sagte, er sei unschuldig, erkannte das Gericht nicht an und schwieg.", "er sei unschuldig"),
        (
            "Jana Roth sagte, Europa brauche die Briten und fügte hinzu: „Wir schaffen das.“",
            "Europa brauche die Briten",
        ),
        (
            "Er sagte, dass die Truppen, die gestern kamen, bleiben würden.",
            "dass die Truppen, die gestern kamen, bleiben würden",
        ),
        (
            "Sie betonte, die Lage sei ernst und man müsse handeln.",
            "die Lage sei ernst und man müsse handeln",
        ),
        (
            "Er sagte, die Kosten seien gestiegen, weil die Preise, die der Markt setzt, steigen.",
            "die Kosten seien gestiegen, weil die Preise, die der Markt setzt, steigen",
        ),
    ],
)
def test_reported_clause_ends_where_the_main_clause_resumes(text: str, body: str) -> None:
    assert [q.text for q in quotes_of(text) if not q.direct] == [body]


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        ("Die Lage sei ruhig, hieß es bei der Polizei.", "Die Lage sei ruhig", "der Polizei"),
        ("Die Lage sei ruhig, hieß es.", "Die Lage sei ruhig", None),
        ("Die Lage sei ruhig, so erklärte der Sprecher.", "Die Lage sei ruhig", "der Sprecher"),
    ],
)
def test_reported_clause_before_hiess_es_or_so_and_a_verb(text: str, body: str, mention: str | None) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker_mention) == (body, mention)


def test_a_purpose_clause_is_not_what_was_said() -> None:
    text = "Die Demonstranten forderten den Rücktritt der Regierung, um den Weg zu Neuwahlen freizumachen."
    assert all(not q.text.startswith("um ") for q in quotes_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial clause before the speech verb says when, not what
        ("Als er ankam, sagte er, die Lage sei sehr ernst.", "die Lage sei sehr ernst"),
        ("Nachdem die Polizei kam, sagte sie, die Lage sei sehr ruhig.", "die Lage sei sehr ruhig"),
        # "während" also opens a phrase, and then the clause is what was said
        (
            "Während der Feiertage sollen die Streiks ruhen, sagte Bäsler.",
            "Während der Feiertage sollen die Streiks ruhen",
        ),
    ],
)
def test_an_adverbial_clause_is_not_what_was_said(text: str, expected: str) -> None:
    assert [q.text for q in quotes_of(text)] == [expected]


def test_an_english_trailing_attribution_names_its_verb() -> None:
    (quote,) = quotes_of("The troops are ready to leave, he said.", lang="en")
    assert (quote.text, quote.speaker_mention, quote.cue) == ("The troops are ready to leave", "he", "said")


@pytest.mark.parametrize("cue", ["Demnach", "Dementsprechend"])
def test_a_cue_that_ends_the_text_reports_nothing(cue: str) -> None:
    assert quotes_of(f"Die Feuerwehr legte den Bericht vor. {cue}") == []
    assert quotes_of(cue) == []
