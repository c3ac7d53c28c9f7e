"""German words of the figure rules: places, counted things, subject, scope, time, modality, sources.

Read by checker/entities/{places,counted,sources}.py, checker/figures/ and checker/compare/figures.py.
Most rules read the words of every language in any text (a German article names "North Korean
troops", an English one "Kyjiw"), so they join these lists with the English ones; a tuple's order
is the order its alternatives are tried in. Entries marked "regex" are regex fragments, the
others plain words.

Place names are data about the world, not about a language, but each language spells them its own
way ("Nordkorea", "North Korea"), so they live here as German spellings, keyed by ISO 3166 code.
"""

from __future__ import annotations

# ================================================================ places (entities/places.py)
# The countries a phrase can name, keyed by ISO 3166 code (the same keys, in the same order, in
# every language): names with capitals and metonyms, adjective stems, demonym nouns (regex).
COUNTRY_NAMES = {
    "kp": ("Nordkorea", "DVRK", "Pjöngjang"),
    "kr": ("Südkorea", "Republik Korea", "Seoul"),
    "ru": ("Russland", "Russische Föderation", "Moskau", "Kreml"),
    "ua": ("Ukraine", "Kiew", "Kyjiw"),
    "us": ("USA", "Vereinigten? Staaten", "Amerika", "Washington", "Pentagon", "Weißen? Haus(?:es)?"),
    "cn": ("China", "Peking"),
    "de": ("Deutschland", "Berlin", "Bundesregierung"),
    "at": ("Österreich", "Wien"),
    "ch": ("Schweiz", "Bern"),
    "fr": ("Frankreich", "Paris"),
    "gb": ("Großbritannien", "Vereinigte Königreich", "London"),
    "pl": ("Polen", "Warschau"),
    "by": ("Belarus", "Weißrussland", "Minsk"),
    "ir": ("Iran", "Teheran"),
    "il": ("Israel", "Jerusalem"),
    "ps": ("Gaza", "Gazastreifen", "Westjordanland", "Palästina"),
    "sy": ("Syrien", "Damaskus"),
    "tr": ("Türkei", "Ankara"),
    "af": ("Afghanistan", "Kabul"),
    "iq": ("Irak", "Bagdad"),
    "jp": ("Japan", "Tokio"),
    "in": ("Indien", "Neu-Delhi"),
    "it": ("Italien", "Rom"),
    "es": ("Spanien", "Madrid"),
    "hu": ("Ungarn", "Budapest"),
    "eu": ("EU", "Europäische Union", "Brüssel"),
}
COUNTRY_ADJECTIVES = {
    "kp": ("nordkoreanisch",),
    "kr": ("südkoreanisch",),
    "ru": ("russisch",),
    "ua": ("ukrainisch",),
    "us": ("US-amerikanisch", "amerikanisch", "US"),
    "cn": ("chinesisch",),
    "de": ("deutsch",),
    "at": ("österreichisch",),
    "ch": ("schweizerisch",),
    "fr": ("französisch",),
    "gb": ("britisch",),
    "pl": ("polnisch",),
    "by": ("belarussisch", "weißrussisch"),
    "ir": ("iranisch",),
    "il": ("israelisch",),
    "ps": ("palästinensisch",),
    "sy": ("syrisch",),
    "tr": ("türkisch",),
    "af": ("afghanisch",),
    "iq": ("irakisch",),
    "jp": ("japanisch",),
    "in": ("indisch",),
    "it": ("italienisch",),
    "es": ("spanisch",),
    "hu": ("ungarisch",),
    "eu": ("europäisch",),
}
DEMONYMS = {
    "kp": ("Nordkoreaner(?:innen|n)?",),
    "kr": ("Südkoreaner(?:innen|n)?",),
    "ru": ("Russen",),
    "ua": ("Ukrainer(?:innen|n)?",),
    "us": ("Amerikaner(?:innen|n)?",),
    "cn": ("Chinesen",),
    "de": ("Deutsche[n]?",),
    "at": ("Österreicher(?:innen|n)?",),
    "ch": ("Schweizer(?:innen)?",),
    "fr": ("Franzosen",),
    "gb": ("Briten",),
    "pl": ("Polen",),
    "by": ("Belarussen",),
    "ir": ("Iraner(?:innen|n)?",),
    "il": ("Israelis",),
    "ps": ("Palästinenser(?:innen|n)?",),
    "sy": ("Syrer(?:innen|n)?",),
    "tr": ("Türken",),
    "af": ("Afghanen",),
    "iq": ("Iraker(?:innen|n)?",),
    "jp": ("Japaner(?:innen|n)?",),
    "in": ("Inder(?:innen|n)?",),
    "it": ("Italiener(?:innen|n)?",),
    "es": ("Spanier(?:innen|n)?",),
    "hu": ("Ungarn",),
    "eu": ("Europäer",),
}
# The endings of an inflected adjective: "nordkoreanische", "russischen".
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# A country code glued to a noun names the country: "US-Regierung", "EU-Kommission".
COUNTRY_PREFIXES = {"us": "US", "eu": "EU", "ru": "RU"}
# Adjectives written as two words, the first of which alone names no country ("North Korean").
SPLIT_ADJECTIVES: dict[str, str] = {}
# Acronyms used as adjectives: "DVRK-Soldaten".
ADJECTIVE_ACRONYMS = {"DVRK": "kp"}
# Phrases near a counted noun that say where the counted come from when no adjective does.
ORIGIN_PHRASES: dict[str, str] = {}

# Regions: "Region Kursk" (the noun before the name), "Osten Russlands", "Ostukraine".
REGION_NOUNS_BEFORE_NAME = tuple(
    "Grenzregion Region Gebiet Oblast Provinz Bezirk Bundesland Kanton Stadt Hafenstadt".split()
)
REGION_NOUNS_AFTER_NAME: tuple[str, ...] = ()
# Nouns that, with a country's adjective, name the whole country ("auf russischem Gebiet"); any
# other noun names a site in it ("russischen Übungsplätzen"). Lower-case word starts.
WHOLE_COUNTRY_NOUNS = ("gebiet", "territori", "staatsgebiet", "boden", "land", "seite")
DIRECTION_NOUNS = ("Osten", "Westen", "Norden", "Süden", "Fernen Osten")
DIRECTION_NOUN_ARTICLES = ("der", "des")
# Compounds of a direction and a country: "Ostrussland", "Westukraine".
DIRECTION_PREFIXES = ("Ost", "West", "Nord", "Süd", "Fern")
COMPOUND_COUNTRIES = ("russland", "ukraine")
DIRECTION_ADJECTIVES: tuple[str, ...] = ()
# The direction a word starts with; "Ferner Osten" is the east.
DIRECTIONS = {"ost": "east", "west": "west", "nord": "north", "süd": "south", "fern": "east"}

# ================================================================ counted things (entities/counted.py)
# The counted thing is named by the head (last part) of a noun: "Munitionscontainer" counts
# containers, "Soldatenfriedhof" does not count soldiers. Kind -> noun stems (regex); the kinds are
# the same, in the same order, in every language.
CONCEPTS = {
    "troops": (
        "soldat",
        "truppe",
        "streitkr[aä]ft",
        "kämpfer",
        "söldner",
        "militärs",
        "militärangehörige",
        "armeeangehörige",
        "kombattant",
        "rekrut",
        "reservist",
    ),
    "officers": ("offizier",),
    "generals": ("generäle",),
    "containers": ("container",),
    "dead": ("tote", "todesopfer", "gefallene"),
    "injured": ("verletzte", "verwundete"),
    "casualties": ("verlust",),
    "refugees": ("flüchtling", "geflüchtete", "asylwerber", "asylbewerber", "schutzsuchende", "migrant"),
    "civilians": ("zivilist",),
    "prisoners": ("gefangene", "häftling"),
    "people": ("menschen", "personen", "leute", "einwohner", "bewohner", "bürger", r"\bmänner"),
    "drones": ("drohne",),
    "missiles": ("rakete",),
    "tanks": ("panzer",),
    "shells": ("granate", "geschoss", "artilleriegeschoss"),
}
# Plural and case endings after a concept's stem: "Soldaten", "Drohnen".
CONCEPT_ENDINGS = ("en", "n", "e", "er", "es")
# Time spans and measures are not counted things: "seit 20 Jahren" vs "seit 30 Jahren" is no conflict.
NOT_COUNTED = tuple(
    "jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen stunde stunden minute "
    "minuten sekunde sekunden mal male uhr meter metern kilometer kilometern km prozent grad euro dollar "
    "cent punkte punkten tore prozentpunkte prozentpunkten zoll".split()
)
# The endings cut off an unknown noun for its key, tried in order: "Helferinnen" -> "helfer".
PLURAL_SUFFIXES = ("innen", "ern", "en", "es", "er", "e")

# ================================================================ subject (figures/subject.py)
# German capitalises nouns: a capitalised word after the number is the counted noun, lower-case
# words before it are its modifiers ("3.000 in Kursk stationierte Soldaten").
NOUNS_CAPITALISED = True
# Whether a noun phrase after a number ends in its head ("Russian military training grounds").
HEAD_LAST = False
ADVERB_ENDINGS: tuple[str, ...] = ()
# A word with these endings after a noun is its participle, not a noun it modifies
# ("aircraft shot", "pilots killed").
PARTICIPLE_ENDINGS: tuple[str, ...] = ()
# German puts the verb after the counted ("30 Söldner getötet"), where the frame reads it already.
COUNT_VERB_ENDINGS: tuple[str, ...] = ()
FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und oder in im an am auf aus bei mit "
    "nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit "
    "wie als sind seien waren ist sei war wurden wurde werden wird hat haben hatte hatten habe "
    "könnten sollen".split()
)
POSSESSIVES = ("seiner", "ihrer", "unserer", "deren", "dessen")
# "davon 8.000", "8.000 von ihnen": a share of a figure named before.
PART_AFTER = ("von ihnen", "davon")
PART_BEFORE = ("davon", "darunter", "unter ihnen")
# "die ersten 1.500": a first group, not the total.
FIRST_ARTICLES = ("die", "der", "den")
FIRST_WORDS = ("ersten",)
# A figure per period: "täglich 1.200 Tote" -> key suffix "/day".
RATES = {
    "/day": ("täglich", "pro Tag", "am Tag"),
    "/week": ("wöchentlich", "pro Woche"),
    "/month": ("monatlich", "pro Monat"),
    "/year": ("jährlich", "pro Jahr", "im Jahr"),
}
# "10.000 Nordkoreaner" in a sentence about the military are soldiers (regex stems).
MILITARY_WORDS = ("milit", "soldat", "truppe", "armee", "streitkr", "kampf", "front")
# "Truppen aus Nordkorea": where the counted come from.
FROM_PREPOSITIONS = ("aus",)
FROM_ARTICLES = ("der", "dem")
# A country after these is where something happens or whom it concerns, not the actor
# ("Nordkorea hat 10.000 Soldaten nach Russland geschickt": Russia is no origin).
LOCATIVE_PREPOSITIONS = ("in", "im", "nach", "auf", "an", "gegen", "mit", "von", "aus", "über", "laut")
DEFINITE_ARTICLES = ("den", "dem", "der", "die", "das", "des")
# People moving within a named day are a flow of that day: "Am Sonntag kamen 7.000 Flüchtlinge".
MOVEMENT_VERBS = tuple(
    "kamen kam kommen angekommen ankamen ankommen eingereist einreisten reisten weitergereist "
    "weiterreisten ausgereist überschritten überquerten überquert erreichten registriert aufgegriffen "
    "übergeben übernommen gerettet geborgen".split()
)
# The short periods a flow is counted in: "am Sonntag", "gestern", "seit Montag" (regex).
DAY_PREPOSITIONS = ("am", "an")
WEEKEND = ("Wochenende",)
SHORT_PERIODS = (
    "heute",
    "gestern",
    "vorgestern",
    "in der Nacht",
    "über Nacht",
    "über das Wochenende",
    "im Laufe des Tages",
)
SINCE_PREPOSITIONS = ("seit", "bis")
LAST_24_HOURS = ("in den (?:vergangenen|letzten) 24 Stunden",)
# The key a period gives a flow: "seit Montag" -> "/since-mon", "am Wochenende" -> "/weekend".
PERIOD_BOUNDS = {"seit": "since-", "bis": "until-"}
PERIOD_NAMES = {
    "wochenende": "weekend",
    "heute": "today",
    "gestern": "yesterday",
    "vorgestern": "-2d",
    "nacht": "overnight",
    "stunden": "24h",
    "tages": "today",
}

# ================================================================ scope (figures/scope.py)
# "in Russland", "auf russischem Gebiet": where a figure applies.
SCOPE_PREPOSITIONS = ("in", "im", "nach", "auf", "ins")
SCOPE_ARTICLES = ("den", "dem", "der", "die", "das")
TERRITORY_ADJECTIVES = tuple("russischem russischen russische ukrainischem ukrainischen ukrainische".split())
TERRITORY_NOUNS = (  # regex
    "Gebiet",
    "Territorium",
    "Boden",
    "Staatsgebiet",
    r"Übungsplätze\w*",
    r"Trainingsgeländ\w*",
    # "in der russischen Grenzregion zur Ukraine" (a site); "Grenzregion Kursk" names its region
    r"Grenzregion(?:en)?(?!\s+[A-ZÄÖÜ])",
)
# A site named without its country ("auf Übungsplätzen nahe der Front"): where a figure applies,
# but neither part nor whole of any country's total (regex).
SITE_NOUNS = (r"Übungsplätze\w*", r"Trainingsgeländ\w*", r"Trainingslager\w*", r"Ausbildungslager\w*")
# Phrases that point back to a place named before: "in die Region", "dort".
PLACE_ANAPHORS = ("in die Region", "in der Region", "in das Gebiet", "im Gebiet", "dorthin", "dort")
# "in Kursk": the place an anaphor points back to.
NAME_PREPOSITIONS = ("in", "nach", "im", "aus")
# A capitalised word with a common noun's ending is no place name ("in Zeitung"): German
# capitalises every noun.
NOUN_SUFFIXES = tuple("ung heit keit ion en er ern schaft tät ismus e chen lein nis ment tum".split())
# Places that stand for a government, not for where a figure applies: "in Washington".
GOVERNMENT_METONYMS = frozenset({"Pentagon", "Washington"})

# ================================================================ time (figures/time.py)
# Weekday names as written, Monday = 0.
WEEKDAYS = {
    "Montag": 0,
    "Dienstag": 1,
    "Mittwoch": 2,
    "Donnerstag": 3,
    "Freitag": 4,
    "Samstag": 5,
    "Sonnabend": 5,
    "Sonntag": 6,
}
# "seit Montag": the weekdays a flow is counted from or until ("Sonnabend" is not read there).
SINCE_WEEKDAYS = tuple(day for day in WEEKDAYS if day != "Sonnabend")
# "am Mittwochabend" is Wednesday.
DAYPART_SUFFIXES = ("abend", "morgen", "nachmittag", "vormittag")
# A month by the first three letters of its name.
MONTH_NUMBERS = {
    "jan": 1,
    "jän": 1,
    "feb": 2,
    "mär": 3,
    "apr": 4,
    "mai": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
# Month names after a day: "am 28. Oktober", "3. Jänner" (regex).
DAY_MONTHS = (
    r"Jan\w*",
    r"Jän\w*",
    r"Feb\w*",
    "März",
    r"Apr\w*",
    "Mai",
    r"Jun\w*",
    r"Jul\w*",
    r"Aug\w*",
    r"Sep\w*",
    r"Okt\w*",
    r"Nov\w*",
    r"Dez\w*",
)
# German writes the day first: no month before a day.
MONTHS_BEFORE_DAY: tuple[str, ...] = ()
# Days relative to the article's date (lower case).
RELATIVE_DAYS = {
    "heute": 0,
    "gestern": -1,
    "vorgestern": -2,
    "letzte woche": -7,
    "vergangene woche": -7,
    "vergangenen woche": -7,
    "letzten woche": -7,
    "vorige woche": -7,
    "anfang der woche": -3,
}
# "bis Ende Dezember": a month the figure is expected by.
UNTIL_PREPOSITIONS = ("bis",)
MONTH_PARTS = ("Ende", "Anfang", "Mitte")
# "zunächst", "ursprünglich": a figure of an earlier, unstated time.
EARLIER = ("zunächst", "ursprünglich", "anfangs", "zuvor", "vorher", "früheren Angaben")
# A four-digit number before these is an amount, not a year: "2000 Euro".
UNITS_AFTER_YEAR = ("Prozent", "Euro", "Dollar")
# "seit 2015", "bis 2030": a year that names a span or a target, not the figure's time.
YEAR_SPAN_WORDS = ("seit", "bis", "ab", "vor", "nach", "zwischen", "und")
YEAR_SPAN_ARTICLES = ("dem", "Ende", "Anfang")
YEAR_NOUNS = ("Jahr",)

# ================================================================ modality (figures/modality.py)
# Words that make a figure a projection, a plan or a limit rather than a count (regex).
PROJECTION_WORDS = (
    "könnte",
    "könnten",
    "dürfte",
    "dürften",
    "würde",
    "würden",
    "voraussichtlich",
    "bald",
    "demnächst",
    "künftig",
    "erwartet",
    "erwarten",
    "erwartete",
    "erwarteten",
    "prognostiziert",
    "rechnet damit",
    "rechnen damit",
    "geplant(?:e|en|er|es|em)?",
    "plant",
    "planen",
    # a decision or an intention is a plan, not yet a count ("beschloss die Entsendung von 12.000")
    "beschlossen",
    "beschloss",
    "beabsichtigt",
    "beabsichtigen",
    # a number that may, or is allowed to, come is a limit, not a count: "2.000 dürfen weiterreisen"
    "dürfen",
    "darf",
    "möglicherweise",
    "potenziell",
    "ansteigen",
    "anwachsen",
    "steigen",
    "erhöhen",
)
# Capitalised projection words that are month names instead.
MODAL_MONTHS: frozenset[str] = frozenset()
# "ein Quartier für 76 Asylwerber": room, not people.
CAPACITY_PREPOSITIONS = ("für",)
CAPACITY_LIMITS = ("bis zu", "maximal", "höchstens")
# "werden" is the future unless a participle comes before it ("gemeldet werden" is passive).
FUTURE_AUXILIARIES = ("wird", "werden", "werde")
PARTICIPLE_SHAPES = (r"\w*ge\w+(?:t|en)", r"\w+iert")  # regex
# Clauses end at these conjunctions (figures/clauses.py); a "dass" clause brings its governing one.
CLAUSE_CONJUNCTIONS = ("und", "aber", "doch", "sondern")
THAT_CONJUNCTIONS = ("dass", "wonach")

# ================================================================ sources (figures/cited.py)
# Verbs of saying, estimating and reporting. "hat"/"haben" alone are not among them:
# "Frankreich hat sich verpflichtet, 30.000 aufzunehmen" names an actor, not a source.
CITE_VERBS = tuple(
    "sagte sagt erklärte erklärt teilte mitteilte mitteilten berichtete berichteten berichtet meldete "
    "meldet schätzt schätzte geht gehen ging gingen bestätigte bestätigten bekanntgab bekanntgaben "
    "spricht sprach sprechen sprachen enthüllte enthüllt warnte warnten warnt betonte betonten betont "
    "schrieb schrieben sagten erklärten".split()
)
# "Die Polizei hat am Abend mitgeteilt": the perfect of a verb of saying.
CITE_PARTICIPLES = tuple("mitgeteilt berichtet erklärt gesagt bestätigt gemeldet geschätzt angegeben".split())
PERFECT_AUXILIARIES = ("hat", "hatte", "hatten", "haben")
# "Kirby, der Sprecher des Weißen Hauses, hat gesagt": the auxiliary before an apposition's verb.
HAS = ("hat",)
# "„…“, sagte Kirby", "so Kirby": a verb right before the speaker's name.
# "Russische Blogger, die das Militär beobachten, berichteten": the noun before the relative clause
# speaks (regex with the group src).
RELATIVE_SUBJECTS = (r"(?P<src>(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]+),\s+(?:die|der|das|welche[rs]?)\s",)
SAY_BEFORE_NAME = tuple(
    "sagte sagt erklärte erklärt teilte berichtete meldete betonte warnte schrieb so".split()
)
# "laut Selenskyj", "nach Angaben der Küstenwache", "nach einer Bilanz der Staatsanwaltschaft".
ACCORDING_TO = ("laut", "angaben")
COUNT_PREPOSITIONS = ("nach",)
COUNT_DETERMINERS = ("einer", "einem", "der", "den", "jüngsten", "neuen", "aktuellen", "ersten")
COUNT_NOUNS = tuple(
    "Angaben Einschätzung Schätzung Schätzungen Informationen Erkenntnissen Bilanz Zählung Darstellung "
    "Zahlen Daten Berechnungen Bericht Berichten".split()
)
# "nach US-Angaben": a country code glued to a noun of counting.
GLUED_COUNT_NOUNS = ("Angaben",)
SOURCE_LINK_ARTICLES = ("des", "der", "dem", "den", "von", "vom", "seitens")
# "dem Pentagon zufolge".
POSTPOSITIONS = ("zufolge",)
# "Jung Pak, der Beauftragte für Nordkorea, sagte": the article that opens an apposition.
APPOSITION_ARTICLES = ("der", "die", "das", "ein", "eine")
# A lower-case adjective before a source's name: "südkoreanischen Geheimdienstes".
SOURCE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")
# English names a body by a lower-case noun after its country ("U.S. officials"); German has a
# capitalised noun, read like a name.
BODY_NOUNS: tuple[str, ...] = ()
BODY_AUXILIARIES: tuple[str, ...] = ()
CITE_ADVERBIALS: tuple[str, ...] = ()
# A source that holds the figure rather than says it: "Das Pentagon hat Erkenntnisse über 3.000
# Soldaten" (regex).
EVIDENCE_PHRASES = (
    r"(?:hat|haben|hatte|hatten|hätten?)\s+(?:(?:neue|eigene)\s+)?(?:Erkenntnisse|Informationen|Hinweise|Daten)\s+(?:über|darüber|dazu|zu)",
)
BODY_CITE_VERBS: tuple[str, ...] = ()
BODY_WORDS: tuple[str, ...] = ()
PASSIVE_CITE_VERBS: tuple[str, ...] = ()
AGENT_PREPOSITIONS: tuple[str, ...] = ()
AGENT_ARTICLES: tuple[str, ...] = ()
LEADING_ARTICLES = ("der", "die", "das", "des", "dem", "den")
# Capitalised words that are never a source (pronouns, sentence openers, the actors of a story).
NOT_SOURCES = tuple(
    "Nordkorea Russland Es Das Dies Diese Insgesamt Nach In Im Bei Bis Die Der Den Dem Wir Ich Wie".split()
)
# "In Griechenland haben ...": a phrase opened by a preposition says where, not who.
SOURCE_OPENING_PREPOSITIONS = tuple("In Im Bei Am Auf Aus Mit Von Vom Seit Zum Zur Für".split())
# Words that join the parts of a source's name ("Sprecher des Weißen Hauses"); "de" and "al" join
# names in other languages ("Ursula von der Leyen", "Bashar al-Assad").
SOURCE_LINKS = frozenset({"des", "der", "von", "vom", "für", "in", "de", "al"})
# "mit Nato-Generalsekretär Rutte sagte er": a name after these is not the speaker.
COMPANION_PREPOSITIONS = ("mit", "bei", "an", "gegen", "für")
# News agencies pass figures on; the source is whom they quote.
AGENCY_NOUNS = ("Nachrichtenagentur",)
NEWS_AGENCIES = ("AFP", "AP", "Reuters", "dpa", "APA", "Yonhap", "Ukrinform", "TASS")
# A bare role or body names whom the article cited before ("der Geheimdienst"; regex).
ROLE_NOUNS = (
    r"Geheimdienst\w*",
    r"Präsident\w*",
    "Regierung",
    "Ministerium",
    r"Sprecher\w*",
    r"Minister\w*",
    r"Behörde\w*",
    "Armee",
    "Militär",
)
# Pronouns that point back to the source cited before: "sagte er".
PERSON_PRONOUNS = frozenset({"er", "sie"})
BODY_PRONOUNS: frozenset[str] = frozenset()
# "demnach", "ihm zufolge": the source cited before.
SOURCE_ANAPHORS = ("demnach", "ihm zufolge", "ihr zufolge", r"(?:den|diesen) Angaben zufolge")  # regex
# "deren Schätzungen", "nach seinen Angaben": the source cited before, by a possessive (regex).
SOURCE_REFERENCES = ("deren", "dessen", "nach seinen", "nach ihren")
SOURCE_POSSESSIVE_PREPOSITIONS: tuple[str, ...] = ()
SOURCE_POSSESSIVES = ("deren", "dessen", "seinen", "ihren")

# ================================================================ comparison (compare/figures.py)
# Words that set one amount against another: comparatives and adversative adverbs (regex).
CONTRAST_WORDS = (
    r"übertr[ie]fft",
    "übertreffen",
    "übersteigt",
    "übersteigen",
    "höher als",
    "niedriger als",
    "hingegen",
    "dagegen",
    "im Gegensatz",
    "anders als",
)
# A sentence that names an earlier year compares times, not estimates (regex).
EARLIER_YEAR = (r"Vorjahr\w*",)
# A running total counts from a year: "seit 2013", "since 2013" (regex).
SINCE_YEAR_WORDS = ("seit", "ab")
# A length followed by these is a distance from a place ("200 Kilometer vor Moskau", "400 km
# südlich von Moskau", "500 km weiter nördlich"), not a distance covered ("780 Kilometer
# vorangekommen"): the two are different quantities (regex, the first word after the number).
DISTANCE_FROM = (
    "vor",
    "von",
    "vom",
    "entfernt",
    "weit",
    "weiter",
    r"(?:süd|nord|ost|west)(?:lich|östlich|westlich)",
    "außerhalb",
    "bis",
)
# Possessives between a number and its noun that say whose, not what ("12.000 seiner Soldaten"):
# the frame reads past them (regex).
# "within 200 km", "bis auf 200 Kilometer": a qualifier that makes a length a distance from a place.
DISTANCE_FROM_QUALIFIERS = ("bis auf",)
FRAME_SKIPS = ("seiner", "ihrer", "unserer", "deren", "dessen")
# After the counted noun: the count takes in more than that noun ("30 Il-22Ms and variants":
# at most 30 of the Il-22M itself).
INCLUSIVE_TAILS = ("und Varianten", "und ähnliche", "samt Varianten")

# ================================================================ source entities (entities/sources.py)
# Nouns of a state's office (regex stems, matched at a word's end, any case): a source named so
# speaks for its country ("US-Regierung", "Pentagon-Sprecher Patrick Ryder", "der ukrainische
# Präsident Selenskyj" -> the country); a blogger or a newspaper of a country does not.
OFFICIAL_ROLES = (
    r"minister(?:in|ium)?",
    r"präsident(?:in)?",
    r"kanzler(?:in|amt)?",
    r"sprecher(?:in)?",
    r"botschafter(?:in)?",
    "regierung",
    r"geheimdienst(?:chef)?",
    "nachrichtendienst",
    "armee",
    "militär",
    "generalstab",
    "streitkräfte",
    r"behörden?",
    r"beamte[nr]?",
    "staatschef",
    r"premier(?:minister)?",
    r"staatssekretär(?:in)?",
    r"kommandeur(?:in)?",
    "general",
    "außenamt",
    "verwaltung",
)
# The word that opens a head noun's complement: the head of "Ministerium für Verteidigung" is
# "Ministerium", the office that speaks.
HEAD_COMPLEMENTS = ("für",)
# The words of a role phrase before a name ("der ukrainische Präsident Wolodymyr Selenskyj") and
# in an apposition after it ("Kirby, der Sprecher des Weißen Hauses,"): articles that open one.
ROLE_APPOSITION_ARTICLES = ("der", "die", "ein", "eine")
