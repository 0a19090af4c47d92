"""Tables of the store, and the ordered migrations that create and change them.

Nothing is updated in place: a list version adds rows to ``list_versions``, ``records``,
``names``, ``events`` and ``facts``; reading "as of" picks rows by version and date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

migrations_table = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)

lists = sa.Table(
    "lists",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("title", sa.String, nullable=False),
    sa.Column("publisher", sa.String, nullable=False),
    #: ``official`` (diffed list files), ``curated`` (sourced facts) or ``custom`` (user lists).
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("url", sa.String),
    sa.Column("format", sa.String, nullable=False),
)

list_versions = sa.Table(
    "list_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("list_id", sa.String, sa.ForeignKey("lists.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("observed_at", sa.DateTime, nullable=False),
    sa.Column("published_at", sa.DateTime),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    #: [{"name", "role", "sha256", "bytes"}] for each input file.
    sa.Column("files", sa.JSON, nullable=False),
    #: {"records", "added", "changed", "delisted", "relisted", "unchanged"}.
    sa.Column("counts", sa.JSON, nullable=False),
    sa.Column("findings", sa.JSON, nullable=False),
    sa.UniqueConstraint("list_id", "seq"),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("list_id", sa.String, nullable=False),
    sa.Column("record_key", sa.String, nullable=False),
    sa.Column("version_id", sa.Integer, sa.ForeignKey("list_versions.id"), nullable=False),
    #: False marks the version in which the record disappeared from the list.
    sa.Column("present", sa.Boolean, nullable=False),
    sa.Column("digest", sa.String(64)),
    sa.Column("entity_id", sa.String, nullable=False),
    sa.Column("raw", sa.JSON),
    sa.Column("entity", sa.JSON),
    sa.Column("programmes", sa.JSON),
    sa.Column("relationships", sa.JSON),
    sa.Index("ix_records_key", "list_id", "record_key", "version_id"),
    sa.Index("ix_records_version", "version_id"),
    sa.Index("ix_records_entity", "entity_id"),
)

names = sa.Table(
    "names",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("list_id", sa.String, nullable=False),
    sa.Column("record_key", sa.String, nullable=False),
    sa.Column("version_id", sa.Integer, sa.ForeignKey("list_versions.id"), nullable=False),
    sa.Column("entity_id", sa.String, nullable=False),
    sa.Column("value", sa.String, nullable=False),
    #: Case- and space-folded form for exact-name look-ups.
    sa.Column("folded", sa.String, nullable=False),
    sa.Index("ix_names_folded", "folded"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("designation_id", sa.String, nullable=False),
    #: The list the designation is on; ``source_list`` is the dataset that reported the event.
    sa.Column("list_id", sa.String, nullable=False),
    sa.Column("source_list", sa.String, nullable=False),
    sa.Column("version_id", sa.Integer, sa.ForeignKey("list_versions.id"), nullable=False),
    sa.Column("record_key", sa.String, nullable=False),
    sa.Column("entity_id", sa.String, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("date_basis", sa.String, nullable=False),
    sa.Column("announced", sa.Date),
    sa.Column("effective", sa.Date),
    sa.Column("published", sa.Date),
    sa.Column("observed_at", sa.DateTime),
    sa.Column("programmes", sa.JSON, nullable=False),
    sa.Column("measures", sa.JSON, nullable=False),
    sa.Column("instruments", sa.JSON, nullable=False),
    sa.Column("reason", sa.String),
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("sources", sa.JSON, nullable=False),
    sa.Index("ix_events_designation", "designation_id"),
    sa.Index("ix_events_entity", "entity_id"),
    sa.Index("ix_events_list_date", "list_id", "date"),
    sa.Index("ix_events_version", "version_id"),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("version_id", sa.Integer, sa.ForeignKey("list_versions.id"), nullable=False),
    sa.Column("source_list", sa.String, nullable=False),
    #: ``instrument``, ``programme``, ``licence``, ``court_order`` or ``relationship``.
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("key", sa.String, nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    sa.Index("ix_facts_kind", "kind", "version_id"),
)


api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    #: The first characters of the key, shown in listings so people can tell keys apart.
    sa.Column("prefix", sa.String(16), nullable=False),
    #: sha256 of the whole key (hex); the key itself is never stored.
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    sa.Column("name", sa.String, nullable=False),
    #: ``reader``, ``screener`` or ``admin``.
    sa.Column("role", sa.String, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime),
)

#: Tables created by later migrations, not by the first one.
_LATER = {"api_keys"}


def latest_records(
    columns: Sequence[sa.ColumnElement[Any]],
    list_id: str,
    *conditions: sa.ColumnElement[bool],
) -> sa.Select[Any]:
    """Each entry of a list at its latest stored state among the rows ``conditions`` allow.

    Every "as of" read of records is this query: the newest row per key, found by version.
    """
    r = records.c
    latest = (
        sa.select(r.record_key, sa.func.max(r.version_id).label("v"))
        .where(r.list_id == list_id, *conditions)
        .group_by(r.record_key)
        .subquery()
    )
    return (
        sa.select(*columns)
        .join(latest, sa.and_(r.record_key == latest.c.record_key, r.version_id == latest.c.v))
        .where(r.list_id == list_id)
    )


def mentions(
    programmes: sa.ColumnElement[Any], instruments: sa.ColumnElement[Any], codes: Sequence[str]
) -> list[sa.ColumnElement[bool]]:
    """A coarse text match on the JSON arrays; the caller checks the exact codes."""
    found = []
    for code in codes:
        quoted = f'"{code}"'
        for column in (programmes, instruments):
            found.append(sa.cast(column, sa.String).contains(quoted, autoescape=True))
    return found


def _create_v1(conn: sa.Connection) -> None:
    first = [
        t for t in metadata.sorted_tables if t is not migrations_table and t.name not in _LATER
    ]
    metadata.create_all(conn, tables=first)


def _create_v2(conn: sa.Connection) -> None:
    api_keys.create(conn)


Migration = tuple[int, str, Callable[[sa.Connection], None]]

#: Ordered, named schema migrations; a new one is appended, never edited.
MIGRATIONS: list[Migration] = [
    (1, "registry: lists, versions, records, names, events, facts", _create_v1),
    (2, "api keys, stored hashed", _create_v2),
]


def migrate(conn: sa.Connection) -> list[int]:
    """Apply the migrations the store has not seen yet; return their numbers."""
    migrations_table.create(conn, checkfirst=True)
    done: set[int] = set(conn.execute(sa.select(migrations_table.c.version)).scalars())
    applied = []
    for version, name, step in MIGRATIONS:
        if version in done:
            continue
        step(conn)
        now = datetime.now(UTC).replace(tzinfo=None)
        conn.execute(migrations_table.insert().values(version=version, name=name, applied_at=now))
        applied.append(version)
    return applied
