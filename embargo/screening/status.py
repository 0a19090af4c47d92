"""Designation status of screened entities on the as-of day, from history read once.

``registry.entity_status`` asks the store three questions per entity. A screening at a low
threshold returns several hits per query, and a customer file runs into the tens of thousands of
hits, so those round trips would cost more than the matching itself. A ``StatusBook`` reads every
event in one query when the screener is built and folds each entity's events once: the day is
fixed, so the answer is too. The answers are those of ``entity_status`` (a test holds them equal).

The entity an ``EntityStatus`` carries is the latest description any list gave. The lists'
latest versions hold it for every entity that no list ever dropped (only a delisting hides a
present record from a later version); for the others it is asked of the store, once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from embargo.model.codec import entity_from_dict
from embargo.model.designation import Event, EventKind
from embargo.model.entity import Entity
from embargo.registry.reference import Reference, latest_entity
from embargo.registry.status import EntityStatus, status_from_events
from embargo.store import RecordState, Store

#: Records of one list version, keyed by the version's id.
LoadedRecords = Mapping[int, Sequence[RecordState]]


class StatusBook:
    """Each entity's status on ``day``, computed on first request and kept.

    ``loaded`` are the records the screener read, by version, and ``entities`` what it made of
    them (from the first record of each entity): a latest description that is one of those
    records is taken from there rather than kept twice.
    """

    __slots__ = ("_events", "_latest", "_statuses", "day", "reference", "store")

    def __init__(
        self, store: Store, day: date, loaded: LoadedRecords, entities: Mapping[str, Entity]
    ) -> None:
        self.store = store
        self.day = day
        self.reference = Reference.load(store)
        self._events: dict[str, list[Event]] = defaultdict(list)
        for event in store.events():
            self._events[event.entity_id].append(event)
        dropped = {
            e.entity_id
            for events in self._events.values()
            for e in events
            if e.kind is EventKind.DELISTED
        }
        self._latest = _latest_descriptions(store, loaded, dropped, entities)
        self._statuses: dict[str, EntityStatus] = {}

    def status(self, entity_id: str) -> EntityStatus:
        found = self._statuses.get(entity_id)
        if found is None:
            events = self._events.get(entity_id, ())
            entity = self._latest_entity(entity_id)
            found = status_from_events(self.reference, entity_id, entity, events, self.day)
            self._statuses[entity_id] = found
        return found

    def _latest_entity(self, entity_id: str) -> Entity | None:
        known = self._latest.get(entity_id)
        if known is None:
            return latest_entity(self.store, entity_id)
        return known if isinstance(known, Entity) else entity_from_dict(known)


def _latest_descriptions(
    store: Store, loaded: LoadedRecords, dropped: set[str], entities: Mapping[str, Entity]
) -> dict[str, Entity | dict[str, Any]]:
    """Per entity never dropped from a list: its newest present description in any list."""
    newest: dict[str, RecordState] = {}
    for info in store.lists():
        version = store.version_at(info.id, datetime.max)
        if version is None:
            continue
        records = loaded.get(version.id)
        for record in store.records_at(info.id, version.id) if records is None else records:
            known = newest.get(record.entity_id)
            if record.entity_id not in dropped and (
                known is None or record.version_id >= known.version_id
            ):
                newest[record.entity_id] = record
    origins = _origins(loaded)
    found: dict[str, Entity | dict[str, Any]] = {}
    for entity_id, record in newest.items():
        if record.entity is None:
            continue
        same = origins.get(entity_id) == (record.list_id, record.version_id)
        screened = entities.get(entity_id) if same else None
        found[entity_id] = record.entity if screened is None else screened
    return found


def _origins(loaded: LoadedRecords) -> dict[str, tuple[str, int]]:
    """The record each screened entity was made from: the first one that describes it."""
    origins: dict[str, tuple[str, int]] = {}
    for records in loaded.values():
        for record in records:
            if record.entity is not None:
                origins.setdefault(record.entity_id, (record.list_id, record.version_id))
    return origins
