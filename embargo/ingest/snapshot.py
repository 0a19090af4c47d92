"""What a list parser hands to the store: one list version as records, plus its findings.

Parsers are pure: they get the bytes of each file and return a ``ListSnapshot``. They never
drop a value silently: what they cannot map becomes a ``Finding`` in the ingest report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from embargo.model.entity import Entity, Relationship


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file: the name shown in messages (path or URL) and its bytes."""

    name: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Finding:
    """A value the parser could not map to the model, and where it was."""

    source: str
    place: str | None
    kind: str
    value: str
    record: str | None = None

    def __str__(self) -> str:
        where = self.source if self.place is None else f"{self.source}:{self.place}"
        rec = "" if self.record is None else f" (record {self.record})"
        return f"{where}: {self.kind}: {self.value!r}{rec}"


@dataclass(slots=True)
class ListRecord:
    """One entry of a list version, keyed by the list's own id (OFAC ent_num, UN reference)."""

    key: str
    #: The entry exactly as the list published it, JSON-serialisable: enough to write the
    #: list back out in its own format (for OFAC: the 12 sdn.csv cells plus add/alt/comments).
    raw: dict[str, Any]
    entity: Entity
    programmes: tuple[str, ...]
    #: Legal dates the list itself states, when it does (UN LISTED_ON, LAST_DAY_UPDATED).
    listed_on: date | None = None
    amended_on: tuple[date, ...] = ()
    reason: str | None = None
    relationships: tuple[Relationship, ...] = ()


@dataclass(slots=True)
class ListSnapshot:
    list_id: str
    records: dict[str, ListRecord] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    #: The publication time the file states about itself (UN ``dateGenerated``), if any.
    published: datetime | None = None

    def add(self, record: ListRecord, source: str, place: str | None) -> None:
        """Add a record; a key seen twice is a finding, and the first one stays."""
        if record.key in self.records:
            self.findings.append(Finding(source, place, "duplicate_key", record.key, record.key))
            return
        self.records[record.key] = record
