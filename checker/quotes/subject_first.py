"""Attribution in a language that puts its subject first (English): the speaker phrase stands
right before its speech verb, whether the verb follows the quotation (“…,” Ann Lee said) or
introduces it (Ann Lee said, “…”)."""

from __future__ import annotations

from ..lang.shared import QUOTE_MARKS
from .clauses import abbreviated
from .cues import Attribution
from .direct import Segment
from .tokens import QuoteDoc, Span, is_cue
from .words import (
    ADDITIVE_CONJUNCTIONS,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    EXPLETIVES,
    OPENING_CONJUNCTIONS,
    SUBJECT_PRONOUNS,
)

# How far a speaker phrase may run before its verb: “…,” Scott Pruitt, the attorney general of
# Oklahoma, one of the states suing the agency, said.
MAX_SUBJECT_TOKENS = 30


def subject_then_cue(doc: QuoteDoc, k: int, last: int) -> Attribution | None:
    """“…,” Clinton campaign spokesman Brian Fallon said / “…,” the letter reads / “…,” she added:
    the subject first, then the speech verb (a language that puts its subject first)."""
    low = doc.lows[k]
    pronoun = low in SUBJECT_PRONOUNS or low in EXPLETIVES
    # a lower-case role may open it when a name follows: “…,” campaign spokesman Tom Lee said
    role_first = doc.is_lower_word(k) and any(doc.is_cap(m) for m in range(k + 1, min(last, k + 3)))
    if not (doc.is_cap(k) or low in DETERMINERS or pronoun or role_first):
        return None
    j = k
    while j + 1 < min(last, k + MAX_SUBJECT_TOKENS):
        j += 1
        word, low = doc.words[j], doc.lows[j]
        if word == "." and abbreviated(doc.words[j - 1]):
            continue  # “…,” Mr. Podesta said
        if word == "(":
            j = _bracket_end(doc, j, last)  # “…,” Rep. Ann Lee (D-Ohio) said
            continue
        if word in ".;:!?" or word in QUOTE_MARKS:
            return None
        if is_cue(doc, j):
            # the subject runs to its first comma (an apposition follows), without "has", "later"
            stop = next((m for m in range(k + 1, j) if doc.words[m] == ","), j)
            while stop > k + 1 and (doc.lows[stop - 1] in AUXILIARIES or doc.lows[stop - 1] in ADVERBS):
                stop -= 1
            return Attribution(doc.words[j], doc.chars((k, stop)))
        if low in AUXILIARIES and (j + 1 >= last or not (is_cue(doc, j + 1) or doc.lows[j + 1] in ADVERBS)):
            return None  # “…” Trump is wrong, critics said: a clause of its own, not the speaker
        if pronoun and low not in ADVERBS:
            return None  # “…,” he said; “…,” she later added
    return None


def _bracket_end(doc: QuoteDoc, j: int, last: int) -> int:
    """The closing bracket of the parenthesis opened at ``j`` (or ``j`` if it stays open)."""
    for m in range(j + 1, min(last, j + 12)):
        if doc.words[m] == ")":
            return m
    return j


# Words between a speech verb and the comma before its quotation: "said Thursday, “…”".
MAX_AFTER_CUE = 3
# How far back a phrase without a name reaches for its determiner: "the ad's narrator said, “…”".
MAX_COMMON_SUBJECT = 6


def subject_before_cue(doc: QuoteDoc, seg: Segment) -> Attribution | None:
    """ "Clinton said, “…”", "the announcer said: “…”", "I laughed and said, “…”": the quotation
    follows its speech verb and a comma or colon; the subject is the phrase right before the verb."""
    mark = doc.tok(seg.start) - 1  # the opening quotation mark
    if mark < 2 or doc.words[mark - 1] not in ",:":
        return None
    cue = next((k for k in range(mark - 2, max(0, mark - 2 - MAX_AFTER_CUE), -1) if is_cue(doc, k)), None)
    if cue is None:
        return None
    span = phrase_before(doc, cue)
    return Attribution(doc.words[cue], doc.chars(span)) if span else None


def phrase_before(doc: QuoteDoc, cue: int) -> Span | None:
    """The subject right before a speech verb: a pronoun, a name, or a phrase from its determiner."""
    end = cue
    while end > 0 and (doc.lows[end - 1] in AUXILIARIES or doc.lows[end - 1] in ADVERBS):
        end -= 1  # "has said", "later told"
    if end >= 2 and doc.lows[end - 1] in ADDITIVE_CONJUNCTIONS:
        end -= 2  # "I laughed and said": the subject of the verb before "and"
    if end < 1:
        return None
    if doc.lows[end - 1] in SUBJECT_PRONOUNS:
        return end - 1, end
    start = end
    while start > 0 and (
        doc.is_cap(start - 1)
        or (doc.words[start - 1] == "." and start > 1 and abbreviated(doc.words[start - 2]))
    ):
        start -= 1  # "Sen. Ann Lee", "Clinton"
    while start < end - 1 and (doc.lows[start] in OPENING_CONJUNCTIONS or doc.lows[start] in ADVERBS):
        start += 1  # "But Putin said:", "Later Lee told": a sentence's first word, capitalised
    if start < end:
        return start, end
    for k in range(end - 1, max(-1, end - 1 - MAX_COMMON_SUBJECT), -1):
        if doc.words[k] in ".,;:!?" or doc.words[k] in QUOTE_MARKS:
            return None
        if doc.lows[k] in DETERMINERS:
            return k, end  # "the announcer", "a friend"
    return None
