"""The article as the quotation rules read it: the shared `Doc`, each token annotated once.

`annotate` adds to the tokens of `checker.text.doc.Doc` what every rule asks of them again and
again: is the token a speech verb (a cue: "sagte", "mitgeteilt", "said"), is it a Konjunktiv form
("sei", "habe"), and which source marker ("laut X", "nach Angaben X") a sentence holds (found
when first asked). Speech verbs and Konjunktiv forms are the article's own language's
(`doc.lexicon`, the quotes words of its reading language).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from types import ModuleType

from ..lang import lexicon
from ..text.doc import Doc, Span
from ..types import Sentence
from .words import (
    ADVERBS,
    ATTITUDES,
    BECOME,
    DETERMINERS,
    MARKER,
    MARKER_HINT,
    NOT_CUE_BEFORE,
    NOT_SAYING_STEMS,
    PARTICLE_VERBS,
    PREPOSITIONS,
    STELLEN_PARTICLES,
    SUBJECT_PRONOUNS,
    THERE_IS_VERBS,
)

__all__ = ["CAP", "QuoteDoc", "Span", "annotate", "body", "is_cue", "marker_match"]

CAP = re.compile(r"[A-ZÄÖÜÀ-ÝĀ-Ž]")  # a capital letter opens the word


@dataclass(frozen=True, slots=True)
class QuoteDoc(Doc):
    """A `Doc` with the quotation rules' annotations of its tokens."""

    lexicon: ModuleType  # the quotes words of the article's reading language
    cues: tuple[bool, ...]  # is the token a speech verb?
    konj: tuple[bool, ...]  # is the token a Konjunktiv I (or II) verb form?
    markers: dict[int, re.Match[str] | None]  # the source marker of a sentence, by its start
    # the first and last token of a sentence that report speech (see quotes.direct), by its start
    speech: dict[int, tuple[int, int] | None] = dataclasses.field(default_factory=dict)

    def is_cap(self, i: int) -> bool:
        # past the last token ("…, den" ends the text) there is no capital
        return i < len(self.words) and bool(CAP.match(self.words[i]))

    def is_lower_word(self, i: int) -> bool:
        word = self.words[i]
        return word[0].isalpha() and word[0].islower()


def annotate(doc: Doc) -> QuoteDoc:
    """The article's tokens with their cue and Konjunktiv flags (see the module docstring)."""
    lex = lexicon(doc.lang).quotes
    words, lows = doc.words, doc.lows
    return QuoteDoc(
        **{f.name: getattr(doc, f.name) for f in dataclasses.fields(Doc)},
        lexicon=lex,
        cues=_cues(words, lows, doc.lang),
        konj=_konjunktiv(words, lows, lex),
        markers={},
    )


def _cues(words: tuple[str, ...], lows: tuple[str, ...], lang: str) -> tuple[bool, ...]:
    """Which tokens are speech verbs: a word of the language's cues, or a particle or attitude
    that completes one; not where the verb means something else ("befindet sich")."""
    cues = [w[0].islower() and _cue_word(low, lang) for w, low in zip(words, lows, strict=True)]
    not_after = lexicon(lang).quotes.NOT_CUE_AFTER
    for i in range(1, len(lows)):
        if (lows[i] == "aus" and lows[i - 1] == "davon") or (
            lows[i] == "ausgegangen" and "davon" in lows[i - 4 : i]
        ):
            cues[i] = True  # "geht davon aus, dass ...", "war davon ausgegangen, dass ..."
        elif lows[i] in STELLEN_PARTICLES and any(w.startswith("stell") for w in lows[max(0, i - 10) : i]):
            cues[i] = True  # "stellte ... fest, dass ...": the particle completes the speech verb
        elif lows[i] in NOT_CUE_BEFORE and i + 1 < len(lows) and lows[i + 1] == NOT_CUE_BEFORE[lows[i]]:
            cues[i] = False  # "befindet sich" is located, "gibt es" there is
        elif cues[i] and _not_saying(lows, i):
            cues[i] = False
        elif cues[i] and lows[i - 1] in not_after:
            cues[i] = False  # "the report", "his claims": a noun
        elif i + 1 < len(lows) and words[i + 1] == "," and _clause_end_cue(lows, i):
            cues[i] = True  # "schlug ... vor, ...", "zeigte sich zuversichtlich, dass ..."
    return tuple(cues)


@functools.lru_cache(maxsize=65536)
def _cue_word(low: str, lang: str) -> bool:
    # Cached: the same few thousand words recur in every article.
    lex = lexicon(lang).quotes
    return low in lex.CUE_WORDS or (low not in lex.NOT_CUES and bool(lex.CUE_PATTERN.fullmatch(low)))


def _not_saying(lows: tuple[str, ...], i: int) -> bool:
    """ "wurde verurteilt" (sentenced), "muss bestätigt werden" (in office), "in dem es nur 26
    Fouls gab" (there were): no report."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] in THERE_IS_VERBS:
        # verb-final after "es"; "Es gibt Zweifel, ob …" keeps its noun of saying
        clause = lows[max(0, i - 8) : i - 1]
        cut = max((k for k, w in enumerate(clause) if w in ",;:"), default=-1)
        return "es" in clause[cut + 1 :]
    return lows[i].startswith(NOT_SAYING_STEMS) and after in BECOME


def _clause_end_cue(lows: tuple[str, ...], i: int) -> bool:
    """Is the word before a comma the particle of a speech verb, or an attitude before "dass"?"""
    low = lows[i]
    if low in ATTITUDES:
        return i + 2 < len(lows) and lows[i + 2] == "dass"
    stems = PARTICLE_VERBS.get(low)
    return stems is not None and any(w.startswith(stems) for w in lows[max(0, i - 12) : i])


def _konjunktiv(words: tuple[str, ...], lows: tuple[str, ...], lex: ModuleType) -> tuple[bool, ...]:
    """Which tokens are Konjunktiv forms: listed ones, and "-e" forms where a finite verb stands."""
    if not lex.MOOD_MARKS_REPORT:
        return (False,) * len(lows)
    konj = [low in lex.KONJUNKTIV for low in lows]
    for k in range(1, len(lows) - 1):
        word = words[k]
        if (
            word[-1] == "e"
            and not konj[k]
            and lex.KONJUNKTIV_FORM.fullmatch(word)
            and _verb_slot(words, lows, k, lex)
        ):
            konj[k] = True
    return tuple(konj)


def _verb_slot(words: tuple[str, ...], lows: tuple[str, ...], k: int, lex: ModuleType) -> bool:
    """Does the word stand where a finite verb stands: at a clause end, or after the pre-field?"""
    low, nxt, prev = lows[k], words[k + 1], lows[k - 1]
    if (
        low in lex.NOT_KONJUNKTIV
        or low in DETERMINERS
        or low in ADVERBS
        or low in PREPOSITIONS
        or low.endswith(lex.NOT_KONJUNKTIV_ENDINGS)
    ):
        return False
    if nxt in ".,;:":
        return prev not in DETERMINERS  # "..., weil er sich bedroht fühle."
    if prev in DETERMINERS or prev in PREPOSITIONS or CAP.match(nxt) or nxt in '„»"':
        return False  # "die große Koalition", "eine neue Ära"
    return CAP.match(words[k - 1]) is not None or prev in SUBJECT_PRONOUNS or prev == "es"


def is_cue(doc: QuoteDoc, i: int) -> bool:
    return doc.cues[i]


def marker_match(doc: QuoteDoc, sent: Sentence) -> re.Match[str] | None:
    """The first source marker of a sentence (searched once per sentence)."""
    if sent.start not in doc.markers:
        hint = MARKER_HINT.search(doc.text, sent.start, sent.end)
        doc.markers[sent.start] = MARKER.search(doc.text, hint.start(), sent.end) if hint else None
    return doc.markers[sent.start]


def body(doc: QuoteDoc, start: int, end: int) -> tuple[int, int]:
    """The characters [start, end) without leading spaces and commas or final punctuation."""
    text = doc.text
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " .!?:;\n":  # not text[:end].rstrip(): a copy per call
        end -= 1
    return start, end
