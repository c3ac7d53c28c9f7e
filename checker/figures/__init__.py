"""Figures: the numbers an article states about something, with what, where, when and who says so.

Each quantity that ``numbers.find_quantities`` finds in a sentence becomes a ``Figure`` once the
sentence around it tells

- the counted **subject** ("nordkoreanische Soldaten") and its language-neutral key ("kp_troops"):
  the counted thing (troops, containers, casualties, ...) plus where the counted come from
  (``subject.py``, ``subject_key.py``);
- the **scope**, where it applies ("russische Region Kursk", "Osten Russlands"; ``scope.py``);
- the **modality**: reported now, or projected ("könnte auf 12.000 steigen", "expected to rise";
  ``modality.py``);
- **as_of**: the article's date, moved by "am Mittwoch", "letzte Woche", "bis Dezember" (``time.py``);
- the cited **source** ("laut Selenskyj", "nach US-Angaben", "X said"; inside a quotation, its
  speaker; ``cited.py``).

All of it is rules over the sentence text: news German and English are regular enough, and rules
keep the result explainable and deterministic. The words are in ``checker/lang/<code>/figures.py``
and ``numbers.py``; places, sources and the kinds of counted things, which the comparison reads
too, in ``checker/entities/``. Modules import only downward: numbers <- clauses <- time <-
modality; subject <- subject_key; scope; cited; this orchestration on top.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lang import lexicon
from ..lang.shared import alternation
from ..text.doc import Doc
from ..types import Figure, Quote, Sentence
from .cited import ELISION, Sources, sentence_source
from .modality import is_projected
from .numbers import Quantity, find_quantities, search_before
from .scope import Places, learn_regions, scope_of
from .subject import Subjects, subject_of
from .subject_key import portion_of, subject_key_of
from .time import WEEKDAY_NAMES, as_of

# Quotation styles whose speaker is the source of a figure inside them.
QUOTED_STYLES = ("direct", "partial")


@dataclass(slots=True)
class _Article:
    """What earlier sentences of the article tell later ones: its language, date, subjects,
    places and sources."""

    lang: str
    published: str | None
    subjects: Subjects
    places: Places
    sources: Sources


def extract_figures(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Figure]:
    """Yield every figure of one article in text order.

    Args:
        doc: the article read once (its ``published`` date anchors "am Mittwoch" and "last week";
            ``doc.lang`` is its reading language: "xx" for a language without its own rules,
            whose digits, country names and sources are still read).
        quotes: its quotations; a figure inside one is credited to the quotation's speaker.

    Example:
        >>> from checker.text.doc import build_doc
        >>> text = "Laut Selenskyj sind etwa 3.000 nordkoreanische Soldaten in Russland."
        >>> article = Article(id="a", text=text, lang="de", published="2024-10-29")
        >>> fig = next(extract_figures(build_doc(article), []))
        >>> fig.value, fig.low, fig.qualifier, fig.subject_key, fig.scope, fig.source
        (3000.0, 2700.0, 'approximate', 'kp_troops', 'Russland', 'Selenskyj')
    """
    article = _Article(
        lang=doc.lang,
        published=doc.article.published,
        subjects=Subjects(grammar=lexicon(doc.lang).figures),
        places=Places(),
        sources=Sources(),
    )
    learn_regions(doc.text, article.places)
    for sent in doc.sentences:
        yield from _sentence_figures(sent, quotes, article)


def _sentence_figures(sent: Sentence, quotes: Sequence[Quote], article: _Article) -> Iterator[Figure]:
    quantities = [
        q
        for q in find_quantities(sent.text, lang=article.lang)
        if _is_figure(q) and not _is_day(sent.text, q)
    ]
    cited: tuple[str | None, tuple[int, int]] = (None, (0, 0))
    known: tuple[str | None] | None = None
    if quantities:
        cited = sentence_source(sent.text, article.sources)
        known = (cited[0],)
    for i, quantity in enumerate(quantities):
        lo = quantities[i - 1].end if i else 0
        hi = quantities[i + 1].start if i + 1 < len(quantities) else len(sent.text)
        figure = _figure(sent, quantity, (lo, hi), quotes, article, cited)
        if figure is not None:
            yield figure
    article.sources.unread.append((sent.text, known))
    article.places.unread.append(sent.text)
    article.sources.after_elision = bool(ELISION.search(sent.text[-12:]))
    article.sources.previous = sent.text


# "am Freitag (23. Juni)", "Freitag, 23. Juni": a day of the month right after a weekday's name,
# in brackets or as an ordinal ("On Friday, 23 soldiers" is a count).
_AFTER_WEEKDAY = re.compile(rf"\b(?i:{alternation(WEEKDAY_NAMES)})\s*(?P<bracket>\()?[\s,]*$")
LAST_DAY = 31


def _is_day(text: str, quantity: Quantity) -> bool:
    """Whether a number is the day of a date named by its weekday (a sentence split at "23." of
    "am Freitag (23. Juni)" leaves the day without its month)."""
    small = quantity.unit is None and quantity.value <= LAST_DAY and quantity.value == int(quantity.value)
    weekday = search_before(_AFTER_WEEKDAY, text, quantity.start, 20) if small else None
    return weekday is not None and (
        bool(weekday.group("bracket")) or text[quantity.end : quantity.end + 1] == "."
    )


def _is_figure(quantity: Quantity) -> bool:
    # A bare small number without unit is almost always a rank, a count of days or a list item.
    return not (quantity.value < 2 and quantity.unit is None)


def _figure(
    sent: Sentence,
    quantity: Quantity,
    window: tuple[int, int],
    quotes: Sequence[Quote],
    article: _Article,
    cited: tuple[str | None, tuple[int, int]],
) -> Figure | None:
    text = sent.text
    source, source_span = cited
    subject = subject_of(text, quantity, window, article.subjects, source_span)
    if subject is None:
        return None
    portion = portion_of(text, quantity)
    scope = scope_of(text, quantity, window, article.places)
    start, end = sent.start + quantity.start, sent.start + quantity.end
    return Figure(
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=quantity.unit,
        subject=subject.text,
        qualifier=quantity.qualifier,
        modality="projected" if is_projected(text, quantity) else "reported",
        scope=scope,
        as_of=as_of(text, quantity, article.published),
        source=_quote_speaker(quotes, start) or source,
        surface=text[quantity.start : quantity.end],
        start=start,
        end=end,
        subject_key=subject_key_of(text, quantity, subject),
        portion=portion,
    )


def _quote_speaker(quotes: Sequence[Quote], offset: int) -> str | None:
    for quote in quotes:
        if quote.start <= offset < quote.end and quote.style in QUOTED_STYLES:
            return quote.speaker or quote.speaker_mention
    return None


__all__ = ["extract_figures"]
