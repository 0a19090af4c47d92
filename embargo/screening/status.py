"""Designation status of screened entities on the as-of day, each computed once.

``registry.entity_status`` asks the store three questions per entity. A screening at a low
threshold returns several hits per query, and a customer file runs into the tens of thousands of
hits, so those round trips would cost more than the matching itself. A ``StatusBook`` keeps each
entity's status (the day is fixed, so the answer is too), asks the store for the events of each
new entity (a screening's new hits in one query), and once a screener has needed many of them,
reads every event in one query, keeping those of the screened entities only: like renting skis
until buying them is cheaper, it never pays much more than the better of the two. It holds the
screener's own entities, not copies.
The answers are those of ``entity_status`` (a test holds them equal).

The entity an ``EntityStatus`` carries is the latest description any list gave. When every list
is screened at its latest version, that is the screened description of any entity on one list
that was never dropped from a list (only a delisting hides a present record of a later version);
for the others it is asked of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from embargo.model.designation import Event, EventKind
from embargo.model.entity import Entity
from embargo.registry.reference import Reference, latest_entity
from embargo.registry.status import EntityStatus, status_from_events
from embargo.store import Store

#: New entities asked one by one before all events are read at once: this share of the
#: screened entities, and at least this many. Reading one entity's events costs about as much as
#: reading 30 entities' events in bulk, so this is where renting starts to cost more than buying.
BULK_SHARE = 0.03
BULK_MIN = 300


class StatusBook:
    """Each entity's status on ``day``, computed on first request and kept.

    ``entities`` are the screened descriptions, ``lists_of`` the lists that carry each entity,
    and ``all_latest`` says that every list of the store is screened at its latest version.
    ``bulk_after``: how many entities to ask for one by one before reading every event.
    """

    __slots__ = (
        "_all_latest", "_asked", "_bulk_after", "_entities", "_events", "_lists_of",
        "_statuses", "day", "reference", "store",
    )  # fmt: skip

    def __init__(
        self,
        store: Store,
        day: date,
        entities: Mapping[str, Entity],
        lists_of: Mapping[str, Sequence[str]],
        all_latest: bool,
        bulk_after: int | None = None,
    ) -> None:
        self.store = store
        self.day = day
        self.reference = Reference.load(store)
        self._entities = entities
        self._lists_of = lists_of
        self._all_latest = all_latest
        self._statuses: dict[str, EntityStatus] = {}
        self._events: dict[str, list[Event]] | None = None
        self._asked = 0
        default = max(BULK_MIN, int(BULK_SHARE * len(entities)))
        self._bulk_after = default if bulk_after is None else bulk_after

    def status(self, entity_id: str) -> EntityStatus:
        found = self._statuses.get(entity_id)
        if found is None:
            found = self._computed(entity_id, self._events_of(entity_id))
        return found

    def statuses(self, entity_ids: Sequence[str]) -> list[EntityStatus]:
        """The statuses of a screening's hits, the new ones read from the store in one query
        rather than one per hit (a query with ten namesakes among a million names)."""
        new = [i for i in dict.fromkeys(entity_ids) if i not in self._statuses]
        if len(new) > 1 and self._events is None and self._asked + len(new) <= self._bulk_after:
            self._asked += len(new)
            events = _by_entity(self.store.events(entity_ids=new))
            for entity_id in new:
                self._computed(entity_id, events.get(entity_id, ()))
        return [self.status(i) for i in entity_ids]

    def _computed(self, entity_id: str, events: Sequence[Event]) -> EntityStatus:
        entity = self._latest_entity(entity_id, events)
        found = status_from_events(self.reference, entity_id, entity, events, self.day)
        self._statuses[entity_id] = found
        return found

    def _events_of(self, entity_id: str) -> Sequence[Event]:
        if self._events is None:
            self._asked += 1
            if self._asked <= self._bulk_after:
                return self.store.events(entity_id=entity_id)
            screened = self._lists_of
            self._events = _by_entity(e for e in self.store.events() if e.entity_id in screened)
        if entity_id not in self._lists_of:  # kept only for the screened entities
            return self.store.events(entity_id=entity_id)
        return self._events.get(entity_id, ())

    def _latest_entity(self, entity_id: str, events: Iterable[Event]) -> Entity | None:
        screened = self._entities.get(entity_id)
        lists = self._lists_of.get(entity_id, ())
        dropped = any(e.kind is EventKind.DELISTED for e in events)
        if screened is not None and self._all_latest and len(lists) == 1 and not dropped:
            return screened
        return latest_entity(self.store, entity_id)


def _by_entity(events: Iterable[Event]) -> dict[str, list[Event]]:
    grouped: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        grouped[event.entity_id].append(event)
    return grouped
