"""JSON-ready dicts for model objects, for the store and the ``--json`` outputs.

Empty fields are left out so that stored records stay small and digests stay stable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from embargo.model.entity import Address, Entity, Identifier, Name, RelationKind, Relationship
from embargo.model.values import DateRange, EntityKind, Gender, NameType, PartialDate, parse_day

_EMPTY: tuple[Any, ...] = (None, [], (), "")


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    # ``v or``: most values are non-empty, and truth is cheaper than four comparisons
    return {k: v for k, v in data.items() if v or v not in _EMPTY}


def birth_date_to_str(value: PartialDate | DateRange) -> str:
    return str(value)


def birth_date_from_str(text: str) -> PartialDate | DateRange:
    if "/" in text:
        start, end = text.split("/", 1)
        return DateRange(PartialDate.parse(start), PartialDate.parse(end))
    return PartialDate.parse(text)


def name_to_dict(name: Name) -> dict[str, Any]:
    return _compact(
        {
            "value": name.value,
            "type": name.type.value,
            "script": name.script,
            "lang": name.lang,
            "quality": name.quality,
        }
    )


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return _compact(
        {
            "id": entity.id,
            "kind": entity.kind.value,
            "names": [name_to_dict(n) for n in entity.names],
            "birth_dates": [birth_date_to_str(d) for d in entity.birth_dates],
            "birth_places": list(entity.birth_places),
            "nationalities": list(entity.nationalities),
            "citizenships": list(entity.citizenships),
            "countries": list(entity.countries),
            "gender": None if entity.gender is None else entity.gender.value,
            "identifiers": [_compact(_identifier(i)) for i in entity.identifiers],
            "addresses": [_compact(_address(a)) for a in entity.addresses],
            "positions": list(entity.positions),
            "remarks": list(entity.remarks),
            "properties": [list(p) for p in entity.properties],
        }
    )


def _identifier(ident: Identifier) -> dict[str, Any]:
    return {"kind": ident.kind, "value": ident.value, "country": ident.country, "note": ident.note}


def _address(addr: Address) -> dict[str, Any]:
    return {
        "full": addr.full,
        "street": addr.street,
        "city": addr.city,
        "region": addr.region,
        "postal_code": addr.postal_code,
        "country": addr.country,
    }


def entity_from_dict(data: dict[str, Any]) -> Entity:
    """The inverse of ``entity_to_dict``; keys it does not write are ignored.

    Only the fields present are decoded: a screener decodes a million of these, and most
    entities have a few of the fourteen fields.
    """
    fields: dict[str, Any] = {"id": data["id"], "kind": EntityKind(data["kind"]), "names": ()}
    for key, value in data.items():
        decode = _DECODERS.get(key)
        if decode is not None:
            fields[key] = decode(value)
    return Entity(**fields)


def name_from_dict(data: dict[str, Any]) -> Name:
    return Name(
        value=data["value"],
        type=NameType(data.get("type", "primary")),
        script=data.get("script"),
        lang=data.get("lang"),
        quality=data.get("quality"),
    )


_DECODERS: dict[str, Callable[[Any], Any]] = {
    "names": lambda names: tuple(name_from_dict(n) for n in names),
    "birth_dates": lambda dates: tuple(birth_date_from_str(d) for d in dates),
    "birth_places": tuple,
    "nationalities": tuple,
    "citizenships": tuple,
    "countries": tuple,
    "gender": lambda gender: None if gender is None else Gender(gender),
    "identifiers": lambda items: tuple(Identifier(**i) for i in items),
    "addresses": lambda items: tuple(Address(**a) for a in items),
    "positions": tuple,
    "remarks": tuple,
    "properties": lambda items: tuple((p[0], p[1]) for p in items),
}


def relationship_to_dict(rel: Relationship) -> dict[str, Any]:
    return _compact(
        {
            "source_id": rel.source_id,
            "kind": rel.kind.value,
            "target_id": rel.target_id,
            "share": rel.share,
            "start": None if rel.start is None else rel.start.isoformat(),
            "end": None if rel.end is None else rel.end.isoformat(),
            "target_name": rel.target_name,
            "source": rel.source,
            "notes": list(rel.notes),
        }
    )


def relationship_from_dict(data: dict[str, Any]) -> Relationship:
    start, end = data.get("start"), data.get("end")
    return Relationship(
        source_id=data["source_id"],
        kind=RelationKind(data["kind"]),
        target_id=data.get("target_id", ""),
        share=data.get("share"),
        start=None if start is None else parse_day(str(start)),
        end=None if end is None else parse_day(str(end)),
        target_name=data.get("target_name"),
        source=data.get("source"),
        notes=tuple(data.get("notes", [])),
    )
