"""Converting events between the model and their rows."""

from __future__ import annotations

from typing import Any

from embargo.model.designation import Event, EventKind, FieldChange
from embargo.model.legal import Source

#: The columns ``event_values`` fills, in its order.
EVENT_COLUMNS = (
    "designation_id", "list_id", "source_list", "version_id", "record_key", "entity_id", "kind",
    "date", "date_basis", "announced", "effective", "published", "observed_at", "programmes",
    "measures", "instruments", "reason", "changes", "sources",
)  # fmt: skip


def event_values(event: Event, source_list: str, record_key: str) -> tuple[Any, ...]:
    """An event's row, as values in the order of ``EVENT_COLUMNS``."""
    return (
        event.designation_id,
        event.list_id,
        source_list,
        event.version_id,
        record_key,
        event.entity_id,
        event.kind.value,
        event.date,
        event.date_basis,
        event.announced,
        event.effective,
        event.published,
        event.observed_at,
        list(event.programmes),
        list(event.measures),
        list(event.instruments),
        event.reason,
        [[c.field, c.old, c.new] for c in event.changes],
        [_source_dict(s) for s in event.sources],
    )


def _source_dict(source: Source) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if source.url is not None:
        found["url"] = source.url
    if source.sha256 is not None:
        found["sha256"] = source.sha256
    if source.title is not None:
        found["title"] = source.title
    return found


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
