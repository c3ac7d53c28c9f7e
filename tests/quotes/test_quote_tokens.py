"""Token annotations (checker/quotes/tokens.py): which tokens are speech verbs and Konjunktiv forms,
read once from the shared Doc with the article's own lexicon."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.quotes.tokens import annotate
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    return list(extract_quotes(build_doc(Article(id="t", text=text, lang=lang))))


def test_a_period_without_space_still_ends_the_sentence() -> None:
    text = (
        "„Wir bleiben hart“, sagte Weber.Als „großen Fehler“ bezeichnete dagegen "
        "die Gewerkschaftschefin Petra Klein den Plan."
    )
    mentions = {q.text: q.speaker_mention for q in quotes_of(text)}
    assert mentions["Wir bleiben hart"] == "Weber"
    assert "Petra Klein" in (mentions["großen Fehler"] or "")


@pytest.mark.parametrize(
    "text",
    [
        "Der Mann, der wegen Betrugs verurteilt worden war, wurde gestern entlassen.",
        "Die Wahl muss noch vom Parlament bestätigt werden, im Mai soll er sein Amt antreten.",
    ],
)
def test_sentenced_or_confirmed_in_office_is_no_speech(text: str) -> None:
    assert quotes_of(text) == []


def test_gingen_is_past_tense_not_reported_speech() -> None:
    text = "Die Trainerin sagte, das Team sei bereit. Beide Mannschaften gingen mit neuen Spielern aufs Feld."
    assert [q.text for q in quotes_of(text)] == ["das Team sei bereit"]


def test_es_gab_is_no_speech_verb() -> None:
    text = "Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“."
    assert [(q.text, q.speaker) for q in quotes_of(text) if q.direct] == [("übertrieben", "Löw")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er war es, der der Regierung vorwarf, die Aktivisten frei zu lassen.",
            "die Aktivisten frei zu lassen",
        ),
        (
            "Die Forscher fanden heraus, dass es sich bei dem Klumpen um Stein handelte.",
            "dass es sich bei dem Klumpen um Stein handelte",
        ),
        (
            "Die Banken geben in einer Mitteilung bekannt, dass sie neue Programme planen.",
            "dass sie neue Programme planen",
        ),
        (
            "Sie drängten den Premierminister, seine Bemühungen deutlich zu verstärken.",
            "seine Bemühungen deutlich zu verstärken",
        ),
    ],
)
def test_more_verbs_of_saying(text: str, expected: str) -> None:
    assert [q.text for q in quotes_of(text)] == [expected]


def annotated(text: str, lang: str = "de") -> dict[str, tuple[bool, bool]]:
    """Each word of the text with its (speech verb, Konjunktiv) flags."""
    doc = annotate(build_doc(Article(id="t", text=text, lang=lang)))
    return {word: (cue, konj) for word, cue, konj in zip(doc.words, doc.cues, doc.konj, strict=True)}


@pytest.mark.parametrize(
    ("text", "lang", "cues"),
    [
        ("Sie sagte, er habe es mitgeteilt.", "de", {"sagte", "mitgeteilt"}),
        ("Die Polizei stellte am Montag fest, dass ...", "de", {"fest"}),  # the particle makes it one
        ("Der Verlag schlug den Mitarbeitern vor, sich zu bewerben.", "de", {"vor"}),
        ("Das Lager befindet sich am Stadtrand.", "de", set()),  # located, not said
        ("She said the troops had left, he added.", "en", {"said", "added"}),
        ("Sie sagte, er habe es mitgeteilt.", "xx", set()),  # the neutral lexicon has no speech verbs
    ],
)
def test_speech_verbs_are_the_languages_own(text: str, lang: str, cues: set[str]) -> None:
    assert {word for word, (cue, _) in annotated(text, lang).items() if cue} == cues


@pytest.mark.parametrize(
    ("text", "lang", "konj"),
    [
        ("Er sagte, die Truppen seien bereit und der Plan funktioniere.", "de", {"seien", "funktioniere"}),
        ("Die große Koalition plante eine neue Ära.", "de", set()),  # "-e" forms that are no verbs
        ("Er sagte, die Truppen seien bereit.", "en", set()),  # mood marks reported speech in German
    ],
)
def test_konjunktiv_forms_are_marked_where_the_language_has_them(
    text: str, lang: str, konj: set[str]
) -> None:
    assert {word for word, (_, k) in annotated(text, lang).items() if k} == konj


@pytest.mark.parametrize(
    "text", ["Versprechen der Industriestaaten, den", "Er wies die Vorwürfe zurück, das", "Die Bitte, die"]
)
def test_a_relative_pronoun_that_ends_the_text_is_read(text: str) -> None:
    assert quotes_of(text) == []


def _cues_of(text: str, lang: str) -> list[str]:
    doc = annotate(build_doc(Article(id="t", text=text, lang=lang)))
    return [word for word, cue in zip(doc.words, doc.cues, strict=True) if cue]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # English verbs of saying are a class: every inflection of each stem is a cue.
        (
            "She insisted, he argues, they replied, we are noting it.",
            ["insisted", "argues", "replied", "noting"],
        ),
        ("Lee gushed and Ray stresses it; Kim quipped.", ["gushed", "stresses", "quipped"]),
        # A verb that is a noun too is no cue after a determiner.
        ("The report came. His claims were old. Ann reported it.", ["reported"]),
    ],
)
def test_english_cue_verbs_with_their_inflections(text: str, cues: list[str]) -> None:
    assert _cues_of(text, "en") == cues


def test_an_unknown_verb_of_saying_attributes_a_trailing_quotation() -> None:
    text = "“This is the best team we have ever had,” coach Ann Lee gushed."
    quote = next(q for q in quotes_of(text, "en") if q.direct)
    assert quote.speaker == "Ann Lee"
