"""Indirect speech: a reported clause and who reported it.

The rules, tried in order for each sentence (the first that finds a clause wins):
- "Wie der Sprecher mitteilte, seien …" / "As the minister said, …";
- a clause after a speech verb: "Blinken sagte, die Truppen seien …", "Pak behauptete, dass …";
- a clause before an inverted attribution: "Die Truppen seien bereit, sagte Blinken", "…, so X";
- a source marker: "Laut Blinken …", "Dem Ministerium zufolge …", "Nach Angaben X …";
- a noun of saying: "Die Forderung, … zu …", "der Vorwurf, dass …".
Each yields (start, end, attribution): the character span of what was said, and its source.
"""

from __future__ import annotations

from dataclasses import replace

from ..lang.shared import QUOTE_MARKS
from ..types import Sentence
from .clauses import (
    attributes,
    clause_subject,
    find_verb,
    is_verb,
    next_comma,
    np_end,
    passive,
    skip_bracket,
    skip_opening,
    subject_after_verb,
)
from .cues import Attribution, cited_source, cue_subject, marker_attribution
from .tokens import QuoteDoc, body, is_cue
from .words import (
    ADJECTIVE,
    ADVERBIAL_CONJUNCTIONS,
    AMBIGUOUS_CONJUNCTIONS,
    AS_CONJUNCTIONS,
    AUXILIARIES,
    COMPLEMENT,
    CONJUNCTIONS,
    DETERMINERS,
    INFINITIVE_OPENERS,
    IT_IS_SAID,
    KONJUNKTIV,
    PAST_ENDINGS,
    PREPOSITIONS,
    RELATIVES,
    SAID_CLAUSE_OPENERS,
    SAYING_NOUN,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

Found = tuple[int, int, Attribution]  # what was said (character offsets) and its source


def reported_clauses(doc: QuoteDoc, sent: Sentence, si: int) -> list[Found]:
    for rule in _INDIRECT_RULES:
        found = rule(doc, sent, si)
        spans = found if isinstance(found, list) else [found] if found is not None else []
        # "„…“, sagte Blinken." is a direct quotation, not reported speech besides it
        spans = [span for span in spans if span[1] - span[0] >= 12 and doc.text[span[0]] not in QUOTE_MARKS]
        if spans:
            if rule is not _marker_clause:
                spans = _also_marked(doc, sent, si, spans) + spans
            return spans
    return []


def _also_marked(doc: QuoteDoc, sent: Sentence, si: int, spans: list[Found]) -> list[Found]:
    """ "Laut CNN hat der Minister verkündet, der Rat wolle ...": the source reports the report."""
    marked = _marker_clause(doc, sent, si)
    if marked is None or marked[1] - marked[0] < 12:
        return []
    overlap = max(min(marked[1], end) - max(marked[0], start) for start, end, _ in spans)
    return [marked] if overlap * 2 < marked[1] - marked[0] else []


def wie_clause(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """Wie der Sprecher mitteilte, seien ... / Wie X, der ..., feststellt, ... / As the minister said, ..."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if first >= last or doc.lows[first] not in AS_CONJUNCTIONS:
        return None
    for cue in range(first + 2, min(last - 1, first + 40)):
        if doc.words[cue] in ".;:":
            return None
        if is_cue(doc, cue) and doc.words[cue + 1] == ",":
            stop = np_end(doc, first + 1, cue)
            if stop is None:
                return None
            start, end = body(doc, doc.ends[cue + 1], sent.end)
            return start, end, Attribution(doc.words[cue], doc.chars((first + 1, stop)), si)
    return None


def _marker_clause(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """Laut Blinken ... / Dem Ministerium zufolge ... / Nach Angaben des Ministeriums ..."""
    found = marker_attribution(doc, sent)
    if found is None:
        return None
    attribution, begin, stop = found
    if begin - sent.start < 3:
        start, end = body(doc, stop, sent.end)
    else:
        start, end = _marker_clause_span(doc, sent, begin)
        start, end = _without_marker(doc, (start, end), (begin, stop))
    return start, end, replace(attribution, sentence=si)


def _without_marker(doc: QuoteDoc, clause: tuple[int, int], marker: tuple[int, int]) -> tuple[int, int]:
    """A long marker inside a short clause is no part of what was said: keep the longer side.

    "Trotzdem würden laut Hauptmann Abraham Sipe von der US-Marineinfanterie gute Fortschritte
    gemacht" reports "gute Fortschritte gemacht"; a short marker ("laut Polizei") stays in.
    """
    start, end = clause
    if not start < marker[0] < marker[1] < end:
        return clause
    before, after = body(doc, start, marker[0]), body(doc, marker[1], end)
    if marker[1] - marker[0] <= (before[1] - before[0]) + (after[1] - after[0]):
        return clause
    return before if before[1] - before[0] > after[1] - after[0] else after


def _marker_clause_span(doc: QuoteDoc, sent: Sentence, begin: int) -> tuple[int, int]:
    """The clause around a marker inside a sentence: "…, auf dem sich nach Angaben X … befanden,"."""
    first, last, marker = doc.tok(sent.start), doc.tok(sent.end), doc.tok(begin)
    start = first
    for k in range(marker - 1, first, -1):
        opener = doc.lows[k + 1] if k + 1 < marker else ""
        relative = opener in RELATIVES or opener in SUBORDINATORS or opener in PREPOSITIONS
        if doc.words[k] == "," and relative:
            start = k + 1
            break
    end = sent.end
    if start > first:  # a relative clause ends at the next comma
        comma = next_comma(doc, marker, last)
        end = doc.starts[comma] if comma is not None else sent.end
    return body(doc, doc.starts[start], end)


def _verb_then_clause(doc: QuoteDoc, sent: Sentence, si: int) -> list[Found]:
    """Blinken sagte, die Truppen seien ... / Pak behauptete, dass ... / Er kündigte an, ... zu.

    A sentence can hold two: "X sagte, A sei tot, doch Y erklärte, B ..." ends the first body
    where the second attribution begins.
    """
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    found: list[Found] = []
    cue = first
    while cue < last:
        hit = _clause_after_checked(doc, sent, si, cue, last) if is_cue(doc, cue) else None
        if hit is None:
            cue += 1
            continue
        if found:
            found[-1] = _cut_before(doc, found[-1], hit[2])
        found.append(hit)
        cue = doc.tok(hit[0]) + 1
    return found


def _clause_after_checked(doc: QuoteDoc, sent: Sentence, si: int, cue: int, last: int) -> Found | None:
    hit = _clause_after(doc, sent, si, cue, last)
    # "Er sagte: „…“" is a direct quotation, not a reported clause besides it
    return None if hit is None or doc.text[hit[0]] in QUOTE_MARKS else hit


def _clause_after(doc: QuoteDoc, sent: Sentence, si: int, cue: int, last: int) -> Found | None:
    after = cue
    for comma in _commas_after_cue(doc, cue, last):
        if after != cue and _speaks_in_adverbial_clause(doc, after + 1, comma):
            return None  # "X bestritt das, indem er sagte, …": the nearer speech verb says it
        after = comma
        if not _complement(doc, comma + 1, last):
            continue
        span = cue_subject(doc, sent, cue)
        # "Ihm wurde vorgeworfen, ... zu haben": reported, by nobody named
        if span is None and not passive(doc, doc.tok(sent.start), cue):
            return None
        stop = _reported_stop(doc, comma + 1, last)
        start, end = body(doc, doc.ends[comma], doc.starts[stop] if stop < last else sent.end)
        return start, end, Attribution(doc.words[cue], doc.chars(span) if span else None, si)
    return None


def _speaks_in_adverbial_clause(doc: QuoteDoc, start: int, stop: int) -> bool:
    """Is [start, stop) an adverbial clause with a speech verb of its own ("indem er sagte")?"""
    return doc.lows[start] in ADVERBIAL_CONJUNCTIONS and any(
        is_cue(doc, k) and not doc.is_cap(k) for k in range(start + 1, stop)
    )


def _reported_stop(doc: QuoteDoc, k: int, last: int) -> int:
    """Where a reported clause that begins at token ``k`` ends: before the quotation its colon
    opens ("…: „…“"), or where the speaker's own sentence goes on ("er sei unschuldig, erkannte
    das Gericht nicht an", "… und fügte hinzu")."""
    if not doc.lexicon.MOOD_MARKS_REPORT:
        return last  # without a mood to tell reported from resumed, the clause runs to the end
    additive = doc.lexicon.ADDITIVE_CONJUNCTIONS
    for m in range(k + 2, last - 1):
        word = doc.words[m]
        if word == ":" and doc.words[m + 1] in QUOTE_MARKS:
            return m
        if word == "," or doc.lows[m] in additive:
            verb = m + 2 if word == "," and doc.lows[m + 1] in additive else m + 1
            if verb < last and _resumes(doc, verb, last):
                return m
    return last


def _resumes(doc: QuoteDoc, verb: int, last: int) -> bool:
    """Does a finite verb in the indicative continue the main clause here, with nothing reported
    up to the next comma?"""
    if verb + 1 >= last or doc.words[verb + 1] in ".,;:!?" or doc.konj[verb]:
        return False  # "…, weil die Preise, die er nennt, steigen.": a verb-final clause closes
    if not doc.is_lower_word(verb) or not is_verb(doc, verb, last):
        return False
    if doc.lows[verb] in AUXILIARIES and not doc.lows[verb].startswith(doc.lexicon.RESUMING_AUXILIARIES):
        return False
    for m in range(verb + 1, last):
        if doc.words[m] in ",;:":
            break
        if doc.konj[m] or doc.lows[m] == "zu":
            return False
    return True


def _cut_before(doc: QuoteDoc, found: Found, nxt: Attribution) -> Found:
    """End a reported clause at the conjunction that opens the next attribution's clause."""
    start, end, attribution = found
    speaker = nxt.speaker
    if speaker is None or not start < speaker[0] < end:
        return found
    cut = doc.tok(speaker[0])
    while cut > doc.tok(start) and doc.words[cut - 1] not in ",;":
        cut -= 1
    return (start, body(doc, start, doc.starts[cut - 1])[1], attribution) if cut > doc.tok(start) else found


# How many words a hearer phrase may take between a verb of telling and its "that".
MAX_ADDRESSEE = 8


def _commas_after_cue(doc: QuoteDoc, cue: int, last: int) -> list[int]:
    """The commas (or colon) that may end the speech verb's clause, nearest first."""
    nxt = cue + 1
    addressed = _after_addressee(doc, cue, last)
    if addressed is not None:
        return [addressed]  # "told reporters that ...": the clause after whom they told
    if (
        doc.lexicon.UNMARKED_REPORTS
        and nxt < last
        and (doc.lows[nxt] in doc.lexicon.CLAUSE_OPENERS or doc.is_cap(nxt))
    ):
        return [cue]  # "said that ...", "said the troops had left": English needs no comma
    commas = []
    k = nxt
    while k < min(last, cue + 30):
        word = doc.words[k]
        if word in '„»"' and k + 1 < last and doc.is_cap(k + 1):
            stop = skip_bracket(doc, k, last)
            if stop - k <= 6:
                k = stop  # "berichtet der „Spiegel“, dass ...": a quoted name, not a quotation
                continue
        if word in ",:":
            commas.append(k)
        if word in ".;" or word in QUOTE_MARKS or len(commas) == 3:
            break
        k += 1
    return commas


def _after_addressee(doc: QuoteDoc, cue: int, last: int) -> int | None:
    """The token before "that" when a verb of telling names its hearers first ("told reporters
    on Tuesday that ..."), within MAX_ADDRESSEE tokens and before any punctuation; else None."""
    if doc.lows[cue] not in doc.lexicon.ADDRESSEE_VERBS:
        return None
    for k in range(cue + 2, min(last, cue + 2 + MAX_ADDRESSEE)):
        if doc.words[k] in ",;:.!?" or doc.words[k] in QUOTE_MARKS:
            return None
        if doc.lows[k] == doc.lexicon.COMPLEMENTIZER:
            return k - 1
    return None


def _complement(doc: QuoteDoc, k: int, last: int) -> bool:
    """A reported clause: "dass ...", a Konjunktiv I clause, a zu-infinitive, a main clause."""
    if k >= last or doc.words[k] in QUOTE_MARKS:
        return False
    low = doc.lows[k]
    if COMPLEMENT.match(low):
        return True
    if low in SUBORDINATORS or low in CONJUNCTIONS or low in INFINITIVE_OPENERS:
        return False
    if doc.lexicon.UNMARKED_REPORTS:
        return True  # "said, the troops had left": no mood tells a reported clause
    # "..., die Truppen ziehen ab" is reported; "..., die gestern kam" is a relative clause
    if low in RELATIVES and k + 1 < last and not doc.is_cap(k + 1):
        return False
    verb = False
    for m in range(k, min(last, k + 25)):
        if doc.konj[m] or (doc.lows[m] == "zu" and m + 1 < last and doc.is_lower_word(m + 1)):
            return True
        if doc.words[m] in ",;.:":
            break
        verb = verb or (m > k and is_verb(doc, m, last))
    return verb  # "..., Geschäftsführer des Verbands, ..." is an apposition, not a clause


def _clause_then_verb(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """Die Truppen seien bereit, sagte Blinken. / ..., so der Minister. / ..., he said."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for comma in range(first + 3, last - 1):
        if doc.words[comma] != ",":
            continue
        k = comma + 1
        if doc.lows[k] == "so" and k + 1 < last and is_cue(doc, k + 1):
            span = subject_after_verb(doc, k + 1, last)  # "…, so vermutet die Zeitung, …"
        elif doc.lows[k] == "so":
            stop = np_end(doc, k + 1, last)
            span = (k + 1, stop) if stop else None
        elif doc.lows[k] in AS_CONJUNCTIONS and _trailing_cue(doc, k, last):
            stop = np_end(doc, k + 1, last)  # "…, wie sein Anwalt mitteilte."
            span = (k + 1, stop) if stop else None
        elif doc.lows[k] in IT_IS_SAID and k + 1 < last and doc.lows[k + 1] == "es":
            # "…, hieß es vom Sprecher": the cited source speaks; a bare "hieß es" names no one
            cited = cited_source(doc, k, last)
            if _reported_before(doc, first, comma):
                start, end = body(doc, sent.start, doc.starts[comma])
                return start, end, Attribution(doc.words[k], cited.speaker if cited else None, si)
            continue
        elif is_cue(doc, k):
            span = subject_after_verb(doc, k, last)
        elif doc.lexicon.SUBJECT_FIRST and k + 1 < last and is_cue(doc, k + 1):
            stop = np_end(doc, k, last)  # "…, he said": the verb follows its subject
            span = (k, stop) if stop else None
            k += 1
        else:
            continue
        if span is None or not _reported_before(doc, first, comma):
            continue
        start, end = body(doc, sent.start, doc.starts[comma])
        return start, end, Attribution(doc.words[k], doc.chars(span), si)
    return None


def _trailing_cue(doc: QuoteDoc, k: int, last: int) -> bool:
    """Does the clause opened at ``k`` end in a speech verb: "…, wie der Verband bekannt gab."?"""
    end = k + 1
    while end < last and doc.words[end] not in ",;.":
        end += 1
    return any(is_cue(doc, m) for m in range(max(k + 1, end - 3), end))


def _adverbial_clause(doc: QuoteDoc, opening: int, comma: int) -> bool:
    """Is [opening, comma) one verb-final adverbial clause ("Als er ankam")? "Während der Feiertage"
    has no verb at its end, and "Als sie kamen, töteten sie …" goes on past its first comma."""
    if opening + 1 >= comma or doc.lows[opening] not in ADVERBIAL_CONJUNCTIONS:
        return False
    if next_comma(doc, opening, comma + 1) != comma or not doc.is_lower_word(comma - 1):
        return False  # "Als Grund nannte die NASA, …": no verb at the end
    if doc.lows[opening] in AMBIGUOUS_CONJUNCTIONS:
        # these also open a phrase ("Während der Feiertage sollen …"): a pronoun subject decides
        return doc.lows[opening + 1] in SUBJECT_PRONOUNS
    return True


def _reported_before(doc: QuoteDoc, first: int, comma: int) -> bool:
    # A clause, not the subject phrase of "Sadiq Khan, eines der Mitglieder, verurteilte ...".
    if _adverbial_clause(doc, skip_opening(doc, first, comma), comma):
        return False
    if doc.lexicon.UNMARKED_REPORTS or any(
        doc.konj[m] or doc.lows[m] in AUXILIARIES for m in range(first, comma)
    ):
        return True
    # "Der Planet begleitet den Stern, teilte die Universität mit.": a main clause with its verb
    verb = find_verb(doc, skip_opening(doc, first, comma), comma)
    return verb is not None and doc.is_lower_word(verb) and not is_cue(doc, verb)


def noun_clause(doc: QuoteDoc, sent: Sentence, si: int) -> Found | None:
    """ "Aussagen, dass dies nicht angestrebt werde, ...": the clause after a noun of saying."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for match in SAYING_NOUN.finditer(doc.text, sent.start, sent.end):
        k = doc.tok(match.start())
        if k + 2 >= last or doc.ends[k] != match.end():
            continue
        comma = _verb_after_noun(doc, attributes(doc, k + 1, last), last)
        if comma + 1 >= last or doc.words[comma] != "," or not _said_clause(doc, comma + 1, last):
            continue
        begin = k
        while begin > max(first, k - 4) and _attributive(doc, begin - 1):
            begin -= 1
        if begin == k and begin > first and doc.lows[begin - 1] not in PREPOSITIONS:
            continue  # "verletze religiöse Überzeugungen, ...": an object inside another clause
        stop = _clause_end(doc, comma + 1, last)
        start, end = body(doc, doc.ends[comma], doc.starts[stop] if stop < last else sent.end)
        # "Die Experten kamen zu dem Ergebnis, dass ...": the subject holds the view, if a person
        subject = clause_subject(doc, first, begin)
        if subject is None or subject[1] > begin:
            subject = (begin, comma)
        return start, end, Attribution(doc.words[k], doc.chars(subject), si)
    return None


def _verb_after_noun(doc: QuoteDoc, k: int, last: int) -> int:
    """Skip the verb that closes "hatte die These vertreten, ..." / "die Hoffnung geäußert, ..."."""
    for m in range(k, min(last, k + 2)):
        if doc.words[m] == ",":
            return m
        if not doc.is_lower_word(m) or doc.lows[m] in CONJUNCTIONS or doc.lows[m] in SUBORDINATORS:
            break
    return k


def _attributive(doc: QuoteDoc, k: int) -> bool:
    """A determiner or an adjective in front of a noun ("die erneute Forderung")."""
    low = doc.lows[k]
    if low in DETERMINERS:
        return True
    adjective = doc.is_lower_word(k) and ADJECTIVE.match(low) is not None and not low.endswith(PAST_ENDINGS)
    return adjective and low not in AUXILIARIES and low not in KONJUNKTIV and not is_cue(doc, k)


def _said_clause(doc: QuoteDoc, k: int, last: int) -> bool:
    """ "dass …", "wonach …", or a clause in Konjunktiv I or with a zu-infinitive up to its end."""
    if doc.lows[k] in SAID_CLAUSE_OPENERS:
        return True
    if doc.lows[k] in SUBORDINATORS or (doc.lows[k] in RELATIVES and not doc.is_cap(k + 1)):
        return False
    for m in range(k, min(last, k + 30)):
        if doc.words[m] in ",;.:":
            return False
        if doc.konj[m] or (doc.lows[m] == "zu" and m + 1 < last and doc.is_lower_word(m + 1)):
            return True
    return False


def _clause_end(doc: QuoteDoc, k: int, last: int) -> int:
    """The comma after a verb-final clause, or the sentence end: "dass X komme, sagen sie"."""
    for m in range(k + 2, last):
        if doc.words[m] in ";:":
            return m
        if doc.words[m] == "," and m + 1 < last and is_cue(doc, m + 1):
            return m  # "…, entgegneten die Unterstützer, …": the sentence's own speaker resumes
        if doc.words[m] == "," and doc.is_lower_word(m - 1) and m + 1 < last:
            nxt = doc.lows[m + 1]
            if nxt not in SUBORDINATORS and nxt not in CONJUNCTIONS and nxt not in SAID_CLAUSE_OPENERS:
                return m
    return last


_INDIRECT_RULES = (wie_clause, _verb_then_clause, _clause_then_verb, _marker_clause, noun_clause)
