"""Designation periods: the spans of days in which a designation was in force.

A designation's events say when it started and stopped; a timeline wants the spans between.
Each ``Period`` is half-open, ``[start, end)``: ``end`` is the day of the delisting, the first
day the designation is no longer in force, exactly as ``fold_designation`` reads the events.
An amendment that changes the programmes closes one period and opens the next on the same
day, so every period carries one set of terms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from embargo.model.designation import Event, EventKind, event_order
from embargo.store import Store


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    #: First day no longer in force; ``None`` while the designation is still in force.
    end: date | None
    programmes: tuple[str, ...]
    #: Instruments named by the event that opened the period.
    instruments: tuple[str, ...]
    opened_by: Event
    closed_by: Event | None = None

    @property
    def start_known(self) -> bool:
        """False when ``start`` is only the first list version ingested, not a legal date."""
        return self.opened_by.date_basis != "first_observed"

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class DesignationHistory:
    """One designation (an entity on a list): its periods in force and all its events."""

    designation_id: str
    list_id: str
    entity_id: str
    periods: tuple[Period, ...]
    events: tuple[Event, ...]

    def in_force(self, day: date) -> bool:
        return any(p.covers(day) for p in self.periods)


def designation_periods(events: Iterable[Event]) -> tuple[Period, ...]:
    """The periods in force of one designation, given its events (in any order)."""
    periods: list[Period] = []
    current: Period | None = None
    terms: tuple[str, ...] = ()
    for event in sorted(events, key=event_order):
        if event.kind is EventKind.DELISTED:
            if current is not None:
                periods.append(_close(current, event))
            current = None
        elif current is None:
            current = _open(event, event.programmes or terms)
        elif _changes_terms(current, event):
            periods.append(_close(current, event))
            current = _open(event, event.programmes)
        terms = event.programmes or terms
    if current is not None:
        periods.append(current)
    return tuple(p for p in periods if p.end is None or p.end > p.start)


def _open(event: Event, programmes: tuple[str, ...]) -> Period:
    return Period(event.date, None, programmes, event.instruments, event)


def _close(period: Period, event: Event) -> Period:
    return Period(
        period.start,
        event.date,
        period.programmes,
        period.instruments,
        period.opened_by,
        event,
    )


def _changes_terms(period: Period, event: Event) -> bool:
    """An amendment naming other programmes; events that repeat or omit them change nothing."""
    return len(event.programmes) > 0 and set(event.programmes) != set(period.programmes)


def histories(events: Iterable[Event]) -> list[DesignationHistory]:
    """Events grouped by designation, each with its periods; earliest designation first."""
    grouped: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        grouped[event.designation_id].append(event)
    found = []
    for designation_id, own in grouped.items():
        ordered = tuple(sorted(own, key=event_order))
        first = ordered[0]
        found.append(
            DesignationHistory(
                designation_id,
                first.list_id,
                first.entity_id,
                designation_periods(ordered),
                ordered,
            )
        )
    found.sort(key=lambda h: (event_order(h.events[0]), h.designation_id))
    return found


def entity_histories(store: Store, entity_id: str) -> list[DesignationHistory]:
    """Every designation of an entity, with its periods in force."""
    return histories(store.events(entity_id=entity_id))
