"""Who speaks: the speaker a cue names, and the source a marker names.

A cue is a speech verb: its speaker is the subject of its clause ("Blinken sagte", "sagte die
Königin", "…, der der Regierung vorwarf"), the agent of a passive, or the place or document in
"hieß es aus Paris". A marker names a source: "laut X", "X zufolge", "nach Angaben X", "so X",
"heißt es in X". An `Attribution` records what was found (character offsets of the mention);
`State` is what the pass over an article remembers of the latest one, for the sentences that
go on reporting it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..types import Sentence
from .clauses import (
    attributes,
    clause_begin,
    clause_subject,
    find_verb,
    inverted_verb,
    named_person,
    np_end,
    passive,
    relative_after_preposition,
    skip_opening,
    subject_after_verb,
    subject_of_clause,
)
from .tokens import QuoteDoc, Span, is_cue, marker_match
from .words import (
    ADDITIVE_CONJUNCTIONS,
    ADJECTIVE,
    AGENT_PREPOSITIONS,
    AMBIGUOUS_RELATIVES,
    AUXILIARIES,
    CITED_IN,
    DETERMINERS,
    FROM_CIRCLES,
    GENITIVE_ARTICLES,
    IT_IS_SAID,
    LOCATION_WORDS,
    PERFECT_AUXILIARIES,
    POSSESSIVES,
    RELATIVES,
    REPORTATIVE,
    SAY_VERBS,
    SUBJECT_PRONOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    THERE_ADVERBS,
)

# "Aus Paris hieß es", "Aus EU-Kreisen verlautete": verbs whose speaker is a place, paper or circle.
_IMPERSONAL_CUES = IT_IS_SAID | FROM_CIRCLES


@dataclass(frozen=True, slots=True)
class Attribution:
    """What was found for a quotation: its cue (the speech verb or marker) and its speaker."""

    cue: str | None
    speaker: tuple[int, int] | None  # character offsets of the speaker mention
    sentence: int = -1  # index of the sentence where the attribution was found
    reported: bool = False  # a speech act without the words said ("sprach von einem Unfall")


@dataclass(slots=True)
class State:
    """What the pass over an article remembers: the latest attribution (for continuations)."""

    last: Attribution | None = None
    quoted: tuple[int, int] = (0, 0)  # the quotations of the current sentence, first to last


def carried_over(state: State, si: int, reach: int = 2) -> Attribution | None:
    last = state.last
    if last is None or last.speaker is None or si - last.sentence > reach:
        return None
    return replace(last, cue=None, sentence=si, reported=False)


def same_paragraph(doc: QuoteDoc, attribution: Attribution, sent: Sentence) -> bool:
    """Reported speech runs on within its paragraph, not into the next one."""
    if attribution.speaker is None:
        return False
    return "\n" not in doc.text[attribution.speaker[1] : sent.start]


def previous_subject(doc: QuoteDoc, si: int) -> Attribution | None:
    """A quotation standing alone is the words of the person the previous sentence is about."""
    if si == 0:
        return None
    prev = doc.sentences[si - 1]
    span = clause_subject(doc, doc.tok(prev.start), doc.tok(prev.end))
    if span is None:
        return None
    return Attribution(None, doc.chars(span), si)


def sentence_cues(doc: QuoteDoc, sent: Sentence, skip: tuple[int, int]) -> list[int]:
    """The speech verbs of a sentence outside a span: nearest before it first, then those after."""
    before: list[int] = []
    after: list[int] = []
    for k in range(doc.tok(sent.start), doc.tok(sent.end)):
        if skip[0] <= doc.starts[k] < skip[1] or not is_cue(doc, k):
            continue
        (before if doc.starts[k] < skip[0] else after).append(k)
    return before[::-1] + after


def cue_subject(doc: QuoteDoc, sent: Sentence, cue: int) -> Span | None:
    """The speaker of a speech verb: its clause's subject, or the pronoun right after it."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if doc.lows[cue] in _IMPERSONAL_CUES:
        # "Aus Paris hieß es, …", "…, hieß es bei Russland Aktuell", "Aus EU-Kreisen verlautete, …":
        # the place, paper or circle speaks
        cited = cited_source(doc, cue, last)
        source = cited.speaker if cited else None
        return (doc.tok(source[0]), doc.tok(source[1])) if source else location_source(doc, first, cue)
    if cue > first and doc.lows[cue - 1] in ADDITIVE_CONJUNCTIONS:
        shared = _shared_subject(doc, sent, cue)
        if shared is not None:
            return shared  # "X erklärte, …, und kündigte an, …": the subject of the first verb did both
    if passive(doc, first, cue):
        # "Ihr wird vorgeworfen, …" has no speaker; an agent stands before the participle
        quoted = _quoted_subject(doc, first, cue, last) if doc.lows[cue] == "zitiert" else None
        return quoted or _passive_agent_in(doc, first, cue)
    if find_verb(doc, skip_opening(doc, first, last), last) == cue:
        main = clause_subject(doc, first, last)  # the speech verb is the main clause's verb
        if main is not None:
            return named_after_say(doc, cue, last, main)
    inverted = inverted_verb(doc, first, cue)
    if inverted is not None:
        # "..., sagte die Königin" / "..., hatte Koch-Mehrin damals gesagt": the subject follows
        span = subject_after_verb(doc, inverted, last)
        if span is not None:
            return span
    clause = clause_begin(doc, first, cue)
    after = cue + 2 if cue + 1 < last and doc.lows[cue + 1] in AUXILIARIES else cue + 1
    verb_final = after >= last or doc.words[after] in ",.;:"  # "…, dass X gefragt habe, …"
    if _relative_subject(doc, first, clause) and verb_final:
        return clause, clause + 1  # "Clark, der der Regierung vorwarf, …": the relative pronoun
    relative = clause > first and relative_after_preposition(doc, clause, cue)
    opener = clause + 2 if relative else clause + 1
    if (doc.lows[clause] in SUBORDINATORS or opener == clause + 2) and opener < cue and verb_final:
        # "…, indem er sagte, …", "…, da sie befürchten, …", "ein Zettel, in dem er verlangte, …":
        # the subject follows the conjunction
        stop = np_end(doc, opener, cue)
        if stop is not None and stop <= cue:
            return opener, stop
    span = clause_subject(doc, clause, last)
    if span is not None and span[0] < cue + 6:
        return span
    if doc.lows[clause] in RELATIVES and clause > first:
        return clause, clause + 1  # "eines Hackers, der behauptet, ..."
    return subject_after_verb(doc, cue, last)


def named_after_say(doc: QuoteDoc, cue: int, last: int, subject: Span) -> Span:
    """The subject, unless it names no person and a full name follows "sagte" right before the
    quotation or a comma: "Der Zeitung sagte Filep Karma: „…“" (a dative first, the speaker
    after; not "sagte Putin seine Hilfe zu", where an object follows)."""
    if doc.lows[cue] not in SAY_VERBS or named_person(doc, subject):
        return subject
    stop = np_end(doc, cue + 1, last)
    if stop is None or stop >= last or doc.words[stop] not in {":", ",", "„", "»", '"'}:
        return subject
    span = (cue + 1, stop)
    return span if named_person(doc, span) else subject


def _relative_subject(doc: QuoteDoc, first: int, clause: int) -> bool:
    """Is the relative pronoun that opens the clause its subject? "der", "welcher" are; "die" and
    "das" are not when a subject follows ("die Arbeitslosigkeit, die Schröder … erklärte")."""
    if clause <= first or doc.words[clause - 1] != "," or doc.lows[clause] not in RELATIVES:
        return False
    if doc.lows[clause] in SUBJECT_RELATIVES:
        return True
    nxt = clause + 1
    subject_next = doc.is_cap(nxt) or doc.lows[nxt] in DETERMINERS or doc.lows[nxt] in SUBJECT_PRONOUNS
    return doc.lows[clause] in AMBIGUOUS_RELATIVES and not subject_next


def _shared_subject(doc: QuoteDoc, sent: Sentence, cue: int) -> Span | None:
    """The subject a verb after "und" shares: that of the speech verb before it ("X erklärte, …,
    und kündigte an"), else that of the clause it continues ("während X … unterstützt und fordert")."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    earlier = next((k for k in range(cue - 2, first - 1, -1) if doc.cues[k]), None)
    if earlier is not None:
        return cue_subject(doc, sent, earlier)
    span = subject_of_clause(doc, first, cue, last)
    return span if span is not None and span[1] < cue - 1 else None


def _quoted_subject(doc: QuoteDoc, first: int, cue: int, last: int) -> Span | None:
    """ "X wird von der Zeitung zitiert", "wie X von Y zitiert wird": X is quoted, so X speaks."""
    span = subject_of_clause(doc, first, cue, last)
    if span is None or doc.lows[span[0]] in AGENT_PREPOSITIONS or span[0] >= cue:
        return None
    return span


def _passive_agent_in(doc: QuoteDoc, first: int, last: int) -> Span | None:
    """ "… wurde von israelischen Behörden angewiesen", "In einem Bericht wurde vermutet, …"."""
    for k in range(first, last - 1):
        if doc.lows[k] in AGENT_PREPOSITIONS and (
            doc.lows[k + 1] in DETERMINERS or doc.is_cap(k + 1) or ADJECTIVE.match(doc.lows[k + 1])
        ):
            stop = np_end(doc, k + 1, last)
            if stop:
                return k + 1, stop
    return location_source(doc, skip_opening(doc, first, last), last)


def marker_attribution(doc: QuoteDoc, sent: Sentence) -> tuple[Attribution, int, int] | None:
    """Laut X / nach Angaben X / X zufolge / according to X: the source and the marker's span."""
    match = marker_match(doc, sent)
    if match is None:
        return None
    last = doc.tok(sent.end)
    word = match.group().split()[0].lower()
    if word in POSSESSIVES:
        # "seiner Ansicht nach": the possessive stands for the speaker; "nach" follows
        span = (doc.tok(match.start()), doc.tok(match.end()))
        stop = doc.ends[span[1]] if span[1] < last else match.end()
        return Attribution("nach", doc.chars(span)), match.start(), stop
    if word == "zufolge":
        before = _np_before(doc, doc.tok(match.start()), doc.tok(sent.start))
        if before is None:
            return None
        span = before
        begin, stop = doc.starts[span[0]], match.end()
    elif word == "nach":
        noun = doc.tok(match.end()) - 1
        stop_tok = attributes(doc, noun + 1, last)
        span = (noun, stop_tok)
        begin, stop = match.start(), doc.ends[stop_tok - 1]
    else:
        first = doc.tok(match.end())
        end_tok = np_end(doc, first, last)
        if end_tok is None:
            return None
        span = (first, end_tok)
        begin, stop = match.start(), doc.ends[end_tok - 1]
    return Attribution(match.group(), doc.chars(span)), begin, stop


def _np_before(doc: QuoteDoc, k: int, floor: int) -> Span | None:
    """The phrase in front of "zufolge", back to its determiner: "dem Ministerium zufolge"."""
    start = k - 1
    while start > floor and k - start < 8:
        if doc.lows[start] in DETERMINERS and doc.lows[start] not in GENITIVE_ARTICLES:
            break
        if doc.words[start - 1] in ",.;:":
            break
        start -= 1
    return (start, k) if start < k else None


def so_source(doc: QuoteDoc, sent: Sentence) -> Attribution | None:
    """ "…“, so der Minister, …: the phrase after a comma-set "so" names the source."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for k in range(first + 1, last - 1):
        if doc.lows[k] != "so" or doc.words[k - 1] not in ',–“”»«"':
            continue
        if doc.is_cap(k + 1) or doc.lows[k + 1] in DETERMINERS:
            stop = np_end(doc, k + 1, last)
            if stop:
                return Attribution("so", doc.chars((k + 1, stop)))
        elif is_cue(doc, k + 1):  # "…, so vermutet die Zeitung, …"
            span = subject_after_verb(doc, k + 1, last)
            if span:
                return Attribution(doc.words[k + 1], doc.chars(span))
    return None


def cited_source(doc: QuoteDoc, verb: int, last: int) -> Attribution | None:
    """„…“, heißt es in der Erklärung des Ministeriums: the document is the source."""
    for k in range(verb + 1, min(last, verb + 5)):
        if doc.lows[k] in CITED_IN:
            stop = np_end(doc, k + 1, last)
            if stop:
                return Attribution(doc.words[verb], doc.chars((k + 1, stop)))
    return None


def location_source(doc: QuoteDoc, first: int, end: int) -> Span | None:
    """ "In dem Antrag heißt es:", "Auf der Website stand:": the document is the source."""
    if first >= end or doc.lows[first] not in LOCATION_WORDS:
        return None
    if doc.lows[first] in THERE_ADVERBS:
        return first, first + 1
    stop = np_end(doc, first + 1, end)
    return (first + 1, stop) if stop else None


def reports(doc: QuoteDoc, sent: Sentence, skip: tuple[int, int], *, after_source: bool = False) -> bool:
    """Does the sentence carry Konjunktiv I (or reportative "soll") outside the given span?

    Right after a named source, any "soll" reports ("Unter den Toten soll ein Kind sein");
    elsewhere only with a perfect infinitive ("Er soll das Geld genommen haben"), since
    "Das Gesetz soll im Mai gelten" states a plan.
    """
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for k in range(first, last):
        if skip[0] <= doc.starts[k] < skip[1]:
            continue
        if doc.konj[k]:
            return True
        perfect = last - 2 > k and doc.lows[last - 2] in PERFECT_AUXILIARIES
        planned = doc.lows[last - 2] == "werden"  # "soll nun beschlossen werden" is a plan
        if doc.lows[k] in REPORTATIVE and (after_source or perfect) and not planned:
            return True
    return False
