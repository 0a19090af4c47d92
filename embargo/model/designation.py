"""Designations and the events of their life, and the status they give on a day.

A designation is one entity on one list. It is never edited: each change is an ``Event``
(listed, amended, delisted, relisted) with its legal dates and the list version that showed it.
The state on day D is the fold of the events dated on or before D.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from embargo.model.legal import Source


class EventKind(StrEnum):
    LISTED = "listed"
    AMENDED = "amended"
    DELISTED = "delisted"
    RELISTED = "relisted"


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """One step in a designation's life, with the designation's terms after it."""

    designation_id: str
    list_id: str
    entity_id: str
    kind: EventKind
    #: The day the event has legal effect; falls back to announced, then to the observation day.
    date: date
    announced: dt.date | None = None
    effective: dt.date | None = None
    published: dt.date | None = None
    #: When a list version first showed it; ``None`` for curated events not seen in a list file.
    observed_at: datetime | None = None
    version_id: int | None = None
    programmes: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    reason: str | None = None
    changes: tuple[FieldChange, ...] = ()
    sources: tuple[Source, ...] = ()
    #: Whether ``date`` is a legal date from the source or only the day a list showed the event.
    date_basis: str = "observed"

    @property
    def in_force_after(self) -> bool:
        return self.kind is not EventKind.DELISTED


@dataclass(frozen=True, slots=True)
class DesignationState:
    """A designation folded up to a day: in force or not, and on what terms."""

    designation_id: str
    list_id: str
    entity_id: str
    in_force: bool
    since: date
    first_listed: date
    programmes: tuple[str, ...]
    measures: tuple[str, ...]
    instruments: tuple[str, ...]
    reason: str | None
    last_event: Event


def event_order(event: Event) -> tuple[date, int, int]:
    """Legal date first; on the same day, the list version order, curated events first."""
    rank = 0 if event.kind in (EventKind.LISTED, EventKind.RELISTED) else 1
    return (event.date, -1 if event.version_id is None else event.version_id, rank)


def fold_designation(events: Iterable[Event], day: date) -> DesignationState | None:
    """The state of one designation on ``day``, or ``None`` if it had no event by then."""
    state: DesignationState | None = None
    for event in sorted(events, key=event_order):
        if event.date > day:
            break
        state = _apply(state, event)
    return state


def _apply(state: DesignationState | None, event: Event) -> DesignationState:
    if state is None:
        since = first = event.date
    else:
        first = state.first_listed
        flips = state.in_force != event.in_force_after
        since = event.date if flips else state.since
    return DesignationState(
        designation_id=event.designation_id,
        list_id=event.list_id,
        entity_id=event.entity_id,
        in_force=event.in_force_after,
        since=since,
        first_listed=first,
        programmes=event.programmes or (state.programmes if state else ()),
        measures=event.measures or (state.measures if state else ()),
        instruments=event.instruments or (state.instruments if state else ()),
        reason=event.reason if event.reason is not None else (state.reason if state else None),
        last_event=event,
    )
