"""One statement, many renderings: when two quotations render one statement, and how they relate.

A statement is printed by many outlets, in several languages: the same words, a truncation, a
faithful translation, a paraphrase, or a copy that changed something. `match` decides whether two
quotations render one statement and which of their sentences correspond; `relate` says how the
two renderings of those sentences relate:

- same language: the content words of the shorter rendering must largely recur in a sentence
  (or a run of sentences) of the other; then the words are compared (a word diff);
- across languages every word differs, so a match needs the same speaker and evidence that does
  not depend on words: a high similarity of the two quotations' embeddings (a pair of the pairing
  stage at `CROSS_LINGUAL_SCORE` or more), or at least `MIN_ANCHORS` shared anchors (digits and
  cognates: words of five letters or more that begin alike, "Front"/"front",
  "respektiert"/"respected", never a name); then the renderings are compared by the
  language-neutral features of `checker.compare.substance` only.

A relation is one of `RELATION_KINDS`: "same" (identical, truncated, a faithful translation, or two
independent translations of one statement), "reworded" (a copy whose few changed words keep the
meaning), "changed" (a number, modality or possessive changed), "contradicted" (a negation
added or dropped).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..entities.people import is_pronoun, parse_mention, same_person, surname_key
from ..lang import SUPPORTED, every_language, lexicon, reading_lexicon
from ..lang.shared import QUOTE_MARKS, SINGLE_QUOTES, WORD
from ..types import Claim
from .substance import Feature, differences

# Words that tell no topic: function words, and the modal verbs and negations that are compared
# as substance instead.
_STOP = (
    every_language("compare", "STOP_WORDS")
    | every_language("compare", "QUOTE_NEGATIONS")
    | frozenset(w for code in SUPPORTED for w in lexicon(code).compare.MODALS)
)
RELATION_KINDS = ("same", "reworded", "changed", "contradicted")
# Diff operations at a wording's very start or end that truncate it.
TRUNCATION_KINDS = ("delete", "insert")

# Same language: the share of the shorter rendering's content words that the other keeps.
SAME_LANGUAGE_OVERLAP = 0.7
# A copy (not a translation) keeps most words in order and changes them in few places.
COPY_KEPT_SHARE = 0.7
MAX_COPY_CHANGES = 2
# Across languages: the similarity of the embeddings of two renderings of one statement by one
# speaker (translations of one statement score .87-.91 with multilingual-e5-small, other quotations
# of the same speaker in the same story .75-.86), or the anchors shared without such a pair.
CROSS_LINGUAL_SCORE = 0.87
MIN_ANCHORS = 2
ANCHOR_LENGTH = 5
# A pair of the pairing stage below this similarity renders another statement.
MIN_PAIR_SCORE = 0.8
# Fewer content words than this are a short, partial quotation, matched by its sentence.
MIN_CONTENT = 3

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# A quotation split by its attribution spans it: “It is hard,” she said. “We will try.” The words
# from a closing double mark to the next opening one are the writer's, not the speaker's.
_DOUBLE_MARKS = re.escape("".join(m for m in QUOTE_MARKS if m not in SINGLE_QUOTES and m not in "‘’"))
_ATTRIBUTION_INSIDE = re.compile(rf"[{_DOUBLE_MARKS}][^{_DOUBLE_MARKS}]*[{_DOUBLE_MARKS}]")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Rendering:
    """One quotation as a rendering of a statement."""

    claim: Claim
    lang: str
    text: str  # the quoted words
    pieces: tuple[str, ...]  # its sentences
    speaker: str | None
    surname: str | None  # the spelling-neutral key of the speaker's surname
    named: bool  # the text names the speaker where it quotes (not a pronoun, not a role alone)
    context: frozenset[str] = field(default=frozenset())  # content stems of the claim's sentence

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def article(self) -> str:
        return self.claim.article_id

    @property
    def direct(self) -> bool:
        """Quoted in the speaker's words (not an indirect rendering of them)."""
        return self.claim.quote is not None and self.claim.quote.direct


def rendering(claim: Claim) -> Rendering:
    """The rendering of a quote claim."""
    quote = claim.quote
    assert quote is not None
    speaker = quote.speaker if quote.speaker and parse_mention(quote.speaker).name else None
    mention = (quote.speaker_mention or "").strip()
    named = bool(speaker and mention and not is_pronoun(mention) and parse_mention(mention).name)
    text = _ATTRIBUTION_INSIDE.sub(" ", quote.text).strip()
    pieces = tuple(p for p in _SENTENCE_END.split(text) if p)
    return Rendering(
        claim=claim,
        lang=claim.lang or "und",
        text=text,
        pieces=pieces or (quote.text,),
        speaker=speaker,
        surname=surname_key(speaker) or None if speaker else None,
        named=named,
        context=frozenset(_stems(claim.text)),
    )


def same_speaker(a: Rendering, b: Rendering) -> bool | None:
    """One person (by `same_person`, across spellings), two people, or unknown (a speaker missing)."""
    if a.speaker is None or b.speaker is None:
        return None
    return same_person(a.speaker, b.speaker)


@dataclass(frozen=True, slots=True)
class Match:
    """The corresponding sentences of two renderings of one statement."""

    a: str
    b: str
    same_language: bool
    strength: float  # same language: the share of content words kept; across: the anchors or score
    partial: bool = False  # a few quoted words, matched by their sentence: only their wording is read


def match(a: Rendering, b: Rendering, score: float) -> Match | None:
    """Do two renderings render one statement? Their corresponding sentences, or None.

    ``score`` is the similarity of the pair from the pairing stage (0.0 when they were not paired).
    """
    if 0.0 < score < MIN_PAIR_SCORE:
        return None
    if a.lang == b.lang:
        return _match_words(a, b)
    return _match_across(a, b, score)


def _match_words(a: Rendering, b: Rendering) -> Match | None:
    short, long = (a, b) if len(_stem_set(a.text)) <= len(_stem_set(b.text)) else (b, a)
    stems = _stem_set(short.text)
    if len(stems) < MIN_CONTENT:
        return _match_short(a, b)
    best, window = 0.0, long.text
    for start in range(len(long.pieces)):
        for stop in range(start + 1, min(len(long.pieces), start + len(short.pieces) + 1) + 1):
            text = " ".join(long.pieces[start:stop])
            kept = len(stems & _stem_set(text)) / len(stems)
            if kept > best:
                best, window = kept, text
    if best < SAME_LANGUAGE_OVERLAP:
        return None
    texts = (short.text, window) if short is a else (window, short.text)
    return Match(texts[0], texts[1], True, best)


def _match_short(a: Rendering, b: Rendering) -> Match | None:
    """A few quoted words: one statement when their sentences share their topic and a key word
    became another compound of the same head ("keine Einbahnstraße" / eine „Zweibahnstraße“)."""
    context = len(a.context & b.context) / max(1, min(len(a.context), len(b.context)))
    if context < 0.3 or not _changed_compound(_words(a.text), _words(b.text)):
        return None
    return Match(a.text, b.text, True, context, partial=True)


def _changed_compound(a: Sequence[str], b: Sequence[str]) -> bool:
    for x in set(a) - set(b):
        for y in set(b) - set(a):
            if len(x) >= 8 and len(y) >= 8 and x[-7:] == y[-7:]:
                return True
    return False


def _match_across(a: Rendering, b: Rendering, score: float) -> Match | None:
    best: tuple[int, str, str] = (0, a.text, b.text)
    for piece_a in a.pieces:
        for piece_b in b.pieces:
            shared = len(anchors(piece_a, a.lang) & anchors(piece_b, b.lang))
            if shared > best[0] and comparable_length(piece_a, piece_b):
                best = (shared, piece_a, piece_b)
    if score >= CROSS_LINGUAL_SCORE:
        return Match(best[1], best[2], False, score)
    if best[0] >= MIN_ANCHORS:
        return Match(best[1], best[2], False, float(best[0]))
    return None


def shifted_match(person: Rendering, body: Rendering, surname: str) -> Match | None:
    """Across languages, a body's statement about a person and that person's first-person words
    of one event: a sentence of each, of comparable length, the person's in the first person, the
    body's naming the person, and both naming another person or place alike ("Weber accepted my
    proposal" / „Weber hat den Vorschlag von Orlow angenommen“). The shift of person is what the
    two renderings are compared for, so it stands for the anchor their words cannot give."""
    own = surname_key(surname)
    for piece_a in person.pieces:
        if not first_person(piece_a, person.lang):
            continue
        names_a = _names(piece_a, person.lang) - {own}
        for piece_b in body.pieces:
            if not (mentions(piece_b, surname) and comparable_length(piece_a, piece_b)):
                continue
            if names_a & _names(piece_b, body.lang):
                return Match(piece_a, piece_b, False, 1.0)
    return None


def _names(text: str, lang: str) -> set[str]:
    """The spelling-neutral keys of the words of a text that may be names: capitalised, and in a
    language that capitalises only names, not the first word."""
    names_marked = not reading_lexicon(lang).compare.NOUNS_CAPITALISED
    words = WORD.findall(text)
    return {
        surname_key(w)
        for i, w in enumerate(words)
        if w[:1].isupper() and (i > 0 or not names_marked) and w.lower() not in _STOP
    } - {""}


def comparable_length(a: str, b: str) -> bool:
    """Are two renderings of about the same length (in words), as a translation is?"""
    na, nb = len(WORD.findall(a)), len(WORD.findall(b))
    return max(na, nb) <= 2 * min(na, nb) + 2


def anchors(text: str, lang: str) -> set[str]:
    """What two languages' renderings of one sentence share: digits and cognates (words of
    `ANCHOR_LENGTH` letters or more, by their folded beginning), never a name."""
    names_marked = not reading_lexicon(lang).compare.NOUNS_CAPITALISED
    found: set[str] = set()
    for i, match_ in enumerate(WORD.finditer(text)):
        word = match_.group()
        if _DIGITS.search(word):
            found.add(word)
        elif len(word) >= ANCHOR_LENGTH and word.lower() not in _STOP:
            if names_marked and i > 0 and word[0].isupper():
                continue  # a capitalised word inside an English sentence is a name
            found.add(_fold(word)[:ANCHOR_LENGTH])
    return found


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Relation:
    """How two renderings of one statement relate (see `RELATION_KINDS`)."""

    kind: str
    features: tuple[Feature, ...] = ()
    diff: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()


def relate(a: Rendering, b: Rendering, found: Match) -> Relation:
    """How the corresponding sentences of two renderings relate."""
    if found.partial:
        return Relation("reworded", (), word_diff(_words(a.text), _words(b.text)))
    features = tuple(differences(found.a, a.lang, found.b, b.lang))
    if found.same_language:
        wa, wb = _words(found.a), _words(found.b)
        if wa == wb or _contained(wa, wb) or _contained(wb, wa):
            return Relation("same")
        diff = word_diff(wa, wb)  # the corresponding sentences, not the rest of a long quotation
        features = _in_changed_words(features, diff)
        if not features and not _copy(wa, wb):
            return Relation("same")  # two translations of one statement: each its own words
    elif not features:
        return Relation("same")  # a faithful translation
    else:
        diff = feature_diff(a, b, features)
    if any(f.name == "negation" for f in features):
        return Relation("contradicted", features, diff)
    return Relation("changed" if features else "reworded", features, diff)


def _in_changed_words(
    features: Sequence[Feature], diff: Sequence[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> tuple[Feature, ...]:
    """The features that the words changed between two wordings carry (not a number or modal verb
    that both keep, only read differently by a longer window)."""
    changed = {w for op, xs, ys in diff if op != "equal" for w in (*xs, *ys)}
    return tuple(
        f
        for f in features
        if any(w.lower() in changed or not WORD.fullmatch(w) for w in (*f.words_a, *f.words_b))
    )


def _copy(a: Sequence[str], b: Sequence[str]) -> bool:
    """Is one wording a copy of the other with few changes, not an independent translation?"""
    matcher = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    changes = sum(op != "equal" for op, *_ in matcher.get_opcodes())
    return kept / max(
        1, min(len(a), len(b))
    ) >= COPY_KEPT_SHARE and changes <= MAX_COPY_CHANGES + _truncations(matcher, len(a), len(b))


def _truncations(matcher: difflib.SequenceMatcher[str], na: int, nb: int) -> int:
    """Changes at the very start or end are truncations, not rewordings."""
    ops = matcher.get_opcodes()
    ends = [ops[0], ops[-1]] if len(ops) > 1 else []
    return sum(op[0] in TRUNCATION_KINDS for op in ends)


def word_diff(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The word diff from one wording to the other: (op, words of a, words of b) runs."""
    matcher = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False)
    return tuple((op, tuple(a[i1:i2]), tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes())


def feature_diff(
    a: Rendering, b: Rendering, features: Sequence[Feature]
) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Each rendering's words in order, those that carry a changed feature marked: the diff a
    report highlights when no word diff exists (two languages)."""
    marked_a = {w.lower() for f in features for w in f.words_a}
    marked_b = {w.lower() for f in features for w in f.words_b}
    return (*_runs(_words(a.text), marked_a, first=True), *_runs(_words(b.text), marked_b, first=False))


def _runs(
    words: Sequence[str], marked: set[str], *, first: bool
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    runs: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for word in words:
        op = "replace" if word in marked else "equal"
        if runs and runs[-1][0] == op:
            prev = runs[-1]
            runs[-1] = (op, (*prev[1], word), ()) if first else (op, (), (*prev[2], word))
        else:
            runs.append((op, (word,), ()) if first else (op, (), (word,)))
    return runs


def kept_share(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter wording's words that the other keeps in the same order."""
    matcher = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return kept / max(1, min(len(a), len(b)))


def _contained(short: Sequence[str], long: Sequence[str]) -> bool:
    n = len(short)
    return 0 < n <= len(long) and any(
        tuple(long[i : i + n]) == tuple(short) for i in range(len(long) - n + 1)
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _stems(text: str) -> list[str]:
    return [w[:6] for w in _words(text) if w not in _STOP and len(w) > 2]


def _stem_set(text: str) -> set[str]:
    return set(_stems(text))


def first_person(text: str, lang: str) -> bool:
    """Does the rendering speak in the first person ("my proposal", „wir haben“)?"""
    own = reading_lexicon(lang).compare.FIRST_PERSON
    return any(w in own for w in _words(text))


def mentions(text: str, surname: str) -> bool:
    """Does the text name the person (by the spelling-neutral key of the surname)?"""
    key = surname_key(surname)
    return bool(key) and any(surname_key(w) == key for w in capitalised_words(text))


def capitalised_words(text: str) -> list[str]:
    """The words of a text that may be names (capitalised)."""
    return [w for w in WORD.findall(text) if w[:1].isupper()]


def words_of(text: str) -> list[str]:
    """The lower-case words of a text, as renderings are compared by."""
    return _words(text)
