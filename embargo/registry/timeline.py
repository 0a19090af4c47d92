"""Reading dates and moments from users, and listing events over time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from embargo.exc import InvalidInput, NotFound
from embargo.model.designation import Event
from embargo.registry.reference import resolve_entities
from embargo.store import Store, utc_naive


def parse_moment(text: str) -> datetime:
    """A day means the end of that day; a timestamp without zone is UTC."""
    value = text.strip()
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time.max).replace(microsecond=0)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"not a date or timestamp (YYYY-MM-DD or ISO 8601): {text!r}") from exc
    return utc_naive(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {text!r}") from exc


def history(store: Store, query: str) -> dict[str, list[Event]]:
    """Every event of every entity the query names, in legal-date order, by entity id."""
    return {
        entity_id: store.events(entity_id=entity_id) for entity_id in resolve_entities(store, query)
    }


def changes(store: Store, list_id: str, since: date | None, until: date | None) -> list[Event]:
    """Events of the designations on a list, by legal date, both ends inclusive."""
    events = store.events(list_id=list_id, since=since, until=until)
    if len(events) == 0 and list_id not in {info.id for info in store.lists()}:
        raise NotFound(f"no list {list_id!r} in the store")
    return events


def entity_history(store: Store, entity_id: str) -> list[Event]:
    """Every event of one entity's designations, in legal-date order."""
    if not store.has_entity(entity_id):
        raise NotFound(f"no entity {entity_id!r}")
    return store.events(entity_id=entity_id)
