"""Turning many stored rows back into values: JSON columns read as text and decoded here.

A screener reads every record and every event of the store; SQLAlchemy's ``JSON`` type would
decode each value through a Python wrapper, and a million events would each get their own
copies of the same few programme lists and the same source. Read as text, each JSON value is
decoded here, once per distinct text for the short repeated ones (shared, immutable tuples),
and only where the caller needs it: ``Store.entities_at`` leaves all but the entity column unread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypedDict, Unpack

import sqlalchemy as sa

from embargo.model.designation import Event, EventKind, FieldChange
from embargo.model.legal import Source
from embargo.store import schema as t
from embargo.store.rows import RecordState

#: Rows fetched from the database at a time by a streamed read.
FETCH = 2000


def text_columns(
    table: sa.Table, columns: Iterable[sa.ColumnElement[Any]] | None = None
) -> list[sa.ColumnElement[Any]]:
    """Columns of the table (all by default), JSON ones typed as text: the same SQL, and no
    decoding on fetch."""
    return [
        sa.type_coerce(c, sa.Text).label(c.name) if isinstance(c.type, sa.JSON) else c
        for c in (table.c if columns is None else columns)
    ]


def json_value(text: str | None) -> Any:
    """A JSON column's value from its text (SQL ``NULL`` and JSON ``null`` are ``None``)."""
    if text is None or text == "null":
        return None
    return [] if text == "[]" else json.loads(text)


@lru_cache(maxsize=4096)
def _strings(text: str | None) -> tuple[str, ...]:
    """A JSON array of codes (programmes, measures, instruments): few distinct ones per store."""
    return tuple(json_value(text) or ())


@lru_cache(maxsize=1024)
def _sources(text: str) -> tuple[Source, ...]:
    """One list version's sources: the same text on every event the version wrote."""
    return tuple(Source(**s) for s in json.loads(text))


def record_from_text_row(row: Any) -> RecordState:
    return RecordState(
        list_id=row.list_id,
        key=row.record_key,
        version_id=row.version_id,
        present=bool(row.present),
        digest=row.digest,
        entity_id=row.entity_id,
        raw=json_value(row.raw),
        entity=json_value(row.entity),
        programmes=list(_strings(row.programmes)),
        relationships=json_value(row.relationships) or [],
    )


def event_from_text_row(row: Any) -> Event:
    return Event(
        designation_id=row.designation_id,
        list_id=row.list_id,
        entity_id=row.entity_id,
        kind=EventKind(row.kind),
        date=row.date,
        announced=row.announced,
        effective=row.effective,
        published=row.published,
        observed_at=row.observed_at,
        version_id=row.version_id,
        programmes=_strings(row.programmes),
        measures=_strings(row.measures),
        instruments=_strings(row.instruments),
        reason=row.reason,
        changes=tuple(FieldChange(f, o, n) for f, o, n in json_value(row.changes)),
        sources=_sources(row.sources),
        date_basis=row.date_basis,
    )


class EventFilters(TypedDict, total=False):
    """What ``Store.events`` can be asked for; every filter given must hold."""

    entity_id: str | None
    list_id: str | None
    designation_ids: Sequence[str] | None
    version_id: int | None
    since: date | None
    until: date | None
    entity_ids: Sequence[str] | None
    mentioning: Sequence[str] | None


def events_query(**filters: Unpack[EventFilters]) -> sa.Select[Any]:
    """The events matching every filter given, in legal-date order (see ``Store.events``)."""
    e = t.events.c
    query = sa.select(*text_columns(t.events)).order_by(e.date, e.version_id, e.id)
    for column, value in (
        (e.entity_id, filters.get("entity_id")),
        (e.list_id, filters.get("list_id")),
        (e.version_id, filters.get("version_id")),
    ):
        if value is not None:
            query = query.where(column == value)
    designation_ids, entity_ids = filters.get("designation_ids"), filters.get("entity_ids")
    mentioning, since, until = filters.get("mentioning"), filters.get("since"), filters.get("until")
    if designation_ids is not None:
        query = query.where(e.designation_id.in_(list(designation_ids)))
    if entity_ids is not None:
        query = query.where(e.entity_id.in_(list(entity_ids)))
    if mentioning is not None:
        query = query.where(sa.or_(*t.mentions(e.programmes, e.instruments, mentioning)))
    if since is not None:
        query = query.where(e.date >= since)
    if until is not None:
        query = query.where(e.date <= until)
    return query
