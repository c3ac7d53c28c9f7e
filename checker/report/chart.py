"""The figure ledger as charts: per subject, each figure's interval per article over time.

Pure geometry: this module computes positions and labels; the template draws them as inline
SVG (so every label goes through Jinja's autoescape like all other text).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..lang import lexicon

SLOT = 12  # pixels between two figures of one date
LABELLED_SLOT = 40  # ... when each figure has its article id written under it
COLUMN_MIN = 52
MIN_WIDTH = 720
MAX_ARTICLE_LABELS = 16  # with more figures the article ids are left to the tooltips
HEIGHT = 270
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 96  # margins: y labels left; dates, then article ids below
REPORT_LANGUAGE = "en"  # the reports' own words (headings, dates) are English
MONTHS = lexicon(REPORT_LANGUAGE).report.MONTH_ABBREVIATIONS
# A ledger row's figure: its point value and the ends of its interval.
INTERVAL_KEYS = ("value", "low", "high")
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#000000")
OTHER_SOURCE = "#6f6f6f"
NO_SOURCE = "#b4b4b4"


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure: a vertical interval from y_low to y_high, its value at y, in column x."""

    x: float
    y: float
    y_low: float
    y_high: float
    open_low: bool
    open_high: bool
    color: str
    projected: bool
    finding: str | None  # the id of the finding the figure is part of, if any
    title: str  # tooltip: figure, article, date, source


@dataclass(frozen=True, slots=True)
class Chart:
    subject: str
    subject_key: str
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    marks: tuple[Mark, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_labels: tuple[tuple[float, str], ...]  # x, article id
    dates: tuple[tuple[float, float, str], ...]  # from x, to x, the date of those columns
    legend: tuple[tuple[str, str], ...]  # colour, cited source
    log: bool


def build_charts(rows: Sequence[Mapping[str, object]], findings: Mapping[str, str]) -> list[Chart]:
    """One chart per subject that two or more articles give figures for; ``findings`` maps claim id
    -> finding id. Subjects with findings come first, then those with the most figures."""
    groups: dict[str, list[Mapping[str, object]]] = defaultdict(list)
    for row in rows:
        groups[str(row["subject_key"])].append(row)
    shown = [(key, group) for key, group in groups.items() if len({r["article_id"] for r in group}) >= 2]

    def rank(item: tuple[str, list[Mapping[str, object]]]) -> tuple[int, int, str]:
        key, group = item
        return (-sum(str(r["claim_id"]) in findings for r in group), -len(group), key)

    return [_chart(key, group, findings) for key, group in sorted(shown, key=rank)]


def when(row: Mapping[str, object]) -> str:
    """The date a figure is placed at: what it refers to, else when its article appeared."""
    return str(row.get("as_of") or row.get("published") or "")


def _chart(key: str, rows: Sequence[Mapping[str, object]], findings: Mapping[str, str]) -> Chart:
    # One column per date (undated last), its figures side by side in article order.
    order = sorted(rows, key=lambda r: (when(r) or "~", str(r["article_id"]), str(r["claim_id"])))
    dates = sorted({when(r) or "~" for r in order})
    counts = Counter(when(r) or "~" for r in order)
    with_labels = len(rows) <= MAX_ARTICLE_LABELS
    slot = LABELLED_SLOT if with_labels else SLOT
    widths = [float(max(COLUMN_MIN, slot * counts[d] + 16)) for d in dates]
    stretch = max(1.0, (MIN_WIDTH - LEFT - RIGHT) / sum(widths))
    widths = [w * stretch for w in widths]
    width = round(LEFT + RIGHT + sum(widths))
    height = HEIGHT if with_labels else HEIGHT - BOTTOM + 30
    plot = (LEFT, width - RIGHT, TOP, height - BOTTOM if with_labels else height - 30)
    starts = dict(zip(dates, itertools.accumulate([float(LEFT), *widths[:-1]]), strict=True))
    scale, colors = _Scale(rows, plot[2], plot[3]), _colors(rows)
    seen: Counter[str] = Counter()
    marks = []
    for row in order:
        d = when(row) or "~"
        offset = (widths[dates.index(d)] - slot * (counts[d] - 1)) / 2
        marks.append(_mark(row, starts[d] + offset + slot * seen[d], scale, colors, findings))
        seen[d] += 1
    labels = tuple((m.x, str(r["article_id"])) for m, r in zip(marks, order, strict=True))
    spans = _date_spans(dates, [starts[d] for d in dates], widths)
    legend = _legend(colors, rows)
    subject = str(rows[0].get("subject") or key)
    return Chart(
        subject, key, width, height, *plot, tuple(marks), scale.ticks(),
        labels if with_labels else (), spans, legend, scale.log,
    )  # fmt: skip


def _date_spans(
    dates: Sequence[str], starts: Sequence[float], widths: Sequence[float]
) -> tuple[tuple[float, float, str], ...]:
    """(from x, to x, short date) of each column, for the axis."""
    years = {d[:4] for d in dates if d != "~"}
    return tuple(
        (round(x + 3, 1), round(x + w - 3, 1), _short_date(d, len(years) > 1))
        for d, x, w in zip(dates, starts, widths, strict=True)
    )


def _colors(rows: Sequence[Mapping[str, object]]) -> dict[str, str]:
    """Source -> colour: the most cited sources get their own colour, the others share grey."""
    counts = Counter(str(r["source"]) for r in rows if r.get("source"))
    ranked = sorted(counts, key=lambda s: (-counts[s], s))
    colors = {source: PALETTE[i] for i, source in enumerate(ranked[: len(PALETTE)])}
    colors.update({source: OTHER_SOURCE for source in ranked[len(PALETTE) :]})
    return colors


def _legend(colors: Mapping[str, str], rows: Sequence[Mapping[str, object]]) -> tuple[tuple[str, str], ...]:
    named = [(color, source) for source, color in colors.items() if color != OTHER_SOURCE]
    others = sum(1 for color in colors.values() if color == OTHER_SOURCE)
    if others:
        named.append((OTHER_SOURCE, f"{others} other sources"))
    if any(not r.get("source") for r in rows):
        named.append((NO_SOURCE, "no source cited"))
    return tuple(named)


def _mark(
    row: Mapping[str, object], x: float, scale: _Scale, colors: Mapping[str, str], findings: Mapping[str, str]
) -> Mark:
    value, low, high = (_num(row.get(k)) for k in INTERVAL_KEYS)
    value = value if value is not None else 0.0
    source = str(row.get("source") or "")
    parts = [str(row.get("surface") or ""), str(row["article_id"])]
    parts += [str(row["outlet"])] if row.get("outlet") else []
    parts += [when(row) or "undated", f"source: {source}" if source else "no source cited"]
    parts += [f"in {row['scope']}"] if row.get("scope") else []
    parts += ["projected"] if row.get("modality") == "projected" else []
    finding = findings.get(str(row.get("claim_id")))
    parts += [f"part of finding {finding}"] if finding else []
    return Mark(
        x=round(x, 1),
        y=scale(value),
        y_low=scale(low) if low is not None else scale.bottom,
        y_high=scale(high) if high is not None else scale.top,
        open_low=low is None,
        open_high=high is None,
        color=colors.get(source, NO_SOURCE) if source else NO_SOURCE,
        projected=row.get("modality") == "projected",
        finding=finding,
        title=" · ".join(parts),
    )


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


class _Scale:
    """Value -> y pixel; logarithmic when the figures span more than a factor of 20."""

    def __init__(self, rows: Sequence[Mapping[str, object]], top: int, bottom: int) -> None:
        values = [v for r in rows for k in INTERVAL_KEYS if (v := _num(r.get(k))) is not None]
        positive = [v for v in values if v > 0] or [1.0]
        self.top, self.bottom = top, bottom
        self.log = max(positive) / min(positive) > 20
        if self.log:
            self.lo = 10 ** math.floor(math.log10(min(positive)))
            self.hi = 10 ** math.ceil(math.log10(max(positive) * 1.01))
            self.step = 0.0
        else:
            self.step = _nice_step(max(values or [1.0]) / 4)
            self.lo, self.hi = 0.0, self.step * math.ceil(max(values or [1.0]) * 1.05 / self.step)

    def __call__(self, value: float) -> float:
        if self.log:
            share = (math.log10(max(value, self.lo)) - math.log10(self.lo)) / math.log10(self.hi / self.lo)
        else:
            share = (value - self.lo) / (self.hi - self.lo) if self.hi > self.lo else 0.0
        return round(self.bottom - share * (self.bottom - self.top), 1)

    def ticks(self) -> tuple[tuple[float, str], ...]:
        if self.log:
            count = round(math.log10(self.hi / self.lo))
            values = [self.lo * 10**i for i in range(count + 1)]
        else:
            values = [self.step * i for i in range(round(self.hi / self.step) + 1)]
        return tuple((self(v), number(v)) for v in values)


def _nice_step(raw: float) -> float:
    """The tick step at or above raw: 1, 2 or 5 times a power of ten."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def number(value: float) -> str:
    """8000.0 -> "8,000"; 2.5 -> "2.5"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _short_date(date: str, with_year: bool) -> str:
    """ "2024-10-29" -> "Oct 29"; "2024-10" -> "Oct 2024"; "~" -> "undated"."""
    if date == "~":
        return "undated"
    parts = date.split("-")
    if len(parts) < 2 or not parts[1].isdigit() or not 1 <= int(parts[1]) <= 12:
        return date
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = parts[2][:2].lstrip("0")
    return f"{month} {day} ’{parts[0][2:]}" if with_year else f"{month} {day}"


def interval_text(low: object, high: object) -> str:
    """[7200, 8800] as "7,200–8,800"; open ends as "≥ 10,000" or "≤ 12,000"."""
    lo, hi = _num(low), _num(high)
    if lo is None and hi is None:
        return ""
    if hi is None:
        return f"≥ {number(lo or 0.0)}"
    if lo is None:
        return f"≤ {number(hi)}"
    return number(lo) if lo == hi else f"{number(lo)}–{number(hi)}"
