"""Appending many rows of one table at once, in chunks, without per-row SQLAlchemy work.

SQLAlchemy's ``executemany`` builds and processes a parameter dict per row; at a million
records that bookkeeping, not the database, was most of an import. On SQLite the rows go to
the driver as tuples, each JSON value serialised once with the same ``json.dumps`` text the
``JSON`` column type writes, and dates through the dialect's own converters, so the stored
bytes are those a plain insert stores. Other databases keep the plain insert, chunk by chunk.
Rows are consumed as they come, so a caller can stream them instead of building them all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

import sqlalchemy as sa

#: Rows sent to the database per statement: big enough to amortise a call, small enough that a
#: chunk of a million-record import stays a few megabytes.
CHUNK = 5000

Convert = Callable[[Any], Any]


def json_text(value: Any) -> str:
    """A JSON column's stored text; ``None`` is JSON ``null``, as the ``JSON`` type stores it.

    Empty lists, the commonest value of several columns, skip the encoder's call overhead.
    """
    if value is None:
        return "null"
    if value.__class__ is list and len(value) == 0:
        return "[]"
    return json.dumps(value)


@dataclass(frozen=True, slots=True)
class BulkInsert:
    """An insert into ``table`` of rows given as tuples in the order of ``columns``."""

    table: sa.Table
    columns: tuple[str, ...]
    sql: str | None
    converters: tuple[tuple[int, Convert], ...]

    @classmethod
    def of(cls, table: sa.Table, columns: Sequence[str], dialect: sa.Dialect) -> BulkInsert:
        if dialect.name != "sqlite":
            return cls(table, tuple(columns), None, ())
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
        assert compiled.positiontup == list(columns), "the insert binds the columns in order"
        converters = [
            (index, convert)
            for index, name in enumerate(columns)
            if (convert := _converter(table.c[name].type, dialect)) is not None
        ]
        return cls(table, tuple(columns), compiled.string, tuple(converters))

    def run(self, conn: sa.Connection, rows: Iterable[Sequence[Any]]) -> int:
        """Insert every row, ``CHUNK`` at a time; return how many."""
        count = 0
        for chunk in chunks(rows, CHUNK):
            count += len(chunk)
            if self.sql is None:
                named = [dict(zip(self.columns, row, strict=True)) for row in chunk]
                conn.execute(self.table.insert(), named)
            else:
                conn.exec_driver_sql(self.sql, [self._converted(row) for row in chunk])
        return count

    def _converted(self, row: Sequence[Any]) -> tuple[Any, ...]:
        if len(self.converters) == 0:
            return tuple(row)
        values = list(row)
        for index, convert in self.converters:
            values[index] = convert(values[index])
        return tuple(values)


def _converter(kind: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> Convert | None:
    if isinstance(kind, sa.JSON):
        return json_text
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    return lambda value: None if value is None else process(value)


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
