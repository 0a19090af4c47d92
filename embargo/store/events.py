"""Converting events between the model and their rows."""

from __future__ import annotations

from typing import Any

from embargo.model.designation import Event
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
