"""Appending one list version to the store, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from embargo.model.designation import Event
from embargo.store import schema as t
from embargo.store.bulk import CHUNK, BulkInsert, chunks
from embargo.store.events import EVENT_COLUMNS, event_values
from embargo.store.reads import record_from_text_row, text_columns
from embargo.store.rows import (
    ListInfo,
    RecordState,
    VersionInfo,
    fold_name,
    version_from_row,
)


@dataclass(frozen=True, slots=True)
class NewRecord:
    key: str
    present: bool
    entity_id: str
    digest: str | None = None
    raw: dict[str, Any] | None = None
    entity: dict[str, Any] | None = None
    programmes: Sequence[str] = ()
    relationships: Sequence[dict[str, Any]] = ()
    names: Sequence[str] = ()


RECORD_COLUMNS = (
    "list_id", "record_key", "version_id", "present", "digest", "entity_id", "raw", "entity",
    "programmes", "relationships",
)  # fmt: skip
NAME_COLUMNS = ("list_id", "record_key", "version_id", "entity_id", "value", "folded")


class Writer:
    """Write access for one transaction. Every method appends; none deletes.

    The one update: revoking an API key stamps its ``revoked_at``; keys are access control,
    not registry history.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._inserts: dict[str, BulkInsert] = {}

    def _insert(self, table: sa.Table, columns: Sequence[str]) -> BulkInsert:
        found = self._inserts.get(table.name)
        if found is None:
            found = self._inserts[table.name] = BulkInsert.of(table, columns, self.conn.dialect)
        return found

    def ensure_list(self, info: ListInfo) -> None:
        found = self.conn.execute(sa.select(t.lists.c.id).where(t.lists.c.id == info.id)).first()
        if found is None:
            self.conn.execute(
                t.lists.insert().values(
                    id=info.id,
                    title=info.title,
                    publisher=info.publisher,
                    kind=info.kind,
                    url=info.url,
                    format=info.format,
                )
            )

    def list_kind(self, list_id: str) -> str | None:
        found = self.conn.execute(sa.select(t.lists.c.kind).where(t.lists.c.id == list_id)).first()
        return None if found is None else str(found.kind)

    def versions(self, list_id: str) -> list[VersionInfo]:
        v = t.list_versions.c
        query = sa.select(t.list_versions).where(v.list_id == list_id).order_by(v.seq)
        return [version_from_row(r) for r in self.conn.execute(query)]

    def add_version(self, values: dict[str, Any]) -> int:
        seq = len(self.versions(values["list_id"])) + 1
        result = self.conn.execute(t.list_versions.insert().values(seq=seq, **values))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def current_records(self, list_id: str, keys: Sequence[str]) -> dict[str, RecordState]:
        """The latest stored state of the given entries of a list (present or removed)."""
        found: dict[str, RecordState] = {}
        for chunk in chunks(keys, 500):
            found.update(self._current_chunk(list_id, chunk))
        return found

    def _current_chunk(self, list_id: str, keys: Sequence[str]) -> dict[str, RecordState]:
        selected = text_columns(t.records)
        query = t.latest_records(selected, list_id, t.records.c.record_key.in_(list(keys)))
        return {row.record_key: record_from_text_row(row) for row in self.conn.execute(query)}

    def current_digests(self, list_id: str) -> dict[str, tuple[str | None, bool]]:
        r = t.records.c
        query = t.latest_records([r.record_key, r.digest, r.present], list_id)
        return {row.record_key: (row.digest, bool(row.present)) for row in self.conn.execute(query)}

    def add_records(self, list_id: str, version_id: int, new: Iterable[NewRecord]) -> None:
        """Append records and their look-up names, streamed: any number, in bounded memory."""
        records = self._insert(t.records, RECORD_COLUMNS)
        names = self._insert(t.names, NAME_COLUMNS)
        for chunk in chunks(new, CHUNK):
            records.run(self.conn, (_record_values(list_id, version_id, r) for r in chunk))
            names.run(self.conn, _name_values(list_id, version_id, chunk))

    def add_events(self, events: Iterable[tuple[Event, str]], source_list: str) -> None:
        """Append events; each comes with the record key of the entry it concerns."""
        rows = (event_values(event, source_list, key) for event, key in events)
        self._insert(t.events, EVENT_COLUMNS).run(self.conn, rows)

    def add_facts(
        self,
        version_id: int,
        source_list: str,
        kind: str,
        bodies: Sequence[tuple[str, dict[str, Any]]],
    ) -> None:
        if len(bodies) == 0:
            return
        rows = [
            {
                "version_id": version_id,
                "source_list": source_list,
                "kind": kind,
                "key": key,
                "body": body,
            }
            for key, body in bodies
        ]
        self.conn.execute(t.facts.insert(), rows)

    def add_key(self, prefix: str, digest: str, name: str, role: str) -> int:
        values = {"prefix": prefix, "hash": digest, "name": name, "role": role}
        now = utc_naive(datetime.now(UTC)).replace(microsecond=0)
        result = self.conn.execute(t.api_keys.insert().values(created_at=now, **values))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def revoke_key(self, key_id: int) -> bool:
        """Revoke a key; False when there is no active key with that id."""
        k = t.api_keys.c
        now = utc_naive(datetime.now(UTC)).replace(microsecond=0)
        query = (
            t.api_keys.update().where(k.id == key_id, k.revoked_at.is_(None)).values(revoked_at=now)
        )
        return self.conn.execute(query).rowcount == 1


def _record_values(list_id: str, version_id: int, item: NewRecord) -> tuple[Any, ...]:
    return (
        list_id,
        item.key,
        version_id,
        item.present,
        item.digest,
        item.entity_id,
        item.raw,
        item.entity,
        list(item.programmes),
        list(item.relationships),
    )


def _name_values(
    list_id: str, version_id: int, new: Sequence[NewRecord]
) -> Iterator[tuple[str | int, ...]]:
    for r in new:
        for value in dict.fromkeys(r.names):
            yield (list_id, r.key, version_id, r.entity_id, value, fold_name(value))


def utc_naive(moment: datetime) -> datetime:
    """The store keeps UTC without a zone so that SQLite and PostgreSQL compare alike."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
