"""English words of the figure rules: places, counted things, subject, scope, time, modality, sources.

Read by checker/entities/{places,counted,sources}.py, checker/figures/ and checker/compare/figures.py.
Most rules read the words of every language in any text, so they join these lists with the German
ones; a tuple's order is the order its alternatives are tried in. Entries marked "regex" are regex
fragments, the others plain words. An empty list marks a rule English does not have (the German
words of it are still read in English text).

Place names are data about the world, not about a language, but each language spells them its own
way, so they live here as English spellings, keyed by ISO 3166 code.
"""

from __future__ import annotations

# ================================================================ places (entities/places.py)
COUNTRY_NAMES = {
    "kp": ("North Korea", "DPRK", "Pyongyang"),
    "kr": ("South Korea", "Republic of Korea", "Seoul"),
    "ru": ("Russia", "Russian Federation", "Moscow", "Kremlin"),
    "ua": ("Ukraine", "Kyiv", "Kiev"),
    "us": (r"U\.S\.?", "US", "United States", "America", "Washington", "Pentagon", "White House"),
    "cn": ("China", "Beijing"),
    "de": ("Germany", "Berlin"),
    "at": ("Austria", "Vienna"),
    "ch": ("Switzerland", "Bern"),
    "fr": ("France", "Paris"),
    "gb": ("Britain", "United Kingdom", "UK", "London"),
    "pl": ("Poland", "Warsaw"),
    "by": ("Belarus", "Minsk"),
    "ir": ("Iran", "Tehran"),
    "il": ("Israel", "Jerusalem"),
    "ps": ("Gaza", "Gaza Strip", "West Bank", "Palestine"),
    "sy": ("Syria", "Damascus"),
    "tr": ("Turkey", "Türkiye", "Ankara"),
    "af": ("Afghanistan", "Kabul"),
    "iq": ("Iraq", "Baghdad"),
    "jp": ("Japan", "Tokyo"),
    "in": ("India", "New Delhi"),
    "it": ("Italy", "Rome"),
    "es": ("Spain", "Madrid"),
    "hu": ("Hungary", "Budapest"),
    "eu": ("EU", "European Union", "Brussels"),
}
COUNTRY_ADJECTIVES = {
    "kp": ("North Korean",),
    "kr": ("South Korean",),
    "ru": ("Russian",),
    "ua": ("Ukrainian",),
    "us": ("American", "US"),
    "cn": ("Chinese",),
    "de": ("German",),
    "at": ("Austrian",),
    "ch": ("Swiss",),
    "fr": ("French",),
    "gb": ("British",),
    "pl": ("Polish",),
    "by": ("Belarusian",),
    "ir": ("Iranian",),
    "il": ("Israeli",),
    "ps": ("Palestinian",),
    "sy": ("Syrian",),
    "tr": ("Turkish",),
    "af": ("Afghan",),
    "iq": ("Iraqi",),
    "jp": ("Japanese",),
    "in": ("Indian",),
    "it": ("Italian",),
    "es": ("Spanish",),
    "hu": ("Hungarian",),
    "eu": ("European",),
}
DEMONYMS = {
    "kp": ("North Koreans",),
    "kr": ("South Koreans",),
    "ru": ("Russians",),
    "ua": ("Ukrainians",),
    "us": ("Americans",),
    "cn": ("Chinese",),
    "de": ("Germans",),
    "at": ("Austrians",),
    "ch": ("Swiss",),
    "fr": ("French",),
    "gb": ("Britons",),
    "pl": ("Poles",),
    "by": ("Belarusians",),
    "ir": ("Iranians",),
    "il": ("Israelis",),
    "ps": ("Palestinians",),
    "sy": ("Syrians",),
    "tr": ("Turks",),
    "af": ("Afghans",),
    "iq": ("Iraqis",),
    "jp": ("Japanese",),
    "in": ("Indians",),
    "it": ("Italians",),
    "es": ("Spaniards",),
    "hu": ("Hungarians",),
    "eu": ("Europeans",),
}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
COUNTRY_PREFIXES: dict[str, str] = {}
# English writes some country adjectives as two words; the first alone names no country
# ("North Korean troops"), the second is read as part of the first.
SPLIT_ADJECTIVES = {"North Korean": "kp", "South Korean": "kr"}
ADJECTIVE_ACRONYMS = {"DPRK": "kp"}
# "North Koreans" near a counted noun: they come from North Korea.
ORIGIN_PHRASES = {"North Korean": "kp"}

# "Russia's Kursk region", "eastern Russia".
REGION_NOUNS_BEFORE_NAME: tuple[str, ...] = ()
REGION_NOUNS_AFTER_NAME = ("region", "Oblast", "oblast", "area", "province", "border region")
# Nouns that, with a country's adjective, name the whole country ("on Russian soil"); any other
# noun names a site in it ("Russian training grounds"). Lower-case word starts.
WHOLE_COUNTRY_NOUNS = ("territor", "soil", "land", "side")
DIRECTION_NOUNS: tuple[str, ...] = ()
DIRECTION_NOUN_ARTICLES: tuple[str, ...] = ()
DIRECTION_PREFIXES: tuple[str, ...] = ()
COMPOUND_COUNTRIES: tuple[str, ...] = ()
DIRECTION_ADJECTIVES = ("eastern", "western", "northern", "southern")
DIRECTIONS = {"east": "east", "west": "west", "north": "north", "south": "south"}

# ================================================================ counted things (entities/counted.py)
CONCEPTS = {
    "troops": (
        "soldier",
        "troop",
        "forces",
        "fighter",
        r"mercenar\w*",
        "personnel",
        "servicem[ae]n",
        "service members",
        "combatants?",
        "recruit",
        "reservist",
    ),
    "officers": ("officer",),
    "generals": ("generals?",),
    "containers": ("container",),
    "dead": ("deaths?", "dead", "killed", r"fatalit\w+"),
    "injured": ("injured", "wounded"),
    "casualties": (r"casualt\w+", "losses"),
    "refugees": ("refugees?", "asylum seekers?", "migrant"),
    "civilians": ("civilians?",),
    "prisoners": ("prisoners?", "detainees?", "pows?"),
    # "1,000 of its men": men are anyone (troops, workers, passengers), as people are
    "people": ("people", "persons", "individuals", "residents", "citizens", r"\bmen"),
    "drones": ("drones?",),
    "missiles": ("missiles?", "rockets?"),
    "tanks": ("tanks?",),
    "shells": ("shells",),
}
CONCEPT_ENDINGS = ("s", "es")
NOT_COUNTED = tuple(
    "year years month months week weeks day days hour hours minute minutes second seconds times meter "
    "kilometer km percent degrees euro dollar cent cents points goals inch inches".split()
)
PLURAL_SUFFIXES = ("es", "s")

# ================================================================ subject (figures/subject.py)
# English nouns are lower case: the counted noun is the first or second word after the number
# that is not a function word or an adverb ("3,000 North Korean troops", "3,000 newly arrived").
NOUNS_CAPITALISED = False
# Whether a noun phrase after a number ends in its head ("Russian military training grounds").
HEAD_LAST = True
ADVERB_ENDINGS = ("ly",)
# A word with these endings after a noun is its participle, not a noun it modifies
# ("aircraft shot", "pilots killed").
PARTICIPLE_ENDINGS = ("ed",)
# The verb right before a count says what befell the counted ("killing about 1,000 of its men",
# "wounded 30"): a count's frame keeps it (compare/figure_entries.frame_text).
COUNT_VERB_ENDINGS = ("ing", "ed")
FUNCTION_WORDS = frozenset(
    "the a an and or of in on at to for by from with as is are was were be been has have had will "
    "would could may might that which who whom whose this these those its their his her our there "
    "here than per each more new now also already only during after before including near over under "
    "into toward towards against about across between among within without through since until while "
    "because".split()
)
POSSESSIVES = ("its", "their", "his", "her", "our")
PART_AFTER = ("of them", "of those", "of these", "of whom")
PART_BEFORE = ("including", "among them", "of whom")
FIRST_ARTICLES = ("the",)
FIRST_WORDS = ("first",)
RATES = {
    "/day": ("per day", "a day", "each day", "daily"),
    "/week": ("per week", "a week", "weekly"),
    "/month": ("per month", "a month", "monthly"),
    "/year": ("per year", "a year", "annually"),
}
MILITARY_WORDS = ("milit", "troop", "forces", "combat", "army", "front")
FROM_PREPOSITIONS = ("from", "of")
FROM_ARTICLES = ("the",)
LOCATIVE_PREPOSITIONS = ("in", "to", "into", "against", "with", "from", "about")
DEFINITE_ARTICLES = ("the",)
MOVEMENT_VERBS = (
    "arrived",
    "arriving",
    "arrive",
    "crossed",
    "entered",
    "registered",
    "rescued",
    "picked up",
)
DAY_PREPOSITIONS = ("on",)
WEEKEND = ("weekend",)
SHORT_PERIODS = ("today", "yesterday", "overnight", "over the weekend")
SINCE_PREPOSITIONS = ("since", "until")
LAST_24_HOURS = ("in the (?:past|last) 24 hours",)
PERIOD_BOUNDS = {"since": "since-", "until": "until-"}
PERIOD_NAMES = {"hours": "24h"}

# ================================================================ scope (figures/scope.py)
SCOPE_PREPOSITIONS = ("in", "into", "to", "on", "within", "inside", "across")
SCOPE_ARTICLES = ("the",)
TERRITORY_ADJECTIVES = ("Russian", "Ukrainian")
TERRITORY_NOUNS = ("soil", "territory", r"training\s+\w+", "military training grounds")  # regex
# A site named without its country ("to training facilities near the front"): where a figure
# applies, but neither part nor whole of any country's total (regex).
SITE_NOUNS = (r"training\s+(?:facilit\w+|grounds|camps?|cent(?:er|re)s?|bases?|sites?)", r"military\s+bases?")
PLACE_ANAPHORS = ("the region", "the area", "there")
NAME_PREPOSITIONS = ("in",)
NOUN_SUFFIXES: tuple[str, ...] = ()
GOVERNMENT_METONYMS = frozenset({"Pentagon", "Washington"})

# ================================================================ time (figures/time.py)
WEEKDAYS = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
# "since Monday" is not read as a flow's period (yet).
SINCE_WEEKDAYS: tuple[str, ...] = ()
DAYPART_SUFFIXES: tuple[str, ...] = ()
MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# "28 October" (regex).
DAY_MONTHS = (
    r"Jan\w*",
    r"Feb\w*",
    r"Mar\w*",
    r"Apr\w*",
    "May",
    r"Jun\w*",
    r"Jul\w*",
    r"Aug\w*",
    r"Sep\w*",
    r"Oct\w*",
    r"Nov\w*",
    r"Dec\w*",
)
# "October 28", "Oct. 28" (regex).
MONTHS_BEFORE_DAY = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    r"Oct\.",
    r"Nov\.",
    r"Dec\.",
    r"Sept?\.",
    r"Aug\.",
)
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "last week": -7, "earlier this week": -3}
UNTIL_PREPOSITIONS = ("by",)
MONTH_PARTS = ("the end of",)
EARLIER = ("initially", "originally", "previously", "at first", "first estimated")
UNITS_AFTER_YEAR: tuple[str, ...] = ()
YEAR_SPAN_WORDS = ("since", "by", "until", "from", "before", "after", "between", "and", "to")
YEAR_SPAN_ARTICLES = ("the", "end of")
YEAR_NOUNS: tuple[str, ...] = ()

# ================================================================ modality (figures/modality.py)
PROJECTION_WORDS = (
    "allowed to",
    "permitted to",
    "could",
    "may",
    "might",
    "would",
    "will",
    "'ll",
    "expected",
    "expects",
    "expect",
    "expecting",
    "projected",
    "forecast",
    "forecasts",
    "likely",
    "soon",
    "plans to",
    "planned",
    # a decision or an intention to send is a plan, not yet a count ("had decided to send 12,000")
    "decided to",
    "decides to",
    "intends to",
    "intend to",
    "intended to",
    "set to",
    "poised to",
    "potential",
    "potentially",
    "rise to",
    "reach",
    "increase to",
    "grow to",
)
# "May" with a capital inside a clause is the month; the modal is lower case.
MODAL_MONTHS = frozenset({"May"})
CAPACITY_PREPOSITIONS = ("for",)
CAPACITY_LIMITS = ("up to",)
# English marks the future with "will", a projection word.
FUTURE_AUXILIARIES: tuple[str, ...] = ()
PARTICIPLE_SHAPES: tuple[str, ...] = ()
CLAUSE_CONJUNCTIONS = ("while", "but", "and")
THAT_CONJUNCTIONS = ("that",)

# ================================================================ sources (figures/cited.py)
CITE_VERBS = tuple(
    "said says told stated estimated estimates reported reports claims claimed assesses assessed believes "
    "announced warned indicated informed revealed disclosed".split()
)
CITE_PARTICIPLES: tuple[str, ...] = ()
PERFECT_AUXILIARIES: tuple[str, ...] = ()
HAS = ("has",)
# Not "told": what follows it is whom the speaker told ("told VOA").
SAY_BEFORE_NAME = ("said", "says", "stated", "added", "noted", "warned", "wrote")
# "Local fishermen who saw the storm, said": the plural noun before a relative clause speaks (regex
# with the group src; the clause runs to the comma before the verb).
RELATIVE_SUBJECTS = (r"(?P<src>(?:[A-Z][\w.'’-]*\s+){1,3}[a-z]{3,}s)\s+(?:that|which|who)\s",)
# "according to the latest estimates by", "citing" (regex).
ACCORDING_TO = (
    "citing",
    r"according to(?:\s+(?:the\s+)?(?:latest\s+)?(?:estimates|figures|data)\s+(?:by|from|of))?",
)
COUNT_PREPOSITIONS: tuple[str, ...] = ()
COUNT_DETERMINERS: tuple[str, ...] = ()
COUNT_NOUNS: tuple[str, ...] = ()
GLUED_COUNT_NOUNS: tuple[str, ...] = ()
SOURCE_LINK_ARTICLES = ("the",)
POSTPOSITIONS: tuple[str, ...] = ()
APPOSITION_ARTICLES = ("the", "a", "an")
SOURCE_ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# "U.S. officials", "South Korea's spy agency", "South Korean intelligence" (regex).
BODY_NOUNS = (
    "officials?",
    r"intelligence(?:\s+(?:agency|service|officials))?",
    r"(?:spy\s+)?agency",
    "government",
    "ministry",
    "military",
    "army",
    "authorities",
    "sources?",
    r"defen[cs]e\s+(?:chief|minister|ministry)",
    "spokes(?:man|woman|person)",
)
BODY_AUXILIARIES = ("has", "have", "had")
# An adverbial of time between a source and its verb: "U.S. officials initially estimated", "The
# Pentagon earlier this week said" (the source still speaks; whether the figure was then revised is
# the comparison's business) (regex).
CITE_ADVERBIALS = (
    "initially",
    "originally",
    "first",
    "earlier",
    "previously",
    "also",
    "now",
    "later",
    "again",
    "yesterday",
    "today",
    r"(?:earlier|late|last|this)\s+(?:this\s+)?(?:week|month|year|morning|afternoon|evening)",
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
)
# A source that holds the figure rather than says it: "The ministry has data on the transfer of
# 10,000 troops" (regex).
EVIDENCE_PHRASES = (
    r"(?:has|have|had)\s+(?:(?:new|fresh)\s+)?(?:data|information|intelligence|evidence)\s+(?:on|about|of|that|showing)",
)
BODY_CITE_VERBS = ("believed", "assessed", "informed", "estimate")
# The words of a body's name after its country: "U.S. defense officials" (regex).
BODY_WORDS = (
    "officials?",
    "intelligence",
    "spy",
    "agency",
    "service",
    "government",
    "ministry",
    "military",
    "army",
    "authorities",
    "sources?",
    "defen[cs]e",
    "chief",
    "minister",
    "spokes(?:man|woman|person)",
)
# "estimated by the Pentagon".
PASSIVE_CITE_VERBS = ("estimated", "reported", "announced", "claimed", "stated")
AGENT_PREPOSITIONS = ("by",)
AGENT_ARTICLES = ("the",)
LEADING_ARTICLES = ("the", "a", "an")
NOT_SOURCES = ("North Korea", "Russia", "This", "It", "There", "In", "We", "I", "As")
SOURCE_OPENING_PREPOSITIONS = ("At", "On", "From", "With", "For", "By")
SOURCE_LINKS = frozenset({"of", "the", "for", "in", "de", "al"})
COMPANION_PREPOSITIONS = ("with", "to", "for")
AGENCY_NOUNS = ("news agency",)
NEWS_AGENCIES = ("AFP", "AP", "Reuters", "dpa", "APA", "Yonhap", "Ukrinform", "TASS")
ROLE_NOUNS = (
    "intelligence",
    "agency",
    "government",
    "ministry",
    "officials?",
    "president",
    "spokesperson",
    "spokesman",
    "army",
    "military",
)
PERSON_PRONOUNS = frozenset({"he", "she", "they"})
# "it said": an organisation cited before.
BODY_PRONOUNS = frozenset({"it"})
SOURCE_ANAPHORS = ("according to (?:him|her|them)",)  # regex
SOURCE_REFERENCES = ("(?:by|in) (?:their|its|his|her) (?:count|estimates?|figures|assessment)",)  # regex
SOURCE_POSSESSIVE_PREPOSITIONS = ("by", "in")
SOURCE_POSSESSIVES = ("their", "its", "his", "her")

# ================================================================ comparison (compare/figures.py)
CONTRAST_WORDS = (
    r"surpass\w*",
    r"exceed\w*",
    r"outnumber\w*",
    "higher than",
    "lower than",
    "whereas",
    "by contrast",
    "in contrast",
    "unlike",
)
EARLIER_YEAR = ("last year", "previous year", "a year earlier")
# A running total counts from a year: "seit 2013", "since 2013" (regex).
SINCE_YEAR_WORDS = ("since",)
DISTANCE_FROM = (
    "from",
    "of",
    "away",
    "short",
    "outside",
    "to",
    "south",
    "north",
    "east",
    "west",
    "farther",
    "further",
)
# "within 200 km", "bis auf 200 Kilometer": a qualifier that makes a length a distance from a place.
DISTANCE_FROM_QUALIFIERS = ("within",)
FRAME_SKIPS = (r"of\s+(?:its|their|his|her|our|the)", "of")
# After the counted noun: the count takes in more than that noun ("30 Il-22Ms and variants":
# at most 30 of the Il-22M itself).
INCLUSIVE_TAILS = ("and variants", "and its variants", "and similar", "and derivatives")

# ================================================================ source entities (entities/sources.py)
# Nouns of a state's office (regex stems, matched at a word's end, any case).
OFFICIAL_ROLES = (
    "minister",
    "ministry",
    "president",
    "chancellor",
    "secretary",
    r"spokes(?:man|woman|person)",
    "ambassador",
    "government",
    "administration",
    "department",
    "intelligence",
    "military",
    "army",
    "forces",
    "officials?",
    "authorities",
    r"(?:defen[cs]e\s+)?chief",
    "premier",
    "commander",
    "general",
    "agency",
    "service",
)
# The word that opens a head noun's complement: the head of "Ministry of Defense" is "Ministry",
# the office that speaks.
HEAD_COMPLEMENTS = ("of",)
ROLE_APPOSITION_ARTICLES = ("the", "a", "an")
