"""Reading articles from folders, text files, JSON, JSON Lines and CSV.

Every reader returns `Article` records whose ``text`` is exactly the decoded file content (or
field value): offsets computed later always refer to it.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from .errors import BadInput, UnknownFormat
from .lang.detect import detect_language
from .types import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
FIELDS = ("id", "text", "title", "source", "url", "published", "lang")
REQUIRED_FIELDS = ("id", "text")


def read_articles(paths: str | Path | Iterable[str | Path]) -> list[Article]:
    """Read every article from one or more paths, in a stable order.

    Args:
        paths: folders of .txt/.md files (one article a file, id = file stem), single .txt/.md
            files, or .jsonl/.json/.csv files of article objects.

    Raises:
        BadInput: a missing path, an empty folder, an article without text, a duplicate id.

    Example:
        >>> articles = read_articles("data/")
        >>> articles[0].lang
        'de'
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    articles: list[Article] = []
    for path in map(Path, paths):
        articles.extend(_read_path(path))
    if not articles:
        raise BadInput("no articles given; expected a folder, .txt/.md, .jsonl, .json or .csv file")
    _check_unique_ids(articles)
    return articles


def _read_path(path: Path) -> list[Article]:
    if not path.exists():
        raise BadInput(f"{path}: no such file or folder")
    if path.is_dir():
        return _read_folder(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnknownFormat(f"{path}: unknown extension {path.suffix!r}; expected one of {sorted(READERS)}")
    return [complete_article(article) for article in reader(path)]


def _read_folder(folder: Path) -> list[Article]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    if not files:
        raise BadInput(f"{folder}: no .txt or .md files in this folder")
    return [complete_article(article) for path in files for article in _read_text(path)]


def _read_text(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), str(path))
    if not text.strip():
        raise BadInput(f"{path}: the article text is empty")
    yield Article(id=path.stem, text=text)


def _read_jsonl(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), str(path))
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadInput(f"{where}: not valid JSON ({e.msg}); expected one article object a line") from e
        yield article_from_record(record, where)


def _read_json(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from e
    records = data.get("articles") if isinstance(data, dict) and "articles" in data else data
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        raise BadInput(f"{path}: expected an article object, a list of them, or {{'articles': [...]}}")
    for i, record in enumerate(records):
        yield article_from_record(record, f"{path}, item {i}")


def _read_csv(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), str(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = set(REQUIRED_FIELDS) - set(reader.fieldnames or [])
    if missing:
        raise BadInput(f"{path}: missing column(s) {sorted(missing)}; columns found: {reader.fieldnames}")
    for row_no, row in enumerate(reader, start=2):  # row 1 is the header
        yield article_from_record(dict(row), f"{path}, row {row_no}")


READERS: dict[str, Callable[[Path], Iterator[Article]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
}


def article_from_record(record: Any, where: str) -> Article:
    """Validate one article object (from JSON or CSV) and turn it into an `Article`."""
    if not isinstance(record, dict):
        raise BadInput(f"{where}: expected an object with 'id' and 'text', got {type(record).__name__}")
    for name in REQUIRED_FIELDS:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise BadInput(f"{where}: missing or empty {name!r}; fields found: {sorted(record)}")
    if not isinstance(record["text"], str):
        raise BadInput(f"{where}: 'text' must be a string, got {type(record['text']).__name__}")
    values = {name: _optional_str(record.get(name)) for name in FIELDS if name not in REQUIRED_FIELDS}
    return Article(id=str(record["id"]).strip(), text=record["text"], **values)


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def complete_article(article: Article) -> Article:
    """Fill in the language when the input did not give it."""
    if article.lang:
        return article
    return Article(**{**_asdict(article), "lang": detect_language(article.text)})


def _asdict(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in FIELDS}


def _check_unique_ids(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise BadInput(f"duplicate article id {article.id!r}; every article needs its own id")
        seen.add(article.id)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); other encodings are decoded with a warning.

    cp1252/latin-1 German text is common in newsroom archives, so it is read, not rejected.
    cp1252 is tried before detection because detectors often mistake short German text for
    another Western code page, and cp1252 decodes latin-1 letters the same way.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    log.warning("%s is not UTF-8; decoded as %s", name, encoding)
    return data.decode(encoding, errors="replace")


def _guess_encoding(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" not in data:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    return best.encoding if best is not None else "latin-1"
