"""Records <-> Arrow tables: the store's articles, claims and findings as Parquet columns.

One column per field, so that pandas, DuckDB or Polars read a store without the checker. A
record's nested records are flattened under their field's name: a claim's figure becomes
``figure_value``, ``figure_low``, ...; its quote ``quote_text``, ``quote_speaker``, ... (the names of
`Result.claims`); a claim's own ``id`` is ``claim_id``. The columns and their types come from the
records' dataclass fields, so a field added to a record gets its column without a change here;
the values are those of `checker.codec`'s full form, flattened.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pyarrow as pa

from ..codec import article_from_dict, article_to_dict, claim_from_dict, claim_to_dict
from ..types import Article, Claim

# How a record field's Python type is stored (Literal types, such as a claim's kind, are strings).
_ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}
# A top-level field whose column has another name: a claim's id, as `Result.claims` names it.
_RENAMED: dict[tuple[type, str], str] = {(Claim, "id"): "claim_id"}
ARTICLE_EXTRA_FIELDS = {"hash": pa.string(), "added": pa.string()}  # the store's bookkeeping
FINDING_SCHEMA = pa.schema(
    [
        ("conflict_id", pa.string()),
        ("kind", pa.string()),
        ("label", pa.string()),
        ("severity", pa.string()),
        ("n_articles", pa.int64()),
        ("article_ids", pa.list_(pa.string())),
        ("claim_ids", pa.list_(pa.string())),
        ("summary", pa.string()),
        ("reason", pa.string()),
        ("sides", pa.list_(pa.list_(pa.string()))),
    ]
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Column:
    name: str
    path: tuple[str, ...]  # keys from the record's dict down to the value
    type: pa.DataType
    required: bool  # not Optional: its nested record is present iff this is not null


@functools.cache
def _columns(record_type: type) -> tuple[_Column, ...]:
    """The flat columns of a record type, nested records expanded in field order."""
    hints = typing.get_type_hints(record_type)
    out: list[_Column] = []
    for field in dataclasses.fields(record_type):
        base, optional = _unwrap(hints[field.name])
        if dataclasses.is_dataclass(base):
            for c in _columns(base):  # type: ignore[arg-type]
                out.append(_Column(f"{field.name}_{c.name}", (field.name, *c.path), c.type, c.required))
            continue
        name = _RENAMED.get((record_type, field.name), field.name)
        out.append(_Column(name, (field.name,), _arrow_type(base), required=not optional))
    return tuple(out)


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """(the type inside ``X | None``, whether None was allowed)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], len(args) < len(typing.get_args(hint))
    return hint, False


def _arrow_type(base: Any) -> pa.DataType:
    if typing.get_origin(base) is typing.Literal:
        return pa.string()
    return _ARROW_TYPES[base]


def claim_columns() -> list[str]:
    """The column names of claims.parquet, in order."""
    return [column.name for column in _columns(Claim)]


def claims_schema() -> pa.Schema:
    return _schema(Claim)


def articles_schema() -> pa.Schema:
    return pa.schema(list(_schema(Article)) + [pa.field(n, t) for n, t in ARTICLE_EXTRA_FIELDS.items()])


def _schema(record_type: type) -> pa.Schema:
    return pa.schema([(c.name, c.type) for c in _columns(record_type)])


# ---------------------------------------------------------------- records -> tables


def claims_table(claims: Sequence[Claim]) -> pa.Table:
    return _table(Claim, [claim_to_dict(c, full=True) for c in claims])


def articles_table(articles: Sequence[Article], hashes: Sequence[str], added: Sequence[str]) -> pa.Table:
    """The articles with their content hash and the day they were added to the store."""
    table = _table(Article, [article_to_dict(a, full=True) for a in articles])
    table = table.append_column("hash", pa.array(list(hashes), pa.string()))
    return table.append_column("added", pa.array(list(added), pa.string()))


def findings_table(rows: Iterable[Sequence[Any]]) -> pa.Table:
    """Rows in the order of `checker.frames.CONFLICT_COLUMNS` (as `Result.conflicts` has them)."""
    columns = list(zip(*rows, strict=True)) or [() for _ in FINDING_SCHEMA]
    arrays = [pa.array(list(values), f.type) for values, f in zip(columns, FINDING_SCHEMA, strict=True)]
    return pa.table(arrays, schema=FINDING_SCHEMA)


def _table(record_type: type, dicts: Sequence[dict[str, Any]]) -> pa.Table:
    columns = _columns(record_type)
    arrays = [pa.array([_value(d, column.path) for d in dicts], column.type) for column in columns]
    return pa.table(arrays, schema=_schema(record_type))


def _value(data: dict[str, Any] | None, path: tuple[str, ...]) -> Any:
    for key in path:
        if data is None:
            return None
        data = data[key]
    return data


# ---------------------------------------------------------------- tables -> records


def claims_from(table: pa.Table) -> list[Claim]:
    return _records(Claim, table, claim_from_dict)


def articles_from(table: pa.Table) -> list[Article]:
    return _records(Article, table, article_from_dict)


def _records(record_type: type, table: pa.Table, from_dict: Callable[[dict[str, Any]], Any]) -> list[Any]:
    columns = _columns(record_type)
    data = table.select([c.name for c in columns]).to_pydict()
    values = [data[c.name] for c in columns]
    return [from_dict(_nested(columns, row)) for row in zip(*values, strict=True)]


def _nested(columns: Sequence[_Column], row: Sequence[Any]) -> dict[str, Any]:
    """A record's dict from its flat row; a nested record whose required fields are null is None."""
    out: dict[str, Any] = {}
    present: dict[str, bool] = {}
    for column, value in zip(columns, row, strict=True):
        if len(column.path) == 1:
            out[column.path[0]] = value
            continue
        outer, key = column.path[0], column.path[1]
        if column.required:
            present[outer] = present.get(outer, True) and value is not None
        out.setdefault(outer, {})[key] = value
    for outer, is_present in present.items():
        if not is_present:
            out[outer] = None
    return out
