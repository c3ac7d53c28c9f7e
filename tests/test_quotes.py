"""Quotation extraction and speaker attribution on small German and English texts."""

from __future__ import annotations

import pytest

from checker.quotes import extract_quotes
from checker.text.doc import build_doc
from checker.types import Article, Quote


def quotes_of(text: str, lang: str = "de") -> list[Quote]:
    article = Article(id="t", text=text, lang=lang)
    return list(extract_quotes(build_doc(article)))


def direct_of(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text, lang) if q.direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir sparen 3 Mio. Euro“, sagte Müller.", [("Wir sparen 3 Mio. Euro", "Müller")]),
        ("»Das Werk bleibt offen«, so Betriebsratschef Jan Ohm.", [("Das Werk bleibt offen", "Jan Ohm")]),
        ('"Die Lage ist ernst", erklärte Anna Weber.', [("Die Lage ist ernst", "Anna Weber")]),
        ("Ministerin Eva Roth sagte: „Wir handeln jetzt.“", [("Wir handeln jetzt.", "Eva Roth")]),
        ("“We will not back down,” said Maria Lopez.", [("We will not back down,", "Maria Lopez")]),
        ("Tom Baker said: “The plant stays open.”", [("The plant stays open.", "Tom Baker")]),
    ],
)
def test_direct_quotes_in_every_style(text: str, expected: list[tuple[str, str]]) -> None:
    lang = "en" if "“" in text and "„" not in text else "de"
    assert direct_of(text, lang) == expected


def test_interrupted_quote_gives_two_segments_with_one_speaker() -> None:
    text = "„Der Plan steht“, sagte Bürgermeister Karl Lenz. „Wir beginnen im Mai mit dem Bau.“"
    assert direct_of(text) == [
        ("Der Plan steht", "Karl Lenz"),
        ("Wir beginnen im Mai mit dem Bau.", "Karl Lenz"),
    ]


def test_quote_reopened_by_a_new_paragraph() -> None:
    text = (
        "Die Ärztin Lea Kunz warnte vor der Welle. „Die Kliniken sind voll belegt.\n"
        "„Wir brauchen mehr Personal und mehr Betten“, fügte sie hinzu."
    )
    found = [q for q in quotes_of(text) if q.direct]
    assert [q.text for q in found] == [
        "Die Kliniken sind voll belegt.",
        "Wir brauchen mehr Personal und mehr Betten",
    ]
    assert found[1].speaker_mention == "sie"
    assert found[1].speaker == "Lea Kunz"


def test_pronoun_mention_keeps_its_offsets_and_resolves() -> None:
    text = "Außenminister Peter Brandt traf die Delegation. „Die Gespräche waren offen“, sagte er."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker_mention, quote.speaker, quote.cue) == ("er", "Peter Brandt", "sagte")
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "er"


def test_offsets_point_into_the_text_without_marks() -> None:
    text = "Er sagte gestern: „Das reicht nicht.“"
    quote = next(q for q in quotes_of(text) if q.direct)
    assert text[quote.start : quote.end] == "Das reicht nicht."


def test_partial_quote_inside_a_sentence() -> None:
    text = "Senatorin Ruth Hall bezeichnete die Entwicklung als „sehr bedeutsam und sehr negativ“."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.text, quote.style, quote.speaker) == (
        "sehr bedeutsam und sehr negativ",
        "partial",
        "Ruth Hall",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Flugzeug des Typs „Falke“ landete in Bremen.",
        "Die Serie „Nachtwache“ läuft am Montag.",
    ],
)
def test_names_and_titles_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "body", "speaker", "cue"),
    [
        (
            "Der Sprecher Jonas Falk sagte, die Truppen seien bereits abgezogen.",
            "die Truppen seien bereits abgezogen",
            "Jonas Falk",
            "sagte",
        ),
        (
            "Vera Stein behauptete, dass die Zahlen geschönt worden seien.",
            "dass die Zahlen geschönt worden seien",
            "Vera Stein",
            "behauptete",
        ),
        (
            "Die Lage habe sich deutlich verschlechtert, erklärte Hans Roth.",
            "Die Lage habe sich deutlich verschlechtert",
            "Hans Roth",
            "erklärte",
        ),
        (
            "Laut Innenminister Olaf Brenner wurden 300 Menschen evakuiert.",
            "wurden 300 Menschen evakuiert",
            "Olaf Brenner",
            "Laut",
        ),
        (
            "Wie die Polizei mitteilte, sei der Fahrer geflohen.",
            "sei der Fahrer geflohen",
            "Polizei",
            "mitteilte",
        ),
        # A noun of holding a view, and the verb that closes its phrase before the comma
        (
            "Lina Graf hatte im Interview die These vertreten, die Partei stagniere.",
            "die Partei stagniere",
            "Lina Graf",
            "These",
        ),
        (
            "Der Mieterbund vertritt die Auffassung, dass die Reform zu spät komme.",
            "dass die Reform zu spät komme",
            "Mieterbund",
            "Auffassung",
        ),
    ],
)
def test_indirect_speech(text: str, body: str, speaker: str, cue: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.text == body
    assert quote.style == "indirect"
    assert quote.speaker is not None and quote.speaker.endswith(speaker)
    assert quote.cue == cue


def test_free_indirect_continues_the_speaker() -> None:
    text = "Klara Wolf sagte, das Projekt sei gescheitert. Die Kosten seien zu hoch gewesen."
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]


def test_english_reported_speech() -> None:
    text = "Defense Secretary Mark Dunn said the troops had left the area on Monday."
    quote = next(q for q in quotes_of(text, "en") if not q.direct)
    assert (quote.style, quote.speaker) == ("reported", "Mark Dunn")
    assert quote.text == "the troops had left the area on Monday"


def test_role_from_apposition() -> None:
    text = "„Wir sind vorbereitet“, sagte Oleksandr Petrenko, der Verteidigungsminister der Ukraine."
    quote = next(q for q in quotes_of(text) if q.direct)
    assert (quote.speaker, quote.role) == ("Oleksandr Petrenko", "Verteidigungsminister der Ukraine")


def test_surname_and_role_noun_resolve_to_the_full_name() -> None:
    text = (
        "US-Außenminister Antony Blinken reiste nach Brüssel. „Wir stehen zusammen“, sagte Blinken. "
        "„Die Hilfe geht weiter“, sagte der Minister."
    )
    assert [q.speaker for q in quotes_of(text) if q.direct] == ["Antony Blinken", "Antony Blinken"]


def one_direct(text: str) -> Quote:
    return next(q for q in quotes_of(text) if q.direct)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The clause before the colon names the speaker, however long its subject phrase.
        (
            "Die Sprecherin der Fraktion, Anna Berger, brachte ihre Sorge zum Ausdruck: „Wir sind besorgt.“",
            "Die Sprecherin der Fraktion, Anna Berger",
        ),
        ("In dem Bericht heißt es: „Die Kosten steigen weiter.“", "dem Bericht"),
        # Without a speech verb the subject of the sentence is the speaker ...
        (
            "Bürgermeister Jan Korte hält das Projekt für „dringend nötig und lange überfällig für uns“.",
            "Bürgermeister Jan Korte",
        ),
        ("Die Firma Lindner nennt die Vorwürfe „völlig haltlos“.", "Die Firma Lindner"),
        # ... also after the verb, when an object or an adverb opens the clause,
        ("Dem Vorschlag attestiert Gutachter Paul Frey „große Schwächen“.", "Gutachter Paul Frey"),
        ("Tatsächlich spricht die Ministerin von einem „historischen Tag“.", "die Ministerin"),
        # ... also when a long object opens the clause and a nominative pronoun follows the verb,
        (
            "Die Bilanz der Regierung in den ersten Monaten unter Kanzler Max Bauer lobte er mit den "
            "Worten: „Das ist solide Arbeit.“",
            "er",
        ),
        (
            "Jegliche Verantwortung für die Panne weist Krämer von sich: „Ich wusste nichts davon.“",
            "Krämer",
        ),
        ("Die Vorschläge der Kommission nannte Vogt „weltfremd und teuer“.", "Vogt"),
        # ... while a speaking body before the verb stays the subject,
        ("Die Deutsche Bahn nannte Vogt „einen verlässlichen Partner“.", "Die Deutsche Bahn"),
        ("Die Landesregierung nannte Vogt „einen verlässlichen Partner“.", "Die Landesregierung"),
        # ... never the object of the verb,
        (
            "Das Auswärtige Amt empfiehlt allen Reisenden „größte Vorsicht im Grenzgebiet“.",
            "Das Auswärtige Amt",
        ),
        # ... and the agent of a passive clause.
        ("Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.", "Wetterdienst"),
        # „…“, zitiert X Y: the one quoted speaks, not the outlet.
        ("„Wir sind bereit“, zitiert die Zeitung den Trainer Jens Ott.", "den Trainer Jens Ott"),
        (
            "„Die Lage ist stabil“, heißt es in einer Mitteilung des Ministeriums.",
            "einer Mitteilung des Ministeriums",
        ),
        ("„Das ist gut. Wir machen weiter“, sagte Lena Hof.", "Lena Hof"),
        (
            "„Bis es zu spät war“, stellte die Anwältin fest, seien alle Warnungen überhört worden.",
            "die Anwältin",
        ),
    ],
)
def test_speaker_mention_of_direct_quotes(text: str, mention: str) -> None:
    assert one_direct(text).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # A pronoun keeps its own offsets and resolves to the person named before.
        (
            "Ministerin Petra Lang besuchte die Truppe. Sie sprach von einer „schwierigen Lage“.",
            "Petra Lang",
            "Sie",
        ),
        (
            "Unterdessen verteidigte der Vorsitzende des Ausschusses, Sebastian Ebert, den Entwurf. "
            "Er bezeichnete die Änderungen als „maßvoll und nötig“.",
            "Sebastian Ebert",
            "Er",
        ),
        # A quotation standing alone is the words of the previous sentence's subject ...
        (
            "Bundespräsident Karl Weber zeigte sich zufrieden. „Das Ergebnis ist ein gutes Zeichen.“",
            "Karl Weber",
            "Bundespräsident Karl Weber",
        ),
        # ... or continues the previous quotation.
        (
            "„Wir bleiben“, sagte Tom Blau. Die Halle war voll. „Die Fabrik hat eine Zukunft.“",
            "Tom Blau",
            "Tom Blau",
        ),
        # Konjunktiv I around a quotation continues the reported speaker.
        (
            "Ministerin Eva Roth sagte, die Reform komme. Sie sei „ein großer Schritt nach vorn“.",
            "Eva Roth",
            "Sie",
        ),
        # A named subject of the quoting sentence speaks itself, though Konjunktiv I follows.
        (
            "„Wir sind offen“, sagte Ministerin Eva Roth. In dem Verfahren sieht Osterloh „einen klaren "
            "Angriff gegen die Belegschaft“, es stehe im Gegensatz zur Tradition.",
            "Osterloh",
            "Osterloh",
        ),
        # ", so X weiter:" before a colon names who goes on speaking.
        ("Das habe Methode, so Elshorst weiter: „Das ist in anderen Firmen üblich.“", "Elshorst", "Elshorst"),
    ],
)
def test_speaker_resolution(text: str, speaker: str, mention: str) -> None:
    quote = [q for q in quotes_of(text) if q.direct][-1]
    assert (quote.speaker, quote.speaker_mention) == (speaker, mention)
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.parametrize(
    "text",
    [
        "Die Raumfähre „Discovery“ startete am Morgen.",
        "Das Bündnis „Kampagne für ein Freies Tibet“ rief zu Protesten auf.",
        "Der so genannte „Rettungsschirm“ wurde erweitert.",
        "Die Partei „Neue Mitte“ trat zur Wahl an.",
        "Die Erde war „nur“ 147 Millionen Kilometer von der Sonne entfernt.",
        'The film "Cold Harbour" opened in May.',
    ],
)
def test_names_terms_and_scare_quotes_are_not_quotations(text: str) -> None:
    lang = "en" if text.startswith("The") else "de"
    assert [q for q in quotes_of(text, lang) if q.direct] == []


def test_a_single_word_counts_when_a_speech_verb_follows() -> None:
    assert direct_of("„Nein“, sagte Karl Frei.") == [("Nein", "Karl Frei")]


def test_a_single_word_counts_inside_reported_speech() -> None:
    text = "Ministerin Eva Roth betonte, dass der Handel eine „Einbahnstraße“ sei."
    assert direct_of(text) == [("Einbahnstraße", "Eva Roth")]


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        (
            "Nach Angaben der Polizei seien drei Menschen verletzt worden.",
            "seien drei Menschen verletzt worden",
            "Angaben der Polizei",
        ),
        (
            "Nach ersten Schätzungen der Behörde sind 300 Häuser zerstört.",
            "sind 300 Häuser zerstört",
            "Schätzungen der Behörde",
        ),
        (
            "Die Lage sei ernst, so der Sprecher der Feuerwehr.",
            "Die Lage sei ernst",
            "der Sprecher der Feuerwehr",
        ),
        (
            "Die Gewerkschaft geht davon aus, dass der Streik länger dauert.",
            "dass der Streik länger dauert",
            "Die Gewerkschaft",
        ),
        (
            "Die Ministerin hat gestern angekündigt, das Gesetz zu ändern.",
            "das Gesetz zu ändern",
            "Die Ministerin",
        ),
        ("Er sagte, der Plan funktioniere.", "der Plan funktioniere", "Er"),
        (
            "Das Gericht stellte fest, dass die Frist abgelaufen sei.",
            "dass die Frist abgelaufen sei",
            "Das Gericht",
        ),
        (
            "Die Polizei war davon ausgegangen, dass der Fahrer flieht.",
            "dass der Fahrer flieht",
            "Die Polizei",
        ),
        (
            "Der Vertrag war bereits gekündigt, wie der Verband bekannt gab.",
            "Der Vertrag war bereits gekündigt",
            "der Verband",
        ),
        (
            "Das Werk wird geschlossen. Dies bestätigte Konzernchef Ulf Brandt.",
            "Das Werk wird geschlossen",
            "Konzernchef Ulf Brandt",
        ),
        # "Demnach" points back to the source: it is the mention, the source is the speaker
        (
            "Die Feuerwehr legte den Bericht vor. Demnach brach das Feuer im Keller aus.",
            "brach das Feuer im Keller aus",
            "Demnach",
        ),
        (
            "Der Experte Max Roth warnt vor Panik. Seiner Ansicht nach sei die Gefahr gering.",
            "sei die Gefahr gering",
            "Seiner Ansicht",
        ),
    ],
)
def test_indirect_speech_markers(text: str, body: str, mention: str) -> None:
    found = [q for q in quotes_of(text) if not q.direct and q.text == body]
    assert [q.speaker_mention for q in found] == [mention]


def test_passive_report_without_agent_has_no_speaker() -> None:
    text = "Dem Trainer wurde vorgeworfen, die Regeln gebrochen zu haben."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker, quote.speaker_mention) == ("die Regeln gebrochen zu haben", None, None)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the agent's "von" would stand before the participle, not inside the reported clause
        (
            "Vor allem wird kritisiert, dass die Reform von Minister Otto Brandt verschoben worden sei.",
            "dass die Reform von Minister Otto Brandt verschoben worden sei",
        ),
        # the passive stands after a colon: the dative object does not speak
        (
            "Die Behörde hat Klage erhoben: Ihm wird vorgeworfen, Gelder veruntreut zu haben.",
            "Gelder veruntreut zu haben",
        ),
        # a past perfect passive puts "worden" after the participle
        (
            "Am Montag war noch befürchtet worden, die Brücke könnte einstürzen.",
            "die Brücke könnte einstürzen",
        ),
        # a verb-final passive after a conjunction
        (
            "Die Lage ist ernst, weil berichtet wurde, die Deiche seien gebrochen.",
            "die Deiche seien gebrochen",
        ),
    ],
)
def test_passive_reports_name_nobody(text: str, body: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker_mention) == (body, None)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Die Anwohner wurden von örtlichen Behörden aufgefordert, die Häuser zu verlassen.",
            "örtlichen Behörden",
        ),
        (
            "In einem Bericht der Lokalzeitung wurde vermutet, dass niemand überlebt habe.",
            "einem Bericht der Lokalzeitung",
        ),
    ],
)
def test_passive_report_names_its_agent_or_document(text: str, mention: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A verb-final clause: its subject follows the conjunction.
        (
            "Die Vorsitzenden des Vereins protestierten, da sie befürchten, viele Halter gäben die Tiere ab.",
            "sie",
        ),
        # "Seit Jahren" is a phrase, not a clause: the subject follows the verb.
        ("Seit Jahren fordert der Mieterbund, dass die Mieten begrenzt würden.", "der Mieterbund"),
        # A dative "Ihr" opens the clause; the nominative "er" after the verb is the subject.
        ("Der Fahrer rief die Mutter an. Ihr gegenüber hat er angegeben, er sei wütend gewesen.", "er"),
    ],
)
def test_subject_of_the_speech_verb(text: str, mention: str) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert quote.speaker_mention == mention


def test_back_reference_resolves_to_the_source() -> None:
    text = "Einsatzleiter Uwe Brand legte den Bericht vor. Demnach brach das Feuer im Keller aus."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.speaker_mention, quote.speaker) == ("Demnach", "Uwe Brand")


def test_two_reported_clauses_in_one_sentence() -> None:
    text = (
        "Der Präsident sagte, der Minister sei tot, doch sein Sprecher erklärte, dies nicht prüfen zu können."
    )
    found = [(q.text, q.speaker_mention) for q in quotes_of(text) if not q.direct]
    assert found == [
        ("der Minister sei tot", "Der Präsident"),
        ("dies nicht prüfen zu können", "sein Sprecher"),
    ]


def test_free_indirect_sentences_merge_into_one_quotation() -> None:
    text = (
        "Klara Wolf sagte, das Projekt sei gescheitert. Die Kosten seien zu hoch gewesen. "
        "Man habe zu spät reagiert."
    )
    found = [q for q in quotes_of(text) if not q.direct]
    assert [q.speaker for q in found] == ["Klara Wolf", "Klara Wolf"]
    assert found[1].text == "Die Kosten seien zu hoch gewesen. Man habe zu spät reagiert"
    assert found[1].cue is None


def test_free_indirect_stops_at_the_paragraph() -> None:
    text = "Klara Wolf sagte, das Projekt sei gescheitert.\n\nDie Stadt habe neue Pläne."
    assert [q.text for q in quotes_of(text) if not q.direct] == ["das Projekt sei gescheitert"]


def test_speech_act_without_the_words_is_reported() -> None:
    text = "Die Opposition forderte den Rücktritt des Ministers."
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.style, quote.speaker_mention, quote.cue) == ("reported", "Die Opposition", "forderte")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a separable speech verb whose particle closes the clause
        (
            "Der Verlag schlug den Mitarbeitern vor, sich bei der neuen Tochterfirma zu bewerben.",
            ("sich bei der neuen Tochterfirma zu bewerben", "Verlag"),
        ),
        (
            "Ein Bezirksgericht hat die Firma aufgefordert, alle Daten der Kunden herauszugeben.",
            ("alle Daten der Kunden herauszugeben", "Bezirksgericht"),
        ),
        # an attitude before "dass"
        (
            "Die Staatsanwältin Eva Roth war sich sicher, dass die Beweise für den Prozess reichen würden.",
            ("dass die Beweise für den Prozess reichen würden", "Eva Roth"),
        ),
        # a quoted name between the speech verb and its clause
        (
            "Am Montag berichtete der „Spiegel“, dass der Vertrag zum Jahresende gekündigt werde.",
            ("dass der Vertrag zum Jahresende gekündigt werde", "„Spiegel“"),
        ),
        # nouns of saying: the noun, or the subject that holds the view
        (
            "Aussagen, dass das Werk geschlossen werde, schenken die Mitarbeiter keinen Glauben.",
            ("dass das Werk geschlossen werde", "Aussagen"),
        ),
        (
            "Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise für die Echtheit gebe.",
            ("dass es keinerlei Beweise für die Echtheit gebe", "Experten"),
        ),
        # an indicative main clause before "…, teilte X mit"
        (
            "Der neue Planet begleitet einen fernen Stern, teilte die Universität Jena mit.",
            ("Der neue Planet begleitet einen fernen Stern", "Universität Jena"),
        ),
        # a marker longer than the clause around it is left out
        (
            "Trotzdem würden laut Hauptmann Abraham Sipe von der Marineinfanterie gute Fortschritte gemacht.",
            ("gute Fortschritte gemacht", "Hauptmann Abraham Sipe von der Marineinfanterie"),
        ),
    ],
)
def test_reported_clauses_after_more_cues(text: str, expected: tuple[str, str]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text) if not q.direct] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sozialarbeiter verständigte die Polizei. Danach fand ein Treffen mit den Eltern statt.",
        "Der Mietvertrag des Vereins wurde im Mai gekündigt.",
        "Im Ort gibt es, anders als früher, keinen Arzt mehr.",
        "Das Lager befindet sich, anders als geplant, am Stadtrand der Gemeinde.",
    ],
)
def test_no_reported_speech_in_narration(text: str) -> None:
    assert [q.text for q in quotes_of(text) if not q.direct] == []


def test_danach_after_a_study_reports_it() -> None:
    text = "Die Studie wurde am Montag veröffentlicht. Danach verdienen Frauen weniger als Männer."
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("verdienen Frauen weniger als Männer", "Studie")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Minister Karl Huber nannte den Plan eine „Luftnummer“.", ("Luftnummer", "Karl Huber")),
        (
            "Die Opposition bezeichnete die Reform als „Etikettenschwindel“.",
            ("Etikettenschwindel", "Opposition"),
        ),
        (
            "Vera Lang sprach von einer „Gefahr für die ganze Stadt“.",
            ("Gefahr für die ganze Stadt", "Vera Lang"),
        ),
    ],
)
def test_the_term_a_speech_act_quotes_is_the_quotation(text: str, expected: tuple[str, str]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [expected]


def test_a_quoted_title_after_a_speech_act_stays_a_title() -> None:
    found = quotes_of("Der Verlag kündigte seinen Film „Sonnenschein“ für Mai an.")
    assert [(q.style, q.cue) for q in found] == [("reported", "kündigte")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Er sagte, er sei unschuldig, erkannte das Gericht nicht an und schwieg.", "er sei unschuldig"),
        (
            "Jana Roth sagte, Europa brauche die Briten und fügte hinzu: „Wir schaffen das.“",
            "Europa brauche die Briten",
        ),
        (
            "Er sagte, dass die Truppen, die gestern kamen, bleiben würden.",
            "dass die Truppen, die gestern kamen, bleiben würden",
        ),
        (
            "Sie betonte, die Lage sei ernst und man müsse handeln.",
            "die Lage sei ernst und man müsse handeln",
        ),
        (
            "Er sagte, die Kosten seien gestiegen, weil die Preise, die der Markt setzt, steigen.",
            "die Kosten seien gestiegen, weil die Preise, die der Markt setzt, steigen",
        ),
    ],
)
def test_reported_clause_ends_where_the_main_clause_resumes(text: str, body: str) -> None:
    assert [q.text for q in quotes_of(text) if not q.direct] == [body]


@pytest.mark.parametrize(
    "text",
    [
        "„Das war wichtig. Der Plan musste gut aussehen, expressiv sein“, sagte der Regisseur Tom Chen.",
        "Tom Chen fügte hinzu: „Wer kann glauben, man könne Europa ohne die Briten bauen? Niemand.“",
    ],
)
def test_no_reported_clause_inside_a_quotation(text: str) -> None:
    assert [q.style for q in quotes_of(text)] == ["direct"]


def test_a_konjunktiv_inside_a_quotation_does_not_continue_reported_speech() -> None:
    text = (
        "Ute Brandt bestätigte den Vorfall. "
        "Ein Helfer sagte: „Ich habe schon viele Brände gesehen, aber keinen wie diesen.“"
    )
    assert [q.style for q in quotes_of(text)] == ["direct"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Nach Einschätzung der Polizei handelt es sich um einen Einzelfall.", "Einschätzung der Polizei"),
        ("Nach einer Schätzung des Verbands fehlen 3.000 Lehrer.", "Schätzung des Verbands"),
        ("Nach Erkenntnis der Ermittler war der Täter allein.", "Erkenntnis der Ermittler"),
    ],
)
def test_singular_source_nouns_mark_reported_speech(text: str, mention: str) -> None:
    assert [q.speaker_mention for q in quotes_of(text)] == [mention]


def test_an_indefinite_subject_names_no_speaker() -> None:
    quote = quotes_of("Man gehe davon aus, dass der Damm hält.")[0]
    assert (quote.text, quote.speaker_mention, quote.speaker) == ("dass der Damm hält", None, None)


def test_the_sentence_before_a_quotation_is_not_reported_by_its_cue() -> None:
    text = (
        "Der Minister Karl Huber trat am Montag zurück. Er begründet den Schritt mit der Krankheit "
        "seiner Frau. „Es ist allein dieser private Grund“, sagte er."
    )
    assert [(q.style, q.text) for q in quotes_of(text)] == [("direct", "Es ist allein dieser private Grund")]


def test_a_period_without_space_still_ends_the_sentence() -> None:
    text = (
        "„Wir bleiben hart“, sagte Weber.Als „großen Fehler“ bezeichnete dagegen "
        "die Gewerkschaftschefin Petra Klein den Plan."
    )
    mentions = {q.text: q.speaker_mention for q in quotes_of(text)}
    assert mentions["Wir bleiben hart"] == "Weber"
    assert "Petra Klein" in (mentions["großen Fehler"] or "")


def test_a_thing_before_a_colon_in_reported_speech_does_not_speak() -> None:
    text = (
        "Die Ministerin Eva Roth äußerte sich am Montag zu dem Plan. "
        "Die Regeln der Behörde seien klar: „Niemand darf die Daten weitergeben.“"
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("Niemand"))
    assert quote.speaker == "Eva Roth"


def test_own_account_hands_the_next_quotation_to_the_subject() -> None:
    text = (
        "Der Bruder des Sängers, Paul Wagner, war nach eigenem Bekunden eingeweiht. "
        "„Er wünscht sich mehr Ruhe.“"
    )
    quote = next(q for q in quotes_of(text) if q.direct)
    assert quote.speaker == "Paul Wagner"


@pytest.mark.parametrize(
    "text",
    [
        "Besorgt äußerte sich Bürgermeister Karl Lenz über die Lage, die Stadt sei „am Limit“.",
        "Gegenwärtig wirft Ministerin Eva Roth der Firma einen „groben Fehler“ vor.",
    ],
)
def test_an_adjective_before_the_verb_is_not_the_subject(text: str) -> None:
    quote = next(q for q in quotes_of(text) if q.direct)
    assert quote.speaker in {"Karl Lenz", "Eva Roth"}


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        ("Die Lage sei ruhig, hieß es bei der Polizei.", "Die Lage sei ruhig", "der Polizei"),
        ("Die Lage sei ruhig, hieß es.", "Die Lage sei ruhig", None),
        ("Die Lage sei ruhig, so erklärte der Sprecher.", "Die Lage sei ruhig", "der Sprecher"),
    ],
)
def test_reported_clause_before_hiess_es_or_so_and_a_verb(text: str, body: str, mention: str | None) -> None:
    quote = next(q for q in quotes_of(text) if not q.direct)
    assert (quote.text, quote.speaker_mention) == (body, mention)


@pytest.mark.parametrize(
    "text",
    [
        "Der Mann, der wegen Betrugs verurteilt worden war, wurde gestern entlassen.",
        "Die Wahl muss noch vom Parlament bestätigt werden, im Mai soll er sein Amt antreten.",
    ],
)
def test_sentenced_or_confirmed_in_office_is_no_speech(text: str) -> None:
    assert quotes_of(text) == []


def test_a_planned_passive_with_soll_is_not_reported() -> None:
    text = "Der Minister sagte, man werde verhandeln. Am Sonntag soll nun eine Lösung gesucht werden."
    assert [q.text for q in quotes_of(text)] == ["man werde verhandeln"]


def test_gingen_is_past_tense_not_reported_speech() -> None:
    text = "Die Trainerin sagte, das Team sei bereit. Beide Mannschaften gingen mit neuen Spielern aufs Feld."
    assert [q.text for q in quotes_of(text)] == ["das Team sei bereit"]


def test_a_purpose_clause_is_not_what_was_said() -> None:
    text = "Die Demonstranten forderten den Rücktritt der Regierung, um den Weg zu Neuwahlen freizumachen."
    assert all(not q.text.startswith("um ") for q in quotes_of(text))


def test_a_surname_with_a_particle_opens_the_sentence() -> None:
    text = (
        "Die Kommissionspräsidentin Ursula von der Leyen war in Brüssel. "
        "Von der Leyen betonte, die Lage sei ernst. Sie sagte: „Wir handeln jetzt.“ "
        "Von der Regierung hieß es, man prüfe das."
    )
    found = [(q.text, q.speaker_mention, q.speaker) for q in quotes_of(text)]
    assert found[0] == ("die Lage sei ernst", "Von der Leyen", "Ursula von der Leyen")
    assert found[1] == ("Wir handeln jetzt.", "Sie", "Ursula von der Leyen")
    # a prepositional phrase with "von der" names nobody
    assert all(mention != "Von der Regierung" for _, mention, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Das berichtete das italienische Fachblatt „La Voce dello Sport“ am Montag.",
        "Ein Mitglied der Partei „Die Linke.“ war unter den Klägern.",
        "Das Programm heißt OpenOffice.org, kurz: „OpenOffice“.",
        "Sein erstes großes Werk entstand 1975: „Le Grand Macabre“.",
        "Die Lage sei ernst, hieß es laut „tagesschau.de“ am Abend.",
        "Wie „heise online“ berichtet, fällt der Dienst aus.",
    ],
)
def test_quoted_names_and_glosses_are_not_quotations(text: str) -> None:
    assert [q.text for q in quotes_of(text) if q.direct] == []


def test_the_person_quoted_in_a_passive_speaks() -> None:
    text = (
        "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Zeitung“ mit den Worten "
        "zitiert: „Das wird ihm nachhängen.“"
    )
    assert direct_of(text)[-1] == ("Das wird ihm nachhängen.", "Volker Ratzmann")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial clause before the speech verb says when, not what
        ("Als er ankam, sagte er, die Lage sei sehr ernst.", "die Lage sei sehr ernst"),
        ("Nachdem die Polizei kam, sagte sie, die Lage sei sehr ruhig.", "die Lage sei sehr ruhig"),
        # "während" also opens a phrase, and then the clause is what was said
        (
            "Während der Feiertage sollen die Streiks ruhen, sagte Bäsler.",
            "Während der Feiertage sollen die Streiks ruhen",
        ),
    ],
)
def test_an_adverbial_clause_is_not_what_was_said(text: str, expected: str) -> None:
    assert [q.text for q in quotes_of(text)] == [expected]


def test_an_english_trailing_attribution_names_its_verb() -> None:
    (quote,) = quotes_of("The troops are ready to leave, he said.", lang="en")
    assert (quote.text, quote.speaker_mention, quote.cue) == ("The troops are ready to leave", "he", "said")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Als Grund für die Verlängerung nannte die NASA, den Astronauten Zeit geben zu wollen.", "die NASA"),
        ("Als Beispiel nannte die Behörde die Ausbeutung von Gasen.", "die Behörde"),
    ],
)
def test_als_with_a_noun_opens_a_phrase_not_a_clause(text: str, mention: str) -> None:
    assert [q.speaker_mention for q in quotes_of(text)] == [mention]


def test_a_relative_clause_after_a_preposition_has_its_own_subject() -> None:
    text = "Der Mann hinterließ einen Zettel, in dem er verlangte, dass weder Polizei noch Presse kommen."
    assert [q.speaker_mention for q in quotes_of(text)] == ["er"]
    # "Zu dem Skandal" is an article and its noun, not a relative clause
    text = "Zu dem gegenwärtigen Skandal führte Elshorst aus, dass Schmiergeld üblich gewesen sei."
    assert [q.speaker_mention for q in quotes_of(text)] == ["Elshorst"]


def test_es_gab_is_no_speech_verb() -> None:
    text = "Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“."
    assert [(q.text, q.speaker) for q in quotes_of(text) if q.direct] == [("übertrieben", "Löw")]


def test_a_coordinated_speech_verb_shares_the_subject() -> None:
    text = (
        "Der Minister Hans Roth erklärte, die Lage sei sehr ernst, "
        "und kündigte an, im Mai erneut nach Kiew zu reisen."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("die Lage sei sehr ernst", "Hans Roth"),
        ("im Mai erneut nach Kiew zu reisen", "Hans Roth"),
    ]


def test_a_pronoun_resolves_to_a_person_or_a_body_not_to_any_noun() -> None:
    text = (
        "Der Minister Hans Roth sprach am Montag. Nähere Einzelheiten gab er nicht bekannt. "
        "Er sagte, man prüfe die Lage genau."
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Hans Roth"
    text = "Die Gewerkschaft der Polizei (GdP) war empört. Sie erklärte, die Pläne seien falsch."
    assert [q.speaker for q in quotes_of(text)][-1] == "Gewerkschaft der Polizei"


def test_a_full_name_after_sagte_is_the_speaker_when_a_dative_comes_first() -> None:
    text = "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“"
    assert direct_of(text) == [("Ich werde im Gefängnis gehalten.", "Filep Karma")]
    # an object after the name: "sagte … zu" promises, and the subject stays first
    text = "Der Präsident sagte Wladimir Putin seine Hilfe zu: „Wir stehen bereit.“"
    assert direct_of(text)[0][1] != "Wladimir Putin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er war es, der der Regierung vorwarf, die Aktivisten frei zu lassen.",
            "die Aktivisten frei zu lassen",
        ),
        (
            "Die Forscher fanden heraus, dass es sich bei dem Klumpen um Stein handelte.",
            "dass es sich bei dem Klumpen um Stein handelte",
        ),
        (
            "Die Banken geben in einer Mitteilung bekannt, dass sie neue Programme planen.",
            "dass sie neue Programme planen",
        ),
        (
            "Sie drängten den Premierminister, seine Bemühungen deutlich zu verstärken.",
            "seine Bemühungen deutlich zu verstärken",
        ),
    ],
)
def test_more_verbs_of_saying(text: str, expected: str) -> None:
    assert [q.text for q in quotes_of(text)] == [expected]


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = "Anwesend war Ramsey Clark, der der Regierung vorwarf, die Aktivisten frei zu lassen."
    (quote,) = quotes_of(text)
    assert (quote.speaker_mention, quote.speaker) == ("der", "Ramsey Clark")


def test_a_role_with_its_name_in_an_apposition() -> None:
    text = "Die Soldaten seien per Schiff gekommen, so der Sprecher des Sicherheitsrats, Kirby."
    assert [(q.speaker_mention, q.speaker) for q in quotes_of(text)] == [
        ("der Sprecher des Sicherheitsrats", "Kirby")
    ]
    text = (
        "„Wir gehen davon aus, dass 3.000 Soldaten in den Osten Russlands verlegt wurden“, sagte der "
        "Sprecher des Sicherheitsrates in Washington, John Kirby."
    )
    assert [q.speaker for q in quotes_of(text)] == ["John Kirby"]


def test_a_source_noun_names_its_owner() -> None:
    (quote,) = quotes_of("Nach Angaben der US-Regierung seien 3.000 Soldaten in Russland.")
    assert quote.speaker == "US-Regierung"


def test_a_relative_pronoun_refers_to_a_person_a_body_or_a_document_only() -> None:
    text = (
        "Tauss bezweifelte die Vereinbarkeit mit rechtsstaatlichen Grundsätzen, "
        "denen zufolge niemand verdächtig sei."
    )
    assert all(q.speaker != "Grundsätzen" for q in quotes_of(text))
    text = (
        "In der Zeitung erschien ein Kommentar, der die Entscheidung als "
        "„nicht nachvollziehbare Verirrung“ bezeichnet."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Kommentar"]


def test_an_english_pronoun_refers_to_the_name_that_opens_the_sentence_before() -> None:
    text = (
        "U.S. Secretary of State Antony Blinken said Thursday that 8,000 troops moved to Russia’s Kursk "
        "region. He said the most recent information indicates that more troops are coming."
    )
    assert [q.speaker for q in quotes_of(text, lang="en") if q.speaker_mention == "He"] == ["Antony Blinken"]


def test_words_quoted_inside_a_reproach_are_its_owners() -> None:
    text = (
        "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, "
        "entgegneten die Unterstützer, man wolle nur helfen."
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("sozialistischen Antrag", "CDU"),
        ("man wolle nur helfen", "Unterstützer"),
    ]


def test_verlautete_names_the_circle_it_came_from() -> None:
    (quote,) = quotes_of("Aus EU-Kreisen verlautete, dies sei nur eine Spekulation.")
    assert (quote.text, quote.speaker_mention) == ("dies sei nur eine Spekulation", "EU-Kreisen")
