"""Legal reference data in force for answers: the bundled vocabulary plus curated facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from embargo.exc import NotFound
from embargo.model.codec import entity_from_dict
from embargo.model.entity import Entity
from embargo.model.legal import CourtOrder, Instrument, Licence, Measure, Programme
from embargo.model.values import parse_day
from embargo.model.vocab import (
    instrument_from_dict,
    instruments,
    measures,
    programme_from_dict,
    programmes,
    sources_from,
)
from embargo.store import Store


@dataclass(slots=True)
class Reference:
    instruments: dict[str, Instrument]
    programmes: dict[str, Programme]
    measures: dict[str, Measure]
    licences: list[Licence]
    court_orders: list[CourtOrder]

    @classmethod
    def load(cls, store: Store) -> Reference:
        insts = {**instruments()}
        insts.update((i.id, i) for i in map(instrument_from_dict, store.facts("instrument")))
        progs = {**programmes()}
        progs.update((p.code, p) for p in map(programme_from_dict, store.facts("programme")))
        return cls(
            instruments=insts,
            programmes=progs,
            measures=measures(),
            licences=[licence_from_dict(d) for d in store.facts("licence")],
            court_orders=[court_order_from_dict(d) for d in store.facts("court_order")],
        )

    def licences_for(
        self, entity_id: str, codes: set[str], insts: set[str], day: date
    ) -> list[Licence]:
        return [
            lic
            for lic in self.licences
            if lic.in_force(day)
            and (
                entity_id in lic.entities
                or (len(lic.entities) == 0 and _touches(lic, codes, insts))
            )
        ]

    def orders_for(self, entity_id: str, insts: set[str], day: date) -> list[CourtOrder]:
        """Orders naming the entity, and orders about its instruments that name no entity."""
        return [
            order
            for order in self.court_orders
            if order.in_force(day)
            and (
                entity_id in order.entities
                or (len(order.entities) == 0 and bool(insts & set(order.instruments)))
            )
        ]


def _touches(lic: Licence, codes: set[str], insts: set[str]) -> bool:
    return bool(codes & set(lic.programmes) or insts & set(lic.instruments))


def _day(value: Any) -> date | None:
    return None if value is None else parse_day(str(value))


def licence_from_dict(data: dict[str, Any]) -> Licence:
    start = _day(data["start"])
    assert start is not None
    return Licence(
        id=data["id"],
        title=data["title"],
        issuer=data["issuer"],
        kind=data.get("kind", "general"),
        permits=data.get("permits", ""),
        start=start,
        end=_day(data.get("end")),
        programmes=tuple(data.get("programmes") or ()),
        instruments=tuple(data.get("instruments") or ()),
        entities=tuple(data.get("entities") or ()),
        sources=sources_from(data.get("sources")),
    )


def court_order_from_dict(data: dict[str, Any]) -> CourtOrder:
    start = _day(data["start"])
    assert start is not None
    return CourtOrder(
        id=data["id"],
        court=data["court"],
        case=data["case"],
        title=data.get("title", data["case"]),
        effect=data.get("effect", ""),
        start=start,
        end=_day(data.get("end")),
        instruments=tuple(data.get("instruments") or ()),
        entities=tuple(data.get("entities") or ()),
        protected_parties=tuple(data.get("protected_parties") or ()),
        sources=sources_from(data.get("sources")),
    )


def resolve_entities(store: Store, query: str) -> list[str]:
    """An entity id as is, else every entity with exactly that name (case and order aside)."""
    if store.has_entity(query):
        return [query]
    found = store.entity_ids_by_name(query)
    if len(found) == 0:
        raise NotFound(f"no entity with id or exact name {query!r}")
    return found


def latest_entity(store: Store, entity_id: str) -> Entity | None:
    """The most recent description of the entity any list gave."""
    states = [s for s in store.entity_records(entity_id) if s.present and s.entity is not None]
    if len(states) == 0:
        return None
    data = states[-1].entity
    assert data is not None
    return entity_from_dict(data)
