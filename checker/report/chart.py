"""The figure ledger as charts: per subject, each figure's interval at the date it refers to.

Pure geometry: this module computes positions and labels; the template draws them as inline SVG
(so every label goes through Jinja's autoescape like all other text). The time axis is in
proportion to time (a month-only date is drawn across its month), the figures of one cited source
entity (sources merged by `checker.entities.sources.source_key`: "US-Regierung", "USA" and
"Pentagon" are one) are joined by a line in time order, an open bound ("mehr als 10.000") is a
short cap from its value instead of a bar to the edge, the scale is linear unless most values sit
below a fiftieth of the largest, and the y axis is drawn apart from the plot so that it stays in
place while a long time axis scrolls.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..entities.sources import source_key
from ..lang import lexicon

HEIGHT = 300
TOP, BOTTOM = 14, 40  # margins inside the plot: above the top tick, below the axis for the dates
AXIS_WIDTH = 64  # the y axis, drawn in its own SVG left of the scrolling plot
PAD = 24  # pixels before the first and after the last date
MIN_PLOT = 960  # the plot is at least this wide (a report's page beside the y axis)
MAX_PX_PER_DAY = 28.0
MIN_TICK_GAP = 74  # pixels between two date labels
UNDATED_WIDTH = 70
JITTER = 6  # pixels between figures of one date
MAX_JITTER = 42
CAP = 12  # length of an open bound's cap
LONGEST_SHOWN = 31  # days: a date of a longer period (a year) does not stretch the time axis
LOG_SPREAD = 50  # log scale when the largest value exceeds the 10th percentile this many times
REPORT_LANGUAGE = "en"  # the reports' own words (headings, dates) are English
MONTHS = lexicon(REPORT_LANGUAGE).report.MONTH_ABBREVIATIONS
# A ledger row's figure: its point value and the ends of its interval.
INTERVAL_KEYS = ("value", "low", "high")
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#000000")
OTHER_SOURCE = "#6f6f6f"
NO_SOURCE = "#b4b4b4"
# Tick steps in days, tried in turn until labels are far enough apart (30: months, 365: years).
TICK_DAYS = (1, 2, 7, 14, 30, 91, 365)


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure: a vertical interval from y_low to y_high, its value at y, at x (its date)."""

    x: float
    y: float
    y_low: float
    y_high: float
    open_low: bool
    open_high: bool
    color: str
    projected: bool
    finding: str | None  # the id of the finding the figure is part of, if any
    title: str  # tooltip: figure, outlet, date, source
    span: tuple[float, float] | None = None  # a month-only (or year-only) date: the period it covers


@dataclass(frozen=True, slots=True)
class Line:
    """The figures of one source entity, joined in time order."""

    color: str
    points: str  # "x1,y1 x2,y2 ..." for a polyline
    source: str


@dataclass(frozen=True, slots=True)
class Chart:
    subject: str
    subject_key: str
    width: int  # the plot's width (the y axis is apart)
    height: int
    plot_top: int
    plot_bottom: int
    marks: tuple[Mark, ...]
    lines: tuple[Line, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_ticks: tuple[tuple[float, str], ...]
    undated_x: float | None  # where the undated figures stand, if any
    legend: tuple[tuple[str, str], ...]  # colour, cited source
    log: bool
    axis_width: int = AXIS_WIDTH

    @property
    def scrolls(self) -> bool:
        """Whether the plot is wider than a report's page: the template says it scrolls."""
        return self.width > MIN_PLOT + UNDATED_WIDTH + 10


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


def period(date: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date (full or partial) covers: "2024-10" -> (Oct 1, Oct 31); else None.

    Example:
        >>> period("2024-02")
        (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    parts = date[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
        if len(numbers) == 2:
            first = dt.date(numbers[0], numbers[1], 1)
            return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        day = dt.date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None
    return day, day


class _TimeAxis:
    """Date -> x pixel, in proportion to time, with an "undated" place after the last date."""

    def __init__(self, periods: Sequence[tuple[dt.date, dt.date]], undated: bool) -> None:
        # Days and months set the axis; a year-only date would stretch it over a year, so it is
        # drawn inside the axis the others set (unless there are no others).
        short = [p for p in periods if (p[1] - p[0]).days <= LONGEST_SHOWN] or list(periods)
        self.start = min((p[0] for p in short), default=dt.date(2000, 1, 1))
        end = max((p[1] for p in short), default=self.start)
        self.end = end
        self.days = (end - self.start).days + 1
        self.px = max(min(MAX_PX_PER_DAY, (MIN_PLOT - 2 * PAD) / self.days), 0.6)
        # a short span is centred in a plot of the least width
        self.left = PAD + max(0.0, (MIN_PLOT - 2 * PAD - self.days * self.px) / 2)
        self.plot_end = max(float(MIN_PLOT), PAD * 2 + self.days * self.px)
        self.undated_x = self.plot_end + UNDATED_WIDTH / 2 if undated else None
        self.width = round(self.plot_end + (UNDATED_WIDTH if undated else 0))

    def x(self, day: dt.date) -> float:
        """The middle of a day (a day outside the axis: its nearest end)."""
        day = min(max(day, self.start), self.end)
        return round(self.left + ((day - self.start).days + 0.5) * self.px, 1)

    def ticks(self) -> tuple[tuple[float, str], ...]:
        step = next((d for d in TICK_DAYS if d * self.px >= MIN_TICK_GAP), TICK_DAYS[-1])
        last = self.start + dt.timedelta(days=self.days - 1)
        years = last.year != self.start.year
        out, day = [], self.start
        if step >= 30:  # months, quarters, years: at the first of a month
            day = self.start.replace(day=1)
            months = {30: 1, 91: 3, 365: 12}[step]
            while day <= last:
                if day >= self.start:
                    out.append((self.x(day) - self.px / 2, _month_label(day, years or months == 12)))
                total = day.month - 1 + months
                day = dt.date(day.year + total // 12, total % 12 + 1, 1)
            return tuple(out)
        while day <= last:
            out.append((self.x(day), _day_label(day, years)))
            day += dt.timedelta(days=step)
        return tuple(out)


def _chart(key: str, rows: Sequence[Mapping[str, object]], findings: Mapping[str, str]) -> Chart:
    order = sorted(rows, key=lambda r: (when(r) or "~", str(r.get("outlet") or ""), str(r["claim_id"])))
    periods = {str(r["claim_id"]): period(when(r)) for r in order}
    axis = _TimeAxis([p for p in periods.values() if p], any(p is None for p in periods.values()))
    plot_bottom = HEIGHT - BOTTOM
    scale, colors, names = _Scale(rows, TOP, plot_bottom), *_colors(rows)
    same_date: Counter[str] = Counter(when(r) for r in order)
    seen: Counter[str] = Counter()
    marks = []
    for row in order:
        date, got = when(row), periods[str(row["claim_id"])]
        centre = axis.undated_x if got is None else (axis.x(got[0]) + axis.x(got[1])) / 2
        n = same_date[date]
        step = min(JITTER, MAX_JITTER / max(n - 1, 1))
        x = (centre or 0.0) + (seen[date] - (n - 1) / 2) * step
        seen[date] += 1
        span = (axis.x(got[0]) - axis.px / 2, axis.x(got[1]) + axis.px / 2) if got else None
        marks.append(_mark(row, x, scale, colors, findings, span if got and got[0] != got[1] else None))
    lines = _lines(order, marks, colors, names)
    return Chart(
        subject=str(rows[0].get("subject") or key), subject_key=key, width=axis.width, height=HEIGHT,
        plot_top=TOP, plot_bottom=plot_bottom, marks=tuple(marks), lines=lines, y_ticks=scale.ticks(),
        x_ticks=axis.ticks(), undated_x=axis.undated_x, legend=_legend(colors, names, rows), log=scale.log,
    )  # fmt: skip


def _entity(row: Mapping[str, object]) -> str | None:
    source = row.get("source")
    return source_key(str(source)) if source else None


def _colors(rows: Sequence[Mapping[str, object]]) -> tuple[dict[str, str], dict[str, str]]:
    """Source entity -> colour (the most cited get their own, the others share grey), and -> name
    (the wording most used for it)."""
    wordings: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        entity = _entity(row)
        if entity:
            wordings[entity][str(row["source"])] += 1
    counts = {entity: sum(c.values()) for entity, c in wordings.items()}
    ranked = sorted(counts, key=lambda e: (-counts[e], e))
    colors = {entity: PALETTE[i] for i, entity in enumerate(ranked[: len(PALETTE)])}
    colors.update({entity: OTHER_SOURCE for entity in ranked[len(PALETTE) :]})
    names = {e: min(c, key=lambda w: (-c[w], len(w), w)) for e, c in wordings.items()}
    return colors, names


def _lines(
    rows: Sequence[Mapping[str, object]],
    marks: Sequence[Mark],
    colors: Mapping[str, str],
    names: Mapping[str, str],
) -> tuple[Line, ...]:
    """One line per source entity with its own colour and two or more dated figures."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row, mark in zip(rows, marks, strict=True):
        entity = _entity(row)
        if entity and colors.get(entity) != OTHER_SOURCE and period(when(row)):
            points[entity].append((mark.x, mark.y))
    return tuple(
        Line(colors[e], " ".join(f"{x},{y}" for x, y in sorted(p)), names[e])
        for e, p in sorted(points.items())
        if len(p) >= 2
    )


def _legend(
    colors: Mapping[str, str], names: Mapping[str, str], rows: Sequence[Mapping[str, object]]
) -> tuple[tuple[str, str], ...]:
    named = [(color, names[entity]) for entity, color in colors.items() if color != OTHER_SOURCE]
    others = sum(1 for color in colors.values() if color == OTHER_SOURCE)
    if others:
        named.append((OTHER_SOURCE, f"{others} other sources"))
    if any(not r.get("source") for r in rows):
        named.append((NO_SOURCE, "no source cited"))
    return tuple(named)


def _mark(
    row: Mapping[str, object],
    x: float,
    scale: _Scale,
    colors: Mapping[str, str],
    findings: Mapping[str, str],
    span: tuple[float, float] | None,
) -> Mark:
    value, low, high = (_num(row.get(k)) for k in INTERVAL_KEYS)
    value = value if value is not None else 0.0
    source = str(row.get("source") or "")
    entity = _entity(row)
    parts = [str(row.get("surface") or "")]
    parts += [str(row["outlet"])] if row.get("outlet") else []
    parts += [
        str(row["article_id"]),
        when(row) or "undated",
        f"source: {source}" if source else "no source cited",
    ]
    parts += [f"in {row['scope']}"] if row.get("scope") else []
    parts += ["projected"] if row.get("modality") == "projected" else []
    finding = findings.get(str(row.get("claim_id")))
    parts += [f"part of finding {finding}"] if finding else []
    y = scale(value)
    return Mark(
        x=round(x, 1),
        y=y,
        y_low=scale(low) if low is not None else min(scale.bottom, y + CAP),
        y_high=scale(high) if high is not None else max(scale.top, y - CAP),
        open_low=low is None,
        open_high=high is None,
        color=colors.get(entity, NO_SOURCE) if entity else NO_SOURCE,
        projected=row.get("modality") == "projected",
        finding=finding,
        title=" · ".join(parts),
        span=(round(span[0], 1), round(span[1], 1)) if span else None,
    )


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


class _Scale:
    """Value -> y pixel; linear from 0 unless most values would be squashed at the bottom (then log)."""

    def __init__(self, rows: Sequence[Mapping[str, object]], top: int, bottom: int) -> None:
        values = [v for r in rows for k in INTERVAL_KEYS if (v := _num(r.get(k))) is not None]
        positive = sorted(v for v in values if v > 0) or [1.0]
        self.top, self.bottom = top, bottom
        tenth = positive[len(positive) // 10]
        self.log = positive[-1] / tenth > LOG_SPREAD
        if self.log:
            self.lo = 10 ** math.floor(math.log10(positive[0]))
            self.hi = 10 ** math.ceil(math.log10(positive[-1] * 1.01))
            self.step = 0.0
        else:
            self.step = _nice_step(max(values or [1.0]) / 4)
            self.lo, self.hi = 0.0, self.step * math.ceil(max(values or [1.0]) * 1.08 / self.step)

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
        return tuple((self(v), tick_number(v)) for v in values)


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


def tick_number(value: float) -> str:
    """A y axis label that fits beside the plot: 10,000; 1 M; 2.5 bn."""
    if abs(value) >= 1e9:
        return f"{value / 1e9:g} bn"
    if abs(value) >= 1e6:
        return f"{value / 1e6:g} M"
    return number(value)


def _day_label(day: dt.date, with_year: bool) -> str:
    """Oct 29 (or Oct 29 ’24 when the axis spans years)."""
    label = f"{MONTHS[day.month - 1]} {day.day}"
    return f"{label} ’{day.year % 100:02d}" if with_year else label


def _month_label(day: dt.date, with_year: bool) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}" if with_year or day.month == 1 else MONTHS[day.month - 1]


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
