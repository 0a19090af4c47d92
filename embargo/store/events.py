"""Converting events between the model and their rows."""

from __future__ import annotations

from typing import Any

from embargo.model.designation import Event, EventKind, FieldChange
from embargo.model.legal import Source


def event_to_row(event: Event, source_list: str, record_key: str) -> dict[str, Any]:
    return {
        "designation_id": event.designation_id,
        "list_id": event.list_id,
        "source_list": source_list,
        "version_id": event.version_id,
        "record_key": record_key,
        "entity_id": event.entity_id,
        "kind": event.kind.value,
        "date": event.date,
        "date_basis": event.date_basis,
        "announced": event.announced,
        "effective": event.effective,
        "published": event.published,
        "observed_at": event.observed_at,
        "programmes": list(event.programmes),
        "measures": list(event.measures),
        "instruments": list(event.instruments),
        "reason": event.reason,
        "changes": [[c.field, c.old, c.new] for c in event.changes],
        "sources": [_source_dict(s) for s in event.sources],
    }


def _source_dict(source: Source) -> dict[str, Any]:
    return {
        k: v
        for k, v in (("url", source.url), ("sha256", source.sha256), ("title", source.title))
        if v is not None
    }


def event_from_row(row: Any) -> Event:
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
        programmes=tuple(row.programmes),
        measures=tuple(row.measures),
        instruments=tuple(row.instruments),
        reason=row.reason,
        changes=tuple(FieldChange(f, o, n) for f, o, n in row.changes),
        sources=tuple(Source(**s) for s in row.sources),
        date_basis=row.date_basis,
    )
