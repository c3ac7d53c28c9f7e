"""German words and patterns of the quotation rules (`checker.quotes`).

Most lists are read with every language's together (`every_language("quotes", NAME)`): the
clause reading is German, and an English article's German words were always read with it. The
grammar flags, the speech verbs and the Konjunktiv forms are the article's own language's.
"""

from __future__ import annotations

import re

from ..shared import NEVER as _NEVER

# ----------------------------------------------------------------------------- grammar
SUBJECT_FIRST = False  # German inverts after a quotation: "„…“, sagte Blinken"
UNMARKED_REPORTS = False  # a reported clause follows a comma and carries "dass" or Konjunktiv I
# „…“, sagte er. „…“: each quoted sentence after the attribution is a quotation of its own
QUOTATION_GOES_ON = False
MOOD_MARKS_REPORT = True  # Konjunktiv I (or II) marks reported speech, and its continuation
ALL_INDIRECT_REPORTED = False  # indirect and reported speech keep their own styles

# ----------------------------------------------------------------------------- speech verbs
# Finite forms and participles of German speech verbs, by stem; separable particles are matched
# as prefixes ("mitteilte") or left alone ("teilte ... mit").
SPEECH_VERB_STEMS = tuple(
    """
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
)
SPEECH_VERB_FORMS = tuple(
    """
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
)
_PREFIX = "(?:mit|an|ab|auf|aus|bekannt|hinzu|fest|ein|vor|zu|hervor|hin|klar|dar|ge|zurück)?"
_ENDING = "(?:t|te|ten|tet|et|ete|eten|en|e|st|n)?"
# A lower-case word is a speech verb when the pattern matches it whole ("mitgeteilt",
# "angekündigt": the participle's "ge" stands between particle and stem).
CUE_PATTERN = re.compile(
    f"{_PREFIX}(?:ge)?(?:{'|'.join(SPEECH_VERB_STEMS)}){_ENDING}|{'|'.join(SPEECH_VERB_FORMS)}"
)
CUE_WORDS: frozenset[str] = frozenset()  # German speech verbs are matched by CUE_PATTERN
# Lower-case words the stem patterns also match: possessives, "so genannt", "geraten" (got into).
NOT_CUE_AFTER: frozenset[str] = frozenset()  # German nouns are capitalised: no cue
NOT_CUES = frozenset(
    """
    mein meine meinen meiner meines meinem genannt genannte genannten genannter gerade geraten
    teile teilen
    """.split()
)
# Verbs of saying that take no person as their object: a full name after them is the subject.
SAY_VERBS = frozenset(
    "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint äußerte ergänzte".split()
)
# Speech verbs that mean something else before a given word: "befindet sich", "gibt es".
NOT_CUE_BEFORE = {"befindet": "sich", "befand": "sich", "befinden": "sich", "gibt": "es", "gab": "es"}
# Separable verbs of saying whose particle closes the clause: "schlug den Mitarbeitern vor, ...".
PARTICLE_VERBS = {
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
# The particles of "stellte ... fest", "stellte ... klar": they complete the speech verb.
STELLEN_PARTICLES = frozenset({"fest", "klar"})
# Attitudes that introduce what someone holds true: "war sich sicher, dass ...".
ATTITUDES = frozenset(
    """
    sicher überzeugt zuversichtlich optimistisch skeptisch besorgt möglich unwahrscheinlich
    wahrscheinlich
    """.split()
)
# "in dem es nur 26 Fouls gab": verb-final after "es", these say there was, not that someone said.
THERE_IS_VERBS = frozenset({"gab", "gibt", "gäbe", "gebe"})
# "wurde verurteilt" (sentenced), "muss bestätigt werden" (in office): before BECOME, no report.
NOT_SAYING_STEMS = ("verurteil", "bestätig")
BECOME = frozenset("worden wurde wurden werden war waren ist sind zu sich".split())
# "Aus Paris hieß es", "In der Erklärung heißt es": the place or document speaks.
IT_IS_SAID = frozenset({"heißt", "hieß"})
IT_IS_WRITTEN = frozenset({"steht", "stand"})  # "Auf der Website stand: …"
FROM_CIRCLES = frozenset({"verlautete", "verlautet", "verlauteten"})  # "Aus EU-Kreisen verlautete, …"
# "wirft ihm ... vor" reproaches; "wirft Fragen auf" raises questions.
REPROACH_VERBS = frozenset({"warf", "warfen", "wirft"})
# Speech acts that report what was said without its words: demands, reproaches, reports, names.
SPEECH_ACT = re.compile(
    r"\w*(?:forder|verlang|bezeichn|kündig|bericht|warn|begründ|schätz)(?:t|te|ten|et|ete|eten|e|en)$"
    r"|sprach|sprachen|spricht|warf|warfen|wirft|nannte|nannten|nennt"
)

# ----------------------------------------------------------------------------- verbs and mood
AUXILIARIES = frozenset(
    """
    ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte konnten
    soll sollen sollte sollten will wollen wollte wollten muss müssen musste mussten darf dürfen
    durfte mag sei seien habe hätte hätten werde würde würden könne könnte könnten müsse müsste solle
    wolle dürfe wäre wären gibt gab geht ging steht stand heißt hieß bleibt blieb liegt lag
    """.split()
)
PASSIVE_AUXILIARIES = frozenset("wird werden wurde wurden worden".split())
PERFECT_AUXILIARIES = frozenset({"haben", "sein"})  # "Er soll das Geld genommen haben"
# Auxiliaries with which a main clause resumes after a reported one ("…, hat das Gericht …").
RESUMING_AUXILIARIES = ("hat", "war", "ist", "wurde")
# Konjunktiv I (and the Konjunktiv II that replaces it) marks reported speech.
# "gingen" is left out: the indicative past has the same form
KONJUNKTIV = frozenset(
    """
    sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe komme stehe gehe liege
    bleibe lasse sehe gelte handle handele brauche trage halte finde plane erwarte verfüge führe
    zeige besitze arbeite bestehe fehle befinde diene hätten wären würden hätte wäre würde könnten
    müssten sollten dürften gäbe stünde kämen kämen ließe brächte brächten gäben stünden läge lägen
    ginge hieße wüsste wüssten fände fänden bestünde bestünden
    """.split()
)
# Konjunktiv I, 3rd person: the stem plus "-e" ("gehöre", "funktioniere"), where the indicative has "-t".
KONJUNKTIV_FORM = re.compile(r"[a-zäöüß]{3,}(?<!t)e")
# Words in "-e" that are no Konjunktiv verb.
NOT_KONJUNKTIV = frozenset(
    """
    wurde gerne alleine lange ferne ebene ohne ende seine meine deine keine jene diese beide ihre
    alle sowie zufolge inne zustande zugrunde vorne live here gemäße
    """.split()
)
NOT_KONJUNKTIV_ENDINGS = ("weise", "ende", "liche", "ische", "ähnliche")
REPORTATIVE = frozenset({"soll", "sollen"})  # "Er soll das Geld genommen haben"
NOT_VERBS = frozenset({"zu", "sich", "so"})  # lower-case words that are never the finite verb
PAST_ENDINGS = ("te", "ten")  # "wiederholte": a past-tense verb, not an adjective
VERB_ENDINGS = ("te", "ten", "tet")
# A lower-case word with an adjective's inflection, or a number: "neuen", "84-jährige", "3".
ADJECTIVE = re.compile(r"[a-zäöüß][\w-]*(?:e|en|er|es|em|ern)$|\d.*")

# ----------------------------------------------------------------------------- function words
DETERMINERS = frozenset(
    """
    der die das dem den des ein eine einer eines einem einen dieser diese dieses diesem diesen jener
    jene jenes sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere
    unseres unserem unseren kein keine keiner keinen keinem alle beide mehrere einige viele zahlreiche
    """.split()
)
# Determiners that mark a dative or accusative phrase: a clause opened by one has its subject later.
OBJECT_DETERMINERS = frozenset(
    "den dem einem einen diesem diesen seinem seinen ihrem ihren jenem jenen".split()
)
POSSESSIVE_DETERMINERS = frozenset(
    "sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem ihres".split()
)
# "seiner Ansicht nach": the possessive stands for the speaker.
POSSESSIVES = frozenset("seiner ihrer deren dessen".split())
OWN_WORDS = frozenset({"eigenem", "eigenen", "eigener"})  # "nach eigenem Bekunden"
# Articles that can be a dative after a full name: "wirft Eva Roth der Firma … vor".
DATIVE_ARTICLES = frozenset({"der", "einer"})
PREPOSITIONS = frozenset(
    """
    am an in im auf bei vor nach zu zum zur mit über aus seit für gegen unter angesichts durch von
    vom beim ins ans aufs ohne um wegen trotz während zwischen neben hinter bis gegenüber infolge
    aufgrund anlässlich entgegen gemäß innerhalb außerhalb nahe per pro via statt anstatt jenseits
    laut
    """.split()
)
# Words that open an attribute of a noun phrase: a genitive or a "von" phrase.
ATTRIBUTE_OPENERS = frozenset("des der eines einer von vom".split())
GENITIVE_PREPOSITIONS = frozenset({"von"})  # "die Arbeit von Anna Roth"
AGENT_PREPOSITIONS = frozenset({"von", "vom"})  # "wurde von der Polizei bestätigt"
# Where a document or outlet is cited: "heißt es in der Erklärung", "bei Russland Aktuell".
CITED_IN = frozenset("in im bei von vom aus".split())
# Prepositions and adverbs of the place a text stands in: "In dem Antrag heißt es:", "Darin …".
LOCATION_PREPOSITIONS = frozenset("in im auf aus bei".split())
THERE_ADVERBS = frozenset("darauf darin dort".split())
# A place between a role and its name: "der Sprecher in Washington, John Kirby".
PLACE_PREPOSITIONS = frozenset("in aus bei".split())
SUBORDINATORS = frozenset(
    """
    wie als nachdem weil obwohl obgleich wenn da während dass ob falls bevor seit seitdem sobald
    solange indem damit sodass ehe wo wonach weshalb warum wer was
    """.split()
)
# Conjunctions of adverbial clauses: "Als er ankam, sagte er, …" says when, not what.
ADVERBIAL_CONJUNCTIONS = frozenset(
    """
    als nachdem weil obwohl obgleich wenn während bevor seit seitdem sobald solange indem damit
    sodass ehe
    """.split()
)
# Those that also open a phrase ("Während der Feiertage sollen …"): a pronoun subject decides.
AMBIGUOUS_CONJUNCTIONS = frozenset("als während seit".split())
AS_CONJUNCTIONS = frozenset({"wie"})  # "Wie der Sprecher mitteilte, …"
# Words that open a reported clause: "dass ...", "ob ...", "warum ...".
COMPLEMENTIZERS = frozenset("dass ob warum wann wer was wo weshalb wieso wonach".split())
SAID_CLAUSE_OPENERS = frozenset("dass wonach ob".split())  # after a noun of saying
# An infinitive clause: "Um die Zeit zu gewinnen, …" says why, not what.
INFINITIVE_OPENERS = frozenset("um ohne statt anstatt".split())
CLAUSE_OPENERS: frozenset[str] = frozenset()  # German needs a comma before a reported clause
ADDRESSEE_VERBS: frozenset[str] = frozenset()  # English only: "told reporters that ..."
COMPLEMENTIZER = ""
CONJUNCTIONS = frozenset("und oder sowie aber sondern denn doch".split())
OPENING_CONJUNCTIONS = frozenset("und aber doch".split())  # skipped at a clause's start
ADDITIVE_CONJUNCTIONS = frozenset({"und", "sowie"})  # "X erklärte, …, und kündigte an"
MAIN_CLAUSE_CONJUNCTIONS = frozenset("doch aber und sondern denn".split())  # "…, doch sein Sprecher erklärte"
SUBJECT_PRONOUNS = frozenset("er sie ich wir ihr man".split())
# Pronouns that are nominative only: after the finite verb they are the subject, whatever precedes.
NOMINATIVE_PRONOUNS = frozenset("er ich wir".split())
CASE_AMBIGUOUS_PRONOUNS = frozenset({"ihr", "sie"})  # "Ihr gegenüber hat er angegeben": a dative
# Pronouns of an object, after the verb and before its subject: "so beschrieb ihn der Minister".
OBJECT_PRONOUNS = frozenset("ihn ihm ihnen mich mir dich dir uns euch".split())
EXPLETIVES = frozenset({"es"})  # "es" names no subject
NOBODY = frozenset("man jemand niemand".split())  # "Man rechne mit …": an indefinite subject
RELATIVES = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen".split())
SUBJECT_RELATIVES = frozenset({"der", "welcher"})  # always the subject of their clause
AMBIGUOUS_RELATIVES = frozenset("die das welche welches".split())  # the subject unless one follows
RELATIVE_ONLY = frozenset("denen deren dessen welchem welcher welchen".split())  # never an article
CLAUSE_RELATIVES = frozenset("der die das".split())  # open a relative clause after a comma
ADVERBS = frozenset(
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
    """.split()
)
# Capitalised words that open a clause as adverbs, recognised by their ending.
ADVERB_ENDING = re.compile(
    r"(?:lich|weise|ings|mals|falls|dessen|wärts|seits|end|isch|ell|iv|sam|bar|haft|gemäß|wärtig|zeitig)$"
)
OPENING_PARTICIPLE = _NEVER  # German participle openers are read by the verb-second clause
GENITIVE_ADVERBS = frozenset({"weiteren", "öfteren"})  # "Des Weiteren" is an adverb, whatever its article
FOCUS_PARTICLES = frozenset("auch selbst sogar nur allein gerade besonders".split())
TIME_NOUNS = frozenset(
    """
    anfang ende mitte montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
    märz april mai juni juli august september oktober november dezember woche wochenende jahr
    """.split()
)
# "Dies bestätigte der Premierminister.": the previous sentence is what was said.
THIS_WORDS = frozenset("dies das dieses".split())
FOLLOWS_FROM_VERBS = frozenset({"geht", "ging"})  # "Das geht aus dem Urteil hervor."
# "Demnach …": the sentence reports what the source just named says.
BACK_REFERENCES = frozenset({"Demnach", "Danach", "Dementsprechend"})
NAME_JOINERS: frozenset[str] = frozenset()  # German names open no sentence with "of the"

# ----------------------------------------------------------------------------- nouns
# Head nouns of bodies that speak in the news: "die Regierung", "das Bezirksgericht", "andere Quellen".
BODY_ENDINGS = tuple(
    """
    regierung polizei ministerium partei gericht anwaltschaft kommission behörde behörden verband
    gewerkschaft zeitung agentur unternehmen konzern armee militär nationen union mission komitee
    rat amt institut organisation stiftung fraktion koalition opposition verwaltung senat parlament
    bundestag bank botschaft quellen medien sender firma gruppe vereinigung bündnis kammer
    ausschuss vorstand führung leitung team klub verein ministerien kreise
    """.split()
)
# Endings of common nouns, which a one-word name does not have ("Bedenken", "Forderung").
NOUN_ENDINGS = ("en", "ung", "heit", "keit", "schaft", "ion", "tät", "nis", "ismus")
# Endings of common nouns, also in the plural, that no word of a person's name has
# ("Stadtverwaltung", "Einzelheiten", "Ministerium"; "Leyen" ends in "-en", so that one is allowed).
COMMON_NOUN_ENDINGS = tuple(
    "ung ungen heit heiten keit keiten schaft schaften tion tionen tät täten nisse ismus ium".split()
)
PLACE_NOUN_ENDINGS = ("region", "gebiet", "provinz", "stadt")  # "Grenzregion Kursk", "Hauptstadt Kiew"
QUANTITY_NOUNS = frozenset(
    "millionen milliarden prozent euro dollar tage jahre monate wochen stunden".split()
)

# ----------------------------------------------------------------------------- quoted names
# Words in front of a quotation that make it a name or title, not something said.
TITLE_NOUNS = frozenset(
    """
    typ typs titel motto name namens film films buch buches buchs lied liedes serie album albums
    zeitung magazin magazins wochenmagazin wochenmagazins nachrichtenmagazin nachrichtenmagazins
    operation aktion projekt projekts programm programms kampagne sendung marke schiff stück roman
    romans band gruppe initiative bündnis verein vereins partei rubrik kategorie preis wettbewerb
    firma unternehmen unternehmens organisation slogan parole ausstellung zeitschrift blog blogs
    website portal portals sender ausgabe modell studie hashtag
    """.split()
)
# Heads of compound nouns that name things: "Fachblatt", "Nachrichtenmagazin", "Unternehmensgruppe".
TITLE_ENDINGS = frozenset(
    "blatt blattes zeitung magazin magazins magazines gruppe partei sender enzyklika namen".split()
)
# Words before a colon that announce a name or a translation, not words said.
GLOSSES = frozenset(
    "kurz etwa deutsch übersetzt englisch codename codenamen titel motto name namens heißt".split()
)
# The words of a name or title besides its capitalised ones („Kampagne für ein Freies Tibet“).
FUNCTION_WORDS = frozenset(
    """
    der die das dem den des ein eine einer eines einem einen und oder für von vom zu zum zur in im am
    an auf aus mit ohne gegen über unter bei nach vor um seine sein ihre ihr unsere e.v.
    """.split()
)
SCARE_CONTEXT = re.compile(r"(?:so\s*genannte[nmrs]?|sogenannte[nmrs]?|angebliche[nmrs]?)\s*$", re.IGNORECASE)
# A speech act calls something so: "als „Wortbruch“", "von einer „Farce“".
CALLED_BEFORE = frozenset("als ein eine einen einem einer eines von vor".split())

# ----------------------------------------------------------------------------- sources
# Words that name a source: "laut X", "X zufolge".
SOURCE_MARKERS = frozenset({"laut", "zufolge"})
_SOURCE_NOUN = (
    r"[\w-]*(?:[Aa]ngaben|[Bb]erichte?n?|[Ii]nformationen|[Mm]einung|[Aa]nsicht|[Aa]ussagen?|"
    r"[Dd]arstellung(?:en)?|[Ee]inschätzung(?:en)?|[Ss]chätzung(?:en)?|[Ee]rkenntnis(?:sen?)?|"
    r"[Bb]erechnung(?:en)?|[Ss]tudie|"
    r"[Ss]tellungnahme|[Mm]itteilung|[Ee]rklärung|[Uu]mfrage|[Ee]rmittlungen|[Aa]uffassung|Worten|"
    r"[Aa]uskunft|[Rr]echerchen|[Qq]uellen|[Pp]rognosen?|[Zz]ählung(?:en)?|[Aa]nalysen?|[Uu]ntersuchung(?:en)?|"
    r"[Mm]eldung(?:en)?|[Nn]achrichte?n?|[Vv]orhersagen?|[Ee]rfahrungen|[Bb]ekunden|[Gg]esetz(?:es)?)"
)
# Laut X / nach Angaben X / X zufolge / seiner Ansicht nach.
MARKER = re.compile(
    r"\b(?:(?:[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung)(?=\s+nach\b)"
    r"|[Ll]aut|[Zz]ufolge|[Gg]emäß|[Nn]ach\s+(?:[A-ZÄÖÜ]\w+s\s+)?"
    r"(?:(?:den|dem|der|einem|einer|eines|[a-zäöü]+(?:en|er|em|es|e))\s+){0,3}" + _SOURCE_NOUN + r")\b"
)
# A cheap first search for MARKER: the words it can open with.
MARKER_HINT = re.compile(r"(?:[Ll]aut|[Nn]ach|[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen|[Zz]ufolge|[Gg]emäß)\b")
# Nouns of saying that take what was said as a clause: "die Forderung, ... zu", "der Vorwurf, dass".
SAYING_NOUN = re.compile(
    r"\b(?:Forderung|Vorwurf|Vorwürfe|Behauptung|Aussage|Ankündigung|Warnung|Hinweis|Vermutung|Verdacht"
    r"|Befürchtung|Spekulation|Gerücht|Überzeugung|Einschätzung|Hoffnung|Aufforderung|Aufruf|Appell"
    r"|Zusage|Zusicherung|Versprechen|Drohung|Theorie|Hypothese|These|Argument|Einwand|Feststellung"
    r"|Begründung|Mahnung|Vorschlag|Bitte|Angst|Sorge|Kritik|Ergebnis|Schluss|Meldung|Bericht"
    r"|Auffassung|Ansicht|Meinung|Position|Standpunkt)"
    r"(?:e|en|n|s|es|ungen)?\b"
)
# A sentence that names a document or study: "Danach …" then reports it.
PUBLISHED = re.compile(_SOURCE_NOUN + r"|veröffentlich\w*|vorgestellt|vorgelegt")
# Documents that speak: "ein Kommentar, der … bezeichnet".
SOURCE_WORD = re.compile(rf"{_SOURCE_NOUN}|[\w-]*(?:[Kk]ommentar|[Bb]rief|[Ss]chreiben|[Aa]rtikel)")
# "nach Angaben der US-Regierung": the source is the government, not its statements.
SOURCE_PREFIX = re.compile(
    rf"^(?:(?:den|dem|der|die|das|einem|einen|einer|eines)\s+)?(?:{_SOURCE_NOUN}|{SAYING_NOUN.pattern})"
    r"\s+(?=(?:der|des|von|vom)\s)"
)
# The owner of a statement named before it: "Lukaschenkos Antwort: „…“" is Lukaschenko's.
OWNER_SAYING = re.compile(
    r"^([A-ZÄÖÜ][\w-]+?)s\s+(?:Antwort|Worte|Rede|Erklärung|Botschaft|Fazit|Reaktion|Kommentar|Aussagen?"
    r"|Warnung|Forderung|Appell|Drohung|Ansage|Bilanz|Urteil|Einschätzung|Kritik)$"
)
# A role set off by commas after a name: ", der Sprecher des Ministeriums, sagte …".
APPOSITION_ARTICLES = frozenset({"der", "die"})
APPOSITION_VERBS = frozenset({"sagte", "erklärte"})
