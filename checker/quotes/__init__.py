"""Quotations and their speakers, German and English, by rules.

One pass over the sentences of an article, in text order:
- direct quotations between quotation marks, one `Quote` per contiguous quoted segment (a quote
  interrupted by its attribution, or reopened by a new paragraph, gives several segments that share
  the speaker); quoted names, titles and scare quotes without speech around them are left out;
- indirect speech: a clause after a speech verb ("er sagte, die Truppen seien ..."), a clause before
  an inverted attribution ("..., sagte Blinken"), "laut X", "nach Angaben X", "X zufolge", "wie X
  mitteilte", "according to X";
- free indirect speech: Konjunktiv I sentences that continue an attributed statement.

The speaker is found next to the cue (the speech verb or marker); without a cue it is the subject
of the sentence, read off the German verb-second clause (the phrase in front of the finite verb, or
the one after it when an adverb or a prepositional phrase opens the clause). Speakers are resolved
to the article's canonical full name: "Außenminister Antony Blinken" ... "Blinken", "er".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..entities.people import (
    is_capitalised_adjective,
    is_pronoun,
    is_role_word,
    parse_mention,
    strip_titles,
    surname_key,
    without_brackets,
)
from ..text.doc import Doc
from ..types import Article, Quote, Sentence

Span = tuple[int, int]  # token indices [start, end)


def _words(text: str) -> frozenset[str]:
    """A word set written as one string (keeps long vocabularies readable)."""
    return frozenset(text.split())


# ----------------------------------------------------------------------------- vocabulary
# Finite forms and participles of German speech verbs, by stem; separable particles are matched
# as prefixes ("mitteilte") or left alone ("teilte ... mit").
_DE_WEAK = """
    sag erklär beton füg warn mein erläuter bericht ergänz forder kritisier versicher bestätig
    bekräftig räum kündig äußer kommentier resümier antwort erwider behaupt frag mahn appellier
    argumentier begründ vermut feststell klarstell darstell beteuer schätz bezeichn dementier
    verurteil urteil beklag klag enthüll
    lob zitier verkünd schilder präzisier verweis bemerk notier twitter erinner hoff fürcht
    befürcht glaub insistier droh bedauer entschuldig spekulier prognostizier folger meld
    bekund vernein mutmaß begrüß verteidig verlang beschuldig signalisier informier verlaut vermeld
    prophezei bezweifel zweifel konter plädier bilanzier erzähl schimpf wünsch empör beschwer dräng
    unterstell leugn versprech würdig konstatier beharr schwärm rat reg diskutier attestier bewert
    stuf überleg beschuldig
""".split()
_DE_STRONG = """
    schrieb schrieben schreibt geschrieben rief riefen ruft sprach sprachen spricht gesprochen gab
    gaben gibt wies wiesen weist hob hoben hebt hieß heißt nannte nannten nennt genannt unterstrich
    unterstrichen bestritt bestritten bestreitet widersprach widersprachen widerspricht warf warfen
    wirft vorgeworfen versprach versprachen verspricht versprochen riet rät geraten bat bittet
    gebeten entgegnete entgegneten entgegnet fügte fügten gestand gesteht gestanden empfahl empfiehlt
    empfohlen
    beschrieb beschreibt beschrieben befand befindet wusste weiß sagt sagen sagte sagten meinte meint
    bekannte bekennt teilt teilte teilten mitteilt mitteilte mitteilten mitgeteilt beschloss
    beschlossen beschließt beschließen entschied entschieden entscheidet vorschlug vorschlugen
    vorgeschlagen hingewiesen verwiesen angegeben bekanntgegeben angewiesen angeboten ergab ergibt
    vorwarf vorwarfen hinwies hinwiesen zurückwies zurückwiesen hervorhob hervorhoben bekanntgab
    bekanntgaben zugab zugaben angab
""".split()
_DE_PREFIX = "(?:mit|an|ab|auf|aus|bekannt|hinzu|fest|ein|vor|zu|hervor|hin|klar|dar|ge|zurück)?"
_DE_ENDING = "(?:t|te|ten|tet|et|ete|eten|en|e|st|n)?"
# "mitgeteilt", "angekündigt": the participle's "ge" stands between particle and stem
_DE_CUE_RE = re.compile(f"{_DE_PREFIX}(?:ge)?(?:{'|'.join(_DE_WEAK)}){_DE_ENDING}|{'|'.join(_DE_STRONG)}")
_EN_CUES = _words(
    """
    said says say told tells added adds noted notes stated states explained explains warned warns
    wrote writes stressed stresses emphasized emphasised insisted insists argued argues claimed
    claims announced announces asked asks replied replies declared declares continued remarked
    commented comments confirmed confirms admitted admits acknowledged acknowledges suggested
    suggests urged urges reported reports tweeted posted recalled recalls predicted predicts
    estimated estimates believes believed revealed reveals disclosed
    """
)
# Nouns, participles used as adjectives and other words the stem regex would also match.
# Lower-case words the stem patterns also match: possessives, "so genannt", "geraten" (got into).
_NOT_CUES = _words(
    """
    mein meine meinen meiner meines meinem genannt genannte genannten genannter gerade geraten
    teile teilen
    """
)
_DETS = _words(
    """
    der die das dem den des ein eine einer eines einem einen dieser diese dieses diesem diesen jener
    jene jenes sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere
    unseres unserem unseren kein keine keiner keinen keinem alle beide mehrere einige viele zahlreiche
    the a an his her their its this these those several many some
    """
)
# Determiners that mark a dative or accusative phrase: a clause opened by one has its subject later.
_OBJECT_DETS = _words("den dem einem einen diesem diesen seinem seinen ihrem ihren jenem jenen")
_PREPOSITIONS = _words(
    """
    am an in im auf bei vor nach zu zum zur mit über aus seit für gegen unter angesichts durch von
    vom beim ins ans aufs ohne um wegen trotz während zwischen neben hinter bis gegenüber infolge
    aufgrund anlässlich entgegen gemäß innerhalb außerhalb nahe per pro via statt anstatt jenseits
    laut on at after before during for with from by of in into to under over since
    """
)
_SUBORDINATORS = _words(
    """
    wie als nachdem weil obwohl obgleich wenn da während dass ob falls bevor seit seitdem sobald
    solange indem damit sodass ehe wo wonach weshalb warum wer was when while after before because
    although since as if until whether
    """
)
_CONJUNCTIONS = _words("und oder sowie aber sondern denn doch and or but")
_SUBJECT_PRONOUNS = _words("er sie ich wir ihr man he she they i we")
_RELATIVES = _words("der die das dem den deren dessen denen welche welcher welches welchem welchen who which")
_ADVERBS = _words(
    """
    auch jedoch aber nun bereits zudem dazu dabei damit daher deshalb außerdem noch heute gestern
    morgen ebenfalls weiter weiterhin allerdings damals dann erneut nicht zwar insbesondere tatsächlich
    derzeit jetzt später zuvor demnach so dort hier darin daraus darauf dafür dagegen davon danach
    dadurch darüber darunter dazwischen inzwischen mittlerweile bisher schließlich zuletzt zunächst
    immer oft sogar nur bloß lediglich kürzlich vorher gleichzeitig ebenso anschließend offenbar
    offensichtlich vermutlich wahrscheinlich angeblich eigentlich hingegen dennoch trotzdem
    stattdessen ferner insgesamt erst gerade bald seither einst somit also ja wohl etwa rund fast
    knapp besonders ausdrücklich wörtlich erstmals nochmals abermals vielmehr gemeinsam zusätzlich
    wiederum ebenso einmal bislang vorerst zuerst sofort umgehend selbst dagegen deswegen folglich
    indes indessen jedenfalls immerhin mehrfach wiederholt mehrmals gleich kaum sehr ganz vor allem
    ebenfalls überdies hierzu hierbei hierfür hiermit dies dieses zugleich diesmal daneben
    meanwhile however also later earlier separately yesterday today then still
    """
)
# Capitalised words that open a clause as adverbs, recognised by their ending.
_ADVERB_ENDING = re.compile(
    r"(?:lich|weise|ings|mals|falls|dessen|wärts|seits|end|isch|ell|iv|sam|bar|haft|gemäß|wärtig|zeitig)$"
)
_AUXILIARIES = _words(
    """
    ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte konnten
    soll sollen sollte sollten will wollen wollte wollten muss müssen musste mussten darf dürfen
    durfte mag sei seien habe hätte hätten werde würde würden könne könnte könnten müsse müsste solle
    wolle dürfe wäre wären gibt gab geht ging steht stand heißt hieß bleibt blieb liegt lag
    is are was were has have had will would can could should may might must does did
    """
)
# Konjunktiv I (and the Konjunktiv II that replaces it) marks reported speech.
# "gingen" is left out: the indicative past has the same form
_KONJ = _words(
    """
    sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe komme stehe gehe liege
    bleibe lasse sehe gelte handle handele brauche trage halte finde plane erwarte verfüge führe
    zeige besitze arbeite bestehe fehle befinde diene hätten wären würden hätte wäre würde könnten
    müssten sollten dürften gäbe stünde kämen kämen ließe brächte brächten gäben stünden läge lägen
    ginge hieße wüsste wüssten fände fänden bestünde bestünden
    """
)
_REPORTATIVE = _words("soll sollen")
_TIME_NOUNS = _words(
    """
    anfang ende mitte montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
    märz april mai juni juli august september oktober november dezember woche wochenende jahr
    monday tuesday wednesday thursday friday saturday sunday
    """
)
_QUOTE_CHARS = '„“”"»«‚‘’‹›'

_DOMAIN = re.compile(r"[a-z][\w-]*\.(?:de|com|org|net|at|ch|uk|eu|fr|it|di)")  # ndr.de, ver.di
# A period joins "ndr.de", "B.N" and "z.B", not a sentence end missing its space ("Merkel.Als").
_TOKEN = re.compile(r"\w+(?:(?:[-'’&/]|\.(?!(?<=[a-zäöüß]{2}\.)[A-ZÄÖÜ][a-zäöüß]))\w+)*-?|[^\w\s]")
_CAP = re.compile(r"[A-ZÄÖÜÀ-ÝĀ-Ž]")
_ADJ = re.compile(r"[a-zäöüß][\w-]*(?:e|en|er|es|em|ern)$|\d.*")


# ----------------------------------------------------------------------------- the article
@dataclass(slots=True)
class _Doc:
    """An article tokenised once: token offsets and words, sentence starts for bisect."""

    text: str
    lang: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]
    sentences: Sequence[Sentence]
    sent_starts: list[int]
    cues: list[bool]  # is the token a speech verb? (decided once per token)
    konj: list[bool]  # is the token a Konjunktiv I (or II) verb form?
    markers: dict[int, re.Match[str] | None] = field(default_factory=dict)  # by sentence start

    @classmethod
    def build(cls, article: Article, sentences: Sequence[Sentence]) -> _Doc:
        text = article.text
        lang = article.lang if article.lang in ("de", "en") else _guess_lang(text)
        toks = list(_TOKEN.finditer(text))
        words = [m.group() for m in toks]
        lows = [w.lower() for w in words]
        cues = [w[0].islower() and _cue_word(low, lang) for w, low in zip(words, lows, strict=True)]
        for i in range(1, len(lows)):
            if (lows[i] == "aus" and lows[i - 1] == "davon") or (
                lows[i] == "ausgegangen" and "davon" in lows[i - 4 : i]
            ):
                cues[i] = True  # "geht davon aus, dass ...", "war davon ausgegangen, dass ..."
            elif lows[i] in {"fest", "klar"} and any(w.startswith("stell") for w in lows[max(0, i - 10) : i]):
                cues[i] = True  # "stellte ... fest, dass ...": the particle completes the speech verb
            elif lows[i] in _NOT_CUE_BEFORE and i + 1 < len(lows) and lows[i + 1] == _NOT_CUE_BEFORE[lows[i]]:
                cues[i] = False  # "befindet sich" is located, "gibt es" there is
            elif cues[i] and _not_saying(lows, i):
                cues[i] = False
            elif i + 1 < len(lows) and words[i + 1] == "," and _clause_end_cue(lows, i):
                cues[i] = True  # "schlug ... vor, ...", "zeigte sich zuversichtlich, dass ..."
        starts = [m.start() for m in toks]
        ends = [m.end() for m in toks]
        konj = [low in _KONJ for low in lows] if lang == "de" else [False] * len(lows)
        if lang == "de":
            for k in range(1, len(lows) - 1):
                word = words[k]
                if (
                    word[-1] == "e"
                    and not konj[k]
                    and _CONJ_FORM.fullmatch(word)
                    and _verb_slot(words, lows, k)
                ):
                    konj[k] = True
        sent_starts = [s.start for s in sentences]
        return cls(text, lang, starts, ends, words, lows, sentences, sent_starts, cues, konj)

    def tok(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def chars(self, span: Span) -> tuple[int, int]:
        return self.starts[span[0]], self.ends[span[1] - 1]

    def is_cap(self, i: int) -> bool:
        return bool(_CAP.match(self.words[i]))

    def is_lower_word(self, i: int) -> bool:
        word = self.words[i]
        return word[0].isalpha() and word[0].islower()


# Konjunktiv I, 3rd person: the stem plus "-e" ("gehöre", "funktioniere"), where the indicative has "-t".
_CONJ_FORM = re.compile(r"[a-zäöüß]{3,}(?<!t)e")
_NOT_VERBS = _words(
    "wurde gerne alleine lange ferne ebene ohne ende seine meine deine keine jene diese beide ihre alle "
    "sowie zufolge inne zustande zugrunde vorne live here gemäße"
)
_NOT_VERB_ENDINGS = ("weise", "ende", "liche", "ische", "ähnliche")


def _verb_slot(words: list[str], lows: list[str], k: int) -> bool:
    """Does the word stand where a finite verb stands: at a clause end, or after the pre-field?"""
    low, nxt, prev = lows[k], words[k + 1], lows[k - 1]
    if (
        low in _NOT_VERBS
        or low in _DETS
        or low in _ADVERBS
        or low in _PREPOSITIONS
        or low.endswith(_NOT_VERB_ENDINGS)
    ):
        return False
    if nxt in ".,;:":
        return prev not in _DETS  # "..., weil er sich bedroht fühle."
    if prev in _DETS or prev in _PREPOSITIONS or _CAP.match(nxt) or nxt in '„»"':
        return False  # "die große Koalition", "eine neue Ära"
    return _CAP.match(words[k - 1]) is not None or prev in _SUBJECT_PRONOUNS or prev == "es"


_BECOME = _words("worden wurde wurden werden war waren ist sind zu sich")


def _not_saying(lows: list[str], i: int) -> bool:
    """ "wurde verurteilt" (sentenced), "muss bestätigt werden" (in office), "in dem es nur 26
    Fouls gab" (there were): no report."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] in {"gab", "gibt", "gäbe", "gebe"}:
        # verb-final after "es"; "Es gibt Zweifel, ob …" keeps its noun of saying
        clause = lows[max(0, i - 8) : i - 1]
        cut = max((k for k, w in enumerate(clause) if w in {",", ";", ":"}), default=-1)
        return "es" in clause[cut + 1 :]
    return lows[i].startswith(("verurteil", "bestätig")) and after in _BECOME


# Speech verbs that mean something else before a given word.
_NOT_CUE_BEFORE = {"befindet": "sich", "befand": "sich", "befinden": "sich", "gibt": "es", "gab": "es"}
# Separable verbs of saying whose particle closes the clause: "schlug den Mitarbeitern vor, ...".
_PARTICLE_VERBS = {
    "vor": ("schlug", "schlag", "schläg", "warf", "wirf", "hielt", "hält", "gab", "gib", "rechnet"),
    "aus": ("führt", "sprach", "sprich"),
    "an": ("gab", "gib", "geb", "bot", "biet", "deutet", "ordnet", "regt", "merkt", "kreidet"),
    "heraus": ("fand", "find"),
    "hin": ("wies", "weis", "deutet"),
    "zu": ("sichert", "gab", "gib", "stimmt", "sagt"),
    "ein": ("wandt", "wendet", "räumt", "gesteht", "gestand"),
    "entgegen": ("hielt", "hält", "setzt"),
    "zurück": ("wies", "weis"),
    "dar": ("legt",),
    "bekannt": ("gab", "gib", "geb", "wurde", "ist", "war", "macht"),
}
# Attitudes that introduce what someone holds true: "war sich sicher, dass ...".
_ATTITUDES = _words(
    "sicher überzeugt zuversichtlich optimistisch skeptisch besorgt möglich unwahrscheinlich wahrscheinlich"
)


def _clause_end_cue(lows: list[str], i: int) -> bool:
    """Is the word before a comma the particle of a speech verb, or an attitude before "dass"?"""
    low = lows[i]
    if low in _ATTITUDES:
        return i + 2 < len(lows) and lows[i + 2] == "dass"
    stems = _PARTICLE_VERBS.get(low)
    return stems is not None and any(w.startswith(stems) for w in lows[max(0, i - 12) : i])


def _guess_lang(text: str) -> str:
    sample = f" {text[:3000].lower()} "
    return "en" if sample.count(" the ") > sample.count(" der ") + sample.count(" die ") else "de"


def _is_cue(doc: _Doc, i: int) -> bool:
    return doc.cues[i]


@functools.lru_cache(maxsize=65536)
def _cue_word(low: str, lang: str) -> bool:
    # Cached: the same few thousand words recur in every article.
    if lang == "en":
        return low in _EN_CUES
    return low not in _NOT_CUES and bool(_DE_CUE_RE.fullmatch(low))


# ----------------------------------------------------------------------------- clause reading
def _is_adverb(doc: _Doc, i: int) -> bool:
    low = doc.lows[i]
    return low in _ADVERBS or (doc.is_cap(i) and bool(_ADVERB_ENDING.search(low)) and len(low) > 5)


def _is_verb(doc: _Doc, i: int, end: int) -> bool:
    """Can token ``i`` be the finite verb? Lower case, not a function word, not an adjective."""
    low = doc.lows[i]
    if low in _AUXILIARIES:
        return True
    if not doc.is_lower_word(i) or "." in low or low in _PREPOSITIONS or low in _DETS:
        return False
    if low in _CONJUNCTIONS or low in _ADVERBS or low in _SUBORDINATORS or low in {"zu", "sich", "so"}:
        return False
    nxt = i + 1
    if not _ADJ.match(low) or nxt >= end or _is_cue(doc, i):
        return True
    if i > 0 and doc.is_cap(i - 1) and low.endswith(("te", "ten")):
        return True  # "Der Minister wiederholte Blinkens Warnung": a noun, then a past-tense verb
    following = doc.lows[nxt]
    if (
        following in _DETS
        or following in _PREPOSITIONS
        or following in _ADVERBS
        or following in _SUBJECT_PRONOUNS
    ):
        return True
    # "die neuen Oberstufen", "der 84-jährige Küng": an adjective before its noun
    return not (doc.is_cap(nxt) or _ADJ.match(following) or doc.words[nxt] in '„»"')


def _skip_bracket(doc: _Doc, i: int, end: int) -> int:
    """Skip a parenthesis or a quoted name that opens at token ``i``; return the index after it."""
    word = doc.words[i]
    closer = ")" if word == "(" else '“”"«»‘’'
    for k in range(i + 1, min(end, i + 40)):
        if doc.words[k] in closer:
            return k + 1
    return i + 1


def _find_verb(doc: _Doc, i: int, end: int) -> int | None:
    """The finite verb of a verb-second clause whose pre-field starts at ``i``."""
    k = i
    while k < end:
        word = doc.words[k]
        if word in '(„»"“':
            k = _skip_bracket(doc, k, end)
            continue
        if word == ",":
            k = _skip_relative(doc, k + 1, end)
            continue
        if word in ".;:!?":
            return None
        if k > i and _is_verb(doc, k, end):
            return k
        k += 1
    return None


def _skip_relative(doc: _Doc, k: int, end: int) -> int:
    """After a comma in a pre-field: skip a relative clause ("Küng, der als Kritiker gilt,")."""
    first = doc.lows[k] if k < end else ""
    second = doc.lows[k + 1] if k + 1 < end else ""
    relative = first in _RELATIVES and not (k + 1 < end and doc.is_cap(k + 1) and first in _DETS)
    if not relative and not (first in _PREPOSITIONS and second in _RELATIVES):
        return k
    for m in range(k + 1, min(end, k + 60)):
        if doc.words[m] == ",":
            return m + 1
        if doc.words[m] in ".;:":
            return m
    return end


def _clause_subject(doc: _Doc, i: int, end: int) -> Span | None:
    """The subject of the main clause in tokens [i, end): pre-field or the phrase after the verb."""
    i = _skip_opening(doc, i, end)
    if i >= end:
        return None
    low = doc.lows[i]
    if low == "des" and i + 1 < end and doc.lows[i + 1] in {"weiteren", "öfteren"}:
        low = "weiteren"  # "Des Weiteren" is an adverb, whatever its article
    if (low in _SUBORDINATORS and not _preposition_here(doc, i, end)) or _infinitive_clause(doc, i, end):
        comma = _next_comma(doc, i, end)
        return _subject_after_verb(doc, comma + 1, end) if comma is not None else None
    if low in _SUBJECT_PRONOUNS:
        verb = _find_verb(doc, i, end) if low in {"ihr", "sie"} else None
        if verb is not None and verb + 1 < end and doc.lows[verb + 1] in _NOMINATIVE_PRONOUNS:
            return verb + 1, verb + 2  # "Ihr gegenüber hat er angegeben": "ihr" is a dative here
        return i, i + 1
    if low == "es" or low == "it":
        return None
    name_end = _opening_particle_name(doc, i, end)
    if name_end is not None:
        return i, name_end
    if low in _FOCUS and i + 1 < end and (doc.lows[i + 1] in _DETS or doc.is_cap(i + 1)):
        i += 1  # "Auch die Sprecherin, Anna Roth, äußerte sich": the particle opens the subject
    elif (
        low in _PREPOSITIONS
        or (low == "als" and _preposition_here(doc, i, end))
        or low in _OBJECT_DETS
        or low == "weiteren"
        or _is_adverb(doc, i)
        or doc.words[i][0].isdigit()
    ):
        verb = _find_verb(doc, i, end)
        return _subject_after_verb(doc, verb, end) if verb is not None else None
    verb = _find_verb(doc, i, end)
    if verb is None or not _has_noun(doc, i, verb):
        return None
    last = verb
    while last > i and doc.words[last - 1] in ",–-":
        last -= 1
    if verb + 1 < end and doc.lows[verb + 1] in _NOMINATIVE_PRONOUNS:
        return verb + 1, verb + 2  # "Nähere Einzelheiten gab er nicht bekannt": "er" is the subject
    if verb == i + 1 and verb + 2 < end and doc.lows[verb + 1] == "sich":
        # "Besorgt äußerte sich Kofi Annan": one word before "zeigte sich" is a predicative adjective
        after = _subject_after_verb(doc, verb, end)
        if (
            after is not None
            and after[0] == verb + 2
            and (doc.is_cap(after[0]) or doc.lows[after[0]] in _DETS)
            and (_clearly_person(doc, after) or _head_is_person(doc, *after))
        ):
            return after
    if not _head_is_person(doc, i, last):
        # Object first: "Die Arbeit der Koalition lobte er", "Jede Verantwortung weist Hartmann von sich"
        after = _subject_after_verb(doc, verb, end)
        if after is not None and _clearly_person(doc, after):
            return after
    return i, last


# Particles that open a surname used alone: "Von der Leyen sagte", "De Maizière betonte".
_NAME_PARTICLES = frozenset(
    {"Von", "Van", "De", "Di", "Da", "Du", "Al", "El", "Le", "La", "Zu", "Ter", "Ten"}
)


def _opening_particle_name(doc: _Doc, i: int, end: int) -> int | None:
    """ "Von der Leyen betonte, …": a surname with a particle, not a prepositional phrase.

    It is one when the finite verb follows the surname and no subject follows the verb: "Von der
    Regierung hieß es" and "Von der Polizei wurde bestätigt" have a subject or are passive.
    """
    if doc.words[i] not in _NAME_PARTICLES:
        return None
    k = i + 1
    while k < end and doc.lows[k] in {"der", "den", "de", "la", "le", "van"}:
        k += 1
    verb = k + 1
    if verb + 1 >= end or not doc.is_cap(k) or not _is_verb(doc, verb, end):
        return None
    after = doc.lows[verb + 1]
    if after in ",:":
        return verb
    article = after in _DETS and after != "an"  # "an" is the verb's particle: "kündigte an"
    starts_subject = article or after in _SUBJECT_PRONOUNS or after == "es" or doc.is_cap(verb + 1)
    if starts_subject or doc.lows[verb] in _PASSIVE:
        return None  # "Von der Regierung hieß es", "Von der Polizei wurde bestätigt"
    return verb


# Pronouns that are nominative only: after the finite verb they are the subject, whatever precedes.
_NOMINATIVE_PRONOUNS = _words("er ich wir")
# Head nouns of bodies that speak in the news: "die Regierung", "das Bezirksgericht", "andere Quellen".
_BODY_ENDINGS = tuple(
    _words(
        """
        regierung polizei ministerium partei gericht anwaltschaft kommission behörde behörden verband
        gewerkschaft zeitung agentur unternehmen konzern armee militär nationen union mission komitee
        rat amt institut organisation stiftung fraktion koalition opposition verwaltung senat parlament
        bundestag bank botschaft quellen medien sender firma gruppe vereinigung bündnis kammer
        ausschuss vorstand führung leitung team klub verein ministerien kreise
        """
    )
)


def _head_start(doc: _Doc, i: int, last: int) -> int:
    """Where a phrase's words after its determiner and lower-case adjectives begin."""
    p = i + 1 if doc.lows[i] in _DETS else i
    while p + 1 < last and doc.is_lower_word(p) and _ADJ.match(doc.lows[p]) and doc.lows[p] not in _DETS:
        p += 1
    return p


def _head_is_person(doc: _Doc, i: int, last: int) -> bool:
    """Can the phrase's head noun speak? "Die Arbeit der Kanzlerin" is about work.

    The head is the first noun after the determiner and adjectives; the attributes after it
    ("der Kanzlerin", "von Angela Merkel") do not make the phrase a person.
    """
    p = _head_start(doc, i, last)
    opening = p == i and p + 1 < last and bool(_ADJ.match(doc.lows[p])) and doc.is_cap(p + 1)
    p += opening  # a capitalised adjective opening the sentence: "Jegliche Verantwortung"
    stop = _name_tokens(doc, p, last)
    if stop == p:
        return _person_span(doc, (i, last))
    head = doc.lows[p]
    if is_role_word(doc.words[p]) or head.endswith(_BODY_ENDINGS):
        return True
    if p > i and not opening and stop - p >= 2 and is_capitalised_adjective(head):
        return True  # a capitalised adjective makes a proper name: "die Vereinten Nationen"
    if head.endswith(_NOUN_ENDINGS) and p > i:
        return False  # "die Äußerungen Hassemers", "Jegliche Verantwortung": a common noun heads it
    if p > i and not opening and stop - p == 1:
        return False  # "die Arbeit der Koalition"; "die Deutsche Welle" has a capitalised adjective
    return _person_span(doc, (i, stop))


def _is_body(doc: _Doc, span: Span) -> bool:
    """Is the phrase's head a body that speaks: "die Gewerkschaft der Polizei", "das Ministerium"?"""
    p = _head_start(doc, *span)
    return p < span[1] and doc.is_cap(p) and doc.lows[p].endswith(_BODY_ENDINGS)


def _clearly_person(doc: _Doc, span: Span) -> bool:
    """A subject after the verb: a pronoun, a surname, a full name (not a quoted phrase)."""
    if doc.words[span[0]] in _QUOTE_CHARS:
        return False
    return _bare_person(doc, span) or _named_person(doc, span)


def _preposition_here(doc: _Doc, i: int, end: int) -> bool:
    """ "Seit August vertritt er ...": "seit", "während" open a phrase, not a verb-final clause;
    so does "als" in "Als Grund nannte die NASA, …"."""
    if doc.lows[i] not in _PREPOSITIONS and doc.lows[i] != "als":
        return False
    comma = _next_comma(doc, i, end)
    if comma is None and doc.lows[i] == "als":
        # "Als Beispiel nannte die NASA …"; but "Als ihm der Haftbefehl eröffnet worden war sagte
        # er": a clause that lacks its comma
        return i + 2 < end and doc.is_cap(i + 1) and _is_verb(doc, i + 2, end)
    before = doc.lows[comma - 1] if comma is not None else ""
    return not doc.is_lower_word(comma - 1 if comma is not None else i) or before in _SUBJECT_PRONOUNS


def _infinitive_clause(doc: _Doc, i: int, end: int) -> bool:
    """ "Um die Zeit zu gewinnen, will ...": an infinitive clause opens the sentence."""
    if doc.lows[i] not in {"um", "ohne", "statt", "anstatt"}:
        return False
    comma = _next_comma(doc, i, end)
    return comma is not None and "zu" in doc.lows[i:comma]


_FOCUS = _words("auch selbst sogar nur allein gerade besonders")


def _person_span(doc: _Doc, span: Span) -> bool:
    """Does the phrase name a person (a name, a role, a personal pronoun)?"""
    if span[1] - span[0] == 1 and doc.lows[span[0]] in _SUBJECT_PRONOUNS:
        return True
    return _names_someone(doc.text[doc.starts[span[0]] : doc.ends[span[1] - 1]])


@functools.lru_cache(maxsize=65536)
def _names_someone(phrase: str) -> bool:
    parsed = parse_mention(phrase)
    return bool(parsed.name or parsed.role)


def _bare_person(doc: _Doc, span: Span) -> bool:
    """A pronoun or a name without article after the verb: "lobte er", "weist Hartmann von sich"."""
    if doc.lows[span[0]] in _DETS or not _person_span(doc, span):
        return False  # "bezeichnete die Zeitung" may be either; the pre-field keeps the subject role
    single = span[1] - span[0] == 1 and doc.lows[span[0]] not in _SUBJECT_PRONOUNS
    return not (single and doc.lows[span[0]].endswith(_NOUN_ENDINGS))


def _named_person(doc: _Doc, span: Span) -> bool:
    """A phrase with a person's full name: "stellte der SPD-Vorsitzende Franz Müntefering in Frage"."""
    name = parse_mention(doc.text[doc.starts[span[0]] : doc.ends[span[1] - 1]]).name
    return name is not None and _person_name(name) is not None


# Endings of common nouns, which a one-word name does not have ("Bedenken", "Forderung").
_NOUN_ENDINGS = ("en", "ung", "heit", "keit", "schaft", "ion", "tät", "nis", "ismus")


def _has_noun(doc: _Doc, i: int, end: int) -> bool:
    return any(doc.is_cap(k) or doc.lows[k] in _SUBJECT_PRONOUNS for k in range(i, end))


def _skip_opening(doc: _Doc, i: int, end: int) -> int:
    while i < end and (
        doc.words[i] in _QUOTE_CHARS + ",–-()" or doc.lows[i] in {"und", "aber", "doch", "and", "but"}
    ):
        i += 1
    return i


def _next_comma(doc: _Doc, i: int, end: int) -> int | None:
    for k in range(i, end):
        if doc.words[k] == ",":
            return k
    return None


def _subject_after_verb(doc: _Doc, verb: int, end: int) -> Span | None:
    """The subject after the finite verb: "hofft aber der 84-jährige Küng", "sagte er"."""
    k = verb + 1
    while k < end:
        low = doc.lows[k]
        if low in _ADVERBS or low == "sich" or low in _TIME_NOUNS or doc.words[k][0].isdigit():
            k += 1
        elif low in _PREPOSITIONS or low in _OBJECT_DETS:
            k = _np_end(doc, k + 1, end) or k + 1
        else:
            break
    if k >= end or doc.lows[k] in {"es", "it"}:
        return None
    stop = _np_end(doc, k, end)
    return (k, stop) if stop else None


def _np_end(doc: _Doc, k: int, end: int) -> int | None:
    """The end of the noun phrase at ``k`` ("der frühere Minister Jan Ohm (CDU)"), or None."""
    if k >= end:
        return None
    if doc.lows[k] in _SUBJECT_PRONOUNS:
        return k + 1
    p = k + 1 if doc.lows[k] in _DETS else k
    while p < end and doc.is_lower_word(p) and (_ADJ.match(doc.lows[p]) or doc.lows[p] == "nicht"):
        p += 1
    head = p
    p = _name_tokens(doc, p, end)
    if p == head:
        return None
    p = _attributes(doc, p, end)
    return _apposition_end(doc, p, end) if doc.lows[k] in _DETS else p


def _apposition_end(doc: _Doc, p: int, end: int) -> int:
    """Include a name set off by commas: "der Vorsitzende des Ausschusses, Sebastian Edathy (SPD),"."""
    if p + 2 >= end or doc.words[p] != "," or not doc.is_cap(p + 1) or doc.lows[p + 1] in _DETS:
        return p
    stop = _attributes(doc, _name_tokens(doc, p + 1, end), end)
    if stop - (p + 1) < 2 or stop >= end or doc.words[stop] != ",":
        return p  # a name has two words at least, and the apposition closes with a comma
    return stop


def _name_tokens(doc: _Doc, p: int, end: int) -> int:
    """Capitalised words, quoted names and name particles ("Ursula von der Leyen", der „Focus“)."""
    start = p
    while p < end:
        word = doc.words[p]
        if word in '„»"':
            stop = _skip_bracket(doc, p, end)
            if stop - p > 6 or p > start:
                break  # a short quoted name heads a phrase (der „Focus“); nothing quoted follows a name
            p = stop
        elif (doc.is_cap(p) and doc.lows[p] not in _TIME_NOUNS) or _DOMAIN.fullmatch(doc.lows[p]):
            p += 1
        elif word == "." and p > 0 and len(doc.words[p - 1]) == 1:
            p += 1  # an initial: "John F. Kennedy"
        elif (
            doc.lows[p] in {"von", "van", "de", "der", "zu", "al", "bin"}
            and p + 1 < end
            and doc.is_cap(p + 1)
        ):
            if doc.lows[p] == "der" and (p + 2 >= end or not doc.is_cap(p + 2)):
                break
            p += 1
        else:
            break
    return p


def _attributes(doc: _Doc, p: int, end: int) -> int:
    """Extend a noun phrase by a genitive, a "von" phrase or a parenthesis."""
    for _ in range(3):
        if p >= end:
            break
        low = doc.lows[p]
        if doc.words[p] == "(":
            p = _skip_bracket(doc, p, end)
        elif low in {"des", "der", "eines", "einer", "von", "vom", "of", "the"}:
            if low in {"der", "einer"} and _after_full_name(doc, p):
                break  # "wirft Eva Roth der Firma … vor": a dative object, not a genitive
            q = p + 1
            if low in {"von", "of"} and q < end and doc.lows[q] in _DETS:
                q += 1
            while q < end and doc.is_lower_word(q) and _ADJ.match(doc.lows[q]):
                q += 1
            if q < end and doc.words[q] in _QUOTE_CHARS:
                break  # "spricht von einem „historischen Tag“": the quotation is not an attribute
            stop = _name_tokens(doc, q, end)
            if stop == q:
                break
            p = stop
        else:
            break
    return p


def _after_full_name(doc: _Doc, p: int) -> bool:
    """Do the two words before ``p`` form a person's name ("Eva Roth"), which takes no genitive?"""
    if p < 2 or not (doc.is_cap(p - 2) and doc.is_cap(p - 1)):
        return False
    pair = f"{doc.words[p - 2]} {doc.words[p - 1]}"
    return not any(is_role_word(w) for w in pair.split()) and _person_name(pair) is not None


# ----------------------------------------------------------------------------- quoted segments
@dataclass(frozen=True, slots=True)
class _Segment:
    start: int  # first quoted character (after the opening mark)
    end: int  # after the last quoted character (before the closing mark)
    closed: bool


# Openers and the closers that end them; German „…“ and »…«, Swiss «…», English “…”, straight "…".
_CLOSERS = {"„": '“”"', "»": "«", "«": "»", "“": '”"', '"': '"', "‚": "‘’", "‹": "›", "›": "‹"}
_SINGLE = frozenset("‚‹›")
_MARK = re.compile(r"[„“”\"»«‚‘’‹›\n]")


def find_quoted_segments(text: str) -> Iterator[_Segment]:
    """Yield the spans between quotation marks, paragraph by paragraph, outermost quotes only.

    Example:
        >>> text = "„Ja“, sagte er. »Nein«"
        >>> [text[s.start:s.end] for s in find_quoted_segments(text)]
        ['Ja', 'Nein']
    """
    opener: str | None = None
    start = 0
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "\n":
            if opener is not None and opener not in _SINGLE and _long_enough(text, start, i):
                yield _Segment(start, len(text[:i].rstrip()), False)
            opener = None
        elif opener is not None:
            if ch in _CLOSERS[opener] and _can_close(text, i):
                yield _Segment(start, i, True)
                opener = None
        elif ch in _CLOSERS and _can_open(text, i, ch):
            opener, start = ch, i + 1
    if opener is not None and opener not in _SINGLE and _long_enough(text, start, len(text)):
        yield _Segment(start, len(text.rstrip()), False)


def _long_enough(text: str, start: int, end: int) -> bool:
    # An unclosed quote runs to the paragraph end (it is reopened in the next paragraph).
    return end - start > 20


def _can_open(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    return not prev.isalnum() or ch in "„»«"


def _can_close(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    return not nxt.isalnum() and not prev.isspace()


# Words in front of a quotation that make it a name or title, not something said.
_TITLE_NOUNS = _words(
    """
    typ typs titel motto name namens film films buch buches buchs lied liedes serie album albums
    zeitung magazin magazins wochenmagazin wochenmagazins nachrichtenmagazin nachrichtenmagazins
    operation aktion projekt projekts programm programms kampagne sendung marke schiff stück roman
    romans band gruppe initiative bündnis verein vereins partei rubrik kategorie preis wettbewerb
    firma unternehmen unternehmens organisation slogan parole ausstellung zeitschrift blog blogs
    website portal portals sender ausgabe modell studie hashtag titled called named dubbed
    operation campaign magazine newspaper
    """
)


def _source_of_wie(doc: _Doc, before: int, following: int) -> bool:
    """ "Wie „heise online“ berichtet", "Wie die „Aktion Deutschland hilft“ mitteilte": the source."""
    if before >= 1 and doc.lows[before] in _DETS:
        before -= 1
    return before >= 0 and doc.lows[before] == "wie" and _is_cue(doc, following)


# Words before a colon that announce a name or a translation, not words said.
_GLOSSES = _words("kurz etwa deutsch übersetzt englisch codename codenamen titel motto name namens heißt")


def _title_noun(low: str) -> bool:
    """ "Magazin", "Fachblatt", "Unternehmensgruppe": a word that a quoted name follows."""
    return low in _TITLE_NOUNS or any(low.endswith(noun) for noun in _TITLE_ENDINGS)


# Heads of compound nouns that name things: "Fachblatt", "Nachrichtenmagazin", "Unternehmensgruppe".
_TITLE_ENDINGS = _words(
    "blatt blattes zeitung magazin magazins magazines gruppe partei sender enzyklika namen"
)
_END_PUNCT = re.compile(r"[.!?…]\s*$")
_SCARE_CONTEXT = re.compile(
    r"(?:so\s*genannte[nmrs]?|sogenannte[nmrs]?|angebliche[nmrs]?)\s*$", re.IGNORECASE
)


def _looks_said(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    """Tell a quotation from a quoted name, title or scare-quoted term."""
    text = doc.text
    inner = text[seg.start : seg.end]
    words = inner.split()
    if not words:
        return False
    before = doc.tok(seg.start) - 2  # the word before the opening mark
    if before >= 0 and (_title_noun(doc.lows[before]) or doc.lows[before] in {"laut", "zufolge"}):
        return False  # "das Magazin „Spiegel“", "der Partei „Die Linke.“", "laut „tagesschau.de“"
    following = doc.tok(seg.end) + 1
    if following < len(doc.lows) and (
        doc.lows[following] == "zufolge" or _source_of_wie(doc, before, following)
    ):
        return False
    if _END_PUNCT.search(inner):
        return True
    introduced = before >= 0 and doc.words[before] == ":"
    glossed = before > 0 and doc.lows[before - 1] in _GLOSSES  # "(kurz: „OpenOffice“)"
    if introduced and not glossed and (not _name_like(words) or _speech_context(doc, seg, sent)):
        return True  # "Er sagte: „…“"; but "Sein Werk entstand 1975: „Le Grand Macabre“" names
    if _SCARE_CONTEXT.search(text, max(0, seg.start - 20), seg.start - 1):
        return False
    if _name_like(words):
        return False  # „Kampagne für ein Freies Tibet“, „Woche des verbotenen Buches“
    if len(words) == 1 and _CAP.match(words[0]):
        # One capitalised word is a name („Xinhua“, „Amflora“) or a term set off („Märtyrer“),
        # rarely something said, unless a speech verb follows („Nein“, sagte er) or it stands
        # in a reported clause: "..., dass die Beziehungen eine „Zweibahnstraße“ seien".
        cue = doc.tok(seg.end) + 1
        nxt = min(cue + 1, len(doc.words) - 1)
        said = cue < len(doc.words) and doc.words[cue] == "," and _is_cue(doc, nxt)
        return said or _reported_clause(doc, seg)
    return len(words) >= 6 or _speech_context(doc, seg, sent)


_FUNCTION_WORDS = _words(
    """
    der die das dem den des ein eine einer eines einem einen und oder für von vom zu zum zur in im am
    an auf aus mit ohne gegen über unter bei nach vor um seine sein ihre ihr unsere e.v. of the and for
    in on at a an to
    """
)


def _name_like(words: list[str]) -> bool:
    """A name or a title: capitalised words and function words only („Kampagne für ein Freies Tibet“)."""
    if len(words) > 14 or len(words) == 1 or not (_CAP.match(words[0]) or words[0][0].isdigit()):
        return False
    for i, word in enumerate(words[1:], start=1):
        clean = word.strip("()[],;–-").lower()
        if not clean or _CAP.match(word.strip("([")) or clean[0].isdigit() or clean in _FUNCTION_WORDS:
            continue
        attributive = i + 1 < len(words) and _CAP.match(words[i + 1])
        if attributive and _ADJ.match(clean) and not clean.endswith(("te", "ten", "tet")):
            continue  # „Woche des verbotenen Buches“
        return False
    return True


def _reported_clause(doc: _Doc, seg: _Segment) -> bool:
    """Is the quotation part of a clause in Konjunktiv I (up to the clause's end)?"""
    k = doc.tok(seg.end) + 1
    while k < len(doc.words) and doc.words[k] not in ",.;:!?„“":
        if doc.konj[k]:
            return True
        k += 1
    return False


def _speech_context(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    """A short quotation counts when its sentence reports speech: a cue, a marker, Konjunktiv I."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    inside = (doc.tok(seg.start), doc.tok(seg.end))
    for k in range(first, last):
        if inside[0] <= k < inside[1]:
            continue
        low = doc.lows[k]
        if _is_cue(doc, k) or doc.konj[k] or low in {"laut", "zufolge", "according"}:
            return True
        if low == "so" and k > first and doc.words[k - 1] == ",":
            return True
    return _marker_match(doc, sent) is not None


# ----------------------------------------------------------------------------- attributions
@dataclass(frozen=True, slots=True)
class _Attribution:
    cue: str | None
    speaker: tuple[int, int] | None  # character offsets of the speaker mention
    sentence: int = -1  # index of the sentence where the attribution was found
    reported: bool = False  # a speech act without the words said ("sprach von einem Unfall")


_SOURCE_NOUN = (
    r"[\w-]*(?:[Aa]ngaben|[Bb]erichte?n?|[Ii]nformationen|[Mm]einung|[Aa]nsicht|[Aa]ussagen?|"
    r"[Dd]arstellung(?:en)?|[Ee]inschätzung(?:en)?|[Ss]chätzung(?:en)?|[Ee]rkenntnis(?:sen?)?|"
    r"[Bb]erechnung(?:en)?|[Ss]tudie|"
    r"[Ss]tellungnahme|[Mm]itteilung|[Ee]rklärung|[Uu]mfrage|[Ee]rmittlungen|[Aa]uffassung|Worten|"
    r"[Aa]uskunft|[Rr]echerchen|[Qq]uellen|[Pp]rognosen?|[Zz]ählung(?:en)?|[Aa]nalysen?|[Uu]ntersuchung(?:en)?|"
    r"[Mm]eldung(?:en)?|[Nn]achrichte?n?|[Vv]orhersagen?|[Ee]rfahrungen|[Bb]ekunden|[Gg]esetz(?:es)?)"
)
_MARKER = re.compile(
    r"\b(?:(?:[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung)(?=\s+nach\b)"
    r"|[Ll]aut|[Zz]ufolge|[Gg]emäß|[Aa]ccording\s+to|[Nn]ach\s+(?:[A-ZÄÖÜ]\w+s\s+)?"
    r"(?:(?:den|dem|der|einem|einer|eines|[a-zäöü]+(?:en|er|em|es|e))\s+){0,3}" + _SOURCE_NOUN + r")\b"
)


def _marker_match(doc: _Doc, sent: Sentence) -> re.Match[str] | None:
    """The first source marker of a sentence (searched once per sentence)."""
    if sent.start not in doc.markers:
        hint = _MARKER_HINT.search(doc.text, sent.start, sent.end)
        doc.markers[sent.start] = _MARKER.search(doc.text, hint.start(), sent.end) if hint else None
    return doc.markers[sent.start]


_MARKER_HINT = re.compile(
    r"(?:[Ll]aut|[Nn]ach|[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen|[Zz]ufolge|[Gg]emäß|[Aa]ccording)\b"
)


def _marker_attribution(doc: _Doc, sent: Sentence) -> tuple[_Attribution, int, int] | None:
    """Laut X / nach Angaben X / X zufolge / according to X: the source and the marker's span."""
    match = _marker_match(doc, sent)
    if match is None:
        return None
    last = doc.tok(sent.end)
    word = match.group().split()[0].lower()
    if word in _POSSESSIVES:
        # "seiner Ansicht nach": the possessive stands for the speaker; "nach" follows
        span = (doc.tok(match.start()), doc.tok(match.end()))
        stop = doc.ends[span[1]] if span[1] < last else match.end()
        return _Attribution("nach", doc.chars(span)), match.start(), stop
    if word == "zufolge":
        before = _np_before(doc, doc.tok(match.start()), doc.tok(sent.start))
        if before is None:
            return None
        span = before
        begin, stop = doc.starts[span[0]], match.end()
    elif word == "nach":
        noun = doc.tok(match.end()) - 1
        stop_tok = _attributes(doc, noun + 1, last)
        span = (noun, stop_tok)
        begin, stop = match.start(), doc.ends[stop_tok - 1]
    else:
        first = doc.tok(match.end())
        end_tok = _np_end(doc, first, last)
        if end_tok is None:
            return None
        span = (first, end_tok)
        begin, stop = match.start(), doc.ends[end_tok - 1]
    return _Attribution(match.group(), doc.chars(span)), begin, stop


_POSSESSIVES = _words("seiner ihrer deren dessen")


def _np_before(doc: _Doc, k: int, floor: int) -> Span | None:
    """The phrase in front of "zufolge", back to its determiner: "dem Ministerium zufolge"."""
    start = k - 1
    while start > floor and k - start < 8:
        if doc.lows[start] in _DETS and doc.lows[start] not in {"des", "der"}:
            break
        if doc.words[start - 1] in ",.;:":
            break
        start -= 1
    return (start, k) if start < k else None


def _cue_subject(doc: _Doc, sent: Sentence, cue: int) -> Span | None:
    """The speaker of a speech verb: its clause's subject, or the pronoun right after it."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if doc.lows[cue] in {"heißt", "hieß", "verlautete", "verlautet", "verlauteten"}:
        # "Aus Paris hieß es, …", "…, hieß es bei Russland Aktuell", "Aus EU-Kreisen verlautete, …":
        # the place, paper or circle speaks
        cited = _cited_source(doc, cue, last)
        source = cited.speaker if cited else None
        return (doc.tok(source[0]), doc.tok(source[1])) if source else _location_source(doc, first, cue)
    if cue > first and doc.lows[cue - 1] in {"und", "sowie", "and"}:
        shared = _shared_subject(doc, sent, cue)
        if shared is not None:
            return shared  # "X erklärte, …, und kündigte an, …": the subject of the first verb did both
    if _passive(doc, first, cue):
        # "Ihr wird vorgeworfen, …" has no speaker; an agent stands before the participle
        quoted = _quoted_subject(doc, first, cue, last) if doc.lows[cue] == "zitiert" else None
        return quoted or _passive_agent_in(doc, first, cue)
    if _find_verb(doc, _skip_opening(doc, first, last), last) == cue:
        main = _clause_subject(doc, first, last)  # the speech verb is the main clause's verb
        if main is not None:
            return _named_after_say(doc, cue, last, main)
    inverted = _inverted_verb(doc, first, cue)
    if inverted is not None:
        # "..., sagte die Königin" / "..., hatte Koch-Mehrin damals gesagt": the subject follows
        span = _subject_after_verb(doc, inverted, last)
        if span is not None:
            return span
    clause = _clause_begin(doc, first, cue)
    after = cue + 2 if cue + 1 < last and doc.lows[cue + 1] in _AUXILIARIES else cue + 1
    verb_final = after >= last or doc.words[after] in ",.;:"  # "…, dass X gefragt habe, …"
    if _relative_subject(doc, first, clause) and verb_final:
        return clause, clause + 1  # "Clark, der der Regierung vorwarf, …": the relative pronoun
    relative = clause > first and _relative_after_preposition(doc, clause, cue)
    opener = clause + 2 if relative else clause + 1
    if (doc.lows[clause] in _SUBORDINATORS or opener == clause + 2) and opener < cue and verb_final:
        # "…, indem er sagte, …", "…, da sie befürchten, …", "ein Zettel, in dem er verlangte, …":
        # the subject follows the conjunction
        stop = _np_end(doc, opener, cue)
        if stop is not None and stop <= cue:
            return opener, stop
    span = _clause_subject(doc, clause, last)
    if span is not None and span[0] < cue + 6:
        return span
    if doc.lows[clause] in _RELATIVES and clause > first:
        return clause, clause + 1  # "eines Hackers, der behauptet, ..."
    return _subject_after_verb(doc, cue, last)


# Verbs of saying that take no person as their object: a full name after them is the subject.
_SAY_VERBS = _words(
    "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint äußerte ergänzte"
)


def _named_after_say(doc: _Doc, cue: int, last: int, subject: Span) -> Span:
    """The subject, unless it names no person and a full name follows "sagte" right before the
    quotation or a comma: "Der Zeitung sagte Filep Karma: „…“" (a dative first, the speaker
    after; not "sagte Putin seine Hilfe zu", where an object follows)."""
    if doc.lows[cue] not in _SAY_VERBS or _named_person(doc, subject):
        return subject
    stop = _np_end(doc, cue + 1, last)
    if stop is None or stop >= last or doc.words[stop] not in {":", ",", "„", "»", '"'}:
        return subject
    span = (cue + 1, stop)
    return span if _named_person(doc, span) else subject


def _relative_subject(doc: _Doc, first: int, clause: int) -> bool:
    """Is the relative pronoun that opens the clause its subject? "der", "welcher" are; "die" and
    "das" are not when a subject follows ("die Arbeitslosigkeit, die Schröder … erklärte")."""
    if clause <= first or doc.words[clause - 1] != "," or doc.lows[clause] not in _RELATIVES:
        return False
    if doc.lows[clause] in {"der", "welcher", "who"}:
        return True
    nxt = clause + 1
    subject_next = doc.is_cap(nxt) or doc.lows[nxt] in _DETS or doc.lows[nxt] in _SUBJECT_PRONOUNS
    return doc.lows[clause] in {"die", "das", "welche", "welches"} and not subject_next


def _shared_subject(doc: _Doc, sent: Sentence, cue: int) -> Span | None:
    """The subject a verb after "und" shares: that of the speech verb before it ("X erklärte, …,
    und kündigte an"), else that of the clause it continues ("während X … unterstützt und fordert")."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    earlier = next((k for k in range(cue - 2, first - 1, -1) if doc.cues[k]), None)
    if earlier is not None:
        return _cue_subject(doc, sent, earlier)
    span = _subject_of_clause(doc, first, cue, last)
    return span if span is not None and span[1] < cue - 1 else None


def _subject_of_clause(doc: _Doc, first: int, verb: int, last: int) -> Span | None:
    """The subject of the clause the verb stands in: after its conjunction, or the main clause's."""
    clause = _clause_begin(doc, first, verb)
    if doc.lows[clause] in _SUBORDINATORS:
        stop = _np_end(doc, clause + 1, verb)
        return (clause + 1, stop) if stop else None
    return _clause_subject(doc, clause, last)


def _passive(doc: _Doc, first: int, cue: int) -> bool:
    """Is the speech verb a participle in a passive clause ("wird … vorgeworfen")?"""
    first = _clause_begin(doc, first, cue)
    low = doc.lows[cue]
    participle = low.endswith("t") or "ge" in low[:6]
    after = doc.lows[cue + 1] if cue + 1 < len(doc.lows) else ""
    if participle and doc.lows[first] in _SUBORDINATORS and after in _PASSIVE:
        return True  # "…, weil berichtet wurde, …": a verb-final passive clause
    verb = _find_verb(doc, _skip_opening(doc, first, cue), cue + 1)
    if verb is None or verb >= cue:
        return False
    # "war befürchtet worden": a past perfect passive has its "worden" after the participle
    worden = after == "worden"
    if doc.lows[verb] not in _PASSIVE and not worden:
        return False
    return participle  # a participle ("vorgeworfen"), not "wird sagen"


def _quoted_subject(doc: _Doc, first: int, cue: int, last: int) -> Span | None:
    """ "X wird von der Zeitung zitiert", "wie X von Y zitiert wird": X is quoted, so X speaks."""
    span = _subject_of_clause(doc, first, cue, last)
    if span is None or doc.lows[span[0]] in {"von", "vom"} or span[0] >= cue:
        return None
    return span


def _passive_agent_in(doc: _Doc, first: int, last: int) -> Span | None:
    """ "… wurde von israelischen Behörden angewiesen", "In einem Bericht wurde vermutet, …"."""
    for k in range(first, last - 1):
        if doc.lows[k] in {"von", "vom"} and (
            doc.lows[k + 1] in _DETS or doc.is_cap(k + 1) or _ADJ.match(doc.lows[k + 1])
        ):
            stop = _np_end(doc, k + 1, last)
            if stop:
                return k + 1, stop
    return _location_source(doc, _skip_opening(doc, first, last), last)


def _inverted_verb(doc: _Doc, first: int, cue: int) -> int | None:
    """The finite verb right after the comma that opens the cue's clause, if the clause is inverted."""
    for k in range(cue, max(first, cue - 8), -1):
        if doc.words[k - 1] in ",–" and (k == cue or doc.lows[k] in _AUXILIARIES):
            return k
        if doc.words[k - 1] in ".;:":
            return None
    return None


def _relative_after_preposition(doc: _Doc, k: int, cue: int) -> bool:
    """ ", in dem er verlangte", ", bei denen …": a relative clause opened by a preposition.

    "dem", "der" are articles as well: "Zu dem Skandal führte er aus" has a noun after them.
    """
    if k + 2 >= cue or doc.lows[k] not in _PREPOSITIONS or doc.lows[k + 1] not in _RELATIVES:
        return False
    if doc.lows[k + 1] in {"denen", "deren", "dessen", "welchem", "welcher", "welchen", "which", "whom"}:
        return True
    return doc.lows[k + 2] in _DETS or doc.lows[k + 2] in _SUBJECT_PRONOUNS or doc.lows[k + 2] == "es"


def _clause_begin(doc: _Doc, first: int, cue: int) -> int:
    """Where the clause of the verb at ``cue`` starts: after ';', ':' or a closing quotation."""
    closed = False  # a comma between here and the cue closes a relative clause in the pre-field
    for k in range(cue - 1, first - 1, -1):
        word = doc.words[k]
        if word in ";:" or (word in '“”»«"' and k + 1 < cue and doc.words[k + 1] == ","):
            return k + 1
        opener = doc.lows[k + 1] if k + 1 < cue else ""
        subordinate = opener in {"der", "die", "das", "who", "which"} or opener in _SUBORDINATORS
        subordinate = subordinate or _relative_after_preposition(doc, k + 1, cue)
        if word == "," and subordinate and not closed:
            return k + 1  # the verb stands in a relative or subordinate clause
        if word == "," and opener in {"doch", "aber", "und", "sondern", "denn"}:
            return k + 2  # "..., doch sein Sprecher erklärte": a second main clause
        closed = closed or word == ","
    return first


def _sentence_cues(doc: _Doc, sent: Sentence, skip: tuple[int, int]) -> list[int]:
    """The speech verbs of a sentence outside a span: nearest before it first, then those after."""
    before: list[int] = []
    after: list[int] = []
    for k in range(doc.tok(sent.start), doc.tok(sent.end)):
        if skip[0] <= doc.starts[k] < skip[1] or not _is_cue(doc, k):
            continue
        (before if doc.starts[k] < skip[0] else after).append(k)
    return before[::-1] + after


def _so_source(doc: _Doc, sent: Sentence) -> _Attribution | None:
    """ "…“, so der Minister, …: the phrase after a comma-set "so" names the source."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for k in range(first + 1, last - 1):
        if doc.lows[k] != "so" or doc.words[k - 1] not in ',–“”»«"':
            continue
        if doc.is_cap(k + 1) or doc.lows[k + 1] in _DETS:
            stop = _np_end(doc, k + 1, last)
            if stop:
                return _Attribution("so", doc.chars((k + 1, stop)))
        elif _is_cue(doc, k + 1):  # "…, so vermutet die Zeitung, …"
            span = _subject_after_verb(doc, k + 1, last)
            if span:
                return _Attribution(doc.words[k + 1], doc.chars(span))
    return None


# ----------------------------------------------------------------------------- direct quotations
@dataclass(slots=True)
class _State:
    """What the pass over an article remembers: the latest attribution (for continuations)."""

    last: _Attribution | None = None
    quoted: tuple[int, int] = (0, 0)  # the quotations of the current sentence, first to last


def _direct_attribution(doc: _Doc, seg: _Segment, sent: Sentence, state: _State) -> _Attribution | None:
    si = doc.sentence_index(seg.start)
    # A quotation of several sentences is attributed after its last one.
    closing = doc.sentences[doc.sentence_index(max(seg.start, seg.end - 1))]
    found = _attribution_after(doc, seg, sent, closing) or _attribution_colon(doc, seg, sent, state)
    if found is not None and not _inside(found, seg):
        return replace(found, sentence=si)
    if _standalone(doc, seg, sent):
        return _standalone_speaker(doc, si, state)
    return _embedded_speaker(doc, seg, sent, state, si)


def _inside(attribution: _Attribution, seg: _Segment) -> bool:
    span = attribution.speaker
    return span is not None and span[0] < seg.end and seg.start < span[1]


def _standalone_speaker(doc: _Doc, si: int, state: _State) -> _Attribution | None:
    """A quotation standing alone continues the previous quotation, or quotes the previous subject."""
    recent = _carried(state, si, reach=1)
    if recent is not None and not _own_account(doc, recent):
        return recent
    previous = _previous_subject(doc, si)
    if previous is not None and _person_like(doc, previous):
        return previous
    return _carried(state, si) or previous


def _own_account(doc: _Doc, attribution: _Attribution) -> bool:
    """ "nach eigenem Bekunden" points to the subject of its sentence, who goes on speaking."""
    span = attribution.speaker
    k = doc.tok(span[0]) - 1 if span is not None else -1
    return k >= 0 and doc.lows[k] in {"eigenem", "eigenen", "eigener"}


def _person_like(doc: _Doc, attribution: _Attribution) -> bool:
    """Does the mention name a person, a role or an organisation that speaks (not "die Haltung")?"""
    if attribution.speaker is None:
        return False
    mention = doc.text[attribution.speaker[0] : attribution.speaker[1]]
    parsed = parse_mention(mention)
    return bool(parsed.name or parsed.role) or is_pronoun(mention.strip())


_AFTER_CLOSE = re.compile(r"[“”\"»«‘’]?[ \t]*[,–-]?[ \t]*")


def _attribution_after(doc: _Doc, seg: _Segment, sent: Sentence, closing: Sentence) -> _Attribution | None:
    """„…“, sagte Blinken. / „…“, so Blinken. / “…,” Blinken said. / „…“, heißt es in X."""
    text = doc.text
    close = _AFTER_CLOSE.match(text, seg.end)
    pos = close.end() if close else seg.end
    if pos >= closing.end:
        nxt = doc.sentence_index(closing.end) + 1  # "„…“ Sagte er." is rare; "„… Ende.“ So X." is not
        closing = doc.sentences[nxt] if nxt < len(doc.sentences) else closing
    k, last = doc.tok(pos), doc.tok(closing.end)
    if k >= last or doc.starts[k] != pos or not doc.words[k][0].isalpha():
        return None
    clause_initial = _clause_initial(doc, seg, sent)
    if not (clause_initial or _END_PUNCT.search(text, seg.start, seg.end) or text[seg.end - 1] == ","):
        return None
    low = doc.lows[k]
    if low == "so":
        stop = _np_end(doc, k + 1, last)
        return _Attribution("so", doc.chars((k + 1, stop))) if stop else None
    if doc.lang == "en" and k + 1 < last and _is_cue(doc, k + 1):
        stop = _np_end(doc, k, last)  # “…,” Blinken said.
        return _Attribution(doc.words[k + 1], doc.chars((k, stop))) if stop else None
    if not (_is_cue(doc, k) or (clause_initial and _after_quote_verb(doc, k))):
        return None
    if low in {"heißt", "hieß", "steht", "stand"}:
        return _cited_source(doc, k, last)
    span = _subject_after_verb(doc, k, last)
    if span and low.startswith("zitiert"):
        # „…“, zitiert die Zeitung den Minister: the one quoted is the speaker, not the outlet
        quoted = _np_end(doc, span[1], last)
        span = (span[1], quoted) if quoted else span
    return _Attribution(doc.words[k], doc.chars(span)) if span else None


def _after_quote_verb(doc: _Doc, k: int) -> bool:
    # „…“, stellte Celebi fest: the quotation is the pre-field, the next word is the finite verb
    low = doc.lows[k]
    closed = low in _DETS or low in _PREPOSITIONS or low in _CONJUNCTIONS or low in _SUBORDINATORS
    return doc.is_lower_word(k) and not closed and low not in _ADVERBS


def _cited_source(doc: _Doc, verb: int, last: int) -> _Attribution | None:
    """„…“, heißt es in der Erklärung des Ministeriums: the document is the source."""
    for k in range(verb + 1, min(last, verb + 5)):
        if doc.lows[k] in {"in", "im", "bei", "von", "vom", "aus"}:
            stop = _np_end(doc, k + 1, last)
            if stop:
                return _Attribution(doc.words[verb], doc.chars((k + 1, stop)))
    return None


def _clause_initial(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    before = doc.text[sent.start : seg.start - 1]
    return not before.strip(" \n" + _QUOTE_CHARS) or before.rstrip().endswith((":", ".", "!", "?"))


def _attribution_colon(doc: _Doc, seg: _Segment, sent: Sentence, state: _State) -> _Attribution | None:
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
        return _carried(state, doc.sentence_index(seg.start)) or found
    return found


def _so_before(doc: _Doc, start: int, colon: int) -> _Attribution | None:
    """ "Das habe Methode, so Elshorst weiter: „…“": the source set off by "so" goes on speaking."""
    for k in range(start + 1, colon - 1):
        if (
            doc.lows[k] == "so"
            and doc.words[k - 1] == ","
            and (doc.is_cap(k + 1) or doc.lows[k + 1] in _DETS)
        ):
            stop = _np_end(doc, k + 1, colon)
            if stop:
                return _Attribution("so", doc.chars((k + 1, stop)))
    return None


def _not_speaking(doc: _Doc, attribution: _Attribution, start: int, colon: int) -> bool:
    """Is the subject before a colon no speaker: a possessive ("Seine Zuversicht"), or a thing in
    reported speech ("Die Pflichten der Union seien klar")? "Der Text lautete:" does speak."""
    if _possessive_subject(doc, attribution):
        return True
    if attribution.speaker is None or not any(doc.konj[k] for k in range(start, colon)):
        return False
    first, last = doc.tok(attribution.speaker[0]), doc.tok(attribution.speaker[1] - 1) + 1
    return not _head_is_person(doc, first, last)


def _possessive_subject(doc: _Doc, attribution: _Attribution) -> bool:
    span = attribution.speaker
    return span is not None and doc.lows[doc.tok(span[0])] in _POSSESSIVE_DETS


_POSSESSIVE_DETS = _words("sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem ihres")


def _clause_attribution(doc: _Doc, start: int, end: int) -> _Attribution | None:
    for k in range(start, end):
        if doc.lows[k] in {"heißt", "hieß", "steht", "stand"}:
            cited = _cited_source(doc, k, end)
            if cited is not None:
                return cited
    cue = next((k for k in range(start, end) if _is_cue(doc, k)), None)
    span = _clause_subject(doc, start, end)
    if span is not None and cue is not None:
        span = _named_after_say(doc, cue, end + 1, span)
    if span is None and cue is not None:
        span = _subject_after_verb(doc, cue, end)
    first = _skip_opening(doc, start, end)
    if span is None and _find_verb(doc, first, end) is None:
        stop = _np_end(doc, first, end)  # no verb: "Das Fazit von Anna Roth: „…“"
        span = (first, stop) if stop else None
    if span is None or (cue is None and not _person_span(doc, span)):
        span = _location_source(doc, first, end) or span
    if span is None:
        return None
    return _Attribution(doc.words[cue] if cue is not None else None, doc.chars(span))


def _location_source(doc: _Doc, first: int, end: int) -> Span | None:
    """ "In dem Antrag heißt es:", "Auf der Website stand:": the document is the source."""
    if first >= end or doc.lows[first] not in {"in", "im", "auf", "aus", "bei", "darauf", "darin", "dort"}:
        return None
    if doc.lows[first] in {"darauf", "darin", "dort"}:
        return first, first + 1
    stop = _np_end(doc, first + 1, end)
    return (first + 1, stop) if stop else None


def _is_partial(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    """A few quoted words inside a sentence of the writer's own ("bezeichnete ihn als „…“")."""
    inner = doc.text[seg.start : seg.end]
    return (
        not _clause_initial(doc, seg, sent)
        and not _END_PUNCT.search(inner)
        and not _standalone(doc, seg, sent)
    )


def _standalone(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    """The sentence is the quotation (and its marks) and nothing else."""
    outside = doc.text[sent.start : seg.start] + doc.text[seg.end : sent.end]
    return len(outside.strip(" \n.,;:!?" + _QUOTE_CHARS)) < 3


def _carried(state: _State, si: int, reach: int = 2) -> _Attribution | None:
    last = state.last
    if last is None or last.speaker is None or si - last.sentence > reach:
        return None
    return replace(last, cue=None, sentence=si, reported=False)


def _same_paragraph(doc: _Doc, attribution: _Attribution, sent: Sentence) -> bool:
    """Reported speech runs on within its paragraph, not into the next one."""
    if attribution.speaker is None:
        return False
    return "\n" not in doc.text[attribution.speaker[1] : sent.start]


def _previous_subject(doc: _Doc, si: int) -> _Attribution | None:
    """A quotation standing alone is the words of the person the previous sentence is about."""
    if si == 0:
        return None
    prev = doc.sentences[si - 1]
    span = _clause_subject(doc, doc.tok(prev.start), doc.tok(prev.end))
    if span is None:
        return None
    return _Attribution(None, doc.chars(span), si)


def _embedded_speaker(
    doc: _Doc, seg: _Segment, sent: Sentence, state: _State, si: int
) -> _Attribution | None:
    """Quoted words inside a sentence: the cited source, the speech verb's subject, the subject."""
    noun = _noun_clause(doc, sent, si)
    if noun is not None and noun[0] <= seg.start and seg.end <= noun[1] + 1:
        # "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, …"
        return noun[2]
    agent = _passive_agent(doc, sent)
    found = _cited_in_sentence(doc, sent, si) or (
        _Attribution(None, doc.chars(agent), si) if agent else _cue_speaker(doc, seg, sent, si)
    )
    if found is not None and not _inside(found, seg):
        return found
    subject = _clause_subject(doc, doc.tok(sent.start), doc.tok(sent.end))
    # "In dem Verfahren sieht Osterloh einen „Angriff“, es stehe …": a named subject speaks itself
    named = subject is not None and (
        doc.lows[subject[0]] in _SUBJECT_PRONOUNS
        or _named_person(doc, subject)
        or _surname_alone(doc, subject)
    )
    if _reports(doc, sent, (seg.start, seg.end)) and not named:
        carried = _carried(state, si)
        if carried is not None:
            return carried
    span = subject
    found = _Attribution(None, doc.chars(span), si) if span else None
    if found is None or _inside(found, seg):
        return _carried(state, si)
    return found


def _surname_alone(doc: _Doc, span: Span) -> bool:
    """One capitalised word that is no common noun: "sieht Osterloh einen „Angriff“"."""
    low = doc.lows[span[0]]
    return (
        span[1] - span[0] == 1
        and doc.is_cap(span[0])
        and not low.endswith(_NOUN_ENDINGS)
        and low not in _DETS
    )


def _cited_in_sentence(doc: _Doc, sent: Sentence, si: int) -> _Attribution | None:
    """A source named by a marker: "wie X mitteilte", "so X", "laut X", "heißt es in X"."""
    wie = _wie_clause(doc, sent, si)
    if wie is not None:
        return wie[2]
    found = _so_source(doc, sent)
    if found is None:
        marker = _marker_attribution(doc, sent)
        found = marker[0] if marker else None
    if found is None:
        first, last = doc.tok(sent.start), doc.tok(sent.end)
        for k in range(first, last - 1):
            if doc.lows[k] in {"heißt", "hieß"} and doc.lows[k + 1] == "es":
                found = _cited_source(doc, k, last)
                break
    return replace(found, sentence=si) if found else None


def _cue_speaker(doc: _Doc, seg: _Segment, sent: Sentence, si: int) -> _Attribution | None:
    """The speaker of the speech verb nearest before the quotation (else the one after it)."""
    for cue in _sentence_cues(doc, sent, (seg.start, seg.end)):
        span = _cue_subject(doc, sent, cue)
        if span is not None and doc.lows[cue].startswith("zitier") and span[1] <= cue:
            # "Der Spiegel zitiert den Prediger mit den Worten „…“": the one quoted speaks
            quoted = _subject_after_verb(doc, cue, doc.tok(sent.end))
            span = quoted or span
        found = _Attribution(doc.words[cue], doc.chars(span), si) if span else None
        if found is not None and not _inside(found, seg):
            return found
    return None


def _passive_agent(doc: _Doc, sent: Sentence) -> Span | None:
    """ "… wird vom Wetterdienst als „sehr hoch“ eingestuft": the agent of a passive clause."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if not any(doc.lows[k] in _PASSIVE for k in range(first, last)):
        return None
    for k in range(first, last - 1):
        if doc.lows[k] in {"von", "vom"} and (doc.lows[k + 1] in _DETS or doc.is_cap(k + 1)):
            stop = _np_end(doc, k + 1, last)
            if stop and (doc.lows[k] == "vom" or _person_span(doc, (k + 1, stop))):
                return k + 1, stop
    return None


_PASSIVE = _words("wird werden wurde wurden worden")


def _reports(doc: _Doc, sent: Sentence, skip: tuple[int, int], *, after_source: bool = False) -> bool:
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
        perfect = last - 2 > k and doc.lows[last - 2] in {"haben", "sein"}
        planned = doc.lows[last - 2] == "werden"  # "soll nun beschlossen werden" is a plan
        if doc.lows[k] in _REPORTATIVE and (after_source or perfect) and not planned:
            return True
    return False


# ----------------------------------------------------------------------------- indirect speech
def _style(doc: _Doc) -> str:
    return "reported" if doc.lang == "en" else "indirect"


def _body(doc: _Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in " ,":
        start += 1
    end = len(text[:end].rstrip(" .!?:;\n"))
    return start, max(start, end)


def _indirect(doc: _Doc, sent: Sentence, si: int) -> list[tuple[int, int, _Attribution]]:
    for rule in _INDIRECT_RULES:
        found = rule(doc, sent, si)
        spans = found if isinstance(found, list) else [found] if found is not None else []
        # "„…“, sagte Blinken." is a direct quotation, not reported speech besides it
        spans = [span for span in spans if span[1] - span[0] >= 12 and doc.text[span[0]] not in _QUOTE_CHARS]
        if spans:
            if rule is not _marker_clause:
                spans = _also_marked(doc, sent, si, spans) + spans
            return spans
    return []


def _also_marked(
    doc: _Doc, sent: Sentence, si: int, spans: list[tuple[int, int, _Attribution]]
) -> list[tuple[int, int, _Attribution]]:
    """ "Laut CNN hat der Minister verkündet, der Rat wolle ...": the source reports the report."""
    marked = _marker_clause(doc, sent, si)
    if marked is None or marked[1] - marked[0] < 12:
        return []
    overlap = max(min(marked[1], end) - max(marked[0], start) for start, end, _ in spans)
    return [marked] if overlap * 2 < marked[1] - marked[0] else []


def _wie_clause(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """Wie der Sprecher mitteilte, seien ... / Wie X, der ..., feststellt, ... / As the minister said, ..."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if first >= last or doc.lows[first] not in {"wie", "as"}:
        return None
    for cue in range(first + 2, min(last - 1, first + 40)):
        if doc.words[cue] in ".;:":
            return None
        if _is_cue(doc, cue) and doc.words[cue + 1] == ",":
            stop = _np_end(doc, first + 1, cue)
            if stop is None:
                return None
            start, end = _body(doc, doc.ends[cue + 1], sent.end)
            return start, end, _Attribution(doc.words[cue], doc.chars((first + 1, stop)), si)
    return None


def _marker_clause(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """Laut Blinken ... / Dem Ministerium zufolge ... / Nach Angaben des Ministeriums ..."""
    found = _marker_attribution(doc, sent)
    if found is None:
        return None
    attribution, begin, stop = found
    if begin - sent.start < 3:
        start, end = _body(doc, stop, sent.end)
    else:
        start, end = _marker_clause_span(doc, sent, begin)
        start, end = _without_marker(doc, (start, end), (begin, stop))
    return start, end, replace(attribution, sentence=si)


def _without_marker(doc: _Doc, clause: tuple[int, int], marker: tuple[int, int]) -> tuple[int, int]:
    """A long marker inside a short clause is no part of what was said: keep the longer side.

    "Trotzdem würden laut Hauptmann Abraham Sipe von der US-Marineinfanterie gute Fortschritte
    gemacht" reports "gute Fortschritte gemacht"; a short marker ("laut Polizei") stays in.
    """
    start, end = clause
    if not start < marker[0] < marker[1] < end:
        return clause
    before, after = _body(doc, start, marker[0]), _body(doc, marker[1], end)
    if marker[1] - marker[0] <= (before[1] - before[0]) + (after[1] - after[0]):
        return clause
    return before if before[1] - before[0] > after[1] - after[0] else after


def _marker_clause_span(doc: _Doc, sent: Sentence, begin: int) -> tuple[int, int]:
    """The clause around a marker inside a sentence: "…, auf dem sich nach Angaben X … befanden,"."""
    first, last, marker = doc.tok(sent.start), doc.tok(sent.end), doc.tok(begin)
    start = first
    for k in range(marker - 1, first, -1):
        opener = doc.lows[k + 1] if k + 1 < marker else ""
        relative = opener in _RELATIVES or opener in _SUBORDINATORS or opener in _PREPOSITIONS
        if doc.words[k] == "," and relative:
            start = k + 1
            break
    end = sent.end
    if start > first:  # a relative clause ends at the next comma
        comma = _next_comma(doc, marker, last)
        end = doc.starts[comma] if comma is not None else sent.end
    return _body(doc, doc.starts[start], end)


_COMPLEMENT = re.compile(r"(?:dass|ob|warum|wann|wer|was|wo|weshalb|wieso|wonach|that|whether)\b")


def _verb_then_clause(doc: _Doc, sent: Sentence, si: int) -> list[tuple[int, int, _Attribution]]:
    """Blinken sagte, die Truppen seien ... / Pak behauptete, dass ... / Er kündigte an, ... zu.

    A sentence can hold two: "X sagte, A sei tot, doch Y erklärte, B ..." ends the first body
    where the second attribution begins.
    """
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    found: list[tuple[int, int, _Attribution]] = []
    cue = first
    while cue < last:
        hit = _clause_after_checked(doc, sent, si, cue, last) if _is_cue(doc, cue) else None
        if hit is None:
            cue += 1
            continue
        if found:
            found[-1] = _cut_before(doc, found[-1], hit[2])
        found.append(hit)
        cue = doc.tok(hit[0]) + 1
    return found


def _clause_after_checked(
    doc: _Doc, sent: Sentence, si: int, cue: int, last: int
) -> tuple[int, int, _Attribution] | None:
    hit = _clause_after(doc, sent, si, cue, last)
    # "Er sagte: „…“" is a direct quotation, not a reported clause besides it
    return None if hit is None or doc.text[hit[0]] in _QUOTE_CHARS else hit


def _clause_after(
    doc: _Doc, sent: Sentence, si: int, cue: int, last: int
) -> tuple[int, int, _Attribution] | None:
    for comma in _commas_after_cue(doc, cue, last):
        if not _complement(doc, comma + 1, last):
            continue
        span = _cue_subject(doc, sent, cue)
        # "Ihm wurde vorgeworfen, ... zu haben": reported, by nobody named
        if span is None and not _passive(doc, doc.tok(sent.start), cue):
            return None
        stop = _reported_stop(doc, comma + 1, last)
        start, end = _body(doc, doc.ends[comma], doc.starts[stop] if stop < last else sent.end)
        return start, end, _Attribution(doc.words[cue], doc.chars(span) if span else None, si)
    return None


def _reported_stop(doc: _Doc, k: int, last: int) -> int:
    """Where a reported clause that begins at token ``k`` ends: before the quotation its colon
    opens ("…: „…“"), or where the speaker's own sentence goes on ("er sei unschuldig, erkannte
    das Gericht nicht an", "… und fügte hinzu")."""
    if doc.lang != "de":
        return last
    for m in range(k + 2, last - 1):
        word = doc.words[m]
        if word == ":" and doc.words[m + 1] in _QUOTE_CHARS:
            return m
        if word == "," or doc.lows[m] in {"und", "sowie"}:
            verb = m + 2 if word == "," and doc.lows[m + 1] in {"und", "sowie"} else m + 1
            if verb < last and _resumes(doc, verb, last):
                return m
    return last


def _resumes(doc: _Doc, verb: int, last: int) -> bool:
    """Does a finite verb in the indicative continue the main clause here, with nothing reported
    up to the next comma?"""
    if verb + 1 >= last or doc.words[verb + 1] in ".,;:!?" or doc.konj[verb]:
        return False  # "…, weil die Preise, die er nennt, steigen.": a verb-final clause closes
    if not doc.is_lower_word(verb) or not _is_verb(doc, verb, last):
        return False
    if doc.lows[verb] in _AUXILIARIES and not doc.lows[verb].startswith(("hat", "war", "ist", "wurde")):
        return False
    for m in range(verb + 1, last):
        if doc.words[m] in ",;:":
            break
        if doc.konj[m] or doc.lows[m] == "zu":
            return False
    return True


def _cut_before(
    doc: _Doc, found: tuple[int, int, _Attribution], nxt: _Attribution
) -> tuple[int, int, _Attribution]:
    """End a reported clause at the conjunction that opens the next attribution's clause."""
    start, end, attribution = found
    speaker = nxt.speaker
    if speaker is None or not start < speaker[0] < end:
        return found
    cut = doc.tok(speaker[0])
    while cut > doc.tok(start) and doc.words[cut - 1] not in ",;":
        cut -= 1
    return (start, _body(doc, start, doc.starts[cut - 1])[1], attribution) if cut > doc.tok(start) else found


_EN_CLAUSE_START = _words("that the a an he she it they we i there this these")


def _commas_after_cue(doc: _Doc, cue: int, last: int) -> list[int]:
    """The commas (or colon) that may end the speech verb's clause, nearest first."""
    nxt = cue + 1
    if doc.lang == "en" and nxt < last and (doc.lows[nxt] in _EN_CLAUSE_START or doc.is_cap(nxt)):
        return [cue]  # "said that ...", "said the troops had left": English needs no comma
    commas = []
    k = nxt
    while k < min(last, cue + 30):
        word = doc.words[k]
        if word in '„»"' and k + 1 < last and doc.is_cap(k + 1):
            stop = _skip_bracket(doc, k, last)
            if stop - k <= 6:
                k = stop  # "berichtet der „Spiegel“, dass ...": a quoted name, not a quotation
                continue
        if word in ",:":
            commas.append(k)
        if word in ".;" or word in _QUOTE_CHARS or len(commas) == 3:
            break
        k += 1
    return commas


_PURPOSE = _words("um ohne anstatt statt")  # "..., um den Weg freizumachen" says why, not what


def _complement(doc: _Doc, k: int, last: int) -> bool:
    """A reported clause: "dass ...", a Konjunktiv I clause, a zu-infinitive, a main clause."""
    if k >= last or doc.words[k] in _QUOTE_CHARS:
        return False
    low = doc.lows[k]
    if _COMPLEMENT.match(low):
        return True
    if low in _SUBORDINATORS or low in _CONJUNCTIONS or low in _PURPOSE:
        return False
    if doc.lang == "en":
        return True
    # "..., die Truppen ziehen ab" is reported; "..., die gestern kam" is a relative clause
    if low in _RELATIVES and k + 1 < last and not doc.is_cap(k + 1):
        return False
    verb = False
    for m in range(k, min(last, k + 25)):
        if doc.konj[m] or (doc.lows[m] == "zu" and m + 1 < last and doc.is_lower_word(m + 1)):
            return True
        if doc.words[m] in ",;.:":
            break
        verb = verb or (m > k and _is_verb(doc, m, last))
    return verb  # "..., Geschäftsführer des Verbands, ..." is an apposition, not a clause


def _clause_then_verb(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """Die Truppen seien bereit, sagte Blinken. / ..., so der Minister. / ..., he said."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for comma in range(first + 3, last - 1):
        if doc.words[comma] != ",":
            continue
        k = comma + 1
        if doc.lows[k] == "so" and k + 1 < last and _is_cue(doc, k + 1):
            span = _subject_after_verb(doc, k + 1, last)  # "…, so vermutet die Zeitung, …"
        elif doc.lows[k] == "so":
            stop = _np_end(doc, k + 1, last)
            span = (k + 1, stop) if stop else None
        elif doc.lows[k] in {"wie", "as"} and _trailing_cue(doc, k, last):
            stop = _np_end(doc, k + 1, last)  # "…, wie sein Anwalt mitteilte."
            span = (k + 1, stop) if stop else None
        elif doc.lows[k] in {"heißt", "hieß"} and k + 1 < last and doc.lows[k + 1] == "es":
            # "…, hieß es vom Sprecher": the cited source speaks; a bare "hieß es" names no one
            cited = _cited_source(doc, k, last)
            if _reported_before(doc, first, comma):
                start, end = _body(doc, sent.start, doc.starts[comma])
                return start, end, _Attribution(doc.words[k], cited.speaker if cited else None, si)
            continue
        elif _is_cue(doc, k):
            span = _subject_after_verb(doc, k, last)
        elif doc.lang == "en" and k + 1 < last and _is_cue(doc, k + 1):
            stop = _np_end(doc, k, last)  # "…, he said": the verb follows its subject
            span = (k, stop) if stop else None
            k += 1
        else:
            continue
        if span is None or not _reported_before(doc, first, comma):
            continue
        start, end = _body(doc, sent.start, doc.starts[comma])
        return start, end, _Attribution(doc.words[k], doc.chars(span), si)
    return None


def _trailing_cue(doc: _Doc, k: int, last: int) -> bool:
    """Does the clause opened at ``k`` end in a speech verb: "…, wie der Verband bekannt gab."?"""
    end = k + 1
    while end < last and doc.words[end] not in ",;.":
        end += 1
    return any(_is_cue(doc, m) for m in range(max(k + 1, end - 3), end))


# Conjunctions of adverbial clauses: "Als er ankam, sagte er, …" says when, not what.
_ADVERBIAL = _words(
    """
    als nachdem weil obwohl obgleich wenn während bevor seit seitdem sobald solange indem damit sodass
    ehe when while after before because although since until once as
    """
)


def _adverbial_clause(doc: _Doc, opening: int, comma: int) -> bool:
    """Is [opening, comma) one verb-final adverbial clause ("Als er ankam")? "Während der Feiertage"
    has no verb at its end, and "Als sie kamen, töteten sie …" goes on past its first comma."""
    if opening + 1 >= comma or doc.lows[opening] not in _ADVERBIAL:
        return False
    if _next_comma(doc, opening, comma + 1) != comma or not doc.is_lower_word(comma - 1):
        return False  # "Als Grund nannte die NASA, …": no verb at the end
    if doc.lows[opening] in {"als", "während", "seit", "since", "as"}:
        # these also open a phrase ("Während der Feiertage sollen …"): a pronoun subject decides
        return doc.lows[opening + 1] in _SUBJECT_PRONOUNS
    return True


def _reported_before(doc: _Doc, first: int, comma: int) -> bool:
    # A clause, not the subject phrase of "Sadiq Khan, eines der Mitglieder, verurteilte ...".
    if _adverbial_clause(doc, _skip_opening(doc, first, comma), comma):
        return False
    if doc.lang == "en" or any(doc.konj[m] or doc.lows[m] in _AUXILIARIES for m in range(first, comma)):
        return True
    # "Der Planet begleitet den Stern, teilte die Universität mit.": a main clause with its verb
    verb = _find_verb(doc, _skip_opening(doc, first, comma), comma)
    return verb is not None and doc.is_lower_word(verb) and not _is_cue(doc, verb)


# Nouns of saying that take what was said as a clause: "die Forderung, ... zu", "der Vorwurf, dass".
_SAYING_NOUN = re.compile(
    r"\b(?:Forderung|Vorwurf|Vorwürfe|Behauptung|Aussage|Ankündigung|Warnung|Hinweis|Vermutung|Verdacht"
    r"|Befürchtung|Spekulation|Gerücht|Überzeugung|Einschätzung|Hoffnung|Aufforderung|Aufruf|Appell"
    r"|Zusage|Zusicherung|Versprechen|Drohung|Theorie|Hypothese|These|Argument|Einwand|Feststellung"
    r"|Begründung|Mahnung|Vorschlag|Bitte|Angst|Sorge|Kritik|Ergebnis|Schluss|Meldung|Bericht"
    r"|Auffassung|Ansicht|Meinung|Position|Standpunkt)"
    r"(?:e|en|n|s|es|ungen)?\b"
)
_SAYING_CLAUSE = _words("dass wonach ob")


def _noun_clause(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """ "Aussagen, dass dies nicht angestrebt werde, ...": the clause after a noun of saying."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    for match in _SAYING_NOUN.finditer(doc.text, sent.start, sent.end):
        k = doc.tok(match.start())
        if k + 2 >= last or doc.ends[k] != match.end():
            continue
        comma = _verb_after_noun(doc, _attributes(doc, k + 1, last), last)
        if comma + 1 >= last or doc.words[comma] != "," or not _said_clause(doc, comma + 1, last):
            continue
        begin = k
        while begin > max(first, k - 4) and _attributive(doc, begin - 1):
            begin -= 1
        if begin == k and begin > first and doc.lows[begin - 1] not in _PREPOSITIONS:
            continue  # "verletze religiöse Überzeugungen, ...": an object inside another clause
        stop = _clause_end(doc, comma + 1, last)
        start, end = _body(doc, doc.ends[comma], doc.starts[stop] if stop < last else sent.end)
        # "Die Experten kamen zu dem Ergebnis, dass ...": the subject holds the view, if a person
        subject = _clause_subject(doc, first, begin)
        if subject is None or subject[1] > begin:
            subject = (begin, comma)
        return start, end, _Attribution(doc.words[k], doc.chars(subject), si)
    return None


def _verb_after_noun(doc: _Doc, k: int, last: int) -> int:
    """Skip the verb that closes "hatte die These vertreten, ..." / "die Hoffnung geäußert, ..."."""
    for m in range(k, min(last, k + 2)):
        if doc.words[m] == ",":
            return m
        if not doc.is_lower_word(m) or doc.lows[m] in _CONJUNCTIONS or doc.lows[m] in _SUBORDINATORS:
            break
    return k


def _attributive(doc: _Doc, k: int) -> bool:
    """A determiner or an adjective in front of a noun ("die erneute Forderung")."""
    low = doc.lows[k]
    if low in _DETS:
        return True
    adjective = doc.is_lower_word(k) and _ADJ.match(low) is not None and not low.endswith(("te", "ten"))
    return adjective and low not in _AUXILIARIES and low not in _KONJ and not _is_cue(doc, k)


def _said_clause(doc: _Doc, k: int, last: int) -> bool:
    """ "dass …", "wonach …", or a clause in Konjunktiv I or with a zu-infinitive up to its end."""
    if doc.lows[k] in _SAYING_CLAUSE:
        return True
    if doc.lows[k] in _SUBORDINATORS or (doc.lows[k] in _RELATIVES and not doc.is_cap(k + 1)):
        return False
    for m in range(k, min(last, k + 30)):
        if doc.words[m] in ",;.:":
            return False
        if doc.konj[m] or (doc.lows[m] == "zu" and m + 1 < last and doc.is_lower_word(m + 1)):
            return True
    return False


def _clause_end(doc: _Doc, k: int, last: int) -> int:
    """The comma after a verb-final clause, or the sentence end: "dass X komme, sagen sie"."""
    for m in range(k + 2, last):
        if doc.words[m] in ";:":
            return m
        if doc.words[m] == "," and m + 1 < last and _is_cue(doc, m + 1):
            return m  # "…, entgegneten die Unterstützer, …": the sentence's own speaker resumes
        if doc.words[m] == "," and doc.is_lower_word(m - 1) and m + 1 < last:
            nxt = doc.lows[m + 1]
            if nxt not in _SUBORDINATORS and nxt not in _CONJUNCTIONS and nxt not in _SAYING_CLAUSE:
                return m
    return last


_INDIRECT_RULES = (_wie_clause, _verb_then_clause, _clause_then_verb, _marker_clause, _noun_clause)


def _speech_act(doc: _Doc, sent: Sentence, si: int, state: _State) -> tuple[int, int, _Attribution] | None:
    """ "Die Armeeleitung sprach von einem Absturz.": a speech verb with no reported clause."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    start = _skip_opening(doc, first, last)
    verb = _find_verb(doc, start, last)
    if verb is None:
        return None
    cue = verb if _is_cue(doc, verb) else _participle_cue(doc, verb, last)
    if cue is None or (cue != verb and doc.lows[verb] in _PASSIVE):
        return None  # "Der Vertrag wurde gekündigt": a passive names no one who spoke
    span = _clause_subject(doc, start, last)
    if span is None or (not _person_span(doc, span) and doc.lows[span[0]] not in _DETS):
        return None
    attribution = _Attribution(doc.words[cue], doc.chars(span), si, reported=True)
    if doc.lows[cue] in {"warf", "warfen", "wirft"} and doc.lows[last - 2] != "vor":
        return None  # "wirft Fragen auf" raises questions; "wirft ihm ... vor" reproaches
    if not _SPEECH_ACT.match(doc.lows[cue]):
        state.last = attribution  # not a quotation itself, but the next Konjunktiv I continues it
        return None
    return doc.starts[start], len(doc.text[: sent.end].rstrip()), attribution


# Speech acts that report what was said without its words: demands, reproaches, reports, names.
_SPEECH_ACT = re.compile(
    r"\w*(?:forder|verlang|bezeichn|kündig|bericht|warn|begründ|schätz)(?:t|te|ten|et|ete|eten|e|en)$"
    r"|sprach|sprachen|spricht|warf|warfen|wirft|nannte|nannten|nennt"
)


def _participle_cue(doc: _Doc, verb: int, last: int) -> int | None:
    # "hat ... kritisiert.": an auxiliary and a speech verb's participle at the clause end
    if doc.lows[verb] not in _AUXILIARIES:
        return None
    for k in range(verb + 1, last):
        if doc.words[k] in ",;:":
            return None
        if _is_cue(doc, k) and (k + 1 >= last or doc.words[k + 1] in ".!?"):
            return k
    return None


def _accordingly(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """ "Demnach ..." / "Danach ...": the sentence reports what the source just named says."""
    first = doc.tok(sent.start)
    if first >= len(doc.words) or doc.words[first] not in {"Demnach", "Danach", "Dementsprechend"}:
        return None
    if doc.words[first] == "Danach" and not _after_source(doc, sent, si):
        return None  # "Danach brach Feuer aus": afterwards, not "according to it"
    # The adverb is the mention (it points back to the source); resolution names the source.
    start, end = _body(doc, doc.ends[first], sent.end)
    return start, end, _Attribution(doc.words[first], doc.chars((first, first + 1)), si)


_PUBLISHED = re.compile(_SOURCE_NOUN + r"|veröffentlich\w*|vorgestellt|vorgelegt")


def _after_source(doc: _Doc, sent: Sentence, si: int) -> bool:
    """Does the sentence report (Konjunktiv I), or did the one before name a document or study?"""
    if any(doc.konj[k] for k in range(doc.tok(sent.start), doc.tok(sent.end))):
        return True
    prev = doc.sentences[si - 1] if si > 0 else None
    return prev is not None and _PUBLISHED.search(doc.text, prev.start, prev.end) is not None


def _free_indirect(doc: _Doc, sent: Sentence, si: int, state: _State) -> tuple[int, int, _Attribution] | None:
    """A Konjunktiv I sentence right after an attributed statement continues it."""
    if doc.lang != "de":
        return None
    carried = _carried(state, si)
    # "soll" reports when it follows its source directly
    adjacent = state.last is not None and si - state.last.sentence == 1
    if carried is None or not _same_paragraph(doc, carried, sent):
        return None
    # a Konjunktiv inside the sentence's own quotation ("„Ich habe …“") is not reported speech
    if not _reports(doc, sent, state.quoted, after_source=adjacent):
        return None
    start, end = _body(doc, sent.start, sent.end)
    return start, end, carried


# ----------------------------------------------------------------------------- extraction
def extract_quotes(text_doc: Doc) -> Iterator[Quote]:
    """Yield every quotation of one article in text order, with its speaker.

    Example:
        >>> from checker.text.doc import build_doc
        >>> art = Article(id="a", text="„Wir sparen 3 Mio. Euro“, sagte Müller.", lang="de")
        >>> [(q.text, q.speaker) for q in extract_quotes(build_doc(art))]
        [('Wir sparen 3 Mio. Euro', 'Müller')]
    """
    article, sentences = text_doc.article, text_doc.sentences
    if not sentences:
        return
    doc = _Doc.build(article, sentences)
    by_sentence: dict[int, list[_Segment]] = {}
    for seg in find_quoted_segments(doc.text):
        by_sentence.setdefault(doc.sentence_index(seg.start), []).append(seg)
    state = _State()
    found: list[Quote] = []
    covered: list[_Segment] = []  # said segments, for sentences that a long quotation spans
    for si, sent in enumerate(sentences):
        segments = [seg for seg in by_sentence.get(si, []) if _looks_said(doc, seg, sent)]
        covered = [seg for seg in covered if seg.end > sent.start] + segments
        found.extend(_direct_quotes(doc, sent, segments, state))
        # A sentence that is all quotation has no reported speech of its own; "Er sagte, ihr lägen
        # „…“" has, around its quotation.
        if _quoted_share(sent, covered) * 10 <= (sent.end - sent.start) * 8:
            state.quoted = (segments[0].start, segments[-1].end) if segments else (0, 0)
            for quote in _indirect_quotes(doc, sent, si, state, by_sentence.get(si, [])):
                kept = _before_quotation(doc, quote, covered)
                if kept is not None and not _within_quotation(kept, covered):
                    _add_indirect(doc, found, kept)
    yield from _resolve_speakers(doc, found)


def _add_indirect(doc: _Doc, found: list[Quote], quote: Quote) -> None:
    """Append a quote; a run of free indirect sentences becomes one quotation."""
    last = found[-1] if found else None
    if last is not None and not last.direct and last.start == quote.start:
        found[-1] = quote  # "Dies bestätigte X." attributes the sentence before anew
        return
    if (
        last is not None
        and quote.cue is None
        and last.cue is None
        and not last.direct
        and last.speaker_start == quote.speaker_start
        and not doc.text[last.end : quote.start].strip(" .!?\n")
        and "\n" not in doc.text[last.end : quote.start]
    ):
        found[-1] = replace(last, text=doc.text[last.start : quote.end], end=quote.end)
        return
    found.append(quote)


def _within_quotation(quote: Quote, covered: list[_Segment]) -> bool:
    """Does a reported clause lie in a quotation ("„Wer glaubt, man könne …?“")? The quotation
    already holds those words."""
    return any(seg.start <= quote.start < seg.end for seg in covered)


_OPENS_QUOTATION = re.compile(r"[.:!?]\s*[„“\"»«]$")


def _before_quotation(doc: _Doc, quote: Quote, covered: list[_Segment]) -> Quote | None:
    """End a reported span before a quotation that a colon opens inside it ("Das Tor war
    enttäuschend: „So zu verlieren …“"); a whole sentence before the quotation is none of it."""
    for seg in covered:
        if quote.start < seg.start < quote.end and _OPENS_QUOTATION.search(doc.text, quote.start, seg.start):
            start, end = _body(doc, quote.start, seg.start - 1)
            if doc.text[end : seg.start].lstrip()[:1] in ".!?":
                return None
            return replace(quote, text=doc.text[start:end], end=end) if end > start else quote
    return quote


def _quoted_share(sent: Sentence, segments: list[_Segment]) -> int:
    return sum(max(0, min(seg.end, sent.end) - max(seg.start, sent.start)) for seg in segments)


def _direct_quotes(doc: _Doc, sent: Sentence, segments: list[_Segment], state: _State) -> Iterator[Quote]:
    for seg in segments:
        attribution = _direct_attribution(doc, seg, sent, state)
        style = "partial" if _is_partial(doc, seg, sent) else "direct"
        yield _make_quote(doc, seg.start, seg.end, attribution, direct=True, style=style)
        if attribution is not None and attribution.speaker is not None:
            state.last = attribution


def _indirect_quotes(
    doc: _Doc, sent: Sentence, si: int, state: _State, segments: list[_Segment]
) -> Iterator[Quote]:
    found = _indirect(doc, sent, si)
    if not found:
        single = (
            _this_said(doc, sent, si)
            or _accordingly(doc, sent, si)
            or _free_indirect(doc, sent, si, state)
            or _speech_act(doc, sent, si, state)
        )
        found = [single] if single else []
    for start, end, attribution in found:
        if doc.text[start] in _QUOTE_CHARS:
            continue  # a sentence that opens with a quotation mark is that quotation
        terms = [seg for seg in segments if _called(doc, seg, sent)] if attribution.reported else []
        if terms:
            # "Er nannte den Plan eine „Luftnummer“": the words quoted are the quotation
            for seg in terms:
                if not _looks_said(doc, seg, sent):
                    yield _make_quote(doc, seg.start, seg.end, attribution, direct=True, style="partial")
            state.last = attribution
            continue
        style = "reported" if attribution.reported else "indirect"
        yield _make_quote(doc, start, end, attribution, direct=False, style=style)
        state.last = attribution


_CALLED_BEFORE = _words("als ein eine einen einem einer eines von vor")


def _called(doc: _Doc, seg: _Segment, sent: Sentence) -> bool:
    """Is the quotation what a speech act calls something: "als „Wortbruch“", "von einer „Farce“"?"""
    if not sent.start < seg.start < sent.end:
        return False
    before = doc.tok(seg.start) - 2  # the word before the opening mark
    while before > 0 and doc.lows[before] not in _CALLED_BEFORE and _ADJ.match(doc.lows[before]):
        before -= 1  # "einen wahren „…“"
    return before >= 0 and doc.lows[before] in _CALLED_BEFORE


def _this_said(doc: _Doc, sent: Sentence, si: int) -> tuple[int, int, _Attribution] | None:
    """ "… Dies bestätigte der Premierminister.": the previous sentence is what was said."""
    first, last = doc.tok(sent.start), doc.tok(sent.end)
    if si == 0 or last - first < 3 or doc.lows[first] not in {"dies", "das", "dieses"}:
        return None
    if doc.lows[first + 1] in {"geht", "ging"} and doc.lows[first + 2] == "aus":
        stop = _np_end(doc, first + 3, last)  # "Das geht aus dem Urteil hervor."
        span = (first + 3, stop) if stop else None
    elif _is_cue(doc, first + 1):
        span = _subject_after_verb(doc, first + 1, last)
    else:
        return None
    if span is None:
        return None
    prev = doc.sentences[si - 1]
    start, end = _body(doc, prev.start, prev.end)
    return start, end, _Attribution(doc.words[first + 1], doc.chars(span), si)


_NOBODY = _words("man jemand niemand one")


def _make_quote(
    doc: _Doc, start: int, end: int, attribution: _Attribution | None, *, direct: bool, style: str
) -> Quote:
    span = attribution.speaker if attribution else None
    if span is not None and doc.text[span[0] : span[1]].lower() in _NOBODY:
        span = None  # "Man rechne mit …": an indefinite subject names no speaker
    mention = doc.text[span[0] : span[1]] if span else None
    return Quote(
        text=doc.text[start:end],
        start=start,
        end=end,
        direct=direct,
        speaker=None,
        speaker_mention=mention,
        speaker_start=span[0] if span else None,
        speaker_end=span[1] if span else None,
        cue=attribution.cue if attribution else None,
        style=style if direct or doc.lang == "de" else _style(doc),
    )


# ----------------------------------------------------------------------------- resolution
# Particles inside a name ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg"). A bare "von"
# is left out: "Mitarbeiter von WikiLeaks" is a phrase far more often than a name.
_INNER_PARTICLES = r"von\s+(?:der|dem|den)|van(?:\s+der|\s+den)?|zu|de|da|di|du|la|le|ter|ten"
# Two to four capitalised words; or up to three, then particles and a surname that ends the name.
_NAME_RE = re.compile(
    r"\b[A-ZÄÖÜ][\w'’-]+(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){0,2}"
    rf"(?:\s+(?:{_INNER_PARTICLES})\s+[A-ZÄÖÜ][\w'’-]+\b(?!\s+[A-ZÄÖÜ])"
    r"|\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+))"
)
_INNER_PARTICLE_RE = re.compile(rf"\s(?:{_INNER_PARTICLES})\s")


@dataclass(frozen=True, slots=True)
class _Names:
    """The full names of an article, found once (when first needed): by position and by surname."""

    positions: list[int]
    names: list[str]
    by_surname: dict[str, str]

    @classmethod
    def build(cls, text: str) -> _Names:
        positions, names = [], []
        for match in _NAME_RE.finditer(text):
            found = match.group()
            if text[max(0, match.start() - 3) : match.start()] == "of ":
                found = found.partition(" ")[2]  # "Secretary of State Antony Blinken"
            name = _person_name(found)
            if name:
                positions.append(match.start())
                names.append(name)
        by_surname: dict[str, str] = {}
        for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
            by_surname.setdefault(_surname(name.split()[-1]), name)
        return cls(positions, names, by_surname)

    def full(self, name: str) -> str:
        if len(name.split()) >= 2 and name.split()[0] not in _NAME_PARTICLES:
            return name  # a full name; "Von der Leyen" is a surname
        return self.by_surname.get(_surname(name), name)

    def within(self, start: int, end: int) -> str | None:
        """The last full name that starts inside [start, end)."""
        i = bisect.bisect_left(self.positions, end) - 1
        return self.names[i] if i >= 0 and self.positions[i] >= start else None

    def before(self, pos: int, window: int = 600, skip: tuple[int, int] = (0, 0)) -> str | None:
        """The last full name within ``window`` characters before ``pos``, outside ``skip``."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and skip[0] <= self.positions[i] < skip[1]:
            i -= 1
        return self.names[i] if i >= 0 and pos - self.positions[i] <= window else None


@functools.lru_cache(maxsize=65536)
def _surname(word: str) -> str:
    return surname_key(word)


@functools.lru_cache(maxsize=65536)
def _person_name(phrase: str) -> str | None:
    name = parse_mention(phrase).name
    return name if name and _plausible_name(name) else None


def _plausible_name(name: str) -> bool:
    """Could the words be a person's name? "Wiener Stadtverwaltung", "Nähere Einzelheiten" and
    "Milliarden Euro" cannot."""
    plain = _INNER_PARTICLE_RE.sub(" ", f" {name} ").split()  # "Ursula von der Leyen" -> 2 words
    if len(plain) < 2:
        return False
    return not any(
        (w.isupper() and len(w) > 2)
        or w.lower() in _PREPOSITIONS
        or w.lower() in _DETS
        or w.lower() in _ADVERBS
        or w.lower() in _TIME_NOUNS
        or w.lower() in _SUBORDINATORS
        or w.lower() in _QUANTITY_NOUNS
        or w.lower().endswith(_COMMON_ENDINGS)
        or w.endswith(("’s", "'s"))  # "Russia’s Kursk"
        for w in plain
    )


# Endings of common nouns and bodies, also in the plural: "Stadtverwaltung", "Einzelheiten",
# "Ministerium". A name has none ("Leyen" ends in "-en", like many nouns, so that one is allowed).
_COMMON_ENDINGS = (
    *_BODY_ENDINGS,
    *_words("ung ungen heit heiten keit keiten schaft schaften tion tionen tät täten nisse ismus ium"),
    *_words("region gebiet provinz stadt"),  # places: "Grenzregion Kursk", "Hauptstadt Kiew"
)
_QUANTITY_NOUNS = _words("millionen milliarden prozent euro dollar tage jahre monate wochen stunden")


def _resolve_speakers(doc: _Doc, quotes: list[Quote]) -> Iterator[Quote]:
    """Give each quote the canonical full name of its speaker and the role the text gives."""
    names: list[_Names] = []  # built on first use: most articles have no quotes to resolve
    resolved: list[Quote] = []
    for quote in quotes:
        if quote.speaker_mention is None:
            yield quote
            continue
        if not names:
            names.append(_Names.build(doc.text))
        done = _resolve(doc, quote, names[0], resolved)
        resolved.append(done)
        yield done


def _resolve(doc: _Doc, quote: Quote, names: _Names, resolved: list[Quote]) -> Quote:
    # "nach Angaben der US-Regierung": the source is the government, not its statements
    mention = _SOURCE_PREFIX.sub("", quote.speaker_mention or "")
    parsed = parse_mention(mention)
    role = parsed.role or _apposition_role(doc.text, quote.speaker_end)
    speaker: str | None
    if mention in _BACK_REFERENCES:
        speaker = _back_reference(doc, quote, resolved)
    elif mention.lower() in _RELATIVES:
        speaker = _relative_antecedent(doc, quote, names)
    elif parsed.name and not is_pronoun(mention):
        speaker = names.full(parsed.name)
    elif is_pronoun(mention) or role or mention.split()[0].lower() in _POSSESSIVES:
        skip = (quote.start, quote.end) if quote.direct else (0, 0)  # no name from the words said
        # English puts the subject first, so the latest full name is the best guess; German
        # sentences are read for their subjects (the clause reading is German)
        speaker = (
            (_apposition_name(doc.text, quote.speaker_end) if role else None)
            or _by_role(role, resolved)
            or _recent_speaker(doc, quote, resolved)
            or (_english_antecedent(doc, quote, names) if doc.lang == "en" else None)
            or (_antecedent(doc, quote, resolved, names) if doc.lang != "en" else None)
            or names.before(quote.speaker_start or 0, skip=skip)
        )
        speaker = names.full(speaker) if speaker else None
    else:
        speaker = strip_titles(mention.strip())
    return replace(quote, speaker=speaker, role=role)


_BACK_REFERENCES = frozenset({"Demnach", "Danach", "Dementsprechend"})
_SOURCE_WORD = re.compile(rf"{_SOURCE_NOUN}|[\w-]*(?:[Kk]ommentar|[Bb]rief|[Ss]chreiben|[Aa]rtikel)")
_SOURCE_PREFIX = re.compile(
    rf"^(?:(?:den|dem|der|die|das|einem|einen|einer|eines)\s+)?(?:{_SOURCE_NOUN}|{_SAYING_NOUN.pattern})"
    r"\s+(?=(?:der|des|von|vom)\s)"
)


def _relative_antecedent(doc: _Doc, quote: Quote, names: _Names) -> str | None:
    """ "Ramsey Clark, der … vorwarf": the phrase before the comma that the pronoun refers to."""
    k = doc.tok(quote.speaker_start or 0) - 1
    if k < 1 or doc.words[k] != ",":
        return None
    start = k - 1
    while start > 0 and doc.is_cap(start - 1) and doc.words[start - 1] not in _QUOTE_CHARS:
        start -= 1
    phrase = doc.text[doc.starts[start] : doc.ends[k - 1]]
    name = parse_mention(phrase).name
    if name is None:
        return None
    if _plausible_name(name) or names.full(name) != name:
        return names.full(name)
    if name.lower().endswith(_BODY_ENDINGS) or _SOURCE_WORD.fullmatch(name):
        return name  # "ein Kommentar, der … bezeichnet": a body or a document speaks
    return None  # "rechtsstaatlichen Grundsätzen, denen zufolge …" refers to no one


def _back_reference(doc: _Doc, quote: Quote, resolved: list[Quote]) -> str | None:
    """ "Demnach …": the source quoted just before, else the subject of the sentence before."""
    si = doc.sentence_index(quote.start)
    if resolved and resolved[-1].speaker and si - doc.sentence_index(resolved[-1].start) <= 1:
        return resolved[-1].speaker
    previous = _previous_subject(doc, si)
    if previous is None or previous.speaker is None:
        return None
    mention = doc.text[previous.speaker[0] : previous.speaker[1]]
    return parse_mention(mention).name or strip_titles(mention)


def _antecedent(doc: _Doc, quote: Quote, resolved: list[Quote], names: _Names) -> str | None:
    """ "er": the latest named speaker or sentence subject in the sentences before."""
    pos = quote.speaker_start or 0
    si = doc.sentence_index(pos)
    for back in range(si, max(-1, si - 4), -1):
        sent = doc.sentences[back]
        limit = min(sent.end, pos) if back == si else sent.end
        span = _clause_subject(doc, doc.tok(sent.start), doc.tok(limit))
        if span is None:
            continue
        start, end = doc.chars(span)
        if start >= pos:
            continue
        full = names.within(start, end)  # "der Vorsitzende des Ausschusses, Sebastian Edathy"
        if full is not None:
            return full
        name = parse_mention(doc.text[start:end]).name
        if name and _plausible_name(name):
            return name
        if _is_body(doc, span):
            # "Sie" after "Die Gewerkschaft der Polizei (GdP)": the body, without its abbreviation
            words = without_brackets(doc.text[start:end]).split()
            return " ".join(words[1:] if words[0].lower() in _DETS else words)
        known = _full_from(resolved, name) if name else None
        if known is not None or (name and names.full(name) != name):
            return known or names.full(name or "")
        # a lone capitalised word ("Nordkorea", "Krieg") is no person: look further back
    return None


def _english_antecedent(doc: _Doc, quote: Quote, names: _Names) -> str | None:
    """ "He said …": the name that opens the latest sentence before (English puts its subject
    first: "U.S. Secretary of State Antony Blinken said Thursday …")."""
    pos = quote.speaker_start or 0
    si = doc.sentence_index(pos)
    for back in range(si - 1, max(-1, si - 3), -1):
        first, last = doc.tok(doc.sentences[back].start), doc.tok(doc.sentences[back].end)
        k = first
        while k < last and (doc.is_cap(k) or doc.lows[k] in {"of", "the", "."}):
            k += 1
        if k > first:
            name = parse_mention(doc.text[doc.starts[first] : doc.ends[k - 1]]).name
            if name and _plausible_name(name):
                return names.full(name)
    return None


def _recent_speaker(doc: _Doc, quote: Quote, resolved: list[Quote]) -> str | None:
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


_APPOSITION = re.compile(r",\s+((?:der|die|the)\s+[^,.;:„“]{3,60}?)(?:[,.;]|\s+(?=sagte|said|erklärte)|$)")


# ", John Kirby," / " in Washington, John Kirby." after a role: the name set off by commas.
_APPOSITION_NAME = re.compile(
    r"(?:\s+(?:in|aus|bei)\s+[A-ZÄÖÜ][\w-]+)?,\s+((?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}[A-ZÄÖÜ][\w'’-]+)\s*(?:[,.;]|$)"
)


def _apposition_name(text: str, end: int | None) -> str | None:
    """ "so der Sprecher des Sicherheitsrats, Kirby.": the name after the role."""
    match = _APPOSITION_NAME.match(text, end) if end is not None else None
    if match is None:
        return None
    name = match.group(1)
    words = name.split()
    if len(words) == 1:
        return name if not is_role_word(name) and name.lower() not in _DETS else None
    return _person_name(name)


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
