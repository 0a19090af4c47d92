"""Entities (people, organisations, vessels, aircraft) and the relationships between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from embargo.model.values import DateRange, EntityKind, Gender, NameType, PartialDate


@dataclass(frozen=True, slots=True)
class Name:
    value: str
    type: NameType = NameType.PRIMARY
    #: ISO 15924 script code (``Arab``, ``Cyrl``) for names in their original script.
    script: str | None = None
    #: ISO 639 language code when the list says which language the name is in.
    lang: str | None = None
    #: Quality or remark the list attaches to an alias ("Good", "Low", "a.k.a.", "f.k.a.").
    quality: str | None = None


@dataclass(frozen=True, slots=True)
class Identifier:
    #: A kind from ``data/id_types.yml`` (``passport``, ``national_id``, ``tax_id``, ``imo`` ...).
    kind: str
    value: str
    #: ISO 3166-1 alpha-2 code of the issuing country, when known.
    country: str | None = None
    #: What the list said besides the number ("issued 2010", "expires 2020", "diplomatic").
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    full: str
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One listed party as a list version describes it. Equality is value equality."""

    id: str
    kind: EntityKind
    names: tuple[Name, ...]
    birth_dates: tuple[PartialDate | DateRange, ...] = ()
    birth_places: tuple[str, ...] = ()
    #: ISO 3166-1 alpha-2 codes (lower case), as for every country field below.
    nationalities: tuple[str, ...] = ()
    citizenships: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    gender: Gender | None = None
    identifiers: tuple[Identifier, ...] = ()
    addresses: tuple[Address, ...] = ()
    positions: tuple[str, ...] = ()
    remarks: tuple[str, ...] = ()
    #: Further typed facts a list carries that have no field of their own (vessel flag, tonnage,
    #: email, website ...), as (property, value) pairs in list order.
    properties: tuple[tuple[str, str], ...] = ()

    @property
    def caption(self) -> str:
        for name in self.names:
            if name.type is NameType.PRIMARY:
                return name.value
        return self.names[0].value if len(self.names) > 0 else self.id


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    FAMILY = "family"
    ASSOCIATE = "associate"
    OWNER = "owner"
    ACTING_FOR = "acting_for"
    CONTROLLED_BY = "controlled_by"
    LINKED_TO = "linked_to"


@dataclass(frozen=True, slots=True)
class Relationship:
    """``source`` is the ``kind`` of ``target``: (A, spouse, B) reads "A is the spouse of B"."""

    source_id: str
    kind: RelationKind
    target_id: str
    #: Ownership share in percent, when ``kind`` is ``owner`` and the share is known.
    share: float | None = None
    start: date | None = None
    end: date | None = None
    #: Target name as the list printed it, for targets not (yet) resolved to an entity.
    target_name: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = field(default=())
