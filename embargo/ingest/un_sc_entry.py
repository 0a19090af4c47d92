"""What the UN field readers share while reading one entry: findings, text helpers, the builder.

Readers never raise for a value they cannot map; they record a ``Finding`` through
``EntryContext.warn`` and go on, so one odd passport label does not cost the whole list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from lxml import etree
from rigour.territories import lookup_territory

from embargo.ingest.safexml import line_of
from embargo.ingest.snapshot import Finding
from embargo.ingest.un_sc_vocab import Vocabulary, vocab_key
from embargo.model.entity import Address, Entity, Identifier, Name
from embargo.model.values import DateRange, EntityKind, Gender, PartialDate

T = TypeVar("T")


@dataclass(slots=True)
class EntryContext:
    """One entry being read: where findings go and which words the list uses."""

    source: str
    record: str
    vocab: Vocabulary
    findings: list[Finding]

    def warn(self, element: etree._Element, kind: str, value: str) -> None:
        self.findings.append(Finding(self.source, line_of(element), kind, value, self.record))

    def country(self, element: etree._Element, name: str | None) -> str | None:
        """ISO code for a country name; the list's own overrides first, then rigour."""
        if name is None:
            return None
        key = vocab_key(name)
        if key in self.vocab.countries:
            return self.vocab.countries[key]
        code = territory_code(name)
        if code is None:
            self.warn(element, "unmapped_country", name)
        return code


@cache
def territory_code(name: str) -> str | None:
    """rigour's code for a territory name; cached since a list repeats a few dozen countries."""
    territory = lookup_territory(name)
    return None if territory is None else territory.code


def clean(text: str | None) -> str | None:
    """Collapse the hard line breaks and indentation the UN leaves inside values."""
    if text is None:
        return None
    value = " ".join(text.split())
    return value if value != "" else None


def fields(ctx: EntryContext, element: etree._Element, known: frozenset[str]) -> dict[str, str]:
    """The non-empty leaf values of ``element``; a child not in ``known`` is a finding."""
    found: dict[str, str] = {}
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag not in known:
            ctx.warn(child, "unknown_field", f"{element.tag}/{child.tag}")
        value = clean(child.text)
        if value is not None and child.tag not in found:
            found[child.tag] = value
    return found


def values(ctx: EntryContext, element: etree._Element) -> list[str]:
    """The ``VALUE`` children of a list element such as ``NATIONALITY``."""
    found = fields(ctx, element, frozenset({"VALUE"}))
    if "VALUE" not in found:
        return []
    texts = (clean(child.text) for child in element.iterchildren("VALUE"))
    return [text for text in texts if text is not None]


def join_place(parts: list[str | None], note: str | None) -> str | None:
    """``street, city, region, country (note)``; the note alone when it is all there is."""
    place = ", ".join(part for part in parts if part is not None)
    if note is None:
        return place if place != "" else None
    return f"{place} ({note})" if place != "" else note


@dataclass(slots=True)
class EntityParts:
    """The entity's fields as they are read, in list order; ``build`` dedupes and freezes."""

    names: list[Name] = field(default_factory=list)
    birth_dates: list[PartialDate | DateRange] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    gender: Gender | None = None
    identifiers: list[Identifier] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)

    def build(self, entity_id: str, kind: EntityKind) -> Entity:
        return Entity(
            id=entity_id,
            kind=kind,
            names=_unique(self.names),
            birth_dates=_unique(self.birth_dates),
            birth_places=_unique(self.birth_places),
            nationalities=_unique(self.nationalities),
            countries=_unique(self.countries),
            gender=self.gender,
            identifiers=_unique(self.identifiers),
            addresses=_unique(self.addresses),
            positions=_unique(self.positions),
            remarks=_unique(self.remarks),
            properties=_unique(self.properties),
        )


def _unique(items: list[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))
