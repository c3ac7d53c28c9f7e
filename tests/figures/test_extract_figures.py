"""Figures: subject key, scope, modality, time and source from sentences written for the tests."""

from __future__ import annotations

import pytest

from checker.entities.places import scope_key
from checker.entities.sources import source_key
from checker.figures import extract_figures
from checker.text.doc import build_doc
from checker.types import Article, Figure, Quote, Sentence


def _figures(
    text: str, lang: str = "de", published: str | None = "2024-10-31", quotes: list[Quote] | None = None
) -> list[Figure]:
    article = Article(id="t", text=text, lang=lang, published=published)
    return list(extract_figures(build_doc(article, [Sentence("t", 0, 0, len(text), text)]), quotes or []))


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Es sind 8.000 nordkoreanische Soldaten im Land.", "de", "kp_troops"),
        ("Es sind 8.000 Truppen aus Nordkorea im Land.", "de", "kp_troops"),
        ("Es sind 8.000 nordkoreanische Streitkräfte im Land.", "de", "kp_troops"),
        ("There are 8,000 North Korean troops in the country.", "en", "kp_troops"),
        ("Nordkorea hat 8.000 Soldaten geschickt.", "de", "kp_troops"),
        ("Nordkorea lieferte 8.000 Munitionscontainer.", "de", "kp_containers"),
        ("Russia is losing 1,200 soldiers a day.", "en", "ru_troops/day"),
        ("Die Firma verdiente 3 Mio. Euro Gewinn.", "de", "EUR:gewinn"),
    ],
)
def test_subject_key(text: str, lang: str, key: str) -> None:
    assert _figures(text, lang)[0].subject_key == key


def test_time_spans_are_not_figures() -> None:
    assert _figures("Der Konflikt dauert seit 20 Jahren.") == []


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Die Zahl könnte auf 12.000 Soldaten steigen.", "de", "projected"),
        ("Bald werden 12.000 Soldaten dort sein.", "de", "projected"),
        ("The number is expected to rise to 12,000 troops.", "en", "projected"),
        ("The count could reach 10,000 troops by December.", "en", "projected"),
        ("Derzeit sind 3.000 Soldaten dort.", "de", "reported"),
        ("Dort sollen bereits 3.000 Soldaten angekommen sein.", "de", "reported"),
        ("Es sind 10.000 Soldaten dort, die wahrscheinlich bald kämpfen würden.", "de", "reported"),
    ],
)
def test_modality(text: str, lang: str, modality: str) -> None:
    assert _figures(text, lang)[0].modality == modality


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Am Mittwoch meldete das Amt 3.000 Soldaten.", "2024-10-30"),  # published on a Thursday
        ("Letzte Woche meldete das Amt 3.000 Soldaten.", "2024-10-24"),
        ("Das Amt meldete 3.000 Soldaten.", "2024-10-31"),
        ("Bis Dezember sollen es 10.000 Soldaten werden.", "2024-12"),
    ],
)
def test_as_of(text: str, as_of: str) -> None:
    assert _figures(text)[0].as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang", "source", "key"),
    [
        ("Nach Angaben der US-Regierung sind 3.000 Soldaten dort.", "de", "US-Regierung", "us"),
        ("Laut Selenskyj sind 3.000 Soldaten dort.", "de", "Selenskyj", "selenski"),
        ("Dem Pentagon zufolge sind 3.000 Soldaten dort.", "de", "Pentagon", "us"),
        ("According to Zelensky, 3,000 troops are there.", "en", "Zelensky", "selenski"),
    ],
)
def test_source(text: str, lang: str, source: str, key: str) -> None:
    figure = _figures(text, lang)[0]
    assert (figure.source, source_key(figure.source)) == (source, key)


def test_figure_in_quotation_belongs_to_speaker() -> None:
    text = "„Es sind 3.000 Soldaten“, sagte Kirby. Laut Kiew sind es mehr."
    quote = Quote("Es sind 3.000 Soldaten", 1, 23, True, "John Kirby", "Kirby", 32, 37, "sagte")
    assert _figures(text, quotes=[quote])[0].source == "John Kirby"


@pytest.mark.parametrize(
    ("text", "scope", "key"),
    [
        ("Es sind 8.000 Soldaten in der russischen Region Kursk.", "russischen Region Kursk", "ru/kursk"),
        ("Es sind 8.000 Soldaten im Osten Russlands.", "Osten Russlands", "ru/east"),
        ("Es sind 8.000 Soldaten in Russland.", "Russland", "ru"),
    ],
)
def test_scope(text: str, scope: str, key: str) -> None:
    figure = _figures(text)[0]
    assert (figure.scope, scope_key(figure.scope)) == (scope, key)


def test_share_of_a_figure() -> None:
    figures = _figures("In Russland sind 10.000 Soldaten, davon 8.000 in der russischen Region Kursk.")
    assert [(f.value, f.portion, f.subject_key) for f in figures] == [
        (10000, None, "troops"),
        (8000, "part", "troops"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Initially, U.S. officials estimated that 2,000 soldiers were there.", "en", "us"),
        ("South Korea's spy agency said 2,000 soldiers were there.", "en", "kr"),
        ("Japanese intelligence has informed reporters that 2,000 soldiers were there.", "en", "jp"),
        ("Der Sprecher der Armee, Max Mustermann, sagte, dass 2.000 Soldaten dort sind.", "de", "musterman"),
        ("Japans Geheimdienst schätzt, dass 2.000 Soldaten dort sind.", "de", "jp"),
    ],
)
def test_source_phrasings(text: str, lang: str, key: str) -> None:
    assert source_key(_figures(text, lang)[0].source) == key


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die ersten 1.200 Soldaten sind bereits angekommen.", "de"),
        ("The first 1,200 soldiers have already arrived.", "en"),
    ],
)
def test_a_first_group_is_a_part(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].portion == "part"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials initially counted 2,000 soldiers there.", "en"),
        ("Zunächst war von 2.000 Soldaten die Rede.", "de"),
    ],
)
def test_an_earlier_figure_has_only_a_month(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].as_of == "2024-10"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Kirby, der Sprecher des Weißen Hauses, sagte, 3.000 Soldaten seien dort.", "de", "Kirby"),
        (
            "Jane Roe, the army's spokeswoman, told reporters that 3,000 soldiers were there.",
            "en",
            "Jane Roe",
        ),
        ("Um 6 Uhr waren 3.000 Flüchtlinge in der Halle, wie die Polizei bekanntgab.", "de", "Polizei"),
        ("Das Rote Kreuz spricht von 42.000 Flüchtlingen.", "de", "Rote Kreuz"),
        ("Die Flut hat nach einer Bilanz der Feuerwehr 12 Tote gefordert.", "de", "Feuerwehr"),
        ("Selenskyj enthüllte, dass 3.000 Soldaten dort sind.", "de", "Selenskyj"),
        ("Zelensky revealed that 3,000 soldiers are there.", "en", "Zelensky"),
    ],
)
def test_more_source_phrasings(text: str, lang: str, source: str) -> None:
    assert _figures(text, lang)[0].source == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "told" is followed by whom the speaker told, not by the speaker
        ("The figures were grim, told reporters at least 3,000 soldiers were there.", "en"),
        # "hat" alone names an actor, not a source
        ("Frankreich hat sich verpflichtet, 30.000 Flüchtlinge aufzunehmen.", "de"),
        ("In Griechenland haben 10.000 Flüchtlinge die Grenze erreicht.", "de"),
        ("Wie berichtet, wurden 3.000 Granaten genehmigt.", "de"),
    ],
)
def test_no_source(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].source is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister sprach in Kiew. [...] Nach deren Schätzungen sind 12.000 Soldaten dort.", "de"),
        ("The minister spoke in Kyiv. [...] By their estimates 12,000 soldiers are there.", "en"),
    ],
)
def test_a_reference_across_left_out_text_stays_unresolved(text: str, lang: str) -> None:
    article = Article(id="t", text=text, lang=lang, published="2024-10-31")
    cut = text.index("[...]") + 5
    sentences = [Sentence("t", 0, 0, cut, text[:cut]), Sentence("t", 1, cut + 1, len(text), text[cut + 1 :])]
    (figure,) = extract_figures(build_doc(article, sentences), [])
    assert source_key(figure.source or "").startswith("?")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ein Quartier für 76 Asylwerber ist geplant.", "de"),
        ("The camp has room for 5,000 refugees.", "en"),
        ("Nur 2.000 Flüchtlinge dürfen weiterreisen.", "de"),
        ("Only 2,000 refugees are allowed to travel on.", "en"),
        ("Gegen ein geplantes Quartier mit 76 Plätzen für Asylwerber gibt es Protest.", "de"),
    ],
)
def test_capacity_and_permission_are_not_counts(text: str, lang: str) -> None:
    assert _figures(text, lang)[0].modality == "projected"


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        ("Tatsächlich kamen 2015 aber nur 600.000 Flüchtlinge.", "de", "2015"),
        ("In 2015, 890,000 refugees came to Germany.", "en", "2015"),
        ("Seit 2015 kamen 1,2 Millionen Flüchtlinge.", "de", "2024-10-31"),
        ("By 2030, 3,000 soldiers will be there.", "en", "2024-10-31"),
    ],
)
def test_a_named_year_dates_the_figure(text: str, lang: str, as_of: str) -> None:
    assert _figures(text, lang)[0].as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Am Sonntag kamen 7.000 Flüchtlinge nach Österreich.", "de", "refugees/sun"),
        ("On Sunday, 7,000 refugees arrived in Austria.", "en", "refugees/sun"),
        ("Am Wochenende sind 13.000 Flüchtlinge eingereist.", "de", "refugees/weekend"),
        ("Over the weekend 13,000 refugees entered the country.", "en", "refugees/weekend"),
        ("Derzeit sind 1.000 Flüchtlinge in Zelten untergebracht.", "de", "refugees"),
        ("At the moment 1,000 refugees live in tents.", "en", "refugees"),
    ],
)
def test_a_flow_of_a_named_day_is_its_own_subject(text: str, lang: str, key: str) -> None:
    assert _figures(text, lang, published=None)[0].subject_key == key
