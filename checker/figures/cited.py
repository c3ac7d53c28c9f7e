"""The cited source of a figure: who the sentence credits it to.

"laut Selenskyj", "nach Angaben der US-Regierung", "dem Pentagon zufolge", "„…“, sagte Kirby",
"U.S. officials estimated", "Japans Geheimdienst schätzt"; "er sagte", "demnach" and "der
Geheimdienst" point back to the source cited before. News agencies pass figures on, so they are
never the source. (Inside a quotation, the quotation's speaker is the source: see __init__.py.)
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from ..entities.people import parse_mention
from ..entities.places import country_of
from ..entities.sources import ANAPHORIC_SOURCE
from ..lang import SUPPORTED, every_language, lexicon
from ..lang.shared import alternation
from .numbers import search_before
from .time import TIME_EXPRESSION

_LANGS = tuple(lexicon(code).figures for code in SUPPORTED)


def _words(name: str) -> str:
    return alternation(*(getattr(words, name) for words in _LANGS))


_CITE_VERBS = _words("CITE_VERBS")
_CITE_PARTICIPLES = _words("CITE_PARTICIPLES")
_PERFECT = _words("PERFECT_AUXILIARIES")
_HAS = _words("HAS")
_BODY_NOUNS = _words("BODY_NOUNS")
_COUNT_PREPOSITIONS = _words("COUNT_PREPOSITIONS")
_ACCORDING = _words("ACCORDING_TO")
_POSTPOSITIONS = _words("POSTPOSITIONS")
_AGENT = _words("AGENT_PREPOSITIONS")
_ADVERBIALS = _words("CITE_ADVERBIALS")
_EVIDENCE = _words("EVIDENCE_PHRASES")
_SOURCE_TEXT = r"[^,.;:\"“”„]"  # a source's name runs to the next punctuation

# "nach US-Angaben"
_NATION_SAYS = re.compile(
    rf"\b(?i:{_COUNT_PREPOSITIONS})\s+(?P<src>[A-ZÄÖÜ]{{2,4}})-{_words('GLUED_COUNT_NOUNS')}\b"
)
# "laut Selenskyj", "nach Angaben der Küstenwache", "according to figures from"
_ACCORDING_TO = re.compile(
    rf"\b(?:(?i:{_ACCORDING})|(?i:{_COUNT_PREPOSITIONS})\s+(?:{_words('COUNT_DETERMINERS')}\s+)*"
    rf"{_words('COUNT_NOUNS')})\s+{_words('SOURCE_LINK_ARTICLES')}?\s*"
    rf"(?P<src>{_SOURCE_TEXT}{{2,80}})"
)
# "dem Pentagon zufolge"
_ZUFOLGE = re.compile(rf"(?P<src>[A-ZÄÖÜ]{_SOURCE_TEXT}{{1,60}}?)\s+{_POSTPOSITIONS}\b")
# "…", sagte Kirby. Not "told": what follows it is whom the speaker told ("told VOA").
_SAID_NAME = re.compile(rf"(?:^|[,\"“”„»«]\s*){_words('SAY_BEFORE_NAME')}\s+(?P<src>{_SOURCE_TEXT}{{2,80}})")
# "Jung Pak, the U.S. official for North Korea, told VOA": the name before the apposition speaks.
_NAME_APPOSITION_SAYS = re.compile(
    r"^\W*(?P<src>[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}),\s+"
    rf"{_words('APPOSITION_ARTICLES')}\s[^,;]{{3,120}}?,\s+(?:{_HAS}\s+)?{_CITE_VERBS}\b"
)
# "U.S. officials estimated", "U.S. officials initially estimated", "South Korea's spy agency has
# said" (before _NAME_SAYS, which would take a later "Kirby indicated")
_BODY_SAYS = re.compile(
    rf"(?P<src>(?:[A-Z][\w.'’-]*\s+){{1,3}}{_BODY_NOUNS})\s+(?:{_words('BODY_AUXILIARIES')}\s+)?"
    rf"(?:{_ADVERBIALS}\s+)?"
    rf"(?:{_CITE_VERBS}|{_words('BODY_CITE_VERBS')}|{_EVIDENCE})\b"
)
_NAME_SAYS = re.compile(
    rf"(?P<src>(?:[a-zäöü]+{_words('SOURCE_ADJECTIVE_ENDINGS')}\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){{0,5}}?"
    rf"(?:[A-ZÄÖÜ][\w'’.-]*))\s+(?:{_ADVERBIALS}\s+)?{_PERFECT}?\s*{_CITE_VERBS}\b"
)
# "The US Ministry of Defense has data on the transfer of 10,000 troops": a name, with the words
# that link its parts ("of", "der"), holds the figure
_NAME_HOLDS = re.compile(
    rf"(?P<src>(?:[A-ZÄÖÜ][\w'’.-]*\s+(?:(?:{_words('SOURCE_LINKS')})\s+)?){{0,5}}[A-ZÄÖÜ][\w'’.-]*)\s+{_EVIDENCE}\b"
)
# "estimated by the Pentagon"
_BY_NAME = re.compile(
    rf"\b{_words('PASSIVE_CITE_VERBS')} {_AGENT}\s+(?:{_words('AGENT_ARTICLES')}\s+)?(?P<src>[^,.;:]{{2,60}})"
)
# "Die Polizei hat am Abend mitgeteilt"
_HAS_SAID = re.compile(
    rf"(?P<src>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+{_PERFECT}\b[^,.]{{0,40}}?\b{_CITE_PARTICIPLES}\b"
)
# "Der Leiter des Geheimdienstes, Kyrylo Budanow, sagte": the name between commas speaks
_COMMA_NAME_SAYS = re.compile(
    rf",\s+(?P<src>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){{0,3}}),\s+(?:{_HAS}\s+)?{_CITE_VERBS}\b"
)
# "Russian bloggers who follow the army, said": the noun before the relative clause (one pattern a
# language: the noun phrases differ)
_RELATIVE_SAYS = tuple(
    re.compile(rf"{subject}[^,;]{{3,120}}?,\s+(?:{_HAS}\s+)?{_CITE_VERBS}\b")
    for words in _LANGS
    for subject in words.RELATIVE_SUBJECTS
)
# Each source pattern, in the order they are tried, with a literal it needs (checked first: most
# sentences cite no one).
_SOURCE_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (_NATION_SAYS, re.compile(rf"-{_words('GLUED_COUNT_NOUNS')}")),
    (_ACCORDING_TO, re.compile(rf"(?i:{_ACCORDING}|{_COUNT_PREPOSITIONS})")),
    (_ZUFOLGE, re.compile(_POSTPOSITIONS)),
    (_SAID_NAME, None),
    (_NAME_APPOSITION_SAYS, re.compile(r",")),
    *((pattern, re.compile(r",")) for pattern in _RELATIVE_SAYS),
    (_BODY_SAYS, re.compile(_BODY_NOUNS)),
    (_NAME_SAYS, re.compile(rf"{_CITE_VERBS}\b")),
    (_NAME_HOLDS, re.compile(_EVIDENCE)),
    (_BY_NAME, re.compile(rf" {_AGENT}\s")),
    (_HAS_SAID, re.compile(_CITE_PARTICIPLES)),
    (_COMMA_NAME_SAYS, re.compile(r",")),
)
_SOURCE_NOISE = re.compile(rf"^{_words('LEADING_ARTICLES')}\s+", re.I)
_NOT_SOURCE = re.compile(
    rf"^{_words('NOT_SOURCES')}$"
    # "In Griechenland haben ...": a phrase opened by a preposition says where, not who
    rf"|^{_words('SOURCE_OPENING_PREPOSITIONS')}\s"
)
_BODY_WORD = re.compile(_words("BODY_WORDS"))
_SOURCE_LINKS = every_language("figures", "SOURCE_LINKS")
_FUNCTION_WORDS = every_language("figures", "FUNCTION_WORDS")
_PERSON_PRONOUNS = every_language("figures", "PERSON_PRONOUNS")
_POINTING_PRONOUNS = _PERSON_PRONOUNS | every_language("figures", "BODY_PRONOUNS")
_PREPOSITION_BEFORE = re.compile(rf"\b{_words('COMPANION_PREPOSITIONS')}\s+$", re.I)
# News agencies pass figures on; the source is whom they quote.
_AGENCY = re.compile(rf"{_words('AGENCY_NOUNS')}|\b{_words('NEWS_AGENCIES')}\b")
_ROLE_SOURCE = re.compile(rf"^{_words('ROLE_NOUNS')}$", re.I)
_INHERIT_SOURCE = re.compile(rf"\b(?:{_words('SOURCE_ANAPHORS')}|{_words('SOURCE_REFERENCES')})\b", re.I)
# "[...]" marks text left out: a "deren"/"their" after it may point into the gap, so it is not
# resolved to the source named before the gap.
ELISION = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]")


@dataclass(slots=True)
class Sources:
    """The sources an article has cited so far, for the figures that point back to one."""

    last: str | None = None
    cited: list[str] = field(default_factory=list)
    # Sentences not yet read for their source. Only a figure that refers back ("er sagte",
    # "demnach") needs them, so they are read then, in order, and most never are. A sentence with
    # figures comes with its source already found: (text, (source,)).
    unread: deque[tuple[str, tuple[str | None] | None]] = field(default_factory=deque)
    catching_up: bool = False
    after_elision: bool = False  # the sentence before ended with "[...]"
    previous: str = ""  # the sentence before


def sentence_source(text: str, sources: Sources) -> tuple[str | None, tuple[int, int]]:
    """Who the sentence cites, and where (so that the source's country is not taken as the actor)."""
    inherit = _INHERIT_SOURCE.search(text)
    for pattern, gate in _SOURCE_RULES:
        if gate is not None and not gate.search(text):
            continue
        for match in pattern.finditer(text):
            if inherit and match.start() <= inherit.start() < match.end():
                continue  # "Dabei kamen den Angaben zufolge": the source cited before, not "Dabei"
            if pattern is _NAME_SAYS and search_before(_PREPOSITION_BEFORE, text, match.start("src"), 12):
                continue  # "mit Nato-Generalsekretär Rutte sagte er": Rutte is not the speaker
            if pattern in _RELATIVE_SAYS:
                source = _noun_phrase_source(match.group("src"))
            else:
                source = _clean_source(match.group("src"))
            if source and source.lower() in _PERSON_PRONOUNS:
                return _previous_subject(sources) or _last_source(sources), match.span("src")
            if source and source.lower() in _POINTING_PRONOUNS:
                return _last_source(sources), match.span("src")
            if source and not _AGENCY.search(source):
                return _resolve_role(source, sources), match.span("src")
    if inherit is None:
        return None, (0, 0)
    if sources.after_elision or ELISION.search(text[: inherit.start()]):
        phrase = ANAPHORIC_SOURCE.match(text[inherit.start() :])
        return (phrase.group() if phrase else inherit.group()), inherit.span()  # unresolved, not the last
    return _last_source(sources), (0, 0)


def _last_source(sources: Sources) -> str | None:
    """The source the article cited last, before the current sentence."""
    if not sources.catching_up:
        sources.catching_up = True
        while sources.unread:
            text, known = sources.unread.popleft()
            source = known[0] if known else sentence_source(text, sources)[0]
            sources.last = source or sources.last
            if source:
                sources.cited.append(source)
        sources.catching_up = False
    return sources.last


# A sentence that opens with a person's name (two capitalised words or more) before a verb or an
# apposition: "Jane Roe, a former minister, identified ...", "Jane Roe visited ...".
_OPENING_NAME = re.compile(
    r"^\W*(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){1,3})(?=\s*,|\s+[a-zäöü])"
)
_CITING_OPENER = re.compile(rf"(?i:{_ACCORDING}|{_COUNT_PREPOSITIONS})\b")


def _previous_subject(sources: Sources) -> str | None:
    """The person who opens the sentence before, whom "he"/"sie" at the start of the next one
    most likely means, even where the article did not cite them for anything."""
    match = _OPENING_NAME.match(sources.previous)
    if not match:
        return None
    opening = match.group("name")
    if opening.split()[0].lower() in _FUNCTION_WORDS or _CITING_OPENER.match(opening):
        return None  # "Laut Selenskyj sind ...", "In Kyiv ...": no one is the subject
    name = parse_mention(opening).name
    if not name or country_of(name) or _NOT_SOURCE.match(name) or _is_time(name) or _AGENCY.search(name):
        return None
    return name


def _noun_phrase_source(phrase: str) -> str | None:
    """A source named by a noun phrase with a lower-case head ("Russian Telegram channels")."""
    source = _SOURCE_NOISE.sub("", phrase.strip()).strip()
    if not source or _NOT_SOURCE.match(source) or _is_time(source):
        return None
    return source


def _resolve_role(source: str, sources: Sources) -> str:
    """A bare role or body ("der Geheimdienst", "des Präsidenten") names whom the article cited before."""
    if not _ROLE_SOURCE.match(source):
        return source
    last = _last_source(sources)
    if not last:
        return source
    stem = source.lower()[:6]
    return next((s for s in reversed(sources.cited) if stem in s.lower()), last)


def _clean_source(raw: str) -> str | None:
    """Keep the noun phrase that names the source: "des südkoreanischen Geheimdienstes insgesamt" ->
    "südkoreanischen Geheimdienstes"."""
    words = _SOURCE_NOISE.sub("", raw.strip()).split()
    kept: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            word[0].isupper()
            or word.lower() in _PERSON_PRONOUNS
            or (word in _SOURCE_LINKS and nxt[:1].isupper() and kept)
            or (kept and _BODY_WORD.fullmatch(word))
        ):
            kept.append(word)
        elif not kept and word[0].islower() and word not in _FUNCTION_WORDS and nxt[:1].isupper():
            kept.append(word)  # a leading adjective: "südkoreanischen Geheimdienstes"
        else:
            break
        if len(kept) >= 7:
            break
    while kept and kept[-1] in _SOURCE_LINKS:
        kept.pop()
    source = " ".join(kept).strip(" -,.")
    if not source or _NOT_SOURCE.match(source) or _is_time(source):
        return None
    return source


def _is_time(phrase: str) -> bool:
    """Whether a phrase only says when ("Monday", "last Saturday", "am 24. Juni"): a time names
    no one, so no capitalised word is left once its time expressions are taken out."""
    rest = TIME_EXPRESSION.sub(" ", phrase)
    return rest != phrase and not any(word[:1].isupper() for word in rest.split())
