"""Clause structure (checker/quotes/clauses.py): the finite verb and the subject of a clause."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.quotes.clauses import clause_subject
from checker.quotes.tokens import annotate
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


@pytest.mark.parametrize(
    "text",
    [
        "Besorgt äußerte sich Bürgermeister Karl Lenz über die Lage, die Stadt sei „am Limit“.",
        "Gegenwärtig wirft Ministerin Eva Roth der Firma einen „groben Fehler“ vor.",
    ],
)
def test_an_adjective_before_the_verb_is_not_the_subject(text: str) -> None:
    quote = next(q for q in quotes_of(text) if q.direct)
    assert quote.speaker in {"Karl Lenz", "Eva Roth"}


def test_a_surname_with_a_particle_opens_the_sentence() -> None:
    text = (
        "Die Kommissionspräsidentin Ursula von der Leyen war in Brüssel. "
        "Von der Leyen betonte, die Lage sei ernst. Sie sagte: „Wir handeln jetzt.“ "
        "Von der Regierung hieß es, man prüfe das."
    )
    found = [(q.text, q.speaker_mention, q.speaker) for q in quotes_of(text)]
    assert found[0] == ("die Lage sei ernst", "Von der Leyen", "Ursula von der Leyen")
    assert found[1] == ("Wir handeln jetzt.", "Sie", "Ursula von der Leyen")
    # a prepositional phrase with "von der" names nobody
    assert all(mention != "Von der Regierung" for _, mention, _ in found)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Als Grund für die Verlängerung nannte die NASA, den Astronauten Zeit geben zu wollen.", "die NASA"),
        ("Als Beispiel nannte die Behörde die Ausbeutung von Gasen.", "die Behörde"),
    ],
)
def test_als_with_a_noun_opens_a_phrase_not_a_clause(text: str, mention: str) -> None:
    assert [q.speaker_mention for q in quotes_of(text)] == [mention]


def test_a_relative_clause_after_a_preposition_has_its_own_subject() -> None:
    text = "Der Mann hinterließ einen Zettel, in dem er verlangte, dass weder Polizei noch Presse kommen."
    assert [q.speaker_mention for q in quotes_of(text)] == ["er"]
    # "Zu dem Skandal" is an article and its noun, not a relative clause
    text = "Zu dem gegenwärtigen Skandal führte Elshorst aus, dass Schmiergeld üblich gewesen sei."
    assert [q.speaker_mention for q in quotes_of(text)] == ["Elshorst"]


def subject_of(text: str) -> str | None:
    """The subject of the main clause, read by `clause_subject` over the whole text."""
    doc = annotate(build_doc(Article(id="t", text=text, lang="de")))
    span = clause_subject(doc, 0, len(doc.words))
    return None if span is None else text[doc.starts[span[0]] : doc.ends[span[1] - 1]]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Der Minister sagte gestern nichts.", "Der Minister"),  # the pre-field
        ("Am Montag sagte der Minister nichts.", "der Minister"),  # after the verb
        ("Des Weiteren sagte die Ministerin nichts.", "die Ministerin"),  # "Des Weiteren" is an adverb
        ("Die Arbeit der Koalition lobte er.", "er"),  # an object first, a nominative pronoun after
        ("Ihr gegenüber hat er nichts gesagt.", "er"),  # "Ihr" is a dative here
        ("Es regnet seit Tagen.", None),  # "es" names no subject
    ],
)
def test_the_subject_stands_before_or_after_the_finite_verb(text: str, subject: str | None) -> None:
    assert subject_of(text) == subject
