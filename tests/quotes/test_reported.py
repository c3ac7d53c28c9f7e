"""Reported sentences (checker/quotes/reported.py): free indirect speech, "Dies bestätigte X",
"Demnach …", speech acts without the words said; and narration that reports nothing."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


def test_free_indirect_continues_the_speaker() -> None:
    text = "Klara Wolf sagte, das Projekt sei gescheitert. Die Kosten seien zu hoch gewesen."
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]


def test_a_reporting_sentence_with_its_own_speaking_subject_reports_that_subject() -> None:
    text = (
        "Klara Wolf sagte, das Projekt sei gescheitert. "
        "Im selben Brief fordert Jonas Brandt neue Wege, damit die Bauern ihre Felder erreichen könnten."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Jonas Brandt"]


def test_a_person_named_by_role_and_name_as_subject_of_a_reporting_sentence_speaks() -> None:
    text = (
        "Klara Wolf sagte, das Projekt sei gescheitert. "
        "Bürgermeister Jonas Brandt zeigte sich enttäuscht und dass man neu planen müsse."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Jonas Brandt"]


def test_a_reporting_sentence_whose_subject_says_nothing_continues_the_speaker() -> None:
    text = (
        "Klara Wolf sagte, das Projekt sei gescheitert. "
        "Die hohen Kosten bedeuteten aber, dass man neu planen müsse. "
        "Teil der Kosten waren neue Anlagen, die Jan Roth gekauft habe."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]


def test_free_indirect_after_a_quotation_continues_its_speaker_not_words_inside_it() -> None:
    text = (
        "Eine Sprecherin des Ministeriums sagte: „Wir sind sicher, dass die Stadt das schaffen kann.“ "
        "Zur Sorge bestehe kein Anlass."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker_mention for q in found] == ["Eine Sprecherin des Ministeriums"]


def test_free_indirect_after_a_quotation_told_to_someone_continues_the_speaker() -> None:
    text = (
        "Der Lokalzeitung sagte Jan Roth: „Ich bleibe im Amt, aber das ist nicht leicht.“ "
        "Die Folgen seiner Wahl trage er gern."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker_mention for q in found] == ["Jan Roth"]


def test_free_indirect_sentences_merge_into_one_quotation() -> None:
    text = (
        "Klara Wolf sagte, das Projekt sei gescheitert. Die Kosten seien zu hoch gewesen. "
        "Man habe zu spät reagiert."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]
    assert found[1].text == "Die Kosten seien zu hoch gewesen. Man habe zu spät reagiert"
    assert found[1].cue is None


def test_free_indirect_stops_at_the_paragraph() -> None:
    text = "Klara Wolf sagte, das Projekt sei gescheitert.\n\nDie Stadt habe neue Pläne."
    assert [q.text for q in quotes_of(text) if not q.direct] == ["das Projekt sei gescheitert"]


def test_speech_act_without_the_words_is_reported() -> None:
    text = "Die Opposition forderte den Rücktritt des Ministers."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.style, quote.speaker_mention, quote.cue) == ("reported", "Die Opposition", "forderte")


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sozialarbeiter verständigte die Polizei. Danach fand ein Treffen mit den Eltern statt.",
        "Der Mietvertrag des Vereins wurde im Mai gekündigt.",
        "Im Ort gibt es, anders als früher, keinen Arzt mehr.",
        "Das Lager befindet sich, anders als geplant, am Stadtrand der Gemeinde.",
    ],
)
def test_no_reported_speech_in_narration(text: str) -> None:
    assert [q.text for q in quotes_of(text) if not q.direct] == []


def test_danach_after_a_study_reports_it() -> None:
    text = "Die Studie wurde am Montag veröffentlicht. Danach verdienen Frauen weniger als Männer."
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("verdienen Frauen weniger als Männer", "Studie")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Minister Karl Huber nannte den Plan eine „Luftnummer“.", ("Luftnummer", "Karl Huber")),
        (
            "Die Opposition bezeichnete die Reform als „Etikettenschwindel“.",
            ("Etikettenschwindel", "Opposition"),
        ),
        (
            "Vera Lang sprach von einer „Gefahr für die ganze Stadt“.",
            ("Gefahr für die ganze Stadt", "Vera Lang"),
        ),
    ],
)
def test_the_term_a_speech_act_quotes_is_the_quotation(text: str, expected: tuple[str, str]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [expected]


def test_a_quoted_title_after_a_speech_act_stays_a_title() -> None:
    found = quotes_of("Der Verlag kündigte seinen Film „Sonnenschein“ für Mai an.")
    assert [(q.style, q.cue) for q in found] == [("reported", "kündigte")]


def test_a_konjunktiv_inside_a_quotation_does_not_continue_reported_speech() -> None:
    text = (
        "Ute Brandt bestätigte den Vorfall. "
        "Ein Helfer sagte: „Ich habe schon viele Brände gesehen, aber keinen wie diesen.“"
    )
    assert [q.style for q in quotes_of(text)] == ["direct"]


def test_a_planned_passive_with_soll_is_not_reported() -> None:
    text = "Der Minister sagte, man werde verhandeln. Am Sonntag soll nun eine Lösung gesucht werden."
    assert [q.text for q in quotes_of(text)] == ["man werde verhandeln"]
