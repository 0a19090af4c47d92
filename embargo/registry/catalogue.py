"""The legal acts and programmes the registry knows, and who was designated under each.

An event counts under an instrument when it names the instrument, or names a programme that
the instrument underpins (OFAC entries carry programme tags, not executive orders).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from embargo.exc import NotFound
from embargo.model.codec import entity_from_dict
from embargo.model.designation import Event, EventKind
from embargo.model.legal import Instrument, Programme
from embargo.registry.reference import Reference
from embargo.store import Store


@dataclass(frozen=True, slots=True)
class DesignationRef:
    """One event of a designation made under a programme or instrument."""

    entity_id: str
    caption: str
    list_id: str
    kind: EventKind
    date: date
    programmes: tuple[str, ...]


@dataclass(slots=True)
class InstrumentView:
    instrument: Instrument
    #: Programmes founded on it.
    programmes: list[Programme] = field(default_factory=list)
    #: Instruments it revokes or amends, and those that revoke or amend it.
    related: list[Instrument] = field(default_factory=list)
    designations: list[DesignationRef] = field(default_factory=list)


@dataclass(slots=True)
class ProgrammeView:
    programme: Programme
    #: Its instruments the vocabulary knows, in the programme's order.
    instruments: list[Instrument] = field(default_factory=list)
    designations: list[DesignationRef] = field(default_factory=list)


def _start(inst: Instrument) -> date:
    return inst.effective or inst.signed or inst.published or date.min


def instruments(store: Store, reference: Reference | None = None) -> list[Instrument]:
    """Every known instrument, oldest first."""
    reference = Reference.load(store) if reference is None else reference
    return sorted(reference.instruments.values(), key=lambda i: (_start(i), i.id))


def programmes(store: Store, reference: Reference | None = None) -> list[Programme]:
    reference = Reference.load(store) if reference is None else reference
    return sorted(reference.programmes.values(), key=lambda p: p.code)


def instrument(
    store: Store, instrument_id: str, reference: Reference | None = None
) -> InstrumentView:
    """``reference``: the vocabulary the caller already loaded, so a page reads it once."""
    reference = Reference.load(store) if reference is None else reference
    found = reference.instruments.get(instrument_id)
    if found is None:
        raise NotFound(f"no instrument {instrument_id!r}")
    progs = [p for p in reference.programmes.values() if instrument_id in p.instruments]
    links = {*found.revokes, *found.amends}
    related = [
        other
        for other in reference.instruments.values()
        if other.id in links or instrument_id in (*other.revokes, *other.amends)
    ]
    codes = [instrument_id, *(p.code for p in progs)]
    return InstrumentView(
        instrument=found,
        programmes=sorted(progs, key=lambda p: p.code),
        related=sorted(related, key=lambda i: (_start(i), i.id)),
        designations=_designations(store, codes),
    )


def programme(store: Store, code: str, reference: Reference | None = None) -> ProgrammeView:
    reference = Reference.load(store) if reference is None else reference
    found = reference.programmes.get(code)
    if found is None:
        raise NotFound(f"no programme {code!r}")
    insts = [reference.instruments[i] for i in found.instruments if i in reference.instruments]
    return ProgrammeView(found, insts, _designations(store, [code]))


def _designations(store: Store, codes: list[str]) -> list[DesignationRef]:
    """Events naming any of the codes, in date order, with the entity's caption."""
    events = store.events(mentioning=codes)
    captions = latest_captions(store, [e.entity_id for e in events])
    return [_ref(event, captions.get(event.entity_id, event.entity_id)) for event in events]


def latest_captions(store: Store, entity_ids: list[str]) -> dict[str, str]:
    """Each entity's caption in its latest description (one query per 500 entities)."""
    latest: dict[str, dict[str, Any]] = {}
    for state in store.records_of(entity_ids):
        if state.present and state.entity is not None:
            latest[state.entity_id] = state.entity
    return {entity_id: entity_from_dict(data).caption for entity_id, data in latest.items()}


def _ref(event: Event, caption: str) -> DesignationRef:
    return DesignationRef(
        entity_id=event.entity_id,
        caption=caption,
        list_id=event.list_id,
        kind=event.kind,
        date=event.date,
        programmes=event.programmes,
    )
