"""Attribution of direct quotations (checker/quotes/attribution.py): the speaker mention found around
the quotation marks, before a colon, or for a quotation that stands alone."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The clause before the colon names the speaker, however long its subject phrase.
        (
            "Die Sprecherin der Fraktion, Anna Berger, brachte ihre Sorge zum Ausdruck: „Wir sind besorgt.“",
            "Die Sprecherin der Fraktion, Anna Berger",
        ),
        ("In dem Bericht heißt es: „Die Kosten steigen weiter.“", "dem Bericht"),
        # Without a speech verb the subject of the sentence is the speaker ...
        (
            "Bürgermeister Jan Korte hält das Projekt für „dringend nötig und lange überfällig für uns“.",
            "Bürgermeister Jan Korte",
        ),
        ("Die Firma Lindner nennt die Vorwürfe „völlig haltlos“.", "Die Firma Lindner"),
        # ... also after the verb, when an object or an adverb opens the clause,
        ("Dem Vorschlag attestiert Gutachter Paul Frey „große Schwächen“.", "Gutachter Paul Frey"),
        ("Tatsächlich spricht die Ministerin von einem „historischen Tag“.", "die Ministerin"),
        # ... also when a long object opens the clause and a nominative pronoun follows the verb,
        (
            "Die Bilanz der Regierung in den ersten Monaten unter Kanzler Max Bauer lobte er mit den "
            "Worten: „Das ist solide Arbeit.“",
            "er",
        ),
        (
            "Jegliche Verantwortung für die Panne weist Krämer von sich: „Ich wusste nichts davon.“",
            "Krämer",
        ),
        ("Die Vorschläge der Kommission nannte Vogt „weltfremd und teuer“.", "Vogt"),
        # ... while a speaking body before the verb stays the subject,
        ("Die Deutsche Bahn nannte Vogt „einen verlässlichen Partner“.", "Die Deutsche Bahn"),
        ("Die Landesregierung nannte Vogt „einen verlässlichen Partner“.", "Die Landesregierung"),
        # ... never the object of the verb,
        (
            "Das Auswärtige Amt empfiehlt allen Reisenden „größte Vorsicht im Grenzgebiet“.",
            "Das Auswärtige Amt",
        ),
        # ... and the agent of a passive clause.
        ("Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.", "Wetterdienst"),
        # „…“, zitiert X Y: the one quoted speaks, not the outlet.
        ("„Wir sind bereit“, zitiert die Zeitung den Trainer Jens Ott.", "den Trainer Jens Ott"),
        (
            "„Die Lage ist stabil“, heißt es in einer Mitteilung des Ministeriums.",
            "einer Mitteilung des Ministeriums",
        ),
        ("„Das ist gut. Wir machen weiter“, sagte Lena Hof.", "Lena Hof"),
        (
            "„Bis es zu spät war“, stellte die Anwältin fest, seien alle Warnungen überhört worden.",
            "die Anwältin",
        ),
    ],
)
def test_speaker_mention_of_direct_quotes(text: str, mention: str) -> None:
    assert next(q for q in quotes_of(text) if q.direct).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # A pronoun keeps its own offsets and resolves to the person named before.
        (
            "Ministerin Petra Lang besuchte die Truppe. Sie sprach von einer „schwierigen Lage“.",
            "Petra Lang",
            "Sie",
        ),
        (
            "Unterdessen verteidigte der Vorsitzende des Ausschusses, Sebastian Ebert, den Entwurf. "
            "Er bezeichnete die Änderungen als „maßvoll und nötig“.",
            "Sebastian Ebert",
            "Er",
        ),
        # A quotation standing alone is the words of the previous sentence's subject ...
        (
            "Bundespräsident Karl Weber zeigte sich zufrieden. „Das Ergebnis ist ein gutes Zeichen.“",
            "Karl Weber",
            "Bundespräsident Karl Weber",
        ),
        # ... or continues the previous quotation.
        (
            "„Wir bleiben“, sagte Tom Blau. Die Halle war voll. „Die Fabrik hat eine Zukunft.“",
            "Tom Blau",
            "Tom Blau",
        ),
        # Konjunktiv I around a quotation continues the reported speaker.
        (
            "Ministerin Eva Roth sagte, die Reform komme. Sie sei „ein großer Schritt nach vorn“.",
            "Eva Roth",
            "Sie",
        ),
        # A named subject of the quoting sentence speaks itself, though Konjunktiv I follows.
        (
            "„Wir sind offen“, sagte Ministerin Eva Roth. In dem Verfahren sieht Osterloh „einen klaren "
            "Angriff gegen die Belegschaft“, es stehe im Gegensatz zur Tradition.",
            "Osterloh",
            "Osterloh",
        ),
        # ", so X weiter:" before a colon names who goes on speaking.
        ("Das habe Methode, so Elshorst weiter: „Das ist in anderen Firmen üblich.“", "Elshorst", "Elshorst"),
    ],
)
def test_speaker_resolution(text: str, speaker: str, mention: str) -> None:
    quote = [q for q in quotes_of(text) if q.direct][-1]
    assert (quote.speaker, quote.speaker_mention) == (speaker, mention)
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == mention


def test_a_thing_before_a_colon_in_reported_speech_does_not_speak() -> None:
    text = (
        "Die Ministerin Eva Roth äußerte sich am Montag zu dem Plan. "
        "Die Regeln der Behörde seien klar: „Niemand darf die Daten weitergeben.“"
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Niemand"))
    assert quote.speaker == "Eva Roth"


def test_own_account_hands_the_next_quotation_to_the_subject() -> None:
    text = (
        "Der Bruder des Sängers, Paul Wagner, war nach eigenem Bekunden eingeweiht. "
        "„Er wünscht sich mehr Ruhe.“"
    )
    quote = next(q for q in quotes_of(text) if q.direct)
    assert quote.speaker == "Paul Wagner"


def test_words_quoted_inside_a_reproach_are_its_owners() -> None:
    text = (
        "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, "
        "entgegneten die Unterstützer, man wolle nur helfen."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("sozialistischen Antrag", "CDU"),
        ("man wolle nur helfen", "Unterstützer"),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        # English puts the subject before the verb after a quotation, however long the subject;
        (
            "“We will rebuild the pier,” harbour master Ann Lee said on Monday.",
            "harbour master Ann Lee",
            "Ann Lee",
        ),
        # a title with its full stop is part of the name;
        ('"The vote is close," Mr. Tom Weber said.', "Mr. Tom Weber", "Tom Weber"),
        (
            "“We go,” said Rep. G.K. Brown (D-Ohio), head of the caucus.",
            "Rep. G.K. Brown (D-Ohio)",
            "G.K. Brown",
        ),
        # the subject ends where an apposition begins;
        (
            "“It costs too much,” Jane Miller, the city treasurer, said in a statement.",
            "Jane Miller",
            "Jane Miller",
        ),
        # a document speaks as well as a person.
        ("“We ask you to reconsider,” the letter says.", "the letter", "letter"),
    ],
)
def test_english_subject_before_the_verb_after_a_quotation(text: str, mention: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(text, "en") if q.direct)
    assert (quote.speaker_mention, quote.speaker) == (mention, speaker)


def test_a_clause_of_its_own_after_a_quotation_names_no_speaker() -> None:
    text = "“We won the debate.” Tom Weber is wrong about that, critics said."
    quote = next(q for q in quotes_of(text, "en") if q.direct)
    assert quote.speaker_mention != "Tom Weber"


def test_a_sentence_opening_with_a_conjunction_after_a_quotation_attributes_nothing() -> None:
    text = "Tom Berg spoke. I said: “Come on, let’s talk to them.” But Ann Lee replied that it was late."
    quote = next(q for q in quotes_of(text, "en") if q.direct)
    assert (quote.speaker_mention, quote.speaker) == ("I", "Tom Berg")


def test_the_attribution_after_a_quotation_is_no_reported_clause() -> None:
    text = "“The plan is good,” said Ann Lee, speaking of the new bridge. “It will last.”"
    assert [(q.direct, q.speaker) for q in quotes_of(text, "en")] == [(True, "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # „…“, so + verb: the verb comes first, then an object pronoun, then the subject.
        (
            "„Er ist die eiserne Hand im Samthandschuh“, so beschrieb ihn der Betriebsrat Karl Ott.",
            "der Betriebsrat Karl Ott",
        ),
        # "X zitiert Y mit den Worten:": the one quoted speaks, not the outlet.
        ("Die Agentur zitiert dazu Jana Holm mit folgenden Worten: „Wir sind bereit.“", "Jana Holm"),
    ],
)
def test_the_verb_before_its_subject_after_a_quotation(text: str, mention: str) -> None:
    assert next(q for q in quotes_of(text) if q.direct).speaker_mention == mention


def test_darin_points_to_the_document_of_the_sentence_before() -> None:
    text = "Das Ministerium gab am Dienstag eine Stellungnahme ab. Darin steht: „Wir bedauern den Fehler.“"
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker_mention, quote.speaker) == ("Darin", "Stellungnahme")
