"""Who said a direct quotation: the attribution around its quotation marks.

Tried in order: an attribution after the quotation ("„…“, sagte Blinken", "„…“, so X", "“…,”
Blinken said", "„…“, heißt es in X"), one before its colon ("Blinken sagte: „…“", "In der
Erklärung heißt es: „…“"); a quotation standing alone continues the previous speaker; quoted
words inside a sentence belong to the source the sentence cites, the speech verb's subject, or
the sentence's subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.people import is_pronoun, parse_mention
from ..types import Sentence
from .clauses import (
    clause_subject,
    find_verb,
    head_is_person,
    is_verb,
    named_person,
    np_end,
    person_span,
    skip_opening,
    subject_after_verb,
)
from .cues import (
    Attribution,
    State,
    carried_over,
    cited_source,
    cue_subject,
    location_source,
    marker_attribution,
    named_after_say,
    previous_subject,
    reports,
    sentence_cues,
    so_source,
)
from .direct import END_PUNCT, Segment, at_clause_start, standalone
from .indirect import noun_clause, wie_clause
from .subject_first import phrase_before, subject_before_cue, subject_then_cue
from .tokens import QuoteDoc, Span, is_cue
from .words import (
    ADVERBS,
    AGENT_PREPOSITIONS,
    CONJUNCTIONS,
    DETERMINERS,
    IT_IS_SAID,
    IT_IS_WRITTEN,
    NOUN_ENDINGS,
    OPENING_CONJUNCTIONS,
    OWN_WORDS,
    PASSIVE_AUXILIARIES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

# "„…“, heißt es in der Erklärung", "Auf der Website stand: „…“": the document is the source.
_CITING_VERBS = IT_IS_SAID | IT_IS_WRITTEN


def direct_attribution(doc: QuoteDoc, seg: Segment, sent: Sentence, state: State) -> Attribution | None:
    si = doc.sentence_index(seg.start)
    # A quotation of several sentences is attributed after its last one.
    closing = doc.sentences[doc.sentence_index(max(seg.start, seg.end - 1))]
    found = _attribution_after(doc, seg, sent, closing) or _signed(doc, seg)
    if found is None and doc.lexicon.SUBJECT_FIRST:
        found = subject_before_cue(doc, seg)  # Clinton said, “…” / In a statement, Peabody said: “…”
    found = found or _attribution_colon(doc, seg, sent, state)
    if found is not None and not _inside(found, seg):
        return replace(found, sentence=si)
    if standalone(doc, seg, sent):
        return _standalone_speaker(doc, si, state)
    return _embedded_speaker(doc, seg, sent, state, si)


def _inside(attribution: Attribution, seg: Segment) -> bool:
    span = attribution.speaker
    return span is not None and span[0] < seg.end and seg.start < span[1]


def _standalone_speaker(doc: QuoteDoc, si: int, state: State) -> Attribution | None:
    """A quotation standing alone continues the previous quotation, or quotes the previous subject."""
    recent = carried_over(state, si, reach=1)
    if recent is not None and not _own_account(doc, recent):
        return recent
    previous = previous_subject(doc, si)
    if previous is not None and _person_like(doc, previous):
        return previous
    return carried_over(state, si) or previous


def _own_account(doc: QuoteDoc, attribution: Attribution) -> bool:
    """ "nach eigenem Bekunden" points to the subject of its sentence, who goes on speaking."""
    span = attribution.speaker
    k = doc.tok(span[0]) - 1 if span is not None else -1
    return k >= 0 and doc.lows[k] in OWN_WORDS


def _person_like(doc: QuoteDoc, attribution: Attribution) -> bool:
    """Does the mention name a person, a role or an organisation that speaks (not "die Haltung")?"""
    if attribution.speaker is None:
        return False
    mention = doc.text[attribution.speaker[0] : attribution.speaker[1]]
    parsed = parse_mention(mention)
    return bool(parsed.name or parsed.role) or is_pronoun(mention.strip())


_AFTER_CLOSE = re.compile(r"[“”\"»«‘’]?[ \t]*[,–-]?[ \t]*")


def _attribution_after(doc: QuoteDoc, seg: Segment, sent: Sentence, closing: Sentence) -> Attribution | None:
    """„…“, sagte Blinken. / „…“, so Blinken. / “…,” Blinken said. / „…“, heißt es in X."""
    text = doc.text
    close = _AFTER_CLOSE.match(text, seg.end)
    pos = close.end() if close else seg.end
    crossed = pos >= closing.end
    if crossed:
        nxt = doc.sentence_index(closing.end) + 1  # "„…“ Sagte er." is rare; "„… Ende.“ So X." is not
        closing = doc.sentences[nxt] if nxt < len(doc.sentences) else closing
    k, last = doc.tok(pos), doc.tok(closing.end)
    if k >= last or doc.starts[k] != pos or not doc.words[k][0].isalpha():
        return None
    if crossed and doc.lows[k] in OPENING_CONJUNCTIONS:
        return None  # “… them.” But Ann replied that …: a new sentence goes on, it attributes nothing
    clause_initial = at_clause_start(doc, seg, sent)
    if not (clause_initial or END_PUNCT.search(text, seg.start, seg.end) or text[seg.end - 1] == ","):
        return None
    low = doc.lows[k]
    if low == "so":
        if k + 1 < last and doc.is_lower_word(k + 1) and is_verb(doc, k + 1, last):
            # „…“, so charakterisierte ihn der Gewerkschafter: the verb, then its subject
            span = subject_after_verb(doc, k + 1, last)
            return Attribution(doc.words[k + 1], doc.chars(span)) if span else None
        stop = np_end(doc, k + 1, last)
        return Attribution("so", doc.chars((k + 1, stop))) if stop else None
    if doc.lexicon.SUBJECT_FIRST:
        found = subject_then_cue(doc, k, last)  # “…,” Blinken said.
        if found is not None:
            return found
    if not (is_cue(doc, k) or (clause_initial and _after_quote_verb(doc, k))):
        return None
    if low in _CITING_VERBS:
        return cited_source(doc, k, last)
    span = subject_after_verb(doc, k, last)
    if span and low.startswith("zitiert"):
        # „…“, zitiert die Zeitung den Minister: the one quoted is the speaker, not the outlet
        quoted = np_end(doc, span[1], last)
        span = (span[1], quoted) if quoted else span
    return Attribution(doc.words[k], doc.chars(span)) if span else None


_SIGNATURE = re.compile(r"[“”\"»«]?[ \t]*[―—–][ \t]*")


def _signed(doc: QuoteDoc, seg: Segment) -> Attribution | None:
    """“…” ― Ann Lee: a name after a dash that ends the line signs the quotation."""
    dash = _SIGNATURE.match(doc.text, seg.end)
    if dash is None:
        return None
    k = doc.tok(dash.end())
    if k >= len(doc.words) or doc.starts[k] != dash.end() or not doc.is_cap(k):
        return None
    stop = np_end(doc, k, len(doc.words))
    if stop is None:
        return None
    rest = doc.text[doc.ends[stop - 1] :]
    line_end = rest.find("\n")
    return (
        Attribution(None, doc.chars((k, stop)))
        if not rest[: line_end if line_end >= 0 else None].strip(" .")
        else None
    )


def _after_quote_verb(doc: QuoteDoc, k: int) -> bool:
    # „…“, stellte Celebi fest: the quotation is the pre-field, the next word is the finite verb
    low = doc.lows[k]
    closed = low in DETERMINERS or low in PREPOSITIONS or low in CONJUNCTIONS or low in SUBORDINATORS
    return doc.is_lower_word(k) and not closed and low not in ADVERBS


def _attribution_colon(doc: QuoteDoc, seg: Segment, sent: Sentence, state: State) -> Attribution | None:
    """Blinken sagte: „…“ / Das Fazit von X: „…“ / In der Erklärung heißt es: „…“."""
    head = doc.text[max(0, seg.start - 4) : seg.start - 1].rstrip()
    if not head.endswith(":"):
        return None
    colon = doc.tok(len(doc.text[: seg.start - 1].rstrip()) - 1)
    first = doc.tok(sent.start)
    if first >= colon:
        prev = doc.sentence_index(sent.start) - 1
        if prev < 0:
            return None
        first = doc.tok(doc.sentences[prev].start)
    start = first
    for k in range(colon - 1, first - 1, -1):
        if doc.words[k] in ".;:!?" or (doc.words[k] in "“”»«" and k + 1 < colon):
            start = k + 1
            break
    found = _so_before(doc, start, colon) or _clause_attribution(doc, start, colon)
    if found is not None and found.cue is None and _not_speaking(doc, found, start, colon):
        # "Seine Zuversicht gründet sich auf ...: „…“", "Die Pflichten seien klar: „…“" go on
        # quoting the previous speaker
        return carried_over(state, doc.sentence_index(seg.start)) or found
    return found


def _so_before(doc: QuoteDoc, start: int, colon: int) -> Attribution | None:
    """ "Das habe Methode, so Elshorst weiter: „…“": the source set off by "so" goes on speaking."""
    for k in range(start + 1, colon - 1):
        if (
            doc.lows[k] == "so"
            and doc.words[k - 1] == ","
            and (doc.is_cap(k + 1) or doc.lows[k + 1] in DETERMINERS)
        ):
            stop = np_end(doc, k + 1, colon)
            if stop:
                return Attribution("so", doc.chars((k + 1, stop)))
    return None


def _not_speaking(doc: QuoteDoc, attribution: Attribution, start: int, colon: int) -> bool:
    """Is the subject before a colon no speaker: a possessive ("Seine Zuversicht"), or a thing in
    reported speech ("Die Pflichten der Union seien klar")? "Der Text lautete:" does speak."""
    if _possessive_subject(doc, attribution):
        return True
    if attribution.speaker is None or not any(doc.konj[k] for k in range(start, colon)):
        return False
    first, last = doc.tok(attribution.speaker[0]), doc.tok(attribution.speaker[1] - 1) + 1
    return not head_is_person(doc, first, last)


def _possessive_subject(doc: QuoteDoc, attribution: Attribution) -> bool:
    span = attribution.speaker
    return span is not None and doc.lows[doc.tok(span[0])] in POSSESSIVE_DETERMINERS


def _clause_attribution(doc: QuoteDoc, start: int, end: int) -> Attribution | None:
    for k in range(start, end):
        if doc.lows[k] in _CITING_VERBS:
            cited = cited_source(doc, k, end)
            if cited is not None:
                return cited
    cue = next((k for k in range(start, end) if is_cue(doc, k)), None)
    span = clause_subject(doc, start, end)
    if span is not None and cue is not None:
        span = named_after_say(doc, cue, end + 1, span)
        if doc.lows[cue].startswith("zitier") and span[1] <= cue:
            # "Die Agentur zitiert dazu Néstor Kirchner mit folgenden Worten: „…“": the one quoted
            span = subject_after_verb(doc, cue, end) or span
    if span is None and cue is not None:
        span = subject_after_verb(doc, cue, end)
    first = skip_opening(doc, start, end)
    if span is None and find_verb(doc, first, end) is None:
        stop = np_end(doc, first, end)  # no verb: "Das Fazit von Anna Roth: „…“"
        span = (first, stop) if stop else None
    if span is None or (cue is None and not person_span(doc, span)):
        span = location_source(doc, first, end) or span
    if span is None:
        return None
    return Attribution(doc.words[cue] if cue is not None else None, doc.chars(span))


def _embedded_speaker(
    doc: QuoteDoc, seg: Segment, sent: Sentence, state: State, si: int
) -> Attribution | None:
    """Quoted words inside a sentence: the cited source, the speech verb's subject, the subject."""
    noun = noun_clause(doc, sent, si)
    if noun is not None and noun[0] <= seg.start and seg.end <= noun[1] + 1:
        # "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, …"
        return noun[2]
    agent = _passive_agent(doc, sent)
    found = _cited_in_sentence(doc, sent, si) or (
        Attribution(None, doc.chars(agent), si) if agent else _cue_speaker(doc, seg, sent, si)
    )
    if found is not None and not _inside(found, seg):
        return found
    subject = clause_subject(doc, doc.tok(sent.start), doc.tok(sent.end))
    # "In dem Verfahren sieht Osterloh einen „Angriff“, es stehe …": a named subject speaks itself
    named = subject is not None and (
        doc.lows[subject[0]] in SUBJECT_PRONOUNS or named_person(doc, subject) or _surname_alone(doc, subject)
    )
    if reports(doc, sent, (seg.start, seg.end)) and not named:
        carried = carried_over(state, si)
        if carried is not None:
            return carried
    span = subject
    found = Attribution(None, doc.chars(span), si) if span else None
    if found is None or _inside(found, seg):
        return carried_over(state, si)
    return found


def _surname_alone(doc: QuoteDoc, span: Span) -> bool:
    """One capitalised word that is no common noun: "sieht Osterloh einen „Angriff“"."""
    low = doc.lows[span[0]]
    return (
        span[1] - span[0] == 1
        and doc.is_cap(span[0])
        and not low.endswith(NOUN_ENDINGS)
        and low not in DETERMINERS
    )


def _cited_in_sentence(doc: QuoteDoc, sent: Sentence, si: int) -> Attribution | None:
    """A source named by a marker: "wie X mitteilte", "so X", "laut X", "heißt es in X"."""
    wie = wie_clause(doc, sent, si)
    if wie is not None:
        return wie[2]
    found = so_source(doc, sent)
    if found is None:
        marker = marker_attribution(doc, sent)
        found = marker[0] if marker else None
    if found is None:
        first, last = doc.tok(sent.start), doc.tok(sent.end)
        for k in range(first, last - 1):
            if doc.lows[k] in IT_IS_SAID and doc.lows[k + 1] == "es":
                found = cited_source(doc, k, last)
                break
    return replace(found, sentence=si) if found else None


def _cue_speaker(doc: QuoteDoc, seg: Segment, sent: Sentence, si: int) -> Attribution | None:
    """The speaker of the speech verb nearest before the quotation (else the one after it)."""
    for cue in sentence_cues(doc, sent, (seg.start, seg.end)):
        # the subject stands right before its verb where the language puts it first
        span = (phrase_before(doc, cue) if doc.lexicon.SUBJECT_FIRST else None) or cue_subject(doc, sent, cue)
        if span is not None and doc.lows[cue].startswith("zitier") and span[1] <= cue:
            # "Der Spiegel zitiert den Prediger mit den Worten „…“": the one quoted speaks
            quoted = subject_after_verb(doc, cue, doc.tok(sent.end))
            span = quoted or span
        found = Attribution(doc.words[cue], doc.chars(span), si) if span else None
        if found is not None and not _inside(found, seg):
            return found
    return None


def _passive_agent(doc: QuoteDoc, sent: Sentence) -> Span | None:
    """ "… wird vom Wetterdienst als „sehr hoch“ eingestuft": the agent of a passive clause."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if not any(doc.lows[k] in PASSIVE_AUXILIARIES for k in range(first, last)):
        return None
    for k in range(first, last - 1):
        if doc.lows[k] in AGENT_PREPOSITIONS and (doc.lows[k + 1] in DETERMINERS or doc.is_cap(k + 1)):
            stop = np_end(doc, k + 1, last)
            if stop and (doc.lows[k] == "vom" or person_span(doc, (k + 1, stop))):
                return k + 1, stop
    return None
