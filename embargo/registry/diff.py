"""Turning a new list version into record states and designation events.

A version is compared with the latest stored state of every entry, by digest of what the list
published. New entries are *listed* (or *relisted* if they were on the list before), changed
ones *amended* with the fields that changed, missing ones *delisted*.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from embargo.ingest.snapshot import ListRecord, ListSnapshot
from embargo.model.codec import entity_to_dict, relationship_to_dict
from embargo.model.designation import Event, EventKind, FieldChange
from embargo.model.legal import Source
from embargo.model.values import EntityKind
from embargo.model.vocab import programmes as known_programmes
from embargo.store import NewRecord, RecordState


def digest(raw: Mapping[str, Any]) -> str:
    text = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Diff:
    """The kinds of change, by record key, before anything is written."""

    added: list[str] = field(default_factory=list)
    relisted: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    digests: dict[str, str] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "delisted": len(self.removed),
            "relisted": len(self.relisted),
            "unchanged": self.unchanged,
        }

    @property
    def keys_with_history(self) -> list[str]:
        return self.changed + self.removed + self.relisted


def compare(snapshot: ListSnapshot, current: Mapping[str, tuple[str | None, bool]]) -> Diff:
    diff = Diff()
    for key, record in snapshot.records.items():
        new = diff.digests[key] = digest(record.raw)
        old = current.get(key)
        if old is None:
            diff.added.append(key)
        elif not old[1]:
            diff.relisted.append(key)
        elif old[0] != new:
            diff.changed.append(key)
        else:
            diff.unchanged += 1
    diff.removed = [
        k for k, (_, present) in current.items() if present and k not in snapshot.records
    ]
    return diff


def new_record(record: ListRecord, record_digest: str) -> NewRecord:
    entity = record.entity
    return NewRecord(
        key=record.key,
        present=True,
        entity_id=entity.id,
        digest=record_digest,
        raw=record.raw,
        entity=entity_to_dict(entity),
        programmes=record.programmes,
        relationships=[relationship_to_dict(r) for r in record.relationships],
        names=[v for n in entity.names for v in lookup_names(n.value, entity.kind)],
    )


def lookup_names(value: str, kind: EntityKind) -> list[str]:
    """The name as printed, and for a person written "LAST, First" also "First LAST"."""
    if kind is not EntityKind.PERSON or value.count(",") != 1:
        return [value]
    last, first = (part.strip() for part in value.split(","))
    return [value, f"{first} {last}"] if first and last else [value]


def removed_record(old: RecordState) -> NewRecord:
    return NewRecord(key=old.key, present=False, entity_id=old.entity_id)


@dataclass(frozen=True, slots=True)
class EventContext:
    list_id: str
    version_id: int
    observed_at: datetime
    first_version: bool
    sources: tuple[Source, ...]


def terms(programme_codes: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Default measures and instruments of a set of programmes, from the vocabulary."""
    known = known_programmes()
    measures: dict[str, None] = {}
    instruments: dict[str, None] = {}
    for code in programme_codes:
        programme = known.get(code)
        if programme is not None:
            measures.update(dict.fromkeys(programme.measures))
            instruments.update(dict.fromkeys(programme.instruments))
    return tuple(measures), tuple(instruments)


def record_event(
    ctx: EventContext, kind: EventKind, record: ListRecord, old: RecordState | None
) -> Event:
    day = ctx.observed_at.date()
    basis = "first_observed" if ctx.first_version else "observed"
    effective: date | None = None
    if kind is EventKind.LISTED and record.listed_on is not None:
        day, basis, effective = record.listed_on, "list", record.listed_on
    elif kind is EventKind.AMENDED and len(record.amended_on) > 0:
        effective = max(record.amended_on)
    measures, instruments = terms(record.programmes)
    return Event(
        designation_id=f"{ctx.list_id}:{record.key}",
        list_id=ctx.list_id,
        entity_id=record.entity.id,
        kind=kind,
        date=day,
        effective=effective,
        observed_at=ctx.observed_at,
        version_id=ctx.version_id,
        programmes=record.programmes,
        measures=measures,
        instruments=instruments,
        reason=record.reason,
        changes=field_changes(old, record) if kind is EventKind.AMENDED else (),
        sources=ctx.sources,
        date_basis=basis,
    )


def removal_event(ctx: EventContext, old: RecordState) -> Event:
    return Event(
        designation_id=f"{ctx.list_id}:{old.key}",
        list_id=ctx.list_id,
        entity_id=old.entity_id,
        kind=EventKind.DELISTED,
        date=ctx.observed_at.date(),
        observed_at=ctx.observed_at,
        version_id=ctx.version_id,
        programmes=tuple(old.programmes),
        sources=ctx.sources,
        date_basis="observed",
    )


def field_changes(old: RecordState | None, record: ListRecord) -> tuple[FieldChange, ...]:
    """What changed, by field of the parsed entity (and programmes), old and new as JSON."""
    before = dict(old.entity or {}) if old is not None else {}
    after = entity_to_dict(record.entity)
    before["programmes"] = list(old.programmes) if old is not None else []
    after["programmes"] = list(record.programmes)
    changes = [
        FieldChange(name, _text(before.get(name)), _text(after.get(name)))
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    ]
    if len(changes) == 0 and old is not None and old.raw != record.raw:
        changes.append(FieldChange("raw", _text(old.raw), _text(record.raw)))
    return tuple(changes)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
