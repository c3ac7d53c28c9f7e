"""Clause structure, read by rules: the finite verb, the subject, the noun phrase.

German main clauses put the finite verb second: the subject is the phrase in front of it, or the
one after it when an adverb, an object or a prepositional phrase opens the clause ("Am Montag
sagte der Minister"). These readings serve every rule that looks for a speaker. Positions are
token indices of the `QuoteDoc`; a `Span` is a token range [start, end).
"""

from __future__ import annotations

import functools
import re

from ..entities.people import is_capitalised_adjective, is_role_word, parse_mention
from ..lang.shared import QUOTE_MARKS, RUN_PARTICLES, SECOND_PARTICLES, SURNAME_OPENERS, WEB_DOMAIN
from .names import person_name
from .tokens import QuoteDoc, Span, is_cue
from .words import (
    ADJECTIVE,
    ADVERB_ENDING,
    ADVERBS,
    ATTRIBUTE_OPENERS,
    AUXILIARIES,
    BODY_ENDINGS,
    CASE_AMBIGUOUS_PRONOUNS,
    CLAUSE_RELATIVES,
    CONJUNCTIONS,
    DATIVE_ARTICLES,
    DETERMINERS,
    EXPLETIVES,
    FOCUS_PARTICLES,
    GENITIVE_ADVERBS,
    GENITIVE_PREPOSITIONS,
    INFINITIVE_OPENERS,
    MAIN_CLAUSE_CONJUNCTIONS,
    NOMINATIVE_PRONOUNS,
    NOT_VERBS,
    NOUN_ENDINGS,
    OBJECT_DETERMINERS,
    OBJECT_PRONOUNS,
    OPENING_CONJUNCTIONS,
    PASSIVE_AUXILIARIES,
    PAST_ENDINGS,
    PREPOSITIONS,
    RELATIVE_ONLY,
    RELATIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    TITLE_ABBREVIATIONS,
)


def _is_adverb(doc: QuoteDoc, i: int) -> bool:
    low = doc.lows[i]
    return low in ADVERBS or (doc.is_cap(i) and bool(ADVERB_ENDING.search(low)) and len(low) > 5)


def is_verb(doc: QuoteDoc, i: int, end: int) -> bool:
    """Can token ``i`` be the finite verb? Lower case, not a function word, not an adjective."""
    low = doc.lows[i]
    if low in AUXILIARIES:
        return True
    if not doc.is_lower_word(i) or "." in low or low in PREPOSITIONS or low in DETERMINERS:
        return False
    if low in CONJUNCTIONS or low in ADVERBS or low in SUBORDINATORS or low in NOT_VERBS:
        return False
    nxt = i + 1
    if not ADJECTIVE.match(low) or nxt >= end or is_cue(doc, i):
        return True
    if i > 0 and doc.is_cap(i - 1) and low.endswith(PAST_ENDINGS):
        return True  # "Der Minister wiederholte Blinkens Warnung": a noun, then a past-tense verb
    following = doc.lows[nxt]
    if (
        following in DETERMINERS
        or following in PREPOSITIONS
        or following in ADVERBS
        or following in SUBJECT_PRONOUNS
    ):
        return True
    # "die neuen Oberstufen", "der 84-jährige Küng": an adjective before its noun
    return not (doc.is_cap(nxt) or ADJECTIVE.match(following) or doc.words[nxt] in '„»"')


def skip_bracket(doc: QuoteDoc, i: int, end: int) -> int:
    """Skip a parenthesis or a quoted name that opens at token ``i``; return the index after it."""
    word = doc.words[i]
    closer = ")" if word == "(" else '“”"«»‘’'
    for k in range(i + 1, min(end, i + 40)):
        if doc.words[k] in closer:
            return k + 1
    return i + 1


def find_verb(doc: QuoteDoc, i: int, end: int) -> int | None:
    """The finite verb of a verb-second clause whose pre-field starts at ``i``."""
    k = i
    while k < end:
        word = doc.words[k]
        if word in '(„»"“':
            k = skip_bracket(doc, k, end)
            continue
        if word == ",":
            k = _skip_relative(doc, k + 1, end)
            continue
        if word in ".;:!?":
            return None
        if k > i and is_verb(doc, k, end):
            return k
        k += 1
    return None


def _skip_relative(doc: QuoteDoc, k: int, end: int) -> int:
    """After a comma in a pre-field: skip a relative clause ("Küng, der als Kritiker gilt,")."""
    first = doc.lows[k] if k < end else ""
    second = doc.lows[k + 1] if k + 1 < end else ""
    relative = first in RELATIVES and not (k + 1 < end and doc.is_cap(k + 1) and first in DETERMINERS)
    if not relative and not (first in PREPOSITIONS and second in RELATIVES):
        return k
    for m in range(k + 1, min(end, k + 60)):
        if doc.words[m] == ",":
            return m + 1
        if doc.words[m] in ".;:":
            return m
    return end


def clause_subject(doc: QuoteDoc, i: int, end: int) -> Span | None:
    """The subject of the main clause in tokens [i, end): pre-field or the phrase after the verb."""
    i = skip_opening(doc, i, end)
    if i >= end:
        return None
    if doc.lexicon.SUBJECT_FIRST:
        return _first_subject(doc, i, end)
    low = doc.lows[i]
    # "Des Weiteren" is an adverb, whatever its article
    genitive_adverb = low == "des" and i + 1 < end and doc.lows[i + 1] in GENITIVE_ADVERBS
    if (low in SUBORDINATORS and not _preposition_here(doc, i, end)) or _infinitive_clause(doc, i, end):
        comma = next_comma(doc, i, end)
        return subject_after_verb(doc, comma + 1, end) if comma is not None else None
    if low in SUBJECT_PRONOUNS:
        verb = find_verb(doc, i, end) if low in CASE_AMBIGUOUS_PRONOUNS else None
        if verb is not None and verb + 1 < end and doc.lows[verb + 1] in NOMINATIVE_PRONOUNS:
            return verb + 1, verb + 2  # "Ihr gegenüber hat er angegeben": "ihr" is a dative here
        return i, i + 1
    if low in EXPLETIVES:
        return None
    name_end = _opening_particle_name(doc, i, end)
    if name_end is not None:
        return i, name_end
    if low in FOCUS_PARTICLES and i + 1 < end and (doc.lows[i + 1] in DETERMINERS or doc.is_cap(i + 1)):
        i += 1  # "Auch die Sprecherin, Anna Roth, äußerte sich": the particle opens the subject
    elif (
        low in PREPOSITIONS
        or (low == "als" and _preposition_here(doc, i, end))
        or low in OBJECT_DETERMINERS
        or genitive_adverb
        or _is_adverb(doc, i)
        or doc.words[i][0].isdigit()
    ):
        verb = find_verb(doc, i, end)
        return subject_after_verb(doc, verb, end) if verb is not None else None
    verb = find_verb(doc, i, end)
    if verb is None or not _has_noun(doc, i, verb):
        return None
    last = verb
    while last > i and doc.words[last - 1] in ",–-":
        last -= 1
    if verb + 1 < end and doc.lows[verb + 1] in NOMINATIVE_PRONOUNS:
        return verb + 1, verb + 2  # "Nähere Einzelheiten gab er nicht bekannt": "er" is the subject
    if verb == i + 1 and verb + 2 < end and doc.lows[verb + 1] == "sich":
        # "Besorgt äußerte sich Kofi Annan": one word before "zeigte sich" is a predicative adjective
        after = subject_after_verb(doc, verb, end)
        if (
            after is not None
            and after[0] == verb + 2
            and (doc.is_cap(after[0]) or doc.lows[after[0]] in DETERMINERS)
            and (_clearly_person(doc, after) or head_is_person(doc, *after))
        ):
            return after
    if not head_is_person(doc, i, last):
        # Object first: "Die Arbeit der Koalition lobte er", "Jede Verantwortung weist Hartmann von sich"
        after = subject_after_verb(doc, verb, end)
        if after is not None and _clearly_person(doc, after):
            return after
    return i, last


# How many words a subject of a common noun spans when no verb shows where it ends.
MAX_COMMON_NP = 4


def _first_subject(doc: QuoteDoc, i: int, end: int) -> Span | None:
    """The subject in a language that puts it first: the phrase that opens the clause, after an
    opening phrase set off by a comma ("Speaking at a rally, Trump said", "This week, the
    president declined", "Though that was easy, he said"); in a subordinate clause without one,
    its own subject ("Though she called it …")."""
    low = doc.lows[i]
    opener = (
        low in SUBORDINATORS
        or low in PREPOSITIONS
        or _is_adverb(doc, i)
        or doc.lexicon.OPENING_PARTICIPLE.fullmatch(low) is not None
        or doc.words[i][0].isdigit()
        or (low in DETERMINERS and i + 2 < end and doc.words[i + 2] == ",")  # "This week, …"
    )
    if opener:
        comma = next_comma(doc, i, end)
        if comma is not None:
            i = skip_opening(doc, comma + 1, end)
        elif low in SUBORDINATORS or _is_adverb(doc, i):
            i += 1  # "Though she called it …", "Then Ann Lee took the stage"
        else:
            return None
    if i >= end or doc.lows[i] in EXPLETIVES:
        return None
    if doc.lows[i] in SUBJECT_PRONOUNS:
        return i, i + 1
    if doc.lows[i] in DETERMINERS and i + 1 < end and not doc.is_cap(i + 1):
        # "the president declined": lower-case words up to a verb we know, else the next word
        for k in range(i + 2, min(end, i + 1 + MAX_COMMON_NP)):
            if doc.words[k] in ",;:" or is_cue(doc, k) or doc.lows[k] in AUXILIARIES:
                return i, k
        return i, i + 2
    stop = np_end(doc, i, end)
    return (i, stop) if stop else None


def _opening_particle_name(doc: QuoteDoc, i: int, end: int) -> int | None:
    """ "Von der Leyen betonte, …": a surname with a particle, not a prepositional phrase.

    It is one when the finite verb follows the surname and no subject follows the verb: "Von der
    Regierung hieß es" and "Von der Polizei wurde bestätigt" have a subject or are passive.
    """
    if doc.words[i] not in SURNAME_OPENERS:
        return None
    k = i + 1
    while k < end and doc.lows[k] in SECOND_PARTICLES:
        k += 1
    verb = k + 1
    if verb + 1 >= end or not doc.is_cap(k) or not is_verb(doc, verb, end):
        return None
    after = doc.lows[verb + 1]
    if after in ",:":
        return verb
    article = after in DETERMINERS and after != "an"  # "an" is the verb's particle: "kündigte an"
    starts_subject = article or after in SUBJECT_PRONOUNS or after == "es" or doc.is_cap(verb + 1)
    if starts_subject or doc.lows[verb] in PASSIVE_AUXILIARIES:
        return None  # "Von der Regierung hieß es", "Von der Polizei wurde bestätigt"
    return verb


def _head_start(doc: QuoteDoc, i: int, last: int) -> int:
    """Where a phrase's words after its determiner and lower-case adjectives begin."""
    p = i + 1 if doc.lows[i] in DETERMINERS else i
    while (
        p + 1 < last
        and doc.is_lower_word(p)
        and ADJECTIVE.match(doc.lows[p])
        and doc.lows[p] not in DETERMINERS
    ):
        p += 1
    return p


def head_is_person(doc: QuoteDoc, i: int, last: int) -> bool:
    """Can the phrase's head noun speak? "Die Arbeit der Kanzlerin" is about work.

    The head is the first noun after the determiner and adjectives; the attributes after it
    ("der Kanzlerin", "von Angela Merkel") do not make the phrase a person.
    """
    p = _head_start(doc, i, last)
    opening = p == i and p + 1 < last and bool(ADJECTIVE.match(doc.lows[p])) and doc.is_cap(p + 1)
    p += opening  # a capitalised adjective opening the sentence: "Jegliche Verantwortung"
    stop = _name_tokens(doc, p, last)
    if stop == p:
        return person_span(doc, (i, last))
    head = doc.lows[p]
    if is_role_word(doc.words[p]) or head.endswith(BODY_ENDINGS):
        return True
    if p > i and not opening and stop - p >= 2 and is_capitalised_adjective(head):
        return True  # a capitalised adjective makes a proper name: "die Vereinten Nationen"
    if head.endswith(NOUN_ENDINGS) and p > i:
        return False  # "die Äußerungen Hassemers", "Jegliche Verantwortung": a common noun heads it
    if p > i and not opening and stop - p == 1:
        return False  # "die Arbeit der Koalition"; "die Deutsche Welle" has a capitalised adjective
    return person_span(doc, (i, stop))


def is_body(doc: QuoteDoc, span: Span) -> bool:
    """Is the phrase's head a body that speaks: "die Gewerkschaft der Polizei", "das Ministerium"?"""
    p = _head_start(doc, *span)
    return p < span[1] and doc.is_cap(p) and doc.lows[p].endswith(BODY_ENDINGS)


def _clearly_person(doc: QuoteDoc, span: Span) -> bool:
    """A subject after the verb: a pronoun, a surname, a full name (not a quoted phrase)."""
    if doc.words[span[0]] in QUOTE_MARKS:
        return False
    return _bare_person(doc, span) or named_person(doc, span)


def _preposition_here(doc: QuoteDoc, i: int, end: int) -> bool:
    """ "Seit August vertritt er ...": "seit", "während" open a phrase, not a verb-final clause;
    so does "als" in "Als Grund nannte die NASA, …"."""
    if doc.lows[i] not in PREPOSITIONS and doc.lows[i] != "als":
        return False
    comma = next_comma(doc, i, end)
    if comma is None and doc.lows[i] == "als":
        # "Als Beispiel nannte die NASA …"; but "Als ihm der Haftbefehl eröffnet worden war sagte
        # er": a clause that lacks its comma
        return i + 2 < end and doc.is_cap(i + 1) and is_verb(doc, i + 2, end)
    before = doc.lows[comma - 1] if comma is not None else ""
    return not doc.is_lower_word(comma - 1 if comma is not None else i) or before in SUBJECT_PRONOUNS


def _infinitive_clause(doc: QuoteDoc, i: int, end: int) -> bool:
    """ "Um die Zeit zu gewinnen, will ...": an infinitive clause opens the sentence."""
    if doc.lows[i] not in INFINITIVE_OPENERS:
        return False
    comma = next_comma(doc, i, end)
    return comma is not None and "zu" in doc.lows[i:comma]


def person_span(doc: QuoteDoc, span: Span) -> bool:
    """Does the phrase name a person (a name, a role, a personal pronoun)?"""
    if span[1] - span[0] == 1 and doc.lows[span[0]] in SUBJECT_PRONOUNS:
        return True
    return _names_someone(doc.text[doc.starts[span[0]] : doc.ends[span[1] - 1]])


@functools.lru_cache(maxsize=65536)
def _names_someone(phrase: str) -> bool:
    parsed = parse_mention(phrase)
    return bool(parsed.name or parsed.role)


def _bare_person(doc: QuoteDoc, span: Span) -> bool:
    """A pronoun or a name without article after the verb: "lobte er", "weist Hartmann von sich"."""
    if doc.lows[span[0]] in DETERMINERS or not person_span(doc, span):
        return False  # "bezeichnete die Zeitung" may be either; the pre-field keeps the subject role
    single = span[1] - span[0] == 1 and doc.lows[span[0]] not in SUBJECT_PRONOUNS
    return not (single and doc.lows[span[0]].endswith(NOUN_ENDINGS))


def named_person(doc: QuoteDoc, span: Span) -> bool:
    """A phrase with a person's full name: "stellte der SPD-Vorsitzende Franz Müntefering in Frage"."""
    name = parse_mention(doc.text[doc.starts[span[0]] : doc.ends[span[1] - 1]]).name
    return name is not None and person_name(name) is not None


def _has_noun(doc: QuoteDoc, i: int, end: int) -> bool:
    return any(doc.is_cap(k) or doc.lows[k] in SUBJECT_PRONOUNS for k in range(i, end))


def skip_opening(doc: QuoteDoc, i: int, end: int) -> int:
    while i < end and (doc.words[i] in QUOTE_MARKS + ",–-()" or doc.lows[i] in OPENING_CONJUNCTIONS):
        i += 1
    return i


def next_comma(doc: QuoteDoc, i: int, end: int) -> int | None:
    for k in range(i, end):
        if doc.words[k] == ",":
            return k
    return None


def subject_after_verb(doc: QuoteDoc, verb: int, end: int) -> Span | None:
    """The subject after the finite verb: "hofft aber der 84-jährige Küng", "sagte er"."""
    k = verb + 1
    while k < end:
        low = doc.lows[k]
        if (
            low in ADVERBS
            or low == "sich"
            or low in TIME_NOUNS
            or low in OBJECT_PRONOUNS
            or doc.words[k][0].isdigit()
        ):
            k += 1  # "sagte ihm am Montag der Minister"
        elif low in PREPOSITIONS or low in OBJECT_DETERMINERS:
            k = np_end(doc, k + 1, end) or k + 1
        else:
            break
    if k >= end or doc.lows[k] in EXPLETIVES:
        return None
    stop = np_end(doc, k, end)
    return (k, stop) if stop else None


def np_end(doc: QuoteDoc, k: int, end: int) -> int | None:
    """The end of the noun phrase at ``k`` ("der frühere Minister Jan Ohm (CDU)"), or None."""
    if k >= end:
        return None
    if doc.lows[k] in SUBJECT_PRONOUNS:
        return k + 1
    p = k + 1 if doc.lows[k] in DETERMINERS else k
    while p < end and doc.is_lower_word(p) and (ADJECTIVE.match(doc.lows[p]) or doc.lows[p] == "nicht"):
        p += 1
    head = p
    p = _name_tokens(doc, p, end)
    if p == head:
        return None
    p = attributes(doc, p, end)
    return _apposition_end(doc, p, end) if doc.lows[k] in DETERMINERS else p


def _apposition_end(doc: QuoteDoc, p: int, end: int) -> int:
    """Include a name set off by commas: "der Vorsitzende des Ausschusses, Sebastian Edathy (SPD),"."""
    if p + 2 >= end or doc.words[p] != "," or not doc.is_cap(p + 1) or doc.lows[p + 1] in DETERMINERS:
        return p
    stop = attributes(doc, _name_tokens(doc, p + 1, end), end)
    if stop - (p + 1) < 2 or stop >= end or doc.words[stop] != ",":
        return p  # a name has two words at least, and the apposition closes with a comma
    return stop


def _name_tokens(doc: QuoteDoc, p: int, end: int) -> int:
    """Capitalised words, quoted names and name particles ("Ursula von der Leyen", der „Focus“)."""
    start = p
    while p < end:
        word = doc.words[p]
        if word in '„»"':
            stop = skip_bracket(doc, p, end)
            if stop - p > 6 or p > start:
                break  # a short quoted name heads a phrase (der „Focus“); nothing quoted follows a name
            p = stop
        elif (doc.is_cap(p) and doc.lows[p] not in TIME_NOUNS) or WEB_DOMAIN.fullmatch(doc.lows[p]):
            p += 1
        elif word == "." and p > start and abbreviated(doc.words[p - 1]):
            p += 1  # an initial or a title: "John F. Kennedy", "G.K. Chesterton", "Mr. Obama"
        elif doc.lows[p] in RUN_PARTICLES and p + 1 < end and doc.is_cap(p + 1):
            if doc.lows[p] == "der" and (p + 2 >= end or not doc.is_cap(p + 2)):
                break
            p += 1
        else:
            break
    return p


_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.)*[A-ZÄÖÜ]")


def abbreviated(word: str) -> bool:
    """Does a full stop after the word abbreviate it: an initial ("F."), a title ("Mr.", "Sen.")?"""
    return bool(_INITIALS.fullmatch(word)) or word.lower() in TITLE_ABBREVIATIONS


def attributes(doc: QuoteDoc, p: int, end: int) -> int:
    """Extend a noun phrase by a genitive, a "von" phrase or a parenthesis."""
    for _ in range(3):
        if p >= end:
            break
        low = doc.lows[p]
        if doc.words[p] == "(":
            p = skip_bracket(doc, p, end)
        elif low in ATTRIBUTE_OPENERS:
            if low in DATIVE_ARTICLES and _after_full_name(doc, p):
                break  # "wirft Eva Roth der Firma … vor": a dative object, not a genitive
            q = p + 1
            if low in GENITIVE_PREPOSITIONS and q < end and doc.lows[q] in DETERMINERS:
                q += 1
            while q < end and doc.is_lower_word(q) and ADJECTIVE.match(doc.lows[q]):
                q += 1
            if q < end and doc.words[q] in QUOTE_MARKS:
                break  # "spricht von einem „historischen Tag“": the quotation is not an attribute
            stop = _name_tokens(doc, q, end)
            if stop == q:
                break
            p = stop
        else:
            break
    return p


def _after_full_name(doc: QuoteDoc, p: int) -> bool:
    """Do the two words before ``p`` form a person's name ("Eva Roth"), which takes no genitive?"""
    if p < 2 or not (doc.is_cap(p - 2) and doc.is_cap(p - 1)):
        return False
    pair = f"{doc.words[p - 2]} {doc.words[p - 1]}"
    return not any(is_role_word(w) for w in pair.split()) and person_name(pair) is not None


def subject_of_clause(doc: QuoteDoc, first: int, verb: int, last: int) -> Span | None:
    """The subject of the clause the verb stands in: after its conjunction, or the main clause's."""
    clause = clause_begin(doc, first, verb)
    if doc.lows[clause] in SUBORDINATORS:
        stop = np_end(doc, clause + 1, verb)
        return (clause + 1, stop) if stop else None
    return clause_subject(doc, clause, last)


def passive(doc: QuoteDoc, first: int, cue: int) -> bool:
    """Is the speech verb a participle in a passive clause ("wird … vorgeworfen")?"""
    first = clause_begin(doc, first, cue)
    low = doc.lows[cue]
    participle = low.endswith("t") or "ge" in low[:6]
    after = doc.lows[cue + 1] if cue + 1 < len(doc.lows) else ""
    if participle and doc.lows[first] in SUBORDINATORS and after in PASSIVE_AUXILIARIES:
        return True  # "…, weil berichtet wurde, …": a verb-final passive clause
    verb = find_verb(doc, skip_opening(doc, first, cue), cue + 1)
    if verb is None or verb >= cue:
        return False
    # "war befürchtet worden": a past perfect passive has its "worden" after the participle
    worden = after == "worden"
    if doc.lows[verb] not in PASSIVE_AUXILIARIES and not worden:
        return False
    return participle  # a participle ("vorgeworfen"), not "wird sagen"


def inverted_verb(doc: QuoteDoc, first: int, cue: int) -> int | None:
    """The finite verb right after the comma that opens the cue's clause, if the clause is inverted."""
    for k in range(cue, max(first, cue - 8), -1):
        if doc.words[k - 1] in ",–" and (k == cue or doc.lows[k] in AUXILIARIES):
            return k
        if doc.words[k - 1] in ".;:":
            return None
    return None


def relative_after_preposition(doc: QuoteDoc, k: int, cue: int) -> bool:
    """ ", in dem er verlangte", ", bei denen …": a relative clause opened by a preposition.

    "dem", "der" are articles as well: "Zu dem Skandal führte er aus" has a noun after them.
    """
    if k + 2 >= cue or doc.lows[k] not in PREPOSITIONS or doc.lows[k + 1] not in RELATIVES:
        return False
    if doc.lows[k + 1] in RELATIVE_ONLY:
        return True
    return doc.lows[k + 2] in DETERMINERS or doc.lows[k + 2] in SUBJECT_PRONOUNS or doc.lows[k + 2] == "es"


def clause_begin(doc: QuoteDoc, first: int, cue: int) -> int:
    """Where the clause of the verb at ``cue`` starts: after ';', ':' or a closing quotation."""
    closed = False  # a comma between here and the cue closes a relative clause in the pre-field
    for k in range(cue - 1, first - 1, -1):
        word = doc.words[k]
        if word in ";:" or (word in '“”»«"' and k + 1 < cue and doc.words[k + 1] == ","):
            return k + 1
        opener = doc.lows[k + 1] if k + 1 < cue else ""
        subordinate = opener in CLAUSE_RELATIVES or opener in SUBORDINATORS
        subordinate = subordinate or relative_after_preposition(doc, k + 1, cue)
        if word == "," and subordinate and not closed:
            return k + 1  # the verb stands in a relative or subordinate clause
        if word == "," and opener in MAIN_CLAUSE_CONJUNCTIONS:
            return k + 2  # "..., doch sein Sprecher erklärte": a second main clause
        closed = closed or word == ","
    return first
