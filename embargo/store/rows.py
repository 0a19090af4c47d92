"""Plain rows the store returns: list versions and stored records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class ListInfo:
    id: str
    title: str
    publisher: str
    kind: str
    url: str | None
    format: str


@dataclass(frozen=True, slots=True)
class VersionInfo:
    id: int
    list_id: str
    seq: int
    observed_at: datetime
    published_at: datetime | None
    ingested_at: datetime
    sha256: str
    files: list[dict[str, Any]]
    counts: dict[str, int]
    findings: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class RecordState:
    """What the store holds about one list entry at one version."""

    list_id: str
    key: str
    version_id: int
    present: bool
    digest: str | None
    entity_id: str
    raw: dict[str, Any] | None
    entity: dict[str, Any] | None
    programmes: list[str]
    relationships: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """An API key as stored: its hash and a short prefix, never the key."""

    id: int
    prefix: str
    hash: str
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def fold_name(name: str) -> str:
    """The key for exact-name look-ups: case and inner spacing do not count."""
    return " ".join(name.casefold().split())


def version_from_row(row: Any) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        list_id=row.list_id,
        seq=row.seq,
        observed_at=row.observed_at,
        published_at=row.published_at,
        ingested_at=row.ingested_at,
        sha256=row.sha256,
        files=row.files,
        counts=row.counts,
        findings=row.findings,
    )


def key_from_row(row: Any) -> KeyRecord:
    return KeyRecord(
        id=row.id,
        prefix=row.prefix,
        hash=row.hash,
        name=row.name,
        role=row.role,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )
