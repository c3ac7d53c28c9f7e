"""Command line: `checker check`, `checker extract`, `checker add`, `checker serve`, `checker review`.
Each command parses options, calls one library function, and turns a `CheckerError` into
`Error: …` with exit 1."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from . import __version__, api
from .codec import claim_to_dict
from .embedding import DEFAULT_PRECISION, PRECISIONS
from .errors import BadInput, CheckerError, OutputError
from .fsio import os_error_message, unwritable_reason, write_atomic
from .pairing import MIN_SCORE
from .reading import MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_ID_CHARS, MAX_JSON_DEPTH
from .report import WRITERS, check_md_limit, parse_formats
from .result import Result
from .review import CLOSED_STATUSES, STATUS_LABELS, ReviewBook, status_of
from .store import add_to_store, check_store, describe_filter, parse_since
from .text.sentences import MAX_SENTENCE_CHARS
from .types import CLAIM_KINDS, REVIEW_STATUSES

EXIT_BAD_INPUT = 1
EXIT_CONFLICTS = 3


class _Group(TyperGroup):
    """Usage errors exit 1 with a one-line `Error: …`, like bad input (the contract's exit codes)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except CheckerError as e:
            _fail(str(e))
        except typer.Abort:
            _fail("aborted")
        except typer.TyperException as e:  # usage errors: no such option, missing argument, ...
            _fail(e.format_message() if hasattr(e, "format_message") else str(e))
        except OSError as e:  # a file the library met outside its own checks: name it and the cause
            _fail(f"{e.filename}: {e.strerror}" if e.filename and e.strerror else str(e))
        sys.exit(code if isinstance(code, int) else 0)


def _check_precision(precision: str) -> None:
    if precision not in PRECISIONS:
        raise BadInput(f"--precision {precision!r}; expected one of {', '.join(PRECISIONS)}")


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


app = typer.Typer(
    cls=_Group,
    help="Find where news articles about one story disagree: figures, quotations, statements.",
    epilog="Examples:\n\n  checker check data/ --out report/   # then open report/report.html\n\n"
    "  checker extract data/ --out claims.jsonl\n\n"
    "  checker add data/ --store store/ && checker serve --store store/   # the editor's desk\n\n"
    "  checker COMMAND --help   # options and examples",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    """Find where news articles about one story disagree: figures, quotations, statements."""


PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Folders of .txt/.md articles, or .txt/.md/.jsonl/.json/.csv files.", show_default=False
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no summary.")]
StoreOpt = Annotated[
    Path | None,
    typer.Option(help="Check the articles of this store (see `checker add`).", show_default=False),
]


# The input limits (README, "Limits"), shown under every command's examples.
LIMITS = (
    f"\n\nLimits: an article's text at most {MAX_ARTICLE_CHARS:,} characters, an id {MAX_ID_CHARS:,}, "
    f"other fields {MAX_FIELD_CHARS:,}; JSON at most {MAX_JSON_DEPTH} levels deep; binary files are "
    f"refused (skipped in a folder); a sentence longer than {MAX_SENTENCE_CHARS:,} characters is cut "
    "at a space."
)

CHECK_EXAMPLES = """Examples:

  checker check data/

  checker check a.jsonl b.csv --out out/ --format html,json

  checker check data/ --fail-on-conflict --quiet   # exit 3 when there are findings

  checker check data/ --format md --md-limit 60000  # report.md short enough for a PR comment

  checker check --store archive/ --new             # findings involving the latest `checker add`
"""


@app.command(epilog=CHECK_EXAMPLES + LIMITS)
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Folders of .txt/.md articles, or .txt/.md/.jsonl/.json/.csv files (or use --store).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path("report"),
    format: Annotated[
        str, typer.Option("--format", "-f", help=f"Comma-separated: {','.join(WRITERS)}.")
    ] = ",".join(WRITERS),
    model: Annotated[
        str | None,
        typer.Option(help="sentence-transformers model name or folder [default: multilingual-e5-small]"),
    ] = None,
    precision: Annotated[
        str,
        typer.Option(help="int8 (the model as a local int8 graph, about twice as fast) or float32."),
    ] = DEFAULT_PRECISION,
    min_score: Annotated[float, typer.Option(help="Lowest cosine similarity for a claim pair.")] = MIN_SCORE,
    fail_on_conflict: Annotated[
        bool,
        typer.Option(help="Exit 3 when there are findings (with --store: not marked false alarm or fixed)."),
    ] = False,
    store: StoreOpt = None,
    since: Annotated[
        str | None,
        typer.Option(help="With --store: findings involving articles published (else added) on/after DATE."),
    ] = None,
    new: Annotated[bool, typer.Option(help="With --store: findings involving the latest `add`.")] = False,
    md_limit: Annotated[
        int | None,
        typer.Option(
            help="report.md as a summary of at most N characters (a pull-request comment holds 65,536).",
            metavar="N",
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> int:
    """Check articles against each other and write the consistency report."""
    formats = parse_formats(format)
    check_md_limit(md_limit)
    _check_precision(precision)
    _check_writable(out, folder=True)
    given = _given(paths, since, new) if store is None else []  # bad usage fails before any progress bar
    since = parse_since(since) if store is not None and since is not None else since
    with _progress(quiet) as progress:
        if store is None:
            result = api.check(
                given, model=model, precision=precision, min_score=min_score, progress=progress
            )
        else:
            result = _check_store(paths, store, since, new, min_score, progress)
    written = result.write(out, ",".join(formats), md_limit=md_limit)
    if not quiet:
        scope = describe_filter(since=since, new_only=new) if store is not None else None
        if scope:
            typer.echo(f"{scope}:")
        _print_summary(result, written)
    closed = {fid for fid, status in status_of(result.run).items() if status in CLOSED_STATUSES}
    if fail_on_conflict and any(c.id not in closed for c in result.run.conflicts):
        return EXIT_CONFLICTS
    return 0


def _check_writable(out: Path, *, folder: bool) -> None:
    # Before the run, not after minutes of it.
    reason = unwritable_reason(out, folder=folder)
    if reason:
        raise BadInput(f"--out: {reason}")


def _given(paths: list[Path] | None, since: str | None, new: bool) -> list[Path]:
    if since is not None or new:
        raise BadInput("--since and --new need --store DIR")
    if not paths:
        raise BadInput("no articles given; expected PATH... or --store DIR")
    return paths


def _check_store(
    paths: list[Path] | None,
    store: Path,
    since: str | None,
    new: bool,
    min_score: float,
    progress: Callable[[str, int, int], None] | None,
) -> Result:
    if paths:
        raise BadInput(
            "give PATH... or --store DIR, not both; add articles with `checker add PATH --store DIR`"
        )
    return check_store(store, since=since, new_only=new, min_score=min_score, progress=progress)


@app.command(
    epilog="Examples:\n\n  checker add archive/ --store store/\n\n"
    "  checker add today.jsonl --store store/ && checker check --store store/ --new\n\n"
    "  checker add archive/ --store store/ --workers 2   # a local Dask cluster (pip install checker[dask])"
    + LIMITS
)
def add(
    paths: PathsArg,
    store: Annotated[Path, typer.Option(help="The store folder (created on first use).", show_default=False)],
    model: Annotated[
        str | None,
        typer.Option(help="sentence-transformers model name or folder [default: the store's own]"),
    ] = None,
    precision: Annotated[
        str | None,
        typer.Option(help="int8 or float32 vectors [default: the store's own, else int8]"),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Extract and embed on a local Dask cluster of N worker processes.", min=1),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run on the Dask cluster at ADDRESS (its workers must see --store).", metavar="ADDRESS"
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> int:
    """Add articles to a lasting store, embedding only what is new (the same article twice: no change)."""
    if precision is not None:
        _check_precision(precision)
    if workers is not None and scheduler is not None:
        raise BadInput(
            "give --workers N (a local cluster) or --scheduler ADDRESS (an existing one), not both"
        )

    def waiting() -> None:
        typer.echo(f"waiting for another `checker add` on {store} to finish", err=True)

    with _progress(quiet) as progress:
        summary = add_to_store(
            paths, store, model=model, precision=precision, workers=workers, scheduler=scheduler,
            progress=progress, on_wait=waiting,
        )  # fmt: skip
    if summary.migrated:
        typer.echo(f"converted the store {store} from format 1 (JSONL) to Parquet", err=True)
    if not quiet:
        typer.echo(
            f"added {len(summary.added)} articles ({summary.claims} claims, "
            f"{summary.embedded} texts embedded), {summary.skipped} already in the store -> {store}"
        )
    return 0


@app.command(
    epilog="Examples:\n\n  checker extract data/ --out claims.jsonl\n\n  checker extract article.txt | head"
    + LIMITS
)
def extract(
    paths: PathsArg,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="JSONL file [default: standard output].")
    ] = None,
    quiet: QuietOpt = False,
) -> int:
    """Extract the claims (figures, quotes, statements) of articles, one JSON object a line."""
    if out is not None:
        _check_writable(out, folder=False)
    with _progress(quiet or out is None) as progress:
        claims = api.extract(paths, progress=progress)
    lines = "".join(json.dumps(claim_to_dict(c), ensure_ascii=False, allow_nan=False) + "\n" for c in claims)
    if out is None:
        sys.stdout.write(lines)
        return 0
    try:
        write_atomic(out, lines)  # the old file stays whole until the new one is
    except OSError as e:
        raise OutputError(os_error_message(e, out)) from e
    if not quiet:
        typer.echo(f"{_claim_counts(claims)} -> {out}")
    return 0


def _claim_counts(claims: list[Any]) -> str:
    """'114 claims (5 figures, 56 quotes, 53 statements)': counts in words, every kind named."""
    kinds = Counter(claim.kind for claim in claims)
    parts = ", ".join(f"{kinds[k]} {k}{'' if kinds[k] == 1 else 's'}" for k in CLAIM_KINDS)
    return f"{len(claims)} claim{'' if len(claims) == 1 else 's'} ({parts})"


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    if quiet:
        yield None
        return
    console = Console(stderr=True)
    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bars:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(stage, total=total)
            bars.update(tasks[stage], completed=done, total=total)

        yield update


def _print_summary(result: Result, written: list[Path]) -> None:
    run = result.run
    console = Console()
    console.print(
        f"{len(run.articles)} articles, {_claim_counts(list(run.claims))}, "
        f"{len(run.pairs)} pairs, {len(run.conflicts)} findings",
        highlight=False,
    )
    statuses = status_of(run) if run.reviews else {}
    if statuses:
        counted = Counter(statuses.values())
        console.print(
            "review: " + ", ".join(f"{counted[s]} {STATUS_LABELS[s]}" for s in REVIEW_STATUSES if counted[s]),
            highlight=False,
        )
    if run.conflicts:
        columns = ["id", "kind", "label", "severity", *(["review"] if statuses else []), "summary"]
        table = Table(*columns, show_edge=False)
        for conflict in run.conflicts[:20]:
            review = [STATUS_LABELS[statuses[conflict.id]]] if statuses else []
            table.add_row(
                conflict.id, conflict.kind, conflict.label.replace("_", " "), conflict.severity, *review,
                conflict.summary,
            )  # fmt: skip
        console.print(table)
        if len(run.conflicts) > 20:
            console.print(f"… and {len(run.conflicts) - 20} more in the report", highlight=False)
    for path in written:
        console.print(f"wrote {path}", highlight=False)


SERVE_EXAMPLES = """Examples:

  checker serve --store store/                 # then open http://127.0.0.1:8765/

  checker serve --store store/ --port 9000 --reviewer "Ann Lee"
"""


@app.command(epilog=SERVE_EXAMPLES)
def serve(
    store: Annotated[Path, typer.Option(help="The store to serve (see `checker add`).", show_default=False)],
    host: Annotated[
        str, typer.Option(help="The address to listen on; other machines only if you mean it.")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(help="The port to listen on.", min=1, max=65535)] = 8765,
    reviewer: Annotated[
        str, typer.Option(help="The name verdicts start with (each editor can change it).")
    ] = "",
) -> int:
    """Serve the editor's desk: browse, filter and review the store's findings in a browser."""
    from .desk.server import LOCAL_HOSTS
    from .desk.server import serve as run_desk

    if host not in LOCAL_HOSTS:
        typer.echo(
            f"warning: the desk has no login; anyone who reaches {host}:{port} can read the findings "
            "and give verdicts",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"the editor's desk for {store}: http://{shown}:{port}/ (Ctrl+C stops it)", err=True)
    run_desk(store, host=host, port=port, reviewer=reviewer)
    return 0


REVIEW_EXAMPLES = """Examples:

  checker review F-3a9c2e1f0b false_alarm --store store/ --note "two dates" --reviewer ann

  checker review F-3a9c2e1f0b --store store/            # the verdicts given so far
"""


@app.command(epilog=REVIEW_EXAMPLES)
def review(
    finding: Annotated[str, typer.Argument(help="The finding's id (as report.json and the desk show it).")],
    status: Annotated[
        str | None,
        typer.Argument(
            help=f"The verdict: {', '.join(REVIEW_STATUSES)}; none: show the verdicts.", show_default=False
        ),
    ] = None,
    store: Annotated[Path, typer.Option(help="The store of the finding.", show_default=False)] = Path(
        "store"
    ),
    note: Annotated[str, typer.Option(help="What was checked, what is right.")] = "",
    reviewer: Annotated[str, typer.Option(help="Who gives the verdict.")] = "",
) -> int:
    """Keep an editor's verdict on a finding of a store (as the desk does), or show its verdicts."""
    book = ReviewBook(store)
    if status is None:
        history = book.history(finding)
        if not history:
            typer.echo(f"{finding}: no verdict yet")
        for r in history:
            who = f" by {r.reviewer}" if r.reviewer else ""
            typer.echo(f"{r.at} {STATUS_LABELS[r.status]}{who}" + (f": {r.note}" if r.note else ""))
        return 0
    run = check_store(store).run
    conflict = next((c for c in run.conflicts if c.id == finding), None)
    if conflict is None:
        raise BadInput(f"no finding {finding!r} in {store}; `checker check --store {store}` lists them")
    kept = book.record(conflict, {c.id: c for c in run.claims}, status, note=note, reviewer=reviewer)
    typer.echo(
        f"{finding}: {STATUS_LABELS[kept.status]} ({conflict.kind} {conflict.label.replace('_', ' ')})"
    )
    return 0


def main() -> None:
    """Console-script entry point."""
    app()
