"""Quotations and their speakers, German and English, by rules.

Three passes over one article, each a generator over spans:
- direct quotations between quotation marks, one `Quote` per contiguous quoted segment (a quote
  interrupted by its attribution, or reopened by a new paragraph, gives several segments that share
  the speaker);
- indirect speech: a clause after a speech verb ("er sagte, die Truppen seien ..."), a clause before
  an inverted attribution ("..., sagte Blinken"), "laut X", "X zufolge", "according to X";
- free indirect speech: Konjunktiv I sentences that continue an attributed statement.

Speakers are found next to the cue (the speech verb or marker) and resolved to the article's
canonical full name: "Außenminister Antony Blinken" ... "Blinken", "er", "der Minister".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .people import is_pronoun, is_role_word, parse_mention, strip_titles, surname_key
from .types import Article, Quote, Sentence


def _words(text: str) -> list[str]:
    """Split a word list written as one string (keeps long vocabularies readable)."""
    return text.split()


# ----------------------------------------------------------------------------- cue words
# Finite forms of German speech verbs; separable particles ("fügte ... hinzu") need not be matched.
_DE_WEAK = _words(
    """
        sag erklär beton füg warn mein erläuter bericht teil ergänz forder kritisier versicher bestätig
        bekräftig räum kündig äußer kommentier resümier antwort erwider behaupt frag mahn appellier
        argumentier begründ vermut stell beteuer schätz bezeichn dementier verurteil urteil beklag klag
        lob zitier verkünd berichtet schilder ergänz präzisier zeig verweis unterstreich bemerk notier
        twitter erinner sprech hoff fürcht befürcht glaub kündig wiederhol insistier drohen droh bedauer
        entschuldig gesteh spekulier prognostizier folger meld
        """
)
_DE_STRONG = _words(
    """
        schrieb schrieben schreibt rief riefen ruft sprach sprachen spricht gab gaben gibt wies wiesen
        weist hob hoben hebt hieß heißt nannte nannten nennt unterstrich unterstrichen bestritt
        bestritten bestreitet widersprach widersprachen widerspricht warf warfen wirft versprach
        versprachen verspricht riet rät bat bittet entgegnete entgegnet fügte fügten gestand gesteht
        sagt sagen sagte sagten meinte meint
        """
)
_EN_CUES = _words(
    """
        said says say told tells added adds noted notes stated states explained explains warned warns
        wrote writes stressed stresses emphasized emphasised insisted insists argued argues claimed
        claims announced announces asked asks replied replies declared declares continued remarked
        commented comments confirmed confirms admitted admits acknowledged acknowledges suggested
        suggests urged urges reported reports tweeted posted recalled recalls predicted predicts
        estimated estimates believes believed
        """
)
_DE_PREFIX = "(?:mit|an|ab|aus|bekannt|hinzu|fest|ein|vor|zu|hervor|hin|klar|dar)?"
_DE_ENDING = "(?:t|te|ten|tet|et|ete|eten|en|e)?"
_DE_CUE_RE = re.compile(
    f"{_DE_PREFIX}(?:{'|'.join(_DE_WEAK)}){_DE_ENDING}|{'|'.join(_DE_STRONG)}",
    re.IGNORECASE,
)
_EN_CUE_SET = frozenset(_EN_CUES)
# Participles / nouns a verb-like regex would also match but that are not finite speech verbs.
_NOT_CUES = frozenset(
    _words(
        """
            meinung bericht berichte berichten erklärung forderung kritik sprecher sprecherin frage fragen
            zeigen stellen stellt stellte stellten mein meine meinen meiner meines meinem klage stelle zeige
            berichtet
            """
    )
)

_WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]")
_QUOTE_CHARS = '„“”"»«‚‘’‹›'

# ----------------------------------------------------------------------------- direct quotations
# Openers and the closers that end them; German „…“ and »…«, Swiss «…», English “…”, straight "…".
_CLOSERS = {"„": '“”"', "»": "«", "«": "»", "“": '”"', '"': '"', "‚": "‘’", "‹": "›", "›": "‹"}
_SINGLE = frozenset("‚‹›")


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int  # first quoted character (after the opening mark)
    end: int  # after the last quoted character (before the closing mark)
    closed: bool


def find_quoted_segments(text: str) -> Iterator[_Segment]:
    """Yield the spans between quotation marks, paragraph by paragraph, outermost quotes only.

    Example:
        >>> [text[s.start:s.end] for s in find_quoted_segments(text := "„Ja“, sagte er. »Nein«")]
        ['Ja', 'Nein']
    """
    offset = 0
    for line in text.split("\n"):
        yield from _segments_in_line(line, offset)
        offset += len(line) + 1


def _segments_in_line(line: str, offset: int) -> Iterator[_Segment]:
    opener: str | None = None
    start = 0
    for i, ch in enumerate(line):
        if opener is not None:
            if ch in _CLOSERS[opener] and _can_close(line, i):
                yield _Segment(offset + start, offset + i, True)
                opener = None
        elif ch in _CLOSERS and _can_open(line, i, ch):
            opener, start = ch, i + 1
    if opener is not None and opener not in _SINGLE:
        end = len(line.rstrip())
        if end - start > 20:  # an unclosed quote runs to the paragraph end (reopened in the next)
            yield _Segment(offset + start, offset + end, False)


def _can_open(line: str, i: int, ch: str) -> bool:
    prev = line[i - 1] if i else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    if nxt.isspace():
        return False
    return not prev.isalnum() or ch in "„»«"


def _can_close(line: str, i: int) -> bool:
    nxt = line[i + 1] if i + 1 < len(line) else " "
    prev = line[i - 1] if i else " "
    return not nxt.isalnum() and not prev.isspace()


# Words in front of a short quotation that make it a name or title, not something said.
_TITLE_CONTEXT = re.compile(
    r"(?:Typs?|Titel|Motto|Namen|namens|Film|Films|Buch|Buches|Lied|Serie|Album|Zeitung|Magazin|"
    r"Operation|Aktion|Projekt|Programm|Kampagne|Sendung|Marke|Schiff|Stück|Roman|Band|Gruppe|"
    r"Initiative|Bündnis|Verein|Partei|Rubrik|Kategorie|Preis|Wettbewerb|titled|called|named|"
    r"dubbed|operation|campaign|magazine|newspaper)\s*$"
)
_QUOTE_END_PUNCT = re.compile(r"[.!?…,;:]\s*$")
_CUE_AFTER = re.compile(r"[“”\"»«‘’],?\s+(\w+)")


def _looks_said(ctx: _Context, seg: _Segment) -> bool:
    """Tell a quotation from a quoted name or title ("des Typs „Pilatus“", „Die Andere Medizin“)."""
    text = ctx.text
    inner = text[seg.start : seg.end]
    words = _WORD.findall(inner)
    if not words:
        return False
    if len(words) >= 6 or _QUOTE_END_PUNCT.search(inner):
        return True
    if _TITLE_CONTEXT.search(text, max(0, seg.start - 30), seg.start - 1):
        return False
    cue = _CUE_AFTER.match(text, seg.end)
    if cue is not None and _is_cue(cue.group(1), ctx.lang):
        return True  # „Der Plan steht“, sagte ...
    # Names and titles capitalise their words; said words are mostly lower case.
    lower = sum(w[0].islower() for w in words)
    if lower * 2 >= len(words) or (len(words) >= 4 and lower >= 1):
        return True
    return _speech_sentence(ctx, seg)


def _speech_sentence(ctx: _Context, seg: _Segment) -> bool:
    # A capitalised word quoted in a sentence that reports speech: „Zweibahnstraße“ seien.
    sent = ctx.sentence_at(seg.start)
    if sent is None:
        return False
    outside = ctx.text[sent.start : seg.start] + " " + ctx.text[seg.end : sent.end]
    return bool(_STRICT_KONJ.search(outside))


_STRICT_KONJ = re.compile(r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe)\b")


# ----------------------------------------------------------------------------- speakers
_STOP_AFTER = frozenset(
    _words(
        """
            am an in im auf bei vor nach gegenüber zu zum zur mit über und oder aber dass, ob als wie wenn
            weil bereits auch noch jedoch dazu dabei weiter weiterhin später heute gestern morgen zuvor
            damals nun jetzt außerdem zudem ebenfalls ferner schließlich daher deshalb aus für on at in to
            of with that on, and but as when on, yesterday today also later earlier lediglich nur bloß sogar
            erneut zuletzt kürzlich vorher einmal allerdings
            """
    )
)
_DETS = frozenset(
    _words(
        """
            der die das dem den des ein eine einer eines einem einen the a an sein seine ihr ihre seinem
            seinen seiner ihrem ihren ihrer dessen deren unser unsere
            """
    )
)
_PARTICLE = frozenset(
    _words(
        """
            von van de der den du da di del la le al el bin ibn ben zu vom ter y
            """
    )
)
_CAP = re.compile(r"[A-ZÄÖÜÀ-ÝĀ-Ž]")
_TOKEN = re.compile(r"[\w'’-]+\.?|„[^“\n]{1,40}“|\S")
_ADJ = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em)$")


def _np_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``pos`` ("er", "der Minister", "US-Präsident Joe Biden")."""
    tokens = list(_TOKEN.finditer(text, pos, min(limit, pos + 160)))
    if not tokens:
        return None
    first = tokens[0].group()
    if is_pronoun(first) and first.lower() not in {"es", "it", "man"}:
        return tokens[0].span()
    start = tokens[0].start()
    end = None
    seen_det = False
    for i, tok in enumerate(tokens):
        word = tok.group()
        low = word.lower()
        if i == 0 and low in _DETS:
            seen_det = True
            continue
        if _CAP.match(word) or word.startswith("„"):
            if word.endswith(".") and len(word) > 4:
                end = tok.end() - 1  # "Lenz." ends the sentence; "Dr." and "W." belong to the name
                break
            end = tok.end()
            continue
        if end is not None and low in _PARTICLE and i + 1 < len(tokens) and _CAP.match(tokens[i + 1].group()):
            continue
        if end is None and (seen_det or i == 0) and _ADJ.match(word) and low not in _STOP_AFTER:
            continue
        if end is not None and low in {"des", "der", "of"} and _genitive_ok(text, start, end):
            continue
        break
    return (start, end) if end is not None else None


def _genitive_ok(text: str, start: int, end: int) -> bool:
    # "ein Sprecher des Ministeriums": a genitive attribute after a role noun belongs to the phrase.
    last = text[start:end].split()[-1]
    return is_role_word(last) or last.lower().endswith(("ung", "schaft", "sprecher"))


_PREFIELD_BAD = re.compile(
    r"^(?:am|an|in|im|auf|bei|vor|nach|gegenüber|zu|zum|zur|mit|über|laut|so|wie|das|dies|dazu|"
    r"dabei|danach|damit|dann|heute|gestern|zuvor|später|außerdem|zudem|auch|weiter|ebenfalls|"
    r"schließlich|zuletzt|jetzt|nun|bereits|demnach|daher|deshalb|doch|aber|und|oder|on|at|"
    r"angesichts|als|da|trotz|wegen|während|seit|aus|durch|für|gegen|ohne|um|unter|zwischen|"
    r"neben|den|dem|einen|einem|dessen|deren|was|wer|wo|wenn|weil|dass|ob|hier|dort|"
    r"later|earlier|separately|meanwhile|however|also|it|this|that|there|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|who|which|that)\s+[a-zäöü]")


def _np_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject in front of the speech verb ("Blinken sagte"), if the pre-field is a subject.

    Walks back over comma-separated parts, skipping relative clauses ("Blinken, der ..., sagte").
    """
    parts = list(re.finditer(r"[^,]+", text[clause_start:cue_start]))
    for part in reversed(parts[-3:]):
        span = _subject_span(text, clause_start + part.start(), clause_start + part.end())
        if span is not None:
            return span
        if not _RELATIVE.match(part.group().strip()):
            return None
    return None


def _subject_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(' „“"”:–-()'))
    start, end = start + lead, start + len(raw.rstrip(" –-"))
    phrase = text[start:end]
    if not phrase or len(phrase) > 140 or _PREFIELD_BAD.match(phrase) or _RELATIVE.match(phrase):
        return None
    words = phrase.split()
    if len(words) == 1 and is_pronoun(words[0]) and words[0].lower() not in {"es", "it", "man"}:
        return start, end
    if not (_CAP.match(phrase) or words[0].lower() in _DETS):
        return None
    last = words[-1].strip("()")
    # German nouns and all names are capitalised: a subject ends with one, a clause with a verb.
    if not (_CAP.match(last) or is_role_word(last) or words[-1].endswith(")") or len(words) > 14):
        return None
    return start, end


_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s|[“”\"»«],?\s*|\n)")


@dataclass(frozen=True, slots=True)
class _Attribution:
    cue: str | None
    cue_start: int
    speaker: tuple[int, int] | None


def _is_cue(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "en":
        return low in _EN_CUE_SET
    return (low not in _NOT_CUES and bool(_DE_CUE_RE.fullmatch(low))) or (low in _EN_CUE_SET and lang != "de")


def _cues(text: str, start: int, end: int, lang: str) -> Iterator[re.Match[str]]:
    for match in _WORD.finditer(text, start, end):
        if (_is_cue(match.group(), lang) and not _CAP.match(match.group()[0])) or match.group() in {
            "So",
            "so",
        }:
            yield match


def _attribute_at(text: str, cue: re.Match[str], clause_start: int, limit: int) -> _Attribution:
    """Find the speaker of one cue: a pronoun after it, the subject in front, or the phrase after."""
    after = _np_after(text, _skip_space(text, cue.end()), limit)
    if after is not None and is_pronoun(text[after[0] : after[1]]):
        return _Attribution(cue.group(), cue.start(), after)
    before = None
    if cue.group().lower() != "so" and not _starts_with_quote_close(text, clause_start, cue.start()):
        before = _np_before(text, clause_start, cue.start())
    return _Attribution(cue.group(), cue.start(), before or after)


def _starts_with_quote_close(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip(" ,")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


# ----------------------------------------------------------------------------- extraction
@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    lang: str
    starts: list[int]  # sentence starts, for bisect
    sentences: Sequence[Sentence]

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        sent = self.sentences[i]
        return sent if sent.start <= pos <= sent.end else None


def extract_quotes(article: Article, sentences: Sequence[Sentence]) -> Iterator[Quote]:
    """Yield every quotation of one article in text order, with its speaker.

    Example:
        >>> from checker.sentences import split_sentences
        >>> art = Article(id="a", text="„Wir sparen 3 Mio. Euro“, sagte Müller.", lang="de")
        >>> [(q.text, q.speaker) for q in extract_quotes(art, split_sentences(art))]
        [('Wir sparen 3 Mio. Euro', 'Müller')]
    """
    lang = article.lang if article.lang in ("de", "en") else _guess_lang(article.text)
    ctx = _Context(article.text, lang, [s.start for s in sentences], sentences)
    segments = [seg for seg in find_quoted_segments(ctx.text) if _looks_said(ctx, seg)]
    # Whole quotations first: the indirect pass continues their speakers, partial quotes use both.
    full = list(_extract_full(ctx, [seg for seg in segments if not _is_partial(ctx, seg)]))
    indirect = list(_extract_indirect(ctx, full, segments))
    partial = [_partial_quote(ctx, seg, indirect) for seg in segments if _is_partial(ctx, seg)]
    found = sorted(full + indirect + partial, key=lambda q: (q.start, q.end))
    yield from _resolve_speakers(article.text, found)


def _guess_lang(text: str) -> str:
    sample = f" {text[:3000].lower()} "
    return "en" if sample.count(" the ") > sample.count(" der ") + sample.count(" die ") else "de"


def _extract_full(ctx: _Context, segments: list[_Segment]) -> Iterator[Quote]:
    previous: Quote | None = None
    for seg in segments:
        attribution = _attribution_after(ctx, seg) or _attribution_before(ctx, seg)
        if attribution is None and previous is not None and _continues(ctx.text, previous, seg):
            quote = _quote(ctx.text, seg.start, seg.end, previous, "direct")
        else:
            quote = _make_quote(ctx.text, seg.start, seg.end, attribution, direct=True, style="direct")
        previous = quote
        yield quote


def _partial_quote(ctx: _Context, seg: _Segment, indirect: list[Quote]) -> Quote:
    """A few quoted words inside a sentence: the sentence's speaker is theirs."""
    for quote in indirect:
        if quote.start <= seg.start and seg.end <= quote.end + 2 and quote.speaker_start is not None:
            return replace(
                quote,
                text=ctx.text[seg.start : seg.end],
                start=seg.start,
                end=seg.end,
                direct=True,
                style="partial",
            )
    attribution = _attribution_in_sentence(ctx, seg.start, seg.end) or _sentence_subject(ctx, seg.start)
    return _make_quote(ctx.text, seg.start, seg.end, attribution, direct=True, style="partial")


def _quote(text: str, start: int, end: int, like: Quote, style: str) -> Quote:
    return replace(like, text=text[start:end], start=start, end=end, style=style)


def _continues(text: str, previous: Quote, seg: _Segment) -> bool:
    gap = text[previous.end : seg.start]
    return len(gap) < 400 and gap.count("\n\n") <= 1 and previous.speaker_start is not None


def _make_quote(
    text: str, start: int, end: int, attribution: _Attribution | None, *, direct: bool, style: str
) -> Quote:
    span = attribution.speaker if attribution else None
    mention = text[span[0] : span[1]] if span else None
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        direct=direct,
        speaker=None,
        speaker_mention=mention,
        speaker_start=span[0] if span else None,
        speaker_end=span[1] if span else None,
        cue=attribution.cue if attribution else None,
        style=style,
    )


_AFTER_CLOSE = re.compile(r"[“”\"»«‘’]?[ \t]*[,–-]?[ \t]*")


def _attribution_after(ctx: _Context, seg: _Segment) -> _Attribution | None:
    """„…“, sagte Blinken. / „…“, so Blinken. / “…,” Blinken said. / „…“ sagte er."""
    text = ctx.text
    close = _AFTER_CLOSE.match(text, seg.end)
    pos = close.end() if close else seg.end
    limit = _clause_end(text, pos)
    if pos >= len(text) or text[pos] in '„“"»\n':
        return None
    window = list(_WORD.finditer(text, pos, min(limit, pos + 80)))[:6]
    if window and window[0].group()[0].islower() and text[seg.end : pos].strip(' “”"»«‘’'):
        # „…“, strich Romney heraus: any verb right after the comma introduces the speaker.
        after = _np_after(text, _skip_space(text, window[0].end()), limit)
        if after is not None:
            return _Attribution(window[0].group(), window[0].start(), after)
    for match in window:
        if _is_cue(match.group(), ctx.lang) or match.group() in {"so", "So"}:
            found = _attribute_at(text, match, pos, limit)
            if found.speaker is not None:
                return found
            break
        if match.group().lower() in {"wird", "wurde", "werden", "heißt", "hieß"}:
            attribution = _cited(text, match, limit)
            if attribution is not None:
                return attribution
    return None


def _cited(text: str, aux: re.Match[str], limit: int) -> _Attribution | None:
    """„…“ wird Panetta zitiert / „…“, heißt es in einer Erklärung des Ministeriums."""
    span = _np_after(text, _skip_space(text, aux.end()), limit)
    if span is None:
        tail = re.match(r"\s*es\s+(?:in|bei|von|aus)\s+", text[aux.end() : limit])
        if tail is None:
            return None
        span = _np_after(text, aux.end() + tail.end(), limit)
    return _Attribution(aux.group(), aux.start(), span) if span else None


def _clause_end(text: str, pos: int) -> int:
    match = re.compile(r"[.!?;:„“\"»«\n]").search(text, pos)
    return match.start() if match else len(text)


def _attribution_before(ctx: _Context, seg: _Segment) -> _Attribution | None:
    """Blinken sagte: „…“ / Er fügte hinzu: „…“ / Laut Blinken „…“ (in the same sentence)."""
    text = ctx.text
    opener = seg.start - 1
    head = text[max(0, opener - 3) : opener].rstrip()
    sent = ctx.sentence_at(opener)
    start = sent.start if sent is not None else max(0, opener - 200)
    if start >= opener - 1 and head.endswith(("\n", "")):
        prev = ctx.sentence_at(max(0, start - 2))
        if prev is not None and text[prev.start : prev.end].rstrip().endswith(":"):
            start = prev.start
    introduced = head.endswith(":") or re.search(r"(?:laut|according to|so)\s*$", text[start:opener])
    if not introduced and not text[start:opener].rstrip().endswith(":"):
        return None
    clause = _clause_start(text, start, opener)
    return _nearest_cue(ctx, clause, opener) or _subject_of(ctx, clause, opener)


def _clause_start(text: str, start: int, end: int) -> int:
    for match in _CLAUSE_START.finditer(text, start, end):
        if match.end() < end - 1:
            start = match.end()
    return start


def _nearest_cue(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The attribution of the speech verb or marker closest before ``end``."""
    text = ctx.text
    for match in reversed(list(_cue_matches(text, start, end, ctx.lang))):
        attribution = _attribute_marker(text, match, start, end)
        if attribution is not None and attribution.speaker is not None:
            return attribution
    return None


_MARKERS = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Ansicht|Meinung|Einschätzung|Informationen|Aussage|Aussagen|"
    r"Worten|Darstellung|Auffassung|Berichten|einem\s+Bericht|Auskunft)(?:\s+(?:von|vom|des|der|eines|"
    r"einer))?|[Aa]ccording\s+to|[Zz]ufolge|[Gg]egenüber)\b"
)


def _cue_matches(text: str, start: int, end: int, lang: str) -> Iterator[re.Match[str]]:
    found = sorted(
        [*_cues(text, start, end, lang), *_MARKERS.finditer(text, start, end)], key=lambda m: m.start()
    )
    yield from found


def _attribute_marker(text: str, match: re.Match[str], start: int, end: int) -> _Attribution | None:
    word = match.group().lower()
    if word == "zufolge":
        span = _np_ending_at(text, start, match.start())
        return _Attribution(match.group(), match.start(), span)
    if word.startswith(("laut", "nach", "according")):
        span = _np_after(text, _skip_space(text, match.end()), end)
        return _Attribution(match.group(), match.start(), span)
    if word == "gegenüber":
        return None
    return _attribute_at(text, match, _clause_start(text, start, match.start()), end)


def _np_ending_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    # "dem Ministerium zufolge": the phrase in front, back to a determiner or clause boundary.
    words = list(re.finditer(r"\S+", text[start:end]))
    if not words:
        return None
    first = len(words) - 1
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[i].group().lower()
        first = i
        if word in _DETS or word.endswith(","):
            break
    return start + words[first].start(), start + words[-1].end()


_PREPOSITIONS = frozenset(
    _words(
        """
            am an in im auf bei vor nach zu zum zur mit über aus seit für gegen unter angesichts durch von
            vom beim ins ans aufs ohne um wegen trotz während zwischen neben hinter und oder on at after
            before during for with from by of
            """
    )
)
_ADVERBS = frozenset(
    _words(
        """
            sich jedoch auch nun damit dort dabei daher zudem aber allerdings nicht
            """
    )
)


def _verb_after_prefield(text: str, start: int, end: int) -> re.Match[str] | None:
    """The finite verb of a verb-second clause: the first lower-case word after the pre-field."""
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        low = word.lower()
        if _CAP.match(word) or word[0].isdigit() or low in _PREPOSITIONS or low in _DETS:
            continue
        if _ADJ.match(word) and match.start() > start:
            continue
        return match if match.start() > start else None
    return None


def _sentence_subject(ctx: _Context, pos: int) -> _Attribution | None:
    sent = ctx.sentence_at(pos)
    if sent is None:
        return None
    return _subject_of(ctx, sent.start, pos - 1)


def _subject_of(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The subject of a clause without a speech verb: its first noun phrase, or the one after the verb."""
    text = ctx.text
    start = _skip_opening(text, start)
    if start >= end:
        return None
    head = _np_after(text, start, end)
    if head is not None and not _PREFIELD_BAD.match(text[start:end]):
        return _Attribution(None, start, head)
    verb = _verb_after_prefield(text, start, end)
    if verb is None:
        return None
    pos = _skip_space(text, verb.end())
    while (word := re.compile(r"(\w+)\s+").match(text, pos)) and word.group(1) in _ADVERBS:
        pos = word.end()
    after = _np_after(text, pos, end)
    return _Attribution(verb.group(), verb.start(), after) if after else None


def _is_partial(ctx: _Context, seg: _Segment) -> bool:
    """A few quoted words inside a sentence that is not itself the quotation."""
    sent = ctx.sentence_at(seg.start)
    if sent is None:
        return False
    outside = ctx.text[sent.start : seg.start - 1].strip() + ctx.text[seg.end + 1 : sent.end].strip()
    inner = ctx.text[seg.start : seg.end]
    cue = _CUE_AFTER.match(ctx.text, seg.end)
    if cue is not None and _is_cue(cue.group(1), ctx.lang):
        return False  # „Der Plan steht“, sagte ...: a whole statement, however short
    short = len(inner.split()) < 4
    return bool(outside) and not _QUOTE_END_PUNCT.search(inner) and (inner[:1].islower() or short)


def _attribution_in_sentence(ctx: _Context, start: int, end: int) -> _Attribution | None:
    sent = ctx.sentence_at(start)
    if sent is None:
        return None
    return _nearest_cue(ctx, sent.start, start - 1) or _first_cue(ctx, end + 1, sent.end)


def _first_cue(ctx: _Context, start: int, end: int) -> _Attribution | None:
    for match in _cue_matches(ctx.text, start, end, ctx.lang):
        attribution = _attribute_marker(ctx.text, match, _clause_start(ctx.text, start, match.start()), end)
        if attribution is not None and attribution.speaker is not None:
            return attribution
    return None


# ----------------------------------------------------------------------------- indirect speech
_KONJ1 = frozenset(
    _words(
        """
            sei seien seiest habe werde werden könne müsse solle wolle dürfe möge wisse gebe komme stehe
            gehe liege bleibe lasse sehe gelte handle handele brauche trage halte finde plane erwarte
            verfüge führe zeige besitze arbeite bestehe fehle befinde diene hätten wären würden hätte wäre
            würde
            """
    )
)
_SUBORDINATE_BAD = frozenset(
    _words(
        """
            als während nachdem bevor weil obwohl wenn da sodass damit bis seit indem when while after
            before because although since as if until
            """
    )
)
_REPORTED_SUBJ = re.compile(r"^(?:dass|ob|wie|warum|wann|wer|was|wo|weshalb|wieso|that|whether)\b")


def _extract_indirect(ctx: _Context, direct: list[Quote], segments: list[_Segment]) -> Iterator[Quote]:
    covered = [(seg.start, seg.end) for seg in segments]
    last: Quote | None = None
    last_index = -10
    for sent in ctx.sentences:
        if _mostly_quoted(sent, covered):
            last, last_index = _latest_direct(direct, sent) or last, sent.index
            continue
        quote = _indirect_in_sentence(ctx, sent)
        if quote is not None and _mostly_quoted(quote, covered):
            quote = None
        if quote is None and last is not None and sent.index - last_index <= 2:
            quote = _free_indirect(ctx, sent, last)
        if quote is not None:
            yield quote
            if quote.speaker_start is not None:
                last, last_index = quote, sent.index


def _mostly_quoted(sent: Sentence | Quote, covered: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(e, sent.end) - max(s, sent.start)) for s, e in covered)
    return inside * 2 > sent.end - sent.start


def _latest_direct(direct: list[Quote], sent: Sentence) -> Quote | None:
    inside = [q for q in direct if sent.start <= q.start < sent.end and q.speaker_start is not None]
    return inside[-1] if inside else None


def _indirect_in_sentence(ctx: _Context, sent: Sentence) -> Quote | None:
    for rule in _INDIRECT_RULES:
        quote = rule(ctx, sent)
        if quote is not None:
            return quote
    return None


def _style(ctx: _Context) -> str:
    return "reported" if ctx.lang == "en" else "indirect"


def _verb_then_clause(ctx: _Context, sent: Sentence) -> Quote | None:
    """Blinken sagte, die Truppen seien ... / Pak behauptete, dass ... / He said (that) ..."""
    text = ctx.text
    for match in _cues(text, sent.start, sent.end, ctx.lang):
        if match.group().lower() == "so":
            continue
        rest = re.compile(r"[^,:.;]{0,60}?[,:]\s+|\s+(?=that\b)").match(text, match.end())
        if rest is None and ctx.lang == "en":
            rest = re.compile(r"\s+(?=[a-zA-Z])").match(text, match.end())
        if rest is None:
            continue
        body_start = rest.end()
        first = text[body_start : body_start + 12].split(" ", 1)[0].lower()
        if first in _SUBORDINATE_BAD or text[body_start : body_start + 1] in _QUOTE_CHARS:
            continue
        if ctx.lang == "en" and not _REPORTED_SUBJ.match(first) and not _looks_clause_en(text, body_start):
            continue
        body_end = _body_end(text, body_start, sent.end)
        if body_end - body_start < 12:
            continue
        attribution = _attribute_at(text, match, _clause_start(text, sent.start, match.start()), body_start)
        if attribution.speaker is None:
            continue
        return _make_quote(text, body_start, body_end, attribution, direct=False, style=_style(ctx))
    return None


def _looks_clause_en(text: str, pos: int) -> bool:
    return bool(re.compile(r"(?:the|a|an|he|she|it|they|we|there|[A-Z]\w+)\s+\w+").match(text, pos))


def _body_end(text: str, start: int, end: int) -> int:
    end = len(text[:end].rstrip(" .!?:;\n"))
    return max(start, end)


def _clause_then_verb(ctx: _Context, sent: Sentence) -> Quote | None:
    """Die Truppen seien bereit, sagte Blinken. / ..., so der Minister. / ..., he said."""
    text = ctx.text
    for comma in re.compile(r",\s+").finditer(text, sent.start, sent.end):
        words = list(_WORD.finditer(text, comma.end(), sent.end))[:3]
        if not words:
            continue
        cue = words[0]
        if not (_is_cue(cue.group(), ctx.lang) or cue.group() == "so"):
            if len(words) >= 2 and _is_cue(words[1].group(), ctx.lang) and is_pronoun(cue.group()):
                cue = words[1]  # English: "..., he said."
            else:
                continue
        limit = _clause_end(text, cue.end())
        attribution = _attribute_at(text, cue, comma.end(), limit)
        if attribution.speaker is None or comma.start() - sent.start < 15:
            continue
        start = _skip_opening(text, sent.start)
        return _make_quote(text, start, comma.start(), attribution, direct=False, style=_style(ctx))
    return None


def _skip_opening(text: str, start: int) -> int:
    while start < len(text) and text[start] in _QUOTE_CHARS + " ":
        start += 1
    return start


def _wie_clause(ctx: _Context, sent: Sentence) -> Quote | None:
    """Wie der Sprecher mitteilte, seien ... / As the minister said, ..."""
    text = ctx.text
    head = re.compile(r"(?:Wie|As)\s+([^,]{3,120}?)\s+(\w+),\s+").match(text, sent.start, sent.end)
    if head is None or not _is_cue(head.group(2), ctx.lang):
        return None
    speaker = _np_after(text, head.start(1), head.end(1))
    if speaker is None:
        return None
    attribution = _Attribution(head.group(2), head.start(2), speaker)
    end = _body_end(text, head.end(), sent.end)
    return _make_quote(text, head.end(), end, attribution, direct=False, style=_style(ctx))


def _marker_clause(ctx: _Context, sent: Sentence) -> Quote | None:
    """Laut Blinken ... / Dem Ministerium zufolge ... / Nach Angaben des Ministeriums ..."""
    text = ctx.text
    match = _MARKERS.search(text, sent.start, sent.end)
    if match is None or match.group().lower() == "gegenüber":
        return None
    attribution = _attribute_marker(text, match, sent.start, sent.end)
    if attribution is None or attribution.speaker is None:
        return None
    s_start, s_end = attribution.speaker
    start, end = sent.start, _body_end(text, sent.start, sent.end)
    if match.start() - sent.start < 3:
        start = _skip_punct(text, s_end)
    elif match.group().lower() == "zufolge" and s_start - sent.start < 3:
        start = _skip_punct(text, match.end())
    if end - start < 12:
        return None
    return _make_quote(text, start, end, attribution, direct=False, style=_style(ctx))


def _skip_punct(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,":
        pos += 1
    return pos


_INDIRECT_RULES = (_wie_clause, _verb_then_clause, _clause_then_verb, _marker_clause)

_KONJ_RE = re.compile(r"\b(?:" + "|".join(sorted(_KONJ1)) + r")\b")


def _free_indirect(ctx: _Context, sent: Sentence, last: Quote) -> Quote | None:
    """A Konjunktiv I sentence right after an attributed statement continues it."""
    if ctx.lang != "de":
        return None
    body = ctx.text[sent.start : sent.end]
    if not _KONJ_RE.search(body):
        return None
    start = _skip_opening(ctx.text, sent.start)
    end = _body_end(ctx.text, start, sent.end)
    return replace(
        last, text=ctx.text[start:end], start=start, end=end, direct=False, style="indirect", cue=None
    )


# ----------------------------------------------------------------------------- resolution
def _resolve_speakers(text: str, quotes: list[Quote]) -> Iterator[Quote]:
    """Give each quote the canonical full name of its speaker and the role the text gives."""
    names: list[str] = _article_names(text)
    last_named: str | None = None
    resolved: list[Quote] = []
    for quote in quotes:
        mention = quote.speaker_mention
        if mention is None:
            yield quote
            continue
        parsed = parse_mention(mention)
        speaker: str | None
        role = parsed.role or _apposition_role(text, quote.speaker_end)
        if parsed.name:
            speaker = _full_name(parsed.name, names)
            if len(speaker.split()) >= 2:
                last_named = speaker
        elif is_pronoun(mention) or role:
            speaker = _by_role(role, resolved) or _name_before(text, quote.speaker_start) or last_named
        else:
            speaker = strip_titles(mention.strip())
        done = replace(quote, speaker=speaker, role=role)
        resolved.append(done)
        yield done


_NAME_RE = re.compile(r"\b[A-ZÄÖÜ][\w'’-]+(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){1,3}")


def _article_names(text: str) -> list[str]:
    # Full names (two or more capitalised words), most specific first, so a surname finds its owner.
    names = {_person_name(m.group()) for m in _NAME_RE.finditer(text)}
    return sorted((n for n in names if n), key=lambda n: (-len(n.split()), n))


def _person_name(phrase: str) -> str | None:
    name = parse_mention(phrase).name
    return name if name and _plausible_name(name) else None


def _plausible_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(
        (w.isupper() and len(w) > 2)
        or w.lower() in _PREPOSITIONS
        or w.lower() in _DETS
        or _PREFIELD_BAD.match(w)
        for w in words
    )


def _full_name(name: str, names: list[str]) -> str:
    if len(name.split()) >= 2:
        return name
    key = surname_key(name)
    for full in names:
        words = full.split()
        if surname_key(words[-1]) == key and all(_CAP.match(w) for w in words):
            return full
    return name


_APPOSITION = re.compile(r",\s+((?:der|die|the)\s+[^,.;:„“]{3,60}?)(?:[,.;]|\s+(?=sagte|said|erklärte)|$)")


def _apposition_role(text: str, end: int | None) -> str | None:
    if end is None:
        return None
    match = _APPOSITION.match(text, end)
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


def _name_before(text: str, pos: int | None) -> str | None:
    """The nearest full name in front of a pronoun or role noun (within a few sentences)."""
    if pos is None:
        return None
    window_start = max(0, pos - 600)
    names = [_person_name(m.group()) for m in _NAME_RE.finditer(text, window_start, pos)]
    found = [n for n in names if n]
    return found[-1] if found else None
