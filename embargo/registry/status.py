"""Answering "was this entity designated on day D, by whom, how, and since when?"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from embargo.model.designation import DesignationState, Event, fold_designation
from embargo.model.entity import Entity
from embargo.model.legal import CourtOrder, Instrument, Licence, Measure, Programme
from embargo.registry.reference import Reference, latest_entity, resolve_entities
from embargo.store import Store


@dataclass(slots=True)
class DesignationStatus:
    state: DesignationState
    programmes: list[Programme]
    instruments: list[Instrument]
    measures: list[Measure]
    licences: list[Licence]
    court_orders: list[CourtOrder]
    #: Programme codes and instrument ids the data names but the vocabulary does not know.
    unknown: list[str]


@dataclass(slots=True)
class EntityStatus:
    entity_id: str
    entity: Entity | None
    day: date
    designations: list[DesignationStatus] = field(default_factory=list)
    #: Designations whose first event comes after ``day``.
    later: list[Event] = field(default_factory=list)
    #: Designations found in the first version ingested of their list, after ``day``: whether
    #: they were already in force on ``day`` is not known from the data.
    unknown: list[Event] = field(default_factory=list)

    @property
    def designated(self) -> bool:
        return any(d.state.in_force for d in self.designations)

    @property
    def verdict(self) -> str:
        """``designated``, ``not designated``, or ``unknown`` when the data does not reach back."""
        if self.designated:
            return "designated"
        return "unknown" if len(self.unknown) > 0 else "not designated"

    @property
    def caption(self) -> str:
        return self.entity_id if self.entity is None else self.entity.caption


def status(store: Store, query: str, day: date) -> list[EntityStatus]:
    """The status on ``day`` of every entity the query names (an id, or an exact name)."""
    reference = Reference.load(store)
    return [
        entity_status(store, reference, entity_id, day)
        for entity_id in resolve_entities(store, query)
    ]


def entity_status(store: Store, reference: Reference, entity_id: str, day: date) -> EntityStatus:
    entity = latest_entity(store, entity_id)
    events = store.events(entity_id=entity_id)
    return status_from_events(reference, entity_id, entity, events, day)


def status_from_events(
    reference: Reference,
    entity_id: str,
    entity: Entity | None,
    events: Iterable[Event],
    day: date,
) -> EntityStatus:
    """The status on ``day`` from the entity's events in legal-date order, as the store gives
    them; a screener that read every event at once asks here instead of the store."""
    result = EntityStatus(entity_id, entity, day)
    by_designation: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_designation[event.designation_id].append(event)
    for group in by_designation.values():
        state = fold_designation(group, day)
        if state is None:
            first = min(group, key=lambda e: e.date)
            known = first.date_basis != "first_observed"
            (result.later if known else result.unknown).append(first)
        else:
            result.designations.append(describe(reference, state, day))
    result.designations.sort(key=lambda d: (not d.state.in_force, d.state.since))
    return result


def describe(reference: Reference, state: DesignationState, day: date) -> DesignationStatus:
    codes = list(state.programmes)
    programmes = [reference.programmes[c] for c in codes if c in reference.programmes]
    inst_ids: dict[str, None] = dict.fromkeys(state.instruments)
    for programme in programmes:
        inst_ids.update(dict.fromkeys(programme.instruments))
    insts = [
        reference.instruments[i]
        for i in inst_ids
        if i in reference.instruments
        and (i in state.instruments or reference.instruments[i].in_force(day))
    ]
    unknown = [c for c in codes if c not in reference.programmes]
    unknown += [i for i in inst_ids if i not in reference.instruments]
    in_force = state.in_force
    return DesignationStatus(
        state=state,
        programmes=programmes,
        instruments=insts,
        measures=[reference.measures[m] for m in state.measures if m in reference.measures]
        if in_force
        else [],
        licences=reference.licences_for(state.entity_id, set(codes), set(inst_ids), day)
        if in_force
        else [],
        court_orders=reference.orders_for(state.entity_id, set(inst_ids), day) if in_force else [],
        unknown=unknown,
    )
