"""Records <-> Arrow tables: the store's articles, claims and findings as Parquet columns.

One column per field, so that pandas, DuckDB or Polars read a store without the checker. A
record's nested records are flattened under their field's name: a claim's figure becomes
``figure_value``, ``figure_low``, ...; its quote ``quote_text``, ``quote_speaker``, ... (the names of
`Result.claims`); a claim's own ``id`` is ``claim_id``. The columns and their types come from the
records' dataclass fields, so a field added to a record gets its column without a change here.

The record <-> value mapping (`_values`, `_record`) is the store's own until `checker.codec` (one
record codec for the package) lands; the flattening into columns stays here.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

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
ARTICLE_EXTRA_FIELDS = {"hash": pa.string(), "added": pa.string()}  # store bookkeeping per article
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
    ]
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Column:
    name: str
    path: tuple[str, ...]  # field names from the record down to the value
    type: pa.DataType
    required: bool  # the field is not Optional: its nested record is present iff it is not null


@functools.cache
def _columns(record_type: type, prefix: str = "") -> tuple[_Column, ...]:
    """The flat columns of a record type, nested records expanded in field order."""
    hints = typing.get_type_hints(record_type)
    out: list[_Column] = []
    for field in dataclasses.fields(record_type):
        base, optional = _unwrap(hints[field.name])
        if dataclasses.is_dataclass(base):
            nested = _columns(base, f"{prefix}{field.name}_")  # type: ignore[arg-type]
            out.extend(dataclasses.replace(c, path=(field.name, *c.path)) for c in nested)
            continue
        out.append(
            _Column(
                _column_name(record_type, field.name, prefix),
                (field.name,),
                _arrow_type(base),
                required=not optional,
            )
        )
    return tuple(out)


def _column_name(record_type: type, field: str, prefix: str) -> str:
    return f"{prefix}{field}" if prefix else _RENAMED.get((record_type, field), field)


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
    return pa.schema([(c.name, c.type) for c in _columns(Claim)])


def articles_schema() -> pa.Schema:
    fields = [(c.name, c.type) for c in _columns(Article)]
    return pa.schema(fields + list(ARTICLE_EXTRA_FIELDS.items()))


# ---------------------------------------------------------------- records -> tables


def claims_table(claims: Sequence[Claim]) -> pa.Table:
    return _table(Claim, claims, claims_schema())


def articles_table(articles: Sequence[Article], hashes: Sequence[str], added: Sequence[str]) -> pa.Table:
    """The articles with their content hash and the day they were added to the store."""
    table = _table(Article, articles, pa.schema([(c.name, c.type) for c in _columns(Article)]))
    table = table.append_column("hash", pa.array(list(hashes), pa.string()))
    return table.append_column("added", pa.array(list(added), pa.string()))


def findings_table(rows: Iterable[Sequence[Any]]) -> pa.Table:
    """Rows in the order of `checker.frames.CONFLICT_COLUMNS` (as `Result.conflicts` has them)."""
    columns = list(zip(*rows, strict=True)) or [() for _ in FINDING_SCHEMA]
    arrays = [pa.array(list(values), f.type) for values, f in zip(columns, FINDING_SCHEMA, strict=True)]
    return pa.table(arrays, schema=FINDING_SCHEMA)


def _table(record_type: type, records: Sequence[Any], schema: pa.Schema) -> pa.Table:
    columns = _columns(record_type)
    values = [_values(record, columns) for record in records]
    arrays = [pa.array([row[i] for row in values], column.type) for i, column in enumerate(columns)]
    return pa.table(arrays, schema=schema)


def _values(record: Any, columns: Sequence[_Column]) -> list[Any]:
    out = []
    for column in columns:
        value = record
        for name in column.path:
            value = getattr(value, name) if value is not None else None
        out.append(value)
    return out


# ---------------------------------------------------------------- tables -> records


def claims_from(table: pa.Table) -> list[Claim]:
    return _records(Claim, table)


def articles_from(table: pa.Table) -> list[Article]:
    return _records(Article, table)


def _records(record_type: type, table: pa.Table) -> list[Any]:
    data = table.select([c.name for c in _columns(record_type)]).to_pydict()
    rows = zip(*data.values(), strict=True) if data else iter(())
    return [_record(record_type, dict(zip(data, row, strict=True)), "") for row in rows]


def _record(record_type: type, row: dict[str, Any], prefix: str) -> Any:
    """Rebuild one record from its flat row; a nested record whose required fields are null is None."""
    hints = typing.get_type_hints(record_type)
    fields: dict[str, Any] = {}
    for field in dataclasses.fields(record_type):
        base, _ = _unwrap(hints[field.name])
        if dataclasses.is_dataclass(base):
            fields[field.name] = _nested(base, row, f"{prefix}{field.name}_")  # type: ignore[arg-type]
        else:
            fields[field.name] = row[_column_name(record_type, field.name, prefix)]
    return record_type(**fields)


def _nested(record_type: type, row: dict[str, Any], prefix: str) -> Any:
    first_required = next(c for c in _columns(record_type, prefix) if c.required)
    if row[first_required.name] is None:
        return None
    return _record(record_type, row, prefix)
