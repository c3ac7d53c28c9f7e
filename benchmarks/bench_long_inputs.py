"""`extract_claims` on one long run of text per shape: does the work per character stay bounded?

    .venv/bin/python benchmarks/bench_long_inputs.py [--sizes 10000 30000] [--shapes NAME ...]
        [--timeout 120]

Scraped text has runs without sentence ends: tables, lists, pages that lost their punctuation.
Each shape (issue 16) is repeated up to N characters as one article and timed through
`extract_claims` (a call over the timeout is stopped and reported as such); the last column is
time(largest) / time(smallest) against the size ratio. The texts are generated, not taken from
the evaluation data.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import time
from collections.abc import Callable

from checker.claims import extract_claims
from checker.types import Article

SENTENCES = [
    "Die Regierung hat am Dienstag neue Hilfen für die Landwirte angekündigt",
    "Nach Angaben der Polizei kamen rund 3.000 Menschen zu der Kundgebung in Hamburg",
    "Der Minister sagte, man werde die Lage in den kommenden Wochen genau beobachten",
    "The company said its profit rose by 12 percent in the third quarter",
    "„Wir sind bereit“, sagte die Sprecherin der Gewerkschaft am Abend",
    "Critics say the plan does not go far enough and will cost about $5 billion",
]


def repeated(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def without_full_stops(n: int) -> str:
    """Real-looking text whose sentence ends were lost: sentences joined by spaces only."""
    rng = random.Random(0)
    parts: list[str] = []
    while sum(map(len, parts)) + len(parts) < n:
        parts.append(rng.choice(SENTENCES))
    return " ".join(parts)[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "percent": repeated("40 % "),
    "dollar_bn": repeated("$5 bn "),
    "thousands": repeated("1.000 "),
    "tausend": repeated("tausend "),
    "eight_hyphen": repeated("eight-"),
    "quoted_a": repeated('"a" '),
    "sagte_er": repeated(", sagte er"),
    "no_full_stops": without_full_stops,
}


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Timeout


def time_one(text: str, timeout: int) -> float | None:
    """Seconds of `extract_claims` on ``text``, or None when over ``timeout``."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    started = time.perf_counter()
    try:
        extract_claims(Article(id="a", text=text, lang="de"))
    except Timeout:
        return None
    finally:
        signal.alarm(0)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000])
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args()
    for name in args.shapes:
        times = {n: time_one(SHAPES[name](n), args.timeout) for n in args.sizes}
        first, last = times[args.sizes[0]], times[args.sizes[-1]]
        ratio = round(last / first, 1) if first and last else None
        shown = {f"{n:,}": (round(t, 2) if t is not None else f">{args.timeout}s") for n, t in times.items()}
        print(
            json.dumps(
                {
                    "shape": name,
                    "seconds": shown,
                    "ratio": ratio,
                    "size_ratio": args.sizes[-1] / args.sizes[0],
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
