"""The store on SQLAlchemy Core: SQLite by default (a file path), any SQLAlchemy URL otherwise."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Unpack

import sqlalchemy as sa

from embargo.exc import NotFound
from embargo.model.designation import Event
from embargo.store import schema as t
from embargo.store.bulk import chunks
from embargo.store.reads import (
    FETCH,
    EventFilters,
    event_from_text_row,
    events_query,
    json_value,
    record_from_text_row,
    text_columns,
)
from embargo.store.rows import (
    KeyRecord,
    ListInfo,
    RecordState,
    VersionInfo,
    fold_name,
    key_from_row,
    version_from_row,
)
from embargo.store.writer import Writer


def store_url(location: str) -> str:
    """A SQLAlchemy URL as is; anything else is the path of a SQLite file."""
    return location if "://" in location else f"sqlite:///{location}"


class Store:
    """Reads and writes the registry. Writes happen only inside ``transaction()``."""

    def __init__(self, location: str) -> None:
        self.url = store_url(location)
        self.engine = sa.create_engine(self.url)
        #: Tables seen to exist; one not seen yet is looked for again on the next read.
        self._tables: set[str] = set()

    def migrate(self) -> list[int]:
        with self.engine.begin() as conn:
            return t.migrate(conn)

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """All writes of one ingest: committed together, or rolled back together."""
        with self.engine.begin() as conn:
            t.migrate(conn)
            yield Writer(conn)

    def close(self) -> None:
        self.engine.dispose()

    def _rows(self, query: sa.Executable, table: str = "list_versions") -> Sequence[sa.Row[Any]]:
        """Rows of a read; empty, and nothing created, while ``table`` does not exist: in a store
        never written to, or one from before the migration that adds the table."""
        if not self._table_exists(table):
            return []
        with self.engine.connect() as conn:
            return conn.execute(query).all()

    def _stream(self, query: sa.Executable) -> Iterator[sa.Row[Any]]:
        """Rows of a big read, fetched a chunk at a time rather than all at once."""
        if not self._table_exists("list_versions"):
            return
        with self.engine.connect() as conn:
            yield from conn.execution_options(yield_per=FETCH).execute(query)

    def _table_exists(self, name: str) -> bool:
        if name not in self._tables and sa.inspect(self.engine).has_table(name):
            self._tables.add(name)
        return name in self._tables

    # -- lists and versions ------------------------------------------------------------------

    def lists(self) -> list[ListInfo]:
        rows = self._rows(sa.select(t.lists).order_by(t.lists.c.id))
        return [ListInfo(r.id, r.title, r.publisher, r.kind, r.url, r.format) for r in rows]

    def list_info(self, list_id: str) -> ListInfo:
        for info in self.lists():
            if info.id == list_id:
                return info
        raise NotFound(f"no list {list_id!r} in the store")

    def versions(self, list_id: str | None = None) -> list[VersionInfo]:
        query = sa.select(t.list_versions).order_by(t.list_versions.c.id)
        if list_id is not None:
            query = query.where(t.list_versions.c.list_id == list_id)
        return [version_from_row(r) for r in self._rows(query)]

    def version_at(self, list_id: str, at: datetime) -> VersionInfo | None:
        """The latest version of the list observed on or before ``at``."""
        v = t.list_versions.c
        query = (
            sa.select(t.list_versions)
            .where(v.list_id == list_id, v.observed_at <= at)
            .order_by(v.observed_at.desc(), v.id.desc())
            .limit(1)
        )
        rows = self._rows(query)
        return version_from_row(rows[0]) if rows else None

    def latest_version_id(self) -> int | None:
        """The newest version of any list: a cheap way to see that the store has changed."""
        rows = self._rows(sa.select(sa.func.max(t.list_versions.c.id)))
        return None if len(rows) == 0 or rows[0][0] is None else int(rows[0][0])

    def latest_observed(self) -> dict[str, datetime]:
        """When the latest version of each list was observed."""
        v = t.list_versions.c
        latest = sa.func.max(v.observed_at).label("latest")
        query = sa.select(v.list_id, latest).group_by(v.list_id)
        return {str(row.list_id): row.latest for row in self._rows(query)}

    # -- API keys ----------------------------------------------------------------------------

    def api_keys(self) -> list[KeyRecord]:
        return [key_from_row(r) for r in self._key_rows(sa.select(t.api_keys))]

    def key_by_hash(self, digest: str) -> KeyRecord | None:
        rows = self._key_rows(sa.select(t.api_keys).where(t.api_keys.c.hash == digest))
        return key_from_row(rows[0]) if rows else None

    def _key_rows(self, query: sa.Select[Any]) -> Sequence[sa.Row[Any]]:
        """Rows of the keys table; a store from before keys existed has none."""
        return self._rows(query.order_by(t.api_keys.c.id), "api_keys")

    # -- records -----------------------------------------------------------------------------

    def records_at(self, list_id: str, version_id: int) -> list[RecordState]:
        """Every entry of the list as it stood at a version (the list's own file, replayed)."""
        return [record_from_text_row(row) for row in self._present_at(list_id, version_id)]

    def entities_at(self, list_id: str, version_id: int) -> Iterator[dict[str, Any]]:
        """The entity of every entry of ``records_at``, in its order, streamed; the rest of
        each record is not read. For building an index over a whole list."""
        for row in self._present_at(list_id, version_id, [t.records.c.entity]):
            if (entity := json_value(row.entity)) is not None:
                yield entity

    def _present_at(
        self, list_id: str, version_id: int, columns: Iterable[sa.ColumnElement[Any]] = ()
    ) -> Iterator[sa.Row[Any]]:
        r = t.records.c
        selected = text_columns(t.records, columns or None)
        query = t.latest_records(selected, list_id, r.version_id <= version_id)
        return self._stream(query.where(r.present.is_(True)))

    def entity_records(self, entity_id: str) -> list[RecordState]:
        """Every stored state of an entity, oldest first, across lists."""
        r = t.records.c
        query = sa.select(*text_columns(t.records)).where(r.entity_id == entity_id)
        return [record_from_text_row(row) for row in self._rows(query.order_by(r.version_id))]

    def entity_ids_by_name(self, name: str) -> list[str]:
        n = t.names.c
        query = sa.select(n.entity_id).where(n.folded == fold_name(name)).distinct()
        return sorted(str(row.entity_id) for row in self._rows(query))

    def records_of(self, entity_ids: Sequence[str]) -> list[RecordState]:
        """Every stored state of these entities, oldest first (one query per 500 ids)."""
        r = t.records.c
        ids = sorted(set(entity_ids))
        found: list[RecordState] = []
        for chunk in chunks(ids, 500):
            query = sa.select(*text_columns(t.records)).where(r.entity_id.in_(chunk))
            rows = self._rows(query.order_by(r.version_id))
            found += [record_from_text_row(row) for row in rows]
        return sorted(found, key=lambda state: state.version_id)

    def names_containing(
        self, words: Sequence[str], lists: Sequence[str] | None = None, limit: int = 5000
    ) -> list[tuple[str, str, str]]:
        """(entity id, name, list id) of every name, of any version, holding all the words."""
        n = t.names.c
        query = sa.select(n.entity_id, n.value, n.list_id).distinct()
        for word in words:
            query = query.where(n.folded.contains(fold_name(word), autoescape=True))
        if lists is not None:
            query = query.where(n.list_id.in_(list(lists)))
        rows = self._rows(query.limit(limit))
        return [(str(row.entity_id), str(row.value), str(row.list_id)) for row in rows]

    def has_entity(self, entity_id: str) -> bool:
        r, e = t.records.c, t.events.c
        found = self._rows(sa.select(r.id).where(r.entity_id == entity_id).limit(1))
        return (
            len(found) > 0
            or len(self._rows(sa.select(e.id).where(e.entity_id == entity_id).limit(1))) > 0
        )

    # -- events and facts --------------------------------------------------------------------

    def events(self, **filters: Unpack[EventFilters]) -> list[Event]:
        """Events in legal-date order; curated datasets count only in their latest version.

        ``mentioning``: only events naming one of these programme codes or instrument ids.
        """
        query = events_query(**filters)
        mentioning = filters.get("mentioning")
        current = self._current_curated_versions()
        found = [
            event_from_text_row(row)
            for row in self._stream(query)
            if current.get(row.source_list, row.version_id) == row.version_id
        ]
        if mentioning is None:
            return found
        codes = set(mentioning)
        return [x for x in found if codes & {*x.programmes, *x.instruments}]

    def facts(self, kind: str) -> list[dict[str, Any]]:
        """Curated facts of a kind (instrument, licence ...), from each dataset's latest version."""
        f = t.facts.c
        query = sa.select(t.facts).where(f.kind == kind).order_by(f.id)
        current = self._current_curated_versions()
        return [
            dict(row.body)
            for row in self._rows(query)
            if current.get(row.source_list) == row.version_id
        ]

    def _current_curated_versions(self) -> dict[str, int]:
        v, li = t.list_versions.c, t.lists.c
        query = (
            sa.select(v.list_id, sa.func.max(v.id).label("latest"))
            .join(t.lists, li.id == v.list_id)
            .where(li.kind == "curated")
            .group_by(v.list_id)
        )
        return {str(row.list_id): int(row.latest) for row in self._rows(query)}
