"""Reading articles from folders, text files, JSON, JSON Lines and CSV.

Every reader returns `Article` records whose ``text`` is exactly the decoded file content (or
field value): offsets computed later always refer to it. Input beyond the limits below is refused
with a `BadInput` that names the file, the place and the limit (README, "Limits"); lone surrogates
(invalid UTF-16 escapes in JSON) become U+FFFD, one character for one, so offsets still hold.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
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

# Limits (README, "Limits"). An article of a million characters is a book; extraction is linear,
# so the limit bounds a run's time and memory, not its correctness.
MAX_ARTICLE_CHARS = 1_000_000
MAX_ID_CHARS = 1_000
MAX_FIELD_CHARS = 10_000  # title, source, url, published, lang
MAX_JSON_DEPTH = 100  # an article object is 3 levels deep in {"articles": [{...}]}
# Longer integers are kept as their digits: Python refuses to convert more than 4,300 of them.
MAX_INT_DIGITS = 4_000
# A text is binary data (an image or archive renamed .txt) when it holds NUL characters or more
# than this share of other control characters; news text holds at most a stray one.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_JSON_LINE_END = re.compile(r"\r\n|\r|\n")  # JSON escapes every other line break inside a string


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
        articles = _read_folder(path)
    else:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            raise UnknownFormat(
                f"{path}: unknown extension {path.suffix!r}; expected one of {sorted(READERS)}"
            )
        articles = list(reader(path))
    return [complete_article(article) for article in replace_surrogates(articles, str(path))]


def _read_folder(folder: Path) -> list[Article]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as e:
        raise BadInput(f"{folder}: cannot list this folder ({e.strerror or e})") from e
    files = [p for p in entries if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES]
    if not files:
        raise BadInput(f"{folder}: no .txt or .md files in this folder")
    articles: list[Article] = []
    binary: list[str] = []
    for path in files:
        text = _file_text(path)
        if binary_reason(text):
            binary.append(path.name)
        else:
            articles.extend(_text_article(path, text))
    if binary:
        log.warning(
            "%s: skipped %d file(s) of binary data, not text: %s", folder, len(binary), ", ".join(binary)
        )
    if not articles:
        raise BadInput(f"{folder}: no .txt or .md file in this folder holds text")
    return articles


def _read_text(path: Path) -> Iterator[Article]:
    yield from _text_article(path, _file_text(path))


def _text_article(path: Path, text: str) -> Iterator[Article]:
    if not text.strip():
        raise BadInput(f"{path}: the article text is empty")
    check_text(text, str(path))
    yield Article(id=path.stem, text=text)


def _file_text(path: Path) -> str:
    try:
        if path.stat().st_size > 4 * MAX_ARTICLE_CHARS:  # 4 bytes a character at most in UTF-8
            raise BadInput(f"{path}: the file is larger than an article may be ({_limit_text()})")
        data = path.read_bytes()
    except OSError as e:
        raise BadInput(f"{path}: cannot read it ({e.strerror or e})") from e
    return decode(data, str(path))


def _read_data(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadInput(f"{path}: cannot read it ({e.strerror or e})") from e
    return decode(data, str(path))


def _read_jsonl(path: Path) -> Iterator[Article]:
    text = _read_data(path)
    for line_no, line in enumerate(_JSON_LINE_END.split(text), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {line_no}"
        try:
            record = load_json(line, where)
        except json.JSONDecodeError as e:
            raise BadInput(f"{where}: not valid JSON ({e.msg}); expected one article object a line") from e
        yield article_from_record(record, where)


def _read_json(path: Path) -> Iterator[Article]:
    text = _read_data(path)
    try:
        data = load_json(text, str(path))
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
    text = _read_data(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    # csv's default field limit (131,072 characters) is below an article's; the module-wide
    # setting is restored when the file is read.
    limit = csv.field_size_limit(MAX_ARTICLE_CHARS + 1)
    try:
        missing = set(REQUIRED_FIELDS) - set(reader.fieldnames or [])
        if missing:
            raise BadInput(f"{path}: missing column(s) {sorted(missing)}; columns found: {reader.fieldnames}")
        for row in reader:
            yield article_from_record(dict(row), f"{path}, row {reader.line_num}")
    except csv.Error as e:
        place = f"{path}, line {reader.line_num + 1}"  # the row that failed starts after the lines read
        if "field larger than field limit" in str(e):
            raise BadInput(f"{place}: a field is longer than an article may be ({_limit_text()})") from e
        raise BadInput(f"{place}: not valid CSV ({e})") from e
    finally:
        csv.field_size_limit(limit)


def load_json(text: str, where: str) -> Any:
    """Parse JSON within the limits: nesting depth, integers longer than Python converts.

    Raises:
        BadInput: nested deeper than `MAX_JSON_DEPTH`; json.JSONDecodeError for invalid JSON.
    """
    try:
        data = json.loads(text, parse_int=_parse_int)
    except RecursionError as e:
        raise BadInput(_too_deep(where)) from e
    if _deeper_than(data, MAX_JSON_DEPTH):
        raise BadInput(_too_deep(where))
    return data


def _parse_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _children(value: dict[str, Any] | list[Any]) -> Iterable[Any]:
    return value.values() if isinstance(value, dict) else value


def _too_deep(where: str) -> str:
    return (
        f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels; an article object is 1 to 3 levels deep"
    )


def _deeper_than(data: Any, limit: int) -> bool:
    level = [data]
    for _ in range(limit):
        level = [
            v
            for x in level
            if isinstance(x, (dict, list))
            for v in (x.values() if isinstance(x, dict) else x)
        ]
        if not level:
            return False
    return any(isinstance(x, (dict, list)) for x in level)


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
    check_text(record["text"], where)
    values = {
        name: _optional_str(record.get(name), name, where) for name in FIELDS if name not in REQUIRED_FIELDS
    }
    article_id = _optional_str(record["id"], "id", where, MAX_ID_CHARS)
    return Article(id=article_id or "", text=record["text"], **values)


def _optional_str(value: Any, name: str, where: str, limit: int = MAX_FIELD_CHARS) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (str, int, float)):
        raise BadInput(f"{where}: {name!r} must be a string or a number, got {type(value).__name__}")
    text = str(value).strip()
    if len(text) > limit:
        raise BadInput(f"{where}: {name!r} is {len(text):,} characters long; the limit is {limit:,}")
    return text or None


def check_text(text: str, where: str) -> None:
    """Refuse an article text over the size limit or that is binary data.

    Raises:
        BadInput: naming ``where``, the size and the limit, or why the text is binary.
    """
    if len(text) > MAX_ARTICLE_CHARS:
        raise BadInput(f"{where}: the article is {len(text):,} characters long; {_limit_text()}")
    reason = binary_reason(text)
    if reason:
        raise BadInput(f"{where}: binary data, not text ({reason})")


def _limit_text() -> str:
    return f"the limit is {MAX_ARTICLE_CHARS:,} characters; split it into several articles"


def binary_reason(text: str) -> str | None:
    """Why a decoded text looks like binary data (NUL bytes, control characters), or None."""
    if "\x00" in text:
        return "NUL bytes"
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        return "control characters"
    return None


def replace_surrogates(articles: Iterable[Article], where: str) -> list[Article]:
    """The articles with every lone surrogate replaced by U+FFFD, and one warning with the count.

    A lone surrogate ("\\ud800" in JSON) is no character: it cannot be written as UTF-8, so a
    report would fail on it. One code point replaces one, so every offset stays right.
    """
    out, replaced = [], 0
    for article in articles:
        fields = _asdict(article)
        for name, value in fields.items():
            if isinstance(value, str) and _SURROGATE.search(value):
                fields[name], n = _SURROGATE.subn("\ufffd", value)
                replaced += n
        out.append(Article(**fields) if replaced else article)
    if replaced:
        log.warning("%s: %d lone surrogate(s) (invalid UTF-16) replaced with U+FFFD", where, replaced)
    return out


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
