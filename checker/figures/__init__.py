"""Figures: the numbers an article states about something, with what, where, when and who says so.

Each quantity that ``numbers.find_quantities`` finds in a sentence becomes a ``Figure`` once the
sentence around it tells

- the counted **subject** ("nordkoreanische Soldaten") and its language-neutral key ("kp_troops"):
  the counted thing (troops, containers, casualties, ...) plus where the counted come from;
- the **scope**, where it applies ("russische Region Kursk", "Osten Russlands");
- the **modality**: reported now, or projected ("könnte auf 12.000 steigen", "expected to rise");
- **as_of**: the article's date, moved by "am Mittwoch", "letzte Woche", "bis Dezember";
- the cited **source** ("laut Selenskyj", "nach US-Angaben", "X said"; inside a quotation, its speaker).

All of it is rules over the sentence text: news German and English are regular enough, and rules
keep the result explainable and deterministic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..entities.people import person_key
from ..text.doc import Doc
from ..types import Figure, Quote, Sentence
from .numbers import Quantity, find_quantities, search_before

# ---------------------------------------------------------------- countries and places
# key: (names incl. capitals and metonyms, adjective stem, demonym noun). Codes are ISO 3166.
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "kp": (
        r"Nordkorea|North Korea|DVRK|DPRK|Pjöngjang|Pyongyang",
        r"nordkoreanisch|North Korean",
        r"Nordkoreaner(?:innen|n)?|North Koreans",
    ),
    "kr": (
        r"Südkorea|South Korea|Republik Korea|Republic of Korea|Seoul",
        r"südkoreanisch|South Korean",
        r"Südkoreaner(?:innen|n)?|South Koreans",
    ),
    "ru": (
        r"Russland|Russia|Russische Föderation|Russian Federation|Moskau|Moscow|Kreml|Kremlin",
        r"russisch|Russian",
        r"Russen|Russians",
    ),
    "ua": (r"Ukraine|Kiew|Kyjiw|Kyiv|Kiev", r"ukrainisch|Ukrainian", r"Ukrainer(?:innen|n)?|Ukrainians"),
    "us": (
        r"USA|U\.S\.?|US|Vereinigten? Staaten|United States|Amerika|America|Washington|Pentagon|"
        r"Weißen? Haus(?:es)?|White House",
        r"US-amerikanisch|amerikanisch|American|US",
        r"Amerikaner(?:innen|n)?|Americans",
    ),
    "cn": (r"China|Peking|Beijing", r"chinesisch|Chinese", r"Chinesen|Chinese"),
    "de": (r"Deutschland|Germany|Berlin|Bundesregierung", r"deutsch|German", r"Deutsche[n]?|Germans"),
    "at": (
        r"Österreich|Austria|Wien|Vienna",
        r"österreichisch|Austrian",
        r"Österreicher(?:innen|n)?|Austrians",
    ),
    "ch": (r"Schweiz|Switzerland|Bern", r"schweizerisch|Swiss", r"Schweizer(?:innen)?|Swiss"),
    "fr": (r"Frankreich|France|Paris", r"französisch|French", r"Franzosen|French"),
    "gb": (
        r"Großbritannien|Britain|Vereinigte Königreich|United Kingdom|UK|London",
        r"britisch|British",
        r"Briten|Britons",
    ),
    "pl": (r"Polen|Poland|Warschau|Warsaw", r"polnisch|Polish", r"Polen|Poles"),
    "by": (r"Belarus|Weißrussland|Minsk", r"belarussisch|weißrussisch|Belarusian", r"Belarussen|Belarusians"),
    "ir": (r"Iran|Teheran|Tehran", r"iranisch|Iranian", r"Iraner(?:innen|n)?|Iranians"),
    "il": (r"Israel|Jerusalem", r"israelisch|Israeli", r"Israelis"),
    "ps": (
        r"Gaza|Gazastreifen|Gaza Strip|Westjordanland|West Bank|Palästina|Palestine",
        r"palästinensisch|Palestinian",
        r"Palästinenser(?:innen|n)?|Palestinians",
    ),
    "sy": (r"Syrien|Syria|Damaskus|Damascus", r"syrisch|Syrian", r"Syrer(?:innen|n)?|Syrians"),
    "tr": (r"Türkei|Turkey|Türkiye|Ankara", r"türkisch|Turkish", r"Türken|Turks"),
    "af": (r"Afghanistan|Kabul", r"afghanisch|Afghan", r"Afghanen|Afghans"),
    "iq": (r"Irak|Iraq|Bagdad|Baghdad", r"irakisch|Iraqi", r"Iraker(?:innen|n)?|Iraqis"),
    "jp": (r"Japan|Tokio|Tokyo", r"japanisch|Japanese", r"Japaner(?:innen|n)?|Japanese"),
    "in": (r"Indien|India|Neu-Delhi|New Delhi", r"indisch|Indian", r"Inder(?:innen|n)?|Indians"),
    "it": (r"Italien|Italy|Rom|Rome", r"italienisch|Italian", r"Italiener(?:innen|n)?|Italians"),
    "es": (r"Spanien|Spain|Madrid", r"spanisch|Spanish", r"Spanier(?:innen|n)?|Spaniards"),
    "hu": (r"Ungarn|Hungary|Budapest", r"ungarisch|Hungarian", r"Ungarn|Hungarians"),
    "eu": (
        r"EU|Europäische Union|European Union|Brüssel|Brussels",
        r"europäisch|European",
        r"Europäer|Europeans",
    ),
}
_INFLECT = r"(?:e|en|er|es|em)?"
_NAME_RE = {k: re.compile(rf"(?<![\w-])(?:{v[0]})s?(?![\w])") for k, v in COUNTRIES.items()}
_ADJ_RE = {
    k: re.compile(rf"(?<![\w-])(?:{v[1]}){_INFLECT}(?![\w])|\b(?:{v[1]})-(?=[A-ZÄÖÜ])")
    for k, v in COUNTRIES.items()
}
_DEMONYM_RE = {k: re.compile(rf"^(?:{v[2]})$") for k, v in COUNTRIES.items()}
# One pass that tells whether a text names any country at all: most texts name none, and then the
# per-country patterns need not run.
_ANY_COUNTRY = re.compile("|".join(f"{v[0]}|{v[1]}" for v in COUNTRIES.values()) + "|US-|EU-|RU-")
# "US-Regierung", "US-Angaben": a country code glued to a noun names the country too.
_PREFIX_RE = {"us": re.compile(r"\bUS-"), "eu": re.compile(r"\bEU-"), "ru": re.compile(r"\bRU-")}

_REGION_NOUN = r"(?:Grenzregion|Region|Gebiet|Oblast|Provinz|Bezirk|Bundesland|Kanton|Stadt|Hafenstadt)"
_REGION_AFTER = r"(?:region|Oblast|oblast|area|province|border region)"
_DIRECTION = {
    "ost": "east",
    "west": "west",
    "nord": "north",
    "süd": "south",
    "east": "east",
    "north": "north",
    "south": "south",
    "fern": "east",
}
_PLACE_PATTERNS = (
    # "russische Region Kursk", "Region Kursk"
    re.compile(rf"(?P<adj>[a-zäöü]+\s+)?{_REGION_NOUN}\s+(?P<name>[A-ZÄÖÜ][\w-]+)"),
    # "Russia's Kursk region", "Kursk Oblast"
    re.compile(rf"(?P<adj>\w+'s\s+)?(?P<name>[A-Z][\w-]+)\s+{_REGION_AFTER}\b"),
    # "Osten Russlands", "im Osten der Ukraine"
    re.compile(
        r"(?P<dir>Osten|Westen|Norden|Süden|Fernen Osten)\s+(?:der\s+|des\s+)?(?P<country>[A-ZÄÖÜ]\w+)"
    ),
    # "Ostrussland", "Ostukraine", "eastern Russia", "Russia's east", "Russian Far East"
    re.compile(r"(?P<dir>Ost|West|Nord|Süd|Fern)(?P<country>russland|ukraine)\w*"),
    re.compile(r"(?P<dir>eastern|western|northern|southern)\s+(?P<country>[A-Z]\w+)"),
)
# A literal each place pattern needs: checked first, it spares the pattern most texts.
_PLACE_GATES = (
    re.compile(_REGION_NOUN),
    re.compile(_REGION_AFTER),
    re.compile(r"Osten|Westen|Norden|Süden"),
    re.compile(r"Ost|West|Nord|Süd|Fern"),
    re.compile(r"eastern|western|northern|southern"),
)
_COUNTRY_SCOPE = re.compile(
    r"(?:\b(?i:in|im|nach|auf|ins|into|to|on|within|inside|across)\s+(?:den\s+|dem\s+|der\s+|die\s+|das\s+|the\s+)?"
    r"(?:(?:russischem|russischen|russische|Russian|ukrainischem|ukrainischen|ukrainische|Ukrainian)\s+"
    r"(?:Gebiet|Territorium|Boden|Staatsgebiet|Übungsplätze\w*|Trainingsgeländ\w*|soil|territory|"
    r"training\s+\w+|military training grounds)"
    r"|(?P<name>[A-ZÄÖÜ][\w.]+(?:\s[A-Z]\w+)?)))"
)
_ANAPHORIC_PLACE = re.compile(
    r"\b(?:in die Region|in der Region|in das Gebiet|im Gebiet|dorthin|dort|the region|the area|there)\b"
)


def _place_matches(
    text: str, patterns: Sequence[re.Pattern[str]] = _PLACE_PATTERNS
) -> Iterator[re.Match[str]]:
    for pattern, gate in zip(patterns, _PLACE_GATES, strict=False):
        if gate.search(text):
            yield from pattern.finditer(text)


def country_of(text: str) -> str | None:
    """The country a short phrase names, by name, capital, adjective or US-/EU- prefix."""
    if not _ANY_COUNTRY.search(text):
        return None
    for key, pattern in _NAME_RE.items():
        if pattern.search(text):
            return key
    for key, pattern in _ADJ_RE.items():
        if pattern.search(text):
            return key
    return next((k for k, p in _PREFIX_RE.items() if p.search(text)), None)


def scope_key(scope: str | None) -> str | None:
    """A language-neutral key for a scope phrase: "ru", "ru/kursk", "ru/east", "?/kursk".

    Example:
        >>> scope_key("russische Region Kursk"), scope_key("Osten Russlands"), scope_key("Russia")
        ('ru/kursk', 'ru/east', 'ru')
    """
    if not scope:
        return None
    for pattern in _PLACE_PATTERNS:
        match = pattern.search(scope)
        if match:
            return _region_key(match)
    country = country_of(scope)
    return country or f"?/{_fold_place(scope)}"


def _region_key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("dir"):
        direction = _direction(groups["dir"])
        parent = country_of(groups["country"].capitalize()) or "?"
        return f"{parent}/{direction}"
    parent = country_of(groups.get("adj") or "") or "?"
    return f"{parent}/{_fold_place(groups['name'])}"


def _direction(word: str) -> str:
    low = word.lower()
    for prefix, direction in _DIRECTION.items():
        if low.startswith(prefix):
            return direction
    return "east"


def _fold_place(name: str) -> str:
    from ..entities.people import place_key

    return place_key(re.sub(r"s$", "", name.strip())) if name.strip() else ""


# ---------------------------------------------------------------- counted things
# The counted thing is named by the head (last part) of a noun: "Munitionscontainer" counts
# containers, "Soldatenfriedhof" does not count soldiers.
_CONCEPTS: tuple[tuple[str, str], ...] = (
    (
        "troops",
        r"soldat|soldier|truppe|troop|streitkr[aä]ft|forces|kämpfer|fighter|söldner|mercenar\w*|"
        r"militärs|militärangehörige|armeeangehörige|personnel|servicem[ae]n|service members|"
        r"combatants?|kombattant|rekrut|recruit|reservist",
    ),
    ("officers", r"offizier|officer"),
    ("generals", r"generäle|generals?"),
    ("containers", r"container"),
    ("dead", r"tote|todesopfer|gefallene|deaths?|dead|killed|fatalit\w+"),
    ("injured", r"verletzte|verwundete|injured|wounded"),
    ("casualties", r"verlust|casualt\w+|losses"),
    (
        "refugees",
        r"flüchtling|geflüchtete|asylwerber|asylbewerber|schutzsuchende|refugees?|asylum seekers?|migrant",
    ),
    ("civilians", r"zivilist|civilians?"),
    ("prisoners", r"gefangene|häftling|prisoners?|detainees?|pows?"),
    (
        "people",
        r"menschen|personen|leute|people|persons|individuals|einwohner|residents|bewohner|bürger|citizens",
    ),
    ("drones", r"drohne|drones?"),
    ("missiles", r"rakete|missiles?|rockets?"),
    ("tanks", r"panzer|tanks?"),
    ("shells", r"granate|geschoss|artilleriegeschoss|shells"),
)
# Kinds specific enough to compare across articles: "Menschen" or "Personen" count anything.
KNOWN_KINDS = frozenset(name for name, _ in _CONCEPTS) - {"people"}
_CONCEPT_RE = tuple((name, re.compile(rf"(?:{pat})(?:en|n|e|er|s|es)?$", re.I)) for name, pat in _CONCEPTS)
_ANY_CONCEPT = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _CONCEPT_RE), re.I)
# Time spans and measures are not counted things: "seit 20 Jahren" vs "seit 30 Jahren" is no conflict.
_NOT_SUBJECT = re.compile(
    r"^(?:jahr|jahre|jahren|jahres|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|minute|"
    r"minuten|sekunde|sekunden|mal|male|uhr|year|years|month|months|week|weeks|day|days|hour|hours|minute|"
    r"minutes|second|seconds|times|meter|metern|kilometer|kilometern|km|prozent|percent|grad|degrees|euro|"
    r"dollar|cent|cents|punkte|punkten|points|tore|goals|prozentpunkte|zoll|inch|inches|prozentpunkten)$",
    re.I,
)
_FUNCTION = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "in",
        "im",
        "an",
        "am",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "durch",
        "gegen",
        "ohne",
        "um",
        "bis",
        "seit",
        "wie",
        "als",
        "sind",
        "seien",
        "waren",
        "ist",
        "sei",
        "war",
        "wurden",
        "wurde",
        "werden",
        "wird",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "habe",
        "könnten",
        "sollen",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "from",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "there",
        "here",
        "than",
        "per",
        "each",
        "more",
        "new",
        "now",
        "also",
        "already",
        "only",
    ]
)
_POSSESSIVE = re.compile(r"^(?:seiner|ihrer|unserer|deren|dessen|its|their|his|her|our)$", re.I)
_PART_AFTER = re.compile(r"^\s*(?:von ihnen|of them|of those|of these|of whom|davon)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:davon|darunter|unter ihnen|including|among them|of whom)\s+\S*\s*$", re.I)
_RATE = (
    ("/day", re.compile(r"\b(?:täglich|pro Tag|am Tag|per day|a day|each day|daily)\b", re.I)),
    ("/week", re.compile(r"\b(?:wöchentlich|pro Woche|per week|a week|weekly)\b", re.I)),
    ("/month", re.compile(r"\b(?:monatlich|pro Monat|per month|a month|monthly)\b", re.I)),
    ("/year", re.compile(r"\b(?:jährlich|pro Jahr|im Jahr|per year|a year|annually)\b", re.I)),
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S")


@dataclass(frozen=True, slots=True)
class _Subject:
    text: str | None
    concept: str | None
    origin: str | None
    start: int = -1


@functools.lru_cache(maxsize=1 << 14)
def concept_of(noun: str) -> str | None:
    """The counted thing a noun names ("Soldaten", "troops" -> "troops"); None for time spans."""
    word = noun.strip().split()[-1] if noun.strip() else ""
    if not word or _NOT_SUBJECT.match(word):
        return None
    for name, pattern in _CONCEPT_RE:
        if pattern.search(word):
            return name
    return _stem(word)


def _stem(word: str) -> str:
    low = word.lower().strip("'’")
    for suffix in ("innen", "ern", "en", "es", "er", "s", "e"):
        if len(low) > len(suffix) + 3 and low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def demonym_of(word: str) -> str | None:
    """The country of a demonym noun: "Nordkoreaner", "North Koreans" -> "kp"."""
    return next((k for k, p in _DEMONYM_RE.items() if p.match(word)), None)


# ---------------------------------------------------------------- modality
_PROJECTED = re.compile(
    r"\b(?:könnte|könnten|dürfte|dürften|würde|würden|voraussichtlich|bald|demnächst|künftig|erwartet|"
    r"erwarten|erwartete|erwarteten|prognostiziert|rechnet damit|rechnen damit|geplant(?:e|en|er|es|em)?|"
    r"plant|planen|"
    # a number that may, or is allowed to, come is a limit, not a count: "2.000 dürfen weiterreisen"
    r"dürfen|darf|allowed to|permitted to|"
    r"möglicherweise|potenziell|ansteigen|anwachsen|steigen|erhöhen|could|may|might|would|will|'ll|"
    r"expected|expects|expect|expecting|projected|forecast|forecasts|likely|soon|plans to|planned|set to|"
    r"poised to|potential|potentially|rise to|reach|increase to|grow to)\b",
    re.I,
)
_CAPACITY_BEFORE = re.compile(r"\b(?:für|for)\s+(?:(?:bis zu|up to|maximal|höchstens)\s+)?$", re.I)
_FUTURE_AUX = re.compile(r"\b(?:wird|werden|werde)\b")
_PARTICIPLE = re.compile(r"\b(?:\w*ge\w+(?:t|en)|\w+iert)\s+$")
_CLAUSE_BREAK = re.compile(
    r"(?<!\d)[,;:](?!\d)|[–—(]|\[\s*(?:\.\.\.|…)\s*\]|\s(?:und|aber|doch|sondern|while|but|and)\s"
)
_THAT = re.compile(r"^\s*(?:dass|that|wonach)\b", re.I)
# "Initially, officials estimated 3,000": a figure of an earlier, unstated time.
_EARLIER = re.compile(
    r"\b(?i:initially|originally|previously|at first|first estimated|zunächst|ursprünglich|anfangs|"
    r"zuvor|vorher|früheren Angaben)\b"
)
_UNTIL_MONTH = re.compile(r"\b(?i:bis|by)\s+(?:(?:Ende|Anfang|Mitte|the end of)\s+)?(?P<month>[A-ZÄÖÜ]\w+)")


# ---------------------------------------------------------------- time
_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_NUMBERS = {
    "jan": 1,
    "jän": 1,
    "feb": 2,
    "mär": 3,
    "mar": 3,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dez": 12,
    "dec": 12,
}
_RELATIVE_DAYS = {
    "heute": 0,
    "today": 0,
    "gestern": -1,
    "yesterday": -1,
    "vorgestern": -2,
    "letzte woche": -7,
    "vergangene woche": -7,
    "vergangenen woche": -7,
    "letzten woche": -7,
    "last week": -7,
    "vorige woche": -7,
    "earlier this week": -3,
    "anfang der woche": -3,
}
_TIME_EXPR = re.compile(
    r"\b(?P<weekday>(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:abend|morgen|nachmittag|vormittag)?\b"
    r"|\b(?P<relative>heute|today|vorgestern|gestern|yesterday|letzte Woche|letzten Woche|vergangene Woche|"
    r"vergangenen Woche|vorige Woche|last week|earlier this week|Anfang der Woche)\b"
    r"|\b(?P<day>\d{1,2})\.?\s+(?P<month>Jan\w*|Jän\w*|Feb\w*|März|Mar\w*|Apr\w*|Mai|May|Jun\w*|Jul\w*|Aug\w*|"
    r"Sep\w*|Okt\w*|Oct\w*|Nov\w*|Dez\w*|Dec\w*)\b"
    r"|\b(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Oct\.|Nov\.|Dec\.|Sept?\.|Aug\.)\s+(?P<day2>\d{1,2})\b",
    re.I,
)


# ---------------------------------------------------------------- sources
_NAME_PHRASE = (
    r"(?:[A-ZÄÖÜ][\w.'’-]*|US-\w+|von|van|der|de|al)(?:\s+(?:[A-ZÄÖÜ][\w.'’-]*|von|van|der|de|al))*"
)
# "hat"/"haben" alone are not verbs of saying: "Frankreich hat sich verpflichtet, 30.000 aufzunehmen"
# names an actor, not a source ("hat ... berichtet" is taken by _HAS_SAID below).
_CITE_VERBS = (
    r"sagte|sagt|erklärte|erklärt|teilte|mitteilte|mitteilten|berichtete|berichteten|berichtet|meldete|"
    r"meldet|schätzt|schätzte|geht|gehen|ging|gingen|bestätigte|bestätigten|bekanntgab|bekanntgaben|"
    r"spricht|sprach|sprechen|sprachen|enthüllte|enthüllt|said|says|told|stated|estimated|estimates|"
    r"reported|reports|claims|claimed|assesses|assessed|believes|announced|warned|indicated|informed|"
    r"revealed|disclosed"
)
_CITE_PARTICIPLES = r"mitgeteilt|berichtet|erklärt|gesagt|bestätigt|gemeldet|geschätzt|angegeben"
# English names a body by a lower-case noun after its country: "U.S. officials", "South Korea's spy
# agency", "South Korean intelligence".
_BODY_NOUNS = (
    r"officials?|intelligence(?:\s+(?:agency|service|officials))?|(?:spy\s+)?agency|government|ministry|"
    r"military|army|authorities|sources?|defen[cs]e\s+(?:chief|minister|ministry)|spokes(?:man|woman|person)"
)
# Nouns of counting after "nach": "nach einer Bilanz der Staatsanwaltschaft", "nach Schätzungen der
# Küstenwache"; English "according to figures from".
_COUNT_NOUNS = (
    r"Angaben|Einschätzung|Schätzung|Schätzungen|Informationen|Erkenntnissen|Bilanz|Zählung|Darstellung|"
    r"Zahlen|Daten|Berechnungen"
)
_NATION_SAYS = re.compile(r"\b(?i:nach)\s+(?P<src>[A-ZÄÖÜ]{2,4})-Angaben\b")
_ACCORDING_TO = re.compile(
    r"\b(?:(?i:laut|angaben|citing|according to(?:\s+(?:the\s+)?(?:latest\s+)?(?:estimates|figures|data)"
    r"\s+(?:by|from|of))?)|(?i:nach)\s+(?:(?:einer|einem|der|den|jüngsten|neuen|aktuellen|ersten)\s+)*"
    rf"(?:{_COUNT_NOUNS}))\s+(?:des|der|dem|den|von|vom|seitens|the)?\s*"
    r"(?P<src>[^,.;:\"“”„]{2,80})"
)
_ZUFOLGE = re.compile(r"(?P<src>[A-ZÄÖÜ][^,.;:\"“”„]{1,60}?)\s+zufolge\b")
# "…", sagte Kirby. Not "told": what follows it is whom the speaker told ("told VOA").
_SAID_NAME = re.compile(
    r"(?:^|[,\"“”„»«]\s*)(?:sagte|sagt|erklärte|erklärt|teilte|berichtete|meldete|betonte|warnte|schrieb|"
    r"said|says|stated|added|noted|warned|wrote|so)\s+(?P<src>[^,.;:\"“”„]{2,80})"
)
# "Jung Pak, the U.S. official for North Korea, told VOA": the name before the apposition speaks.
_NAME_APPOSITION_SAYS = re.compile(
    r"^\W*(?P<src>[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}),\s+(?:the|a|an|der|die|das|ein|eine)\s"
    rf"[^,;]{{3,120}}?,\s+(?:has\s+|hat\s+)?(?:{_CITE_VERBS})\b"
)
# "U.S. officials estimated", "South Korea's spy agency has said" (before _NAME_SAYS, which would take
# a later "Kirby indicated")
_BODY_SAYS = re.compile(
    rf"(?P<src>(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{_BODY_NOUNS}))\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:{_CITE_VERBS}|believed|assessed|informed|estimate)\b"
)
_NAME_SAYS = re.compile(
    rf"(?P<src>(?:[a-zäöü]+(?:e|en|er|es)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){{0,5}}?(?:[A-ZÄÖÜ][\w'’.-]*))\s+"
    rf"(?:hat|hatte|hatten|haben)?\s*(?:{_CITE_VERBS})\b"
)
_BY_NAME = re.compile(
    r"\b(?:estimated|reported|announced|claimed|stated) by\s+(?:the\s+)?(?P<src>[^,.;:]{2,60})"
)
_HAS_SAID = re.compile(
    r"(?P<src>(?:US-|[A-ZÄÖÜ])[\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+(?:hat|hatte|haben|hatten)\b[^,.]{0,40}?"
    rf"\b(?:{_CITE_PARTICIPLES})\b"
)
# "Der Leiter des Geheimdienstes, Kyrylo Budanow, sagte": the name between commas speaks
_COMMA_NAME_SAYS = re.compile(
    rf",\s+(?P<src>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){{0,3}}),\s+(?:hat\s+|has\s+)?"
    rf"(?:{_CITE_VERBS})\b"
)
# Each source pattern, in the order they are tried, with a literal it needs (checked first: most
# sentences cite no one).
_SOURCE_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (_NATION_SAYS, re.compile(r"-Angaben")),
    (_ACCORDING_TO, re.compile(r"(?i:laut|angaben|nach|according to|citing)")),
    (_ZUFOLGE, re.compile(r"zufolge")),
    (_SAID_NAME, None),
    (_NAME_APPOSITION_SAYS, re.compile(r",")),
    (_BODY_SAYS, re.compile(_BODY_NOUNS)),
    (_NAME_SAYS, re.compile(rf"(?:{_CITE_VERBS})\b")),
    (_BY_NAME, re.compile(r" by\s")),
    (_HAS_SAID, re.compile(_CITE_PARTICIPLES)),
    (_COMMA_NAME_SAYS, re.compile(r",")),
)
_SOURCE_STOP = re.compile(
    r"\s+(?:am|an|on|in|bei|at|vor|during|während|earlier|later|,|dass|that|who|which|der|die|das|has|had|"
    r"hat|habe|ist|sei|seien|sind|war|waren|is|are|was|were|derzeit|currently|geht|gehen|und|and|told)\b.*$",
)
_SOURCE_NOISE = re.compile(r"^(?:der|die|das|des|dem|den|the|a|an)\s+", re.I)
_NOT_SOURCE = re.compile(
    r"^(?:Nordkorea|North Korea|Russland|Russia|Es|Das|Dies|Diese|This|It|There|Insgesamt|Nach|"
    r"In|Im|Bei|Bis|Die|Der|Den|Dem|Wir|We|Ich|I|Wie|As)$"
    # "In Griechenland haben ...": a phrase opened by a preposition says where, not who
    r"|^(?:In|Im|Bei|Am|Auf|Aus|Mit|Von|Vom|Seit|Zum|Zur|Für|At|On|From|With|For|By)\s"
)
_BODY_WORD = re.compile(
    r"officials?|intelligence|spy|agency|service|government|ministry|military|army|authorities|sources?|"
    r"defen[cs]e|chief|minister|spokes(?:man|woman|person)"
)
_SOURCE_LINKS = frozenset(["des", "der", "von", "vom", "of", "the", "for", "für", "in", "de", "al"])
_PREPOSITION_BEFORE = re.compile(r"\b(?:mit|with|bei|an|to|gegen|für|for)\s+$", re.I)
# News agencies pass figures on; the source is whom they quote.
_AGENCY = re.compile(r"Nachrichtenagentur|news agency|\b(?:AFP|AP|Reuters|dpa|APA|Yonhap|Ukrinform|TASS)\b")
_ROLE_SOURCE = re.compile(
    r"^(?:Geheimdienst\w*|Präsident\w*|Regierung|Ministerium|Sprecher\w*|Minister\w*|Behörde\w*|Armee|"
    r"Militär|intelligence|agency|government|ministry|officials?|president|spokesperson|spokesman|army|military)$",
    re.I,
)
_INHERIT_SOURCE = re.compile(
    r"\b(?:demnach|deren|dessen|ihm zufolge|ihr zufolge|nach seinen|nach ihren|according to (?:him|her|them)|"
    r"(?:by|in) (?:their|its|his|her) (?:count|estimates?|figures|assessment))\b",
    re.I,
)
# "[...]" marks text left out: a "deren"/"their" after it may point into the gap, so it is not
# resolved to the source named before the gap.
_ELISION = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]")
_ANAPHORIC_SOURCE = re.compile(
    r"^(?:(?:(?i:by|in)\s+)?(?:deren|dessen|seinen|ihren|their|its|his|her)\s+\w+|demnach|ihm zufolge|"
    r"ihr zufolge|according to (?:him|her|them))",
    re.I,
)


def source_key(source: str | None) -> str | None:
    """A key for a cited source: its country where the phrase names one, else the person's key.

    "nach US-Angaben", "das Pentagon" and "US-Außenminister Blinken" meet as "us"; "Selenskyj" and
    "Zelensky" meet by transliteration.

    Example:
        >>> source_key("US-Regierung"), source_key("Pentagon-Sprecherin Sabrina Singh")
        ('us', 'us')
    """
    if not source:
        return None
    if _ANAPHORIC_SOURCE.match(source):
        return f"?{source.lower()}"  # someone named in left-out text: see ledger._different_sources
    country = country_of(source)
    if country:
        return country
    names = re.findall(r"[A-ZÄÖÜ][\w'’-]+", source)
    return person_key(names[-1]) if names else source.lower().strip()


# ---------------------------------------------------------------- the extractor
@dataclass(slots=True)
class _State:
    """What earlier sentences of the article tell later ones (the previous subject, source, region)."""

    lang: str
    published: str | None
    regions: dict[str, str] = field(default_factory=dict)  # place name -> its phrase with the country
    region_res: dict[str, re.Pattern[str]] = field(default_factory=dict)  # place name -> its pattern
    last_region: str | None = None
    last_subject: _Subject | None = None
    concept_origin: dict[str, str] = field(default_factory=dict)
    last_source: str | None = None
    sources: list[str] = field(default_factory=list)
    # Sentences not yet read for their cited source or place. Only a figure that refers back ("er
    # sagte", "demnach", "dort") needs them, so they are read then, in order, and most never are.
    # A sentence with figures comes with its source already found: (text, (source,)).
    unread_sources: deque[tuple[str, tuple[str | None] | None]] = field(default_factory=deque)
    unread_places: deque[str] = field(default_factory=deque)
    catching_up: set[str] = field(default_factory=set)
    after_elision: bool = False  # the sentence before ended with "[...]"


def extract_figures(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Figure]:
    """Yield every figure of one article in text order.

    Args:
        doc: the article read once (its ``published`` date anchors "am Mittwoch" and "last week").
        quotes: its quotations; a figure inside one is credited to the quotation's speaker.

    Example:
        >>> from checker.text.doc import build_doc
        >>> text = "Laut Selenskyj sind etwa 3.000 nordkoreanische Soldaten in Russland."
        >>> article = Article(id="a", text=text, lang="de", published="2024-10-29")
        >>> fig = next(extract_figures(build_doc(article), []))
        >>> fig.value, fig.low, fig.qualifier, fig.subject_key, fig.scope, fig.source
        (3000.0, 2700.0, 'approximate', 'kp_troops', 'Russland', 'Selenskyj')
    """
    article, sentences = doc.article, doc.sentences
    state = _State(lang=article.lang or _guess_lang(article.text), published=article.published)
    _learn_regions(article.text, state)
    for sent in sentences:
        yield from _sentence_figures(sent, quotes, state)


def _guess_lang(text: str) -> str:
    sample = f" {text[:2000].lower()} "
    german = sum(sample.count(w) for w in (" der ", " die ", " und ", " das ", " nicht "))
    english = sum(sample.count(w) for w in (" the ", " and ", " of ", " that ", " is "))
    return "en" if english > german else "de"


def _learn_regions(text: str, state: _State) -> None:
    for match in _place_matches(text, _PLACE_PATTERNS[:2]):
        name = match.group("name")
        if country_of(name) is None and name not in state.regions:
            state.regions[name] = match.group()
            state.region_res[name] = re.compile(rf"\b{re.escape(name)}\b")


def _sentence_figures(sent: Sentence, quotes: Sequence[Quote], state: _State) -> Iterator[Figure]:
    quantities = [q for q in find_quantities(sent.text, lang=state.lang) if _is_figure(sent.text, q)]
    known: tuple[str | None] | None = None
    if quantities:
        sentence_source, source_span = _sentence_source(sent.text, state)
        known = (sentence_source,)
    for i, quantity in enumerate(quantities):
        lo = quantities[i - 1].end if i else 0
        hi = quantities[i + 1].start if i + 1 < len(quantities) else len(sent.text)
        figure = _figure(sent, quantity, (lo, hi), quotes, state, (sentence_source, source_span))
        if figure is not None:
            yield figure
    state.unread_sources.append((sent.text, known))
    state.unread_places.append(sent.text)
    state.after_elision = bool(_ELISION.search(sent.text[-12:]))


def _last_source(state: _State) -> str | None:
    """The source the article cited last, before the current sentence."""
    if "sources" not in state.catching_up:
        state.catching_up.add("sources")
        while state.unread_sources:
            text, known = state.unread_sources.popleft()
            source = known[0] if known else _sentence_source(text, state)[0]
            state.last_source = source or state.last_source
            if source:
                state.sources.append(source)
        state.catching_up.discard("sources")
    return state.last_source


def _last_region(state: _State) -> str | None:
    """The region (a place within a country) the article named last, before the current sentence."""
    if "places" not in state.catching_up:
        state.catching_up.add("places")
        while state.unread_places:
            text = state.unread_places.popleft()
            places = _scopes(text, state, 0, len(text))
            state.last_region = next(
                (p for _, p in reversed(places) if "/" in (scope_key(p) or "")), state.last_region
            )
        state.catching_up.discard("places")
    return state.last_region


def _is_figure(text: str, quantity: Quantity) -> bool:
    # A bare small number without unit is almost always a rank, a count of days or a list item.
    return not (quantity.value < 2 and quantity.unit is None)


def _figure(
    sent: Sentence,
    quantity: Quantity,
    window: tuple[int, int],
    quotes: Sequence[Quote],
    state: _State,
    cited: tuple[str | None, tuple[int, int]],
) -> Figure | None:
    text = sent.text
    sentence_source, source_span = cited
    subject = _subject(text, quantity, window, state, source_span)
    if subject is None:
        return None
    portion = _portion(text, quantity)
    scope = _scope(text, quantity, window, state)
    start, end = sent.start + quantity.start, sent.start + quantity.end
    return Figure(
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=quantity.unit,
        subject=subject.text,
        qualifier=quantity.qualifier,
        modality="projected" if _is_projected(text, quantity, state) else "reported",
        scope=scope,
        as_of=_as_of(text, quantity, state),
        source=_quote_speaker(quotes, start) or sentence_source,
        surface=text[quantity.start : quantity.end],
        start=start,
        end=end,
        subject_key=_subject_key(text, quantity, subject),
        portion=portion,
    )


# ---------------------------------------------------------------- subject
def _subject(
    text: str, quantity: Quantity, window: tuple[int, int], state: _State, source_span: tuple[int, int]
) -> _Subject | None:
    """The counted thing; None when the number counts time or a measure (no figure then)."""
    after = _subject_after(text, quantity, window[1], state)
    if after is not None and after.concept is None:
        return None  # "20 Jahre", "3 Kilometer"
    subject = after or _subject_before(text, quantity, state) or _inherit_subject(text, quantity, state)
    concept = subject.concept
    if concept:
        origin = (
            subject.origin
            or _origin_in_sentence(text, quantity, source_span)
            or state.concept_origin.get(concept)
        )
        subject = _Subject(subject.text, concept, origin, subject.start)
        if origin:
            state.concept_origin[concept] = origin
        state.last_subject = subject
    return subject


def _subject_after(text: str, quantity: Quantity, limit: int, state: _State) -> _Subject | None:
    origin, start = None, quantity.end
    tail = text[quantity.end : min(limit, quantity.end + 90)]
    if _PART_AFTER.match(tail):
        return None
    for n, match in enumerate(_WORD.finditer(tail)):
        word = match.group()
        if n > 7 or (not word[0].isalnum() and word not in "-"):
            return None
        country = _adjective_country(word, tail[match.start() :])
        if country or (word == "Korean" and origin):
            origin = origin or country
            continue
        demonym = demonym_of(word)
        if demonym:
            return _Subject(
                _trim_phrase(text[start : quantity.end + match.end()]), _demonym_concept(text), demonym
            )
        if _POSSESSIVE.match(word) or word.lower() in _FUNCTION:
            continue
        concept = concept_of(word)
        if concept is None:
            return _Subject(None, None, None)
        if not _is_known_concept(word) and _concept_follows(tail[match.end() :]):
            continue  # "military personnel", "Russian military training grounds"
        if _is_known_concept(word) or (n == 0 or _only_modifiers(tail[: match.start()], state.lang)):
            if not _is_known_concept(word) and not _looks_like_noun(word, state.lang):
                return None
            phrase = _trim_phrase(text[start : quantity.end + match.end()])
            return _Subject(phrase, concept, origin, start)
    return None


def _concept_follows(rest: str) -> bool:
    words = _WORD.findall(rest)[:2]
    return any(w[0].isalpha() and _is_known_concept(w) for w in words)


def _adjective_country(word: str, rest: str) -> str | None:
    # English demonyms take two words ("North Korean"); German ones are one inflected adjective.
    if word in ("North", "South") and re.match(r"(?:North|South) Korean\b", rest):
        return "kp" if word == "North" else "kr"
    if word == "Korean":
        return None  # second half of the two-word form, already counted
    if word in ("DPRK", "DVRK"):
        return "kp"
    for key, pattern in _ADJ_RE.items():
        if pattern.fullmatch(word) or (word.endswith("-") and pattern.match(word)):
            return key
    return None


def _trim_phrase(phrase: str) -> str:
    """The noun with the modifiers right before it: "in den Osten Russlands geschickten Nordkoreaner"
    -> "geschickten Nordkoreaner"."""
    words = phrase.split()
    keep = 1
    while keep < len(words):
        word = words[-keep - 1]
        if word.lower() in _FUNCTION or _POSSESSIVE.match(word):
            break
        if (
            word[0].isupper()
            and not _adjective_country(word, " ".join(words[-keep - 1 :]))
            and word != "Korean"
        ):
            break
        keep += 1
    return " ".join(words[-keep:])


def _demonym_concept(text: str) -> str:
    # "10.000 Nordkoreaner" in a sentence about the military are soldiers, elsewhere people.
    military = re.search(r"(?i)milit|soldat|truppe|armee|streitkr|kampf|front|troop|forces|combat|army", text)
    return "troops" if military else "people"


@functools.lru_cache(maxsize=1 << 14)
def _is_known_concept(word: str) -> bool:
    return _ANY_CONCEPT.search(word) is not None


def _only_modifiers(between: str, lang: str) -> bool:
    words = between.split()
    if lang == "de":
        return all((w[0].islower() and w not in _FUNCTION) or w.endswith("-") for w in words)
    return len(words) <= 2 and all(w.lower() not in _FUNCTION for w in words)


def _looks_like_noun(word: str, lang: str) -> bool:
    if lang == "de":
        return word[0].isupper() and word.lower() not in _FUNCTION
    return word.isalpha() and word.lower() not in _FUNCTION and not word.endswith("ly")


def _subject_before(text: str, quantity: Quantity, state: _State) -> _Subject | None:
    """A counted noun earlier in the sentence: "die Zahl der Truppen könnte auf 10.000 steigen"."""
    head = text[: quantity.start]
    best = None
    for match in _WORD.finditer(head):
        word = match.group()
        if _is_known_concept(word.rstrip("-")) and not _NOT_SUBJECT.match(word):
            best = match
    if best is None:
        return None
    word = best.group().rstrip("-")
    origin = _origin_near(head, best.start())
    return _Subject(word, concept_of(word) or _stem(word), origin, best.start())


def _inherit_subject(text: str, quantity: Quantity, state: _State) -> _Subject:
    if state.last_subject is not None and (
        _PART_AFTER.match(text[quantity.end :])
        or search_before(_PART_BEFORE, text, quantity.start)
        or not quantity.unit
    ):
        return state.last_subject
    return _Subject(None, None, None)


def _origin_near(head: str, pos: int) -> str | None:
    window = head[max(0, pos - 40) : pos + 1]
    return next(
        (k for k, p in _ADJ_RE.items() if p.search(window)),
        None,
    ) or ("kp" if re.search(r"North Korean", window) else None)


def _origin_in_sentence(text: str, quantity: Quantity, source_span: tuple[int, int]) -> str | None:
    """Where the counted come from when the noun phrase does not say: "aus Nordkorea", or the actor
    ("Nordkorea hat 10.000 Soldaten geschickt", "Russia is suffering 1,200 casualties a day")."""
    tail = text[quantity.end : quantity.end + 80]
    match = _FROM_COUNTRY.search(tail)
    if match and country_of(match.group(1)):
        return country_of(match.group(1))
    head = text[: quantity.start]
    if not _ANY_COUNTRY.search(head):
        return None
    actors = [
        (m.start(), key)
        for key in COUNTRIES
        for pattern in (_NAME_RE[key], _ADJ_RE[key])
        for m in pattern.finditer(head)
        if not search_before(_LOCATIVE_BEFORE, head, m.start())
        and head[m.end() : m.end() + 1] != "-"
        and not source_span[0] <= m.start() < source_span[1]
    ]
    return max(actors)[1] if actors else None


_FROM_COUNTRY = re.compile(r"\b(?:aus|from|of)\s+(?:der\s+|dem\s+|the\s+)?([A-ZÄÖÜ][\w.]+(?:\s[A-Z]\w+)?)")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?i:in|im|nach|to|into|auf|an|gegen|against|with|mit|from|von|aus|über|about|laut)\s+"
    r"(?:(?:den|dem|der|die|das|the|des)\s+)?(?:[a-zäöü]\w*\s+)?$"
)


def _subject_key(text: str, quantity: Quantity, subject: _Subject) -> str | None:
    if subject.concept is None:
        return None
    key = f"{subject.origin}_{subject.concept}" if subject.origin else subject.concept
    if quantity.unit:
        key = f"{quantity.unit}:{key}"
    near = text[max(0, quantity.start - 40) : quantity.end + 60]
    rate = next((suffix for suffix, pattern in _RATE if pattern.search(near)), "")
    return key + (rate or _movement_period(text, quantity))


def _movement_period(text: str, quantity: Quantity) -> str:
    """The period suffix ("/sun") of a flow: "Am Sonntag kamen 7.000 Flüchtlinge nach Österreich", else "".

    People moving within a named day or weekend are a flow of that period, not how many are there:
    they are compared only with flows of the same period ("am Sonntag" = "on Sunday"), never with a
    count of those present or with another period's flow.
    """
    clause = _clause(text, quantity)
    if not _MOVEMENT.search(clause):
        return ""
    periods = list(_SHORT_PERIOD.finditer(clause)) or list(_SHORT_PERIOD.finditer(text))
    if len(periods) != 1:
        return ""  # none, or several in the sentence and none in the figure's clause: unsure which
    words = periods[0].group().lower().split()
    prefix = {"seit": "since-", "since": "since-", "bis": "until-", "until": "until-"}.get(words[0], "")
    name = words[-1]
    for word, day in _WEEKDAYS.items():
        if name.startswith(word):
            return f"/{prefix}{('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[day]}{name[len(word) :]}"
    return f"/{_PERIOD_NAMES.get(name, name)}"


_PERIOD_NAMES = {
    "wochenende": "weekend",
    "heute": "today",
    "gestern": "yesterday",
    "vorgestern": "-2d",
    "nacht": "overnight",
    "stunden": "24h",
    "hours": "24h",
    "tages": "today",
}


_MOVEMENT = re.compile(
    r"\b(?:kamen|kam|kommen|angekommen|ankamen|ankommen|eingereist|einreisten|reisten|weitergereist|"
    r"weiterreisten|ausgereist|überschritten|überquerten|überquert|erreichten|registriert|aufgegriffen|"
    r"übergeben|übernommen|gerettet|geborgen|arrived|arriving|arrive|crossed|entered|registered|rescued|"
    r"picked up)\b"
)
_SHORT_PERIOD = re.compile(
    r"\b(?:(?i:am|an|on)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\w*|(?i:heute|gestern|vorgestern|today|"
    r"yesterday|overnight|in der Nacht|über Nacht|über das Wochenende|over the weekend|im Laufe des Tages)|"
    r"(?i:seit|bis|since|until)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*|"
    r"(?i:in den (?:vergangenen|letzten) 24 Stunden|in the (?:past|last) 24 hours))\b"
)


def _portion(text: str, quantity: Quantity) -> str | None:
    if quantity.increment:
        return "increment"
    if _PART_AFTER.match(text[quantity.end :]) or search_before(_PART_BEFORE, text, quantity.start):
        return "part"
    if search_before(_FIRST_BEFORE, text, quantity.start, 30):
        return "part"  # "die ersten 1.500", "the first 1,500": a first group, not the total
    return None


_FIRST_BEFORE = re.compile(r"\b(?:die|der|den|the)\s+(?:ersten|first)\s+$", re.I)


# ---------------------------------------------------------------- scope
def _scopes(text: str, state: _State, lo: int, hi: int) -> list[tuple[int, str]]:
    """Place phrases in text[lo:hi] with their positions, most specific first at equal position."""
    found: list[tuple[int, str]] = []
    segment = text[lo:hi]
    found += [(lo + m.start(), m.group()) for m in _place_matches(segment)]
    for name, phrase in state.regions.items():
        if name in segment:
            found += [(lo + m.start(), phrase) for m in state.region_res[name].finditer(segment)]
    for match in _COUNTRY_SCOPE.finditer(segment):
        name = match.group("name")
        if name is None or (country_of(name) and name not in ("Pentagon", "Washington")):
            found.append((lo + match.start(), match.group()))
    for match in _ANAPHORIC_PLACE.finditer(segment):
        antecedent = _last_place_name(text[: lo + match.start()]) or _last_region(state)
        if antecedent:
            found.append((lo + match.start(), antecedent))
    return sorted(found, key=lambda item: (item[0], -len(item[1])))


def _last_place_name(head: str) -> str | None:
    """The antecedent of "in die Region": the last "in X" before it whose X is not a common noun."""
    names = [m.group(1) for m in _IN_NAME.finditer(head) if not _NOUN_SUFFIX.search(m.group(1))]
    names = [n for n in names if country_of(n) is None]
    return names[-1] if names else None


_IN_NAME = re.compile(r"\b(?:in|nach|im|aus)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
_NOUN_SUFFIX = re.compile(r"(?:ung|heit|keit|ion|en|er|ern|schaft|tät|ismus|e|chen|lein|nis|ment|tum)$")


def _scope(text: str, quantity: Quantity, window: tuple[int, int], state: _State) -> str | None:
    places = _scopes(text, state, *window)
    if not places:
        return None
    # A place after the number belongs to it ("8.000 Soldaten in Kursk"); one before may be the
    # source's ("nach den USA warnte, dass 8.000 ...").
    after = [p for p in places if p[0] >= quantity.end]
    specific = [p for p in after or places if "/" in (scope_key(p[1]) or "")]
    pool = specific or after or places
    _, phrase = min(pool, key=lambda item: (abs(item[0] - quantity.start), item[0]))
    return _clean_scope(phrase)


def _clean_scope(phrase: str) -> str:
    phrase = re.sub(r"^(?i:in|im|nach|auf|ins|into|to|on|within|inside|across)\s+", "", phrase)
    return re.sub(r"^(?:den|dem|der|die|das|the)\s+", "", phrase).strip(" .,;:")


# ---------------------------------------------------------------- modality
def _clause(text: str, quantity: Quantity) -> str:
    """The clause around a number; a "dass"/"that" clause brings its governing clause along."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(text)]
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text)]
    index = max(i for i, s in enumerate(starts) if s <= quantity.start)
    begin = starts[index]
    if index and _THAT.match(text[begin:]):
        begin = starts[index - 1]
    return text[begin : ends[index] if ends[index] >= quantity.end else len(text)]


def _is_projected(text: str, quantity: Quantity, state: _State) -> bool:
    if search_before(_CAPACITY_BEFORE, text, quantity.start, 30):
        return True  # "ein Quartier für 76 Asylwerber", "room for 5,000 people": room, not people
    clause = _clause(text, quantity)
    # "soll"/"sollen" is left out on purpose: in German news it mostly reports hearsay ("sollen
    # bereits in Russland sein"); a projection with it also carries "bald", "bis Dezember", "steigen".
    if _PROJECTED.search(clause) and _not_month_may(clause):
        return True
    for match in _FUTURE_AUX.finditer(clause):
        if not search_before(_PARTICIPLE, clause, match.start(), 40):
            return True
    return _until_future(clause, state)


def _not_month_may(clause: str) -> bool:
    # "May" with a capital inside a clause is the month; the modal is lower case.
    hits = [m.group() for m in _PROJECTED.finditer(clause)]
    return any(h != "May" for h in hits)


def _until_future(clause: str, state: _State) -> bool:
    match = _UNTIL_MONTH.search(clause)
    return bool(match and _month_number(match.group("month")))


# ---------------------------------------------------------------- time
def _as_of(text: str, quantity: Quantity, state: _State) -> str | None:
    published = state.published
    # the clause, or just before the number: "2015 aber nur 600.000" is cut at "aber"
    year = _named_year(_clause(text, quantity), published) or _named_year(
        text[max(0, quantity.start - 40) : quantity.start], published
    )
    if year:
        return year
    if published and _EARLIER.search(_clause(text, quantity)):
        return published[:7]  # an earlier figure: some time before the article, at best its month
    matches = list(_TIME_EXPR.finditer(text))
    until = _UNTIL_MONTH.search(_clause(text, quantity))
    month = _month_number(until.group("month")) if until else None
    if month and published:
        return _month_after(published, month)
    if not matches or not published:
        return published
    resolved = [(abs(m.start() - quantity.start), d) for m in matches if (d := _resolve(m, published))]
    # A date after publication names a planned event ("um am 1. November einzugreifen"), not the
    # time the figure describes.
    past = [
        (distance, d) for distance, d in resolved if d[:7] <= published[:7] and d <= published.ljust(10, "~")
    ]
    return min(past)[1] if past else published


def _named_year(clause: str, published: str | None) -> str | None:
    """A year the clause puts the figure in ("2015 kamen 600.000", "in 2015"), other than the
    article's own; "seit 2015" and "bis 2030" name a span or a target, not the figure's time."""
    for match in _YEAR.finditer(clause):
        if search_before(_SPAN_BEFORE, clause, match.start(), 20):
            continue
        if published is None or match.group() != published[:4]:
            return match.group()
    return None


_YEAR = re.compile(r"(?<![\d.,/-])(?:19[5-9]\d|20[0-4]\d)(?![\d.,/-]\d|\s*(?:Prozent|%|Euro|Dollar))")
_SPAN_BEFORE = re.compile(
    r"\b(?i:seit|since|bis|by|until|ab|from|vor|before|nach|after|zwischen|between|und|and|to)\s+"
    r"(?:(?:dem|the|Ende|Anfang|end of)\s+)?(?:Jahr\s+)?$"
)


def _resolve(match: re.Match[str], published: str) -> str | None:
    day = _parse_date(published)
    if match.group("day") or match.group("day2"):
        month = _month_number(match.group("month") or match.group("month2"))
        number = int(match.group("day") or match.group("day2"))
        year = int(published[:4])
        if month is None or not 1 <= number <= 31:
            return None
        if day and month > day.month + 1:
            year -= 1
        return f"{year:04d}-{month:02d}-{number:02d}"
    if day is None:
        return None
    if match.group("weekday"):
        back = (day.weekday() - _WEEKDAYS[match.group("weekday").lower()]) % 7
        return (day - dt.timedelta(days=back)).isoformat()
    shift = _RELATIVE_DAYS.get(match.group("relative").lower(), 0)
    return (day + dt.timedelta(days=shift)).isoformat()


def _parse_date(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    return _MONTH_NUMBERS.get(word.lower()[:3])


def _month_after(published: str, month: int) -> str:
    year = int(published[:4])
    if len(published) >= 7 and month < int(published[5:7]):
        year += 1
    return f"{year:04d}-{month:02d}"


# ---------------------------------------------------------------- source
def _quote_speaker(quotes: Sequence[Quote], offset: int) -> str | None:
    for quote in quotes:
        if quote.start <= offset < quote.end and quote.style in ("direct", "partial"):
            return quote.speaker or quote.speaker_mention
    return None


def _sentence_source(text: str, state: _State) -> tuple[str | None, tuple[int, int]]:
    """Who the sentence cites, and where (so that the source's country is not taken as the actor)."""
    for pattern, gate in _SOURCE_RULES:
        if gate is not None and not gate.search(text):
            continue
        for match in pattern.finditer(text):
            if pattern is _NAME_SAYS and search_before(_PREPOSITION_BEFORE, text, match.start("src"), 12):
                continue  # "mit Nato-Generalsekretär Rutte sagte er": Rutte is not the speaker
            source = _clean_source(match.group("src"))
            if source and source.lower() in ("er", "sie", "he", "she", "they", "it"):
                return _last_source(state), match.span("src")
            if source and not _AGENCY.search(source):
                return _resolve_role(source, state), match.span("src")
    inherit = _INHERIT_SOURCE.search(text)
    if inherit is None:
        return None, (0, 0)
    if state.after_elision or _ELISION.search(text[: inherit.start()]):
        phrase = _ANAPHORIC_SOURCE.match(text[inherit.start() :])
        return (phrase.group() if phrase else inherit.group()), inherit.span()  # unresolved, not the last
    return _last_source(state), (0, 0)


def _resolve_role(source: str, state: _State) -> str:
    """A bare role or body ("der Geheimdienst", "des Präsidenten") names whom the article cited before."""
    if not _ROLE_SOURCE.match(source):
        return source
    last = _last_source(state)
    if not last:
        return source
    stem = source.lower()[:6]
    return next((s for s in reversed(state.sources) if stem in s.lower()), last)


def _clean_source(raw: str) -> str | None:
    """Keep the noun phrase that names the source: "des südkoreanischen Geheimdienstes insgesamt" ->
    "südkoreanischen Geheimdienstes"."""
    words = _SOURCE_NOISE.sub("", raw.strip()).split()
    kept: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            word[0].isupper()
            or word.startswith("US-")
            or word.lower() in ("er", "sie", "he", "she", "they")
            or (word in _SOURCE_LINKS and nxt[:1].isupper() and kept)
            or (kept and _BODY_WORD.fullmatch(word))
        ):
            kept.append(word)
        elif not kept and word[0].islower() and word not in _FUNCTION and nxt[:1].isupper():
            kept.append(word)  # a leading adjective: "südkoreanischen Geheimdienstes"
        else:
            break
        if len(kept) >= 7:
            break
    while kept and kept[-1] in _SOURCE_LINKS:
        kept.pop()
    source = " ".join(kept).strip(" -,.")
    if not source or _NOT_SOURCE.match(source) or _TIME_EXPR.fullmatch(source):
        return None
    return source
