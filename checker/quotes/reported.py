"""Reported speech sentence by sentence, where no reported clause is found.

Tried in order when `indirect.reported_clauses` finds nothing in a sentence:
- "… Dies bestätigte der Premierminister.": the sentence before is what was said;
- "Demnach …", "Danach …": the sentence reports the source just named;
- free indirect speech: a Konjunktiv I sentence that continues an attributed statement;
- a speech act without the words said: "Die Armeeleitung sprach von einem Absturz.", whose
  quoted term is the quotation ("nannte den Plan eine „Luftnummer“", see `called`).
"""

from __future__ import annotations

from ..entities.people import parse_mention
from ..types import Sentence
from .clauses import clause_subject, find_verb, np_end, person_span, skip_opening, subject_after_verb
from .cues import Attribution, State, carried_over, reports, same_paragraph
from .direct import Segment
from .indirect import Found
from .tokens import QuoteDoc, body, is_cue
from .words import (
    ADJECTIVE,
    AUXILIARIES,
    BACK_REFERENCES,
    BECOME,
    CALLED_BEFORE,
    DETERMINERS,
    FOLLOWS_FROM_VERBS,
    PASSIVE_AUXILIARIES,
    PUBLISHED,
    REPORTATIVE,
    REPROACH_VERBS,
    SPEECH_ACT,
    SUBJECT_PRONOUNS,
    THIS_WORDS,
)


def this_said(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """ "… Dies bestätigte der Premierminister.": the previous sentence is what was said."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if si == 0 or last - first < 3 or doc.lows[first] not in THIS_WORDS:
        return None
    if doc.lows[first + 1] in FOLLOWS_FROM_VERBS and doc.lows[first + 2] == "aus":
        stop = np_end(doc, first + 3, last)  # "Das geht aus dem Urteil hervor."
        span = (first + 3, stop) if stop else None
    elif is_cue(doc, first + 1):
        span = subject_after_verb(doc, first + 1, last)
    else:
        return None
    if span is None:
        return None
    prev = doc.sentences[si - 1]
    start, end = body(doc, prev.start, prev.end)
    return start, end, Attribution(doc.words[first + 1], doc.chars(span), si)


def accordingly(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """ "Demnach ..." / "Danach ...": the sentence reports what the source just named says."""
    first = doc.tok(sent.start)
    if first >= len(doc.words) or doc.words[first] not in BACK_REFERENCES:
        return None
    if doc.words[first] == "Danach" and not _after_source(doc, sent, si):
        return None  # "Danach brach Feuer aus": afterwards, not "according to it"
    # The adverb is the mention (it points back to the source); resolution names the source.
    start, end = body(doc, doc.ends[first], sent.end)
    return start, end, Attribution(doc.words[first], doc.chars((first, first + 1)), si)


def _after_source(doc: QuoteDoc, sent: Sentence, si: int) -> bool:
    """Does the sentence report (Konjunktiv I), or did the one before name a document or study?"""
    if any(doc.konj[k] for k in range(doc.tok(sent.start), doc.tok(sent.end))):
        return True
    prev = doc.sentences[si - 1] if si > 0 else None
    return prev is not None and PUBLISHED.search(doc.text, prev.start, prev.end) is not None


def free_indirect(doc: QuoteDoc, sent: Sentence, si: int, state: State) -> Found | None:
    """A Konjunktiv I sentence right after an attributed statement continues it."""
    if not doc.lexicon.MOOD_MARKS_REPORT:
        return None
    carried = carried_over(state, si)
    # "soll" reports when it follows its source directly
    adjacent = state.last is not None and si - state.last.sentence == 1
    if carried is None or not same_paragraph(doc, carried, sent):
        return None
    # a Konjunktiv inside the sentence's own quotation ("„Ich habe …“") is not reported speech
    if not reports(doc, sent, state.quoted, after_source=adjacent):
        return None
    start, end = body(doc, sent.start, sent.end)
    return start, end, _own_subject(doc, sent, si) or carried


def _own_subject(doc: QuoteDoc, sent: Sentence, si: int) -> Attribution | None:
    """A reporting sentence whose main clause is in the indicative and has its own speaker as the
    subject reports that subject, not the speaker carried from before: a speech verb with a person
    or body named ("Im selben Brief fordert X …, damit … könnten"), or any verb but a reportative,
    passive or copula one ("soll", "wurden", "waren") with a person named by a role or in full
    ("Minister Jan Roth zeigte sich bestürzt und dass …")."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    start = skip_opening(doc, first, last)
    verb = find_verb(doc, start, last)
    if verb is None or doc.konj[verb]:
        return None  # "X habe …": the main clause reports
    span = clause_subject(doc, start, last)
    if span is None or doc.lows[span[0]] in SUBJECT_PRONOUNS or not person_span(doc, span):
        return None
    if not is_cue(doc, verb) and not (
        doc.lows[verb] not in REPORTATIVE | BECOME and _named_person(doc, span)
    ):
        return None  # "Die Raten bedeuteten, dass …": no one speaks
    return Attribution(None, doc.chars(span), si)


def _named_person(doc: QuoteDoc, span: tuple[int, int]) -> bool:
    mention = parse_mention(doc.text[doc.starts[span[0]] : doc.ends[span[1] - 1]])
    return bool(mention.role) or len((mention.name or "").split()) >= 2


def speech_act(doc: QuoteDoc, sent: Sentence, si: int, state: State) -> Found | None:
    """ "Die Armeeleitung sprach von einem Absturz.": a speech verb with no reported clause."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    start = skip_opening(doc, first, last)
    verb = find_verb(doc, start, last)
    if verb is None:
        return None
    cue = verb if is_cue(doc, verb) else _participle_cue(doc, verb, last)
    if cue is None or (cue != verb and doc.lows[verb] in PASSIVE_AUXILIARIES):
        return None  # "Der Vertrag wurde gekündigt": a passive names no one who spoke
    span = clause_subject(doc, start, last)
    if span is None or (not person_span(doc, span) and doc.lows[span[0]] not in DETERMINERS):
        return None
    attribution = Attribution(doc.words[cue], doc.chars(span), si, reported=True)
    if doc.lows[cue] in REPROACH_VERBS and doc.lows[last - 2] != "vor":
        return None  # "wirft Fragen auf" raises questions; "wirft ihm ... vor" reproaches
    if not SPEECH_ACT.match(doc.lows[cue]):
        if not _attributed_here(state, attribution):
            state.last = attribution  # not a quotation itself, but the next Konjunktiv I continues it
        return None
    return doc.starts[start], len(doc.text[: sent.end].rstrip()), attribution


def _attributed_here(state: State, attribution: Attribution) -> bool:
    """Did a quotation of this sentence already take this verb's speaker ("Der Zeitung sagte X:
    „…“": the attribution read again as a speech act would make the dative its subject)?"""
    last = state.last
    return last is not None and last.sentence == attribution.sentence and last.cue == attribution.cue


def _participle_cue(doc: QuoteDoc, verb: int, last: int) -> int | None:
    # "hat ... kritisiert.": an auxiliary and a speech verb's participle at the clause end
    if doc.lows[verb] not in AUXILIARIES:
        return None
    for k in range(verb + 1, last):
        if doc.words[k] in ",;:":
            return None
        if is_cue(doc, k) and (k + 1 >= last or doc.words[k + 1] in ".!?"):
            return k
    return None


def called(doc: QuoteDoc, seg: Segment, sent: Sentence) -> bool:
    """Is the quotation what a speech act calls something: "als „Wortbruch“", "von einer „Farce“"?"""
    if not sent.start < seg.start < sent.end:
        return False
    before = doc.tok(seg.start) - 2  # the word before the opening mark
    while before > 0 and doc.lows[before] not in CALLED_BEFORE and ADJECTIVE.match(doc.lows[before]):
        before -= 1  # "einen wahren „…“"
    return before >= 0 and doc.lows[before] in CALLED_BEFORE
