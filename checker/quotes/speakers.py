"""Speaker resolution: each quotation's mention resolved to the article's canonical name.

"Außenminister Antony Blinken" ... "Blinken", "der Minister", "er" all become "Antony Blinken":
a surname through the article's full names, a role through the speakers quoted before with that
role, a pronoun through the quotation before it or the subject of a sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..entities.people import (
    is_pronoun,
    is_role_word,
    parse_mention,
    strip_titles,
    surname_key,
    without_brackets,
)
from ..lang import SUPPORTED, lexicon
from ..lang.shared import QUOTE_MARKS
from ..types import Quote
from .clauses import clause_subject, is_body
from .cues import previous_subject
from .names import Names, person_name, plausible_name
from .tokens import QuoteDoc
from .words import (
    APPOSITION,
    APPOSITION_NAME,
    BACK_REFERENCES,
    BODY_ENDINGS,
    DETERMINERS,
    OWNER_SAYING,
    POSSESSIVES,
    RELATIVES,
    SOURCE_PREFIX,
    SOURCE_WORD,
    THERE_ADVERBS,
)

# A contraction's apostrophe: "It’s", "He'd".
_CONTRACTION = re.compile(r"['’]")
# A capitalised word of letters, with hyphens or apostrophes inside: "Lukashenko", "O’Brien".
_SURNAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Pronouns of one person and one gender, of every language ("he", "er").
GENDERED_PRONOUNS: dict[str, str] = {}
for _code in SUPPORTED:
    GENDERED_PRONOUNS.update(lexicon(_code).people.GENDERED_PRONOUNS)


def resolve_speakers(doc: QuoteDoc, quotes: list[Quote]) -> Iterator[Quote]:
    """Give each quote the canonical full name of its speaker and the role the text gives."""
    names: list[Names] = []  # built on first use: most articles have no quotes to resolve
    resolved: list[Quote] = []
    for quote in quotes:
        if quote.speaker_mention is None:
            yield quote
            continue
        if not names:
            names.append(Names.build(doc.text))
        done = _resolve(doc, quote, names[0], resolved)
        resolved.append(done)
        yield done


def _resolve(doc: QuoteDoc, quote: Quote, names: Names, resolved: list[Quote]) -> Quote:
    # "nach Angaben der US-Regierung": the source is the government, not its statements
    mention = SOURCE_PREFIX.sub("", quote.speaker_mention or "")
    owner = OWNER_SAYING.match(mention)  # "Lukaschenkos Antwort" is Lukaschenko's
    if owner is not None:
        mention = next(group for group in owner.groups() if group)
    parsed = parse_mention(mention)
    role = parsed.role or _apposition_role(doc.text, quote.speaker_end)
    speaker: str | None
    if mention in BACK_REFERENCES:
        speaker = _back_reference(doc, quote, resolved)
    elif mention.lower() in THERE_ADVERBS:
        speaker = _document_before(doc, quote)
    elif mention.lower() in RELATIVES:
        speaker = _relative_antecedent(doc, quote, names)
    elif parsed.name and not is_pronoun(mention):
        speaker = names.full(parsed.name)
    elif is_pronoun(mention) or role or mention.split()[0].lower() in POSSESSIVES:
        skip = (quote.start, quote.end) if quote.direct else (0, 0)  # no name from the words said
        # A language that puts the subject first (English) is read for the name that opens a
        # sentence before; German sentences are read for their subjects (the clause reading)
        speaker = (
            (_apposition_name(doc.text, quote.speaker_end) if role else None)
            or _by_role(role, resolved)
            or (
                _subject_first_pronoun(doc, quote, resolved, names)
                if doc.lexicon.SUBJECT_FIRST
                else _recent_speaker(doc, quote, resolved) or _antecedent(doc, quote, resolved, names)
            )
            or names.before(quote.speaker_start or 0, skip=skip)
        )
        speaker = names.full(speaker) if speaker else None
    else:
        speaker = strip_titles(mention.strip())
    return replace(quote, speaker=speaker, role=role)


def _document_before(doc: QuoteDoc, quote: Quote) -> str | None:
    """ "Darin steht: „…“": the document the sentence before names ("gab eine Stellungnahme ab")."""
    si = doc.sentence_index(quote.speaker_start or 0)
    if si == 0:
        return None
    prev = doc.sentences[si - 1]
    for k in range(doc.tok(prev.end) - 1, doc.tok(prev.start) - 1, -1):
        if doc.is_cap(k) and SOURCE_WORD.fullmatch(doc.words[k]):
            return doc.words[k]
    return None


def _relative_antecedent(doc: QuoteDoc, quote: Quote, names: Names) -> str | None:
    """ "Ramsey Clark, der … vorwarf": the phrase before the comma that the pronoun refers to."""
    k = doc.tok(quote.speaker_start or 0) - 1
    if k < 1 or doc.words[k] != ",":
        return None
    start = k - 1
    while start > 0 and doc.is_cap(start - 1) and doc.words[start - 1] not in QUOTE_MARKS:
        start -= 1
    phrase = doc.text[doc.starts[start] : doc.ends[k - 1]]
    name = parse_mention(phrase).name
    if name is None:
        return None
    if plausible_name(name) or names.full(name) != name:
        return names.full(name)
    if name.lower().endswith(BODY_ENDINGS) or SOURCE_WORD.fullmatch(name):
        return name  # "ein Kommentar, der … bezeichnet": a body or a document speaks
    return None  # "rechtsstaatlichen Grundsätzen, denen zufolge …" refers to no one


def _back_reference(doc: QuoteDoc, quote: Quote, resolved: list[Quote]) -> str | None:
    """ "Demnach …": the source quoted just before, else the subject of the sentence before."""
    si = doc.sentence_index(quote.start)
    if resolved and resolved[-1].speaker and si - doc.sentence_index(resolved[-1].start) <= 1:
        return resolved[-1].speaker
    previous = previous_subject(doc, si)
    if previous is None or previous.speaker is None:
        return None
    mention = doc.text[previous.speaker[0] : previous.speaker[1]]
    return parse_mention(mention).name or strip_titles(mention)


def _antecedent(doc: QuoteDoc, quote: Quote, resolved: list[Quote], names: Names) -> str | None:
    """ "er": the latest named speaker or sentence subject in the sentences before."""
    pos = quote.speaker_start or 0
    si = doc.sentence_index(pos)
    for back in range(si, max(-1, si - 4), -1):
        sent = doc.sentences[back]
        limit = min(sent.end, pos) if back == si else sent.end
        span = clause_subject(doc, doc.tok(sent.start), doc.tok(limit))
        if span is None:
            continue
        start, end = doc.chars(span)
        if start >= pos:
            continue
        full = names.within(start, end)  # "der Vorsitzende des Ausschusses, Sebastian Edathy"
        if full is not None:
            return full
        name = parse_mention(doc.text[start:end]).name
        if name and plausible_name(name):
            return name
        if is_body(doc, span):
            # "Sie" after "Die Gewerkschaft der Polizei (GdP)": the body, without its abbreviation
            words = without_brackets(doc.text[start:end]).split()
            return " ".join(words[1:] if words[0].lower() in DETERMINERS else words)
        known = _full_from(resolved, name) if name else None
        if known is not None or (name and names.full(name) != name):
            return known or names.full(name or "")
        # a lone capitalised word ("Nordkorea", "Krieg") is no person: look further back
    return None


def _subject_first_pronoun(doc: QuoteDoc, quote: Quote, resolved: list[Quote], names: Names) -> str | None:
    """ "he said" in a language that puts its subject first: the speaker of the latest
    attribution, or the name that opens a later sentence, whichever is nearer. In `“…,” Rutte
    told Secretary Antony Blinken. … “…,” he said` "he" is Rutte, the subject, not Blinken."""
    pos = quote.speaker_start or 0
    own = _subject_before(doc, pos, names)
    if own is not None:
        return own  # "Ann Lee, an ally of Tom Berg, says she advised him …": she is Ann Lee
    # the sentences before the quotation: its own words name no speaker
    si = doc.sentence_index(min(pos, quote.start) if quote.direct else pos)
    attributed = _last_attribution(doc, quote, resolved, names) if quote.speaker_mention else None
    opening = _subject_first_antecedent(doc, si, names)
    if attributed is None or (opening is not None and opening[1] > attributed[1]):
        return opening[0] if opening else None
    return attributed[0]


def _subject_before(doc: QuoteDoc, pos: int, names: Names) -> str | None:
    """The name that is the subject of the pronoun's own sentence, before the pronoun."""
    sent = doc.sentences[doc.sentence_index(pos)]
    first, k = doc.tok(sent.start), doc.tok(pos)
    subject = clause_subject(doc, first, k) if k > first else None
    if subject is None or subject[1] > k:
        return None
    name = parse_mention(doc.text[doc.starts[subject[0]] : doc.ends[subject[1] - 1]]).name
    if name is None or is_pronoun(name):
        return None
    full = names.full(name)
    return full if plausible_name(full) or _surname_like(names, full) else None


# How far back (in sentences) a pronoun reaches for the speaker of an attribution.
PRONOUN_REACH = 4


def _last_attribution(
    doc: QuoteDoc, quote: Quote, resolved: list[Quote], names: Names
) -> tuple[str, int] | None:
    """The latest speaker credited with a quotation, a person of the pronoun's gender, and the
    sentence of its mention."""
    si = doc.sentence_index(quote.speaker_start or 0)
    gender = GENDERED_PRONOUNS.get((quote.speaker_mention or "").lower())
    for other in reversed(resolved):
        if other.speaker is None or other.speaker_start is None or not _person_like(names, other):
            continue
        back = doc.sentence_index(other.speaker_start)
        if si - back > PRONOUN_REACH:
            return None
        if gender is None or not _other_gender(other.speaker, gender, resolved):
            return other.speaker, back
    return None


def _person_like(names: Names, quote: Quote) -> bool:
    """Can a pronoun refer to the quote's speaker: a full name, or a surname named where it was
    quoted ("“…,” Berg said. He added …"), not a body ("the Interior Ministry")?"""
    speaker = quote.speaker or ""
    return plausible_name(speaker) or (
        speaker == (quote.speaker_mention or "").strip() and _surname_like(names, speaker)
    )


def _surname_like(names: Names, word: str) -> bool:
    """One word that may be a surname: capitalised inside a sentence too (not only where a
    sentence opens: "Hopefully", "Without"), no acronym ("NATO"), no body ("Ministry"), no
    pronoun ("It’s"), no initial glued to it ("A.Lukashenko")."""
    return (
        bool(_SURNAME.fullmatch(word))
        and word[:1].isupper()
        and not word.isupper()
        and not is_pronoun(_CONTRACTION.split(word)[0])
        and not word.lower().endswith(BODY_ENDINGS)
        and word in names.inside
    )


def _other_gender(speaker: str, gender: str, resolved: list[Quote]) -> bool:
    """Was the speaker referred to by a pronoun of another gender before ("she" for "he")?"""
    return any(
        q.speaker == speaker and GENDERED_PRONOUNS.get((q.speaker_mention or "").lower(), gender) != gender
        for q in resolved
    )


def _subject_first_antecedent(doc: QuoteDoc, si: int, names: Names) -> tuple[str, int] | None:
    """The name that opens the latest sentence before (English puts its subject first: "U.S.
    Secretary of State Antony Blinken said Thursday …"), and that sentence."""
    joiners = doc.lexicon.NAME_JOINERS  # "of", "the"
    for back in range(si - 1, max(-1, si - 3), -1):
        first, last = doc.tok(doc.sentences[back].start), doc.tok(doc.sentences[back].end)
        subject = clause_subject(doc, first, last)
        if subject is not None:
            name = parse_mention(doc.text[doc.starts[subject[0]] : doc.ends[subject[1] - 1]]).name
            if name and (plausible_name(name) or _surname_like(names, name)):
                return names.full(name), back
        k = first
        while k < last and (doc.is_cap(k) or doc.lows[k] in joiners or doc.words[k] == "."):
            k += 1
        if k > first:
            name = parse_mention(doc.text[doc.starts[first] : doc.ends[k - 1]]).name
            if name and plausible_name(name):
                return names.full(name), back
    return None


def _recent_speaker(doc: QuoteDoc, quote: Quote, resolved: list[Quote]) -> str | None:
    """ "„…“, fügte er hinzu": a pronoun right after quotations refers to the person quoted."""
    if not quote.direct or not resolved or not resolved[-1].speaker:
        return None
    previous = resolved[-1]
    gap = doc.sentence_index(quote.start) - doc.sentence_index(previous.start)
    return previous.speaker if previous.direct and gap <= 2 else None


def _full_from(resolved: list[Quote], name: str) -> str | None:
    key = surname_key(name)
    for other in reversed(resolved):
        if other.speaker and surname_key(other.speaker.split()[-1]) == key:
            return other.speaker
    return None


def _apposition_name(text: str, end: int | None) -> str | None:
    """ "so der Sprecher des Sicherheitsrats, Kirby.": the name after the role."""
    match = APPOSITION_NAME.match(text, end) if end is not None else None
    if match is None:
        return None
    name = match.group(1)
    words = name.split()
    if len(words) == 1:
        return name if not is_role_word(name) and name.lower() not in DETERMINERS else None
    return person_name(name)


def _apposition_role(text: str, end: int | None) -> str | None:
    if end is None:
        return None
    match = APPOSITION.match(text, end)
    return parse_mention("X Y, " + match.group(1)).role if match else None


def _by_role(role: str | None, resolved: list[Quote]) -> str | None:
    """ "der Minister": the latest speaker whose role has the same head noun."""
    if role is None:
        return None
    head = role.split()[-1].lower()
    for other in reversed(resolved):
        if other.speaker and other.role and head in other.role.lower():
            return other.speaker
    return None
