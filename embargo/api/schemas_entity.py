"""Response shapes for entities, their history and search results."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from embargo.api.schemas_status import EventOut, StatusOut
from embargo.model.entity import Entity, Relationship
from embargo.model.values import EntityKind, NameType
from embargo.registry.entity import EntityReport
from embargo.registry.search import SearchItem, SearchPage


class NameOut(BaseModel):
    value: str = Field(examples=["BENSOUDA, Fatou"])
    type: NameType = Field(examples=["primary"])
    script: str | None = Field(default=None, examples=[None])
    lang: str | None = None
    quality: str | None = None


class IdentifierOut(BaseModel):
    kind: str = Field(examples=["passport"])
    value: str
    country: str | None = None
    note: str | None = None


class AddressOut(BaseModel):
    full: str
    city: str | None = None
    country: str | None = None


class PropertyOut(BaseModel):
    name: str = Field(examples=["vessel_flag"])
    value: str


class EntityOut(BaseModel):
    id: str = Field(examples=["icc-fatou-bensouda"])
    kind: EntityKind = Field(examples=["person"])
    caption: str = Field(examples=["BENSOUDA, Fatou"])
    names: list[NameOut]
    birth_dates: list[str] = Field(examples=[["1961-01-31"]])
    birth_places: list[str] = Field(examples=[["Banjul, Gambia"]])
    nationalities: list[str] = Field(examples=[["gm"]])
    citizenships: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    gender: str | None = Field(default=None, examples=["female"])
    identifiers: list[IdentifierOut] = Field(default_factory=list)
    addresses: list[AddressOut] = Field(default_factory=list)
    positions: list[str] = Field(default_factory=list)
    remarks: list[str] = Field(default_factory=list)
    properties: list[PropertyOut] = Field(default_factory=list)

    @classmethod
    def of(cls, e: Entity) -> EntityOut:
        return cls(
            id=e.id,
            kind=e.kind,
            caption=e.caption,
            names=[
                NameOut(value=n.value, type=n.type, script=n.script, lang=n.lang, quality=n.quality)
                for n in e.names
            ],
            birth_dates=[str(d) for d in e.birth_dates],
            birth_places=list(e.birth_places),
            nationalities=list(e.nationalities),
            citizenships=list(e.citizenships),
            countries=list(e.countries),
            gender=None if e.gender is None else e.gender.value,
            identifiers=[
                IdentifierOut(kind=i.kind, value=i.value, country=i.country, note=i.note)
                for i in e.identifiers
            ],
            addresses=[
                AddressOut(full=a.full, city=a.city, country=a.country) for a in e.addresses
            ],
            positions=list(e.positions),
            remarks=list(e.remarks),
            properties=[PropertyOut(name=k, value=v) for k, v in e.properties],
        )


class RelationshipOut(BaseModel):
    """``source_id`` is the ``kind`` of the target: (A, spouse, B) reads "A is the spouse of B"."""

    source_id: str = Field(examples=["icc-phakiso-mochochoko"])
    kind: str = Field(examples=["associate"])
    #: Empty when the list names a party that matches no single entity; see ``target_name``.
    target_id: str = Field(examples=["icc-fatou-bensouda"])
    target_name: str | None = None
    share: float | None = None
    start: date | None = None
    end: date | None = None

    @classmethod
    def of(cls, rel: Relationship) -> RelationshipOut:
        return cls(
            source_id=rel.source_id,
            kind=rel.kind.value,
            target_id=rel.target_id,
            target_name=rel.target_name,
            share=rel.share,
            start=rel.start,
            end=rel.end,
        )


class EntityReportOut(BaseModel):
    """The entity as last described, its lists, relationships and its status on ``as_of``."""

    entity: EntityOut
    lists: list[str] = Field(examples=[["icc_case"]])
    relationships: list[RelationshipOut]
    status: StatusOut

    @classmethod
    def of(cls, report: EntityReport) -> EntityReportOut:
        return cls(
            entity=EntityOut.of(report.view.entity),
            lists=list(report.view.lists),
            relationships=[RelationshipOut.of(r) for r in report.view.relationships],
            status=StatusOut.of(report.status),
        )


class HistoryOut(BaseModel):
    entity_id: str = Field(examples=["icc-fatou-bensouda"])
    events: list[EventOut]


class SearchItemOut(BaseModel):
    entity_id: str = Field(examples=["icc-fatou-bensouda"])
    caption: str = Field(examples=["BENSOUDA, Fatou"])
    kind: EntityKind = Field(examples=["person"])
    lists: list[str] = Field(examples=[["icc_case"]])
    matched_name: str = Field(examples=["BENSOUDA, Fatou"])
    countries: list[str] = Field(examples=[["gm"]])
    programmes: list[str] = Field(examples=[["ICCP-EO13928"]])
    designated: bool = Field(description="In force on the page's day", examples=[True])

    @classmethod
    def of(cls, item: SearchItem) -> SearchItemOut:
        return cls(
            entity_id=item.entity_id,
            caption=item.caption,
            kind=item.kind,
            lists=list(item.lists),
            matched_name=item.matched_name,
            countries=list(item.countries),
            programmes=list(item.programmes),
            designated=item.designated,
        )


class SearchOut(BaseModel):
    text: str = Field(examples=["Bensouda"])
    day: date = Field(description="The day `designated` refers to", examples=["2020-12-01"])
    total: int = Field(examples=[1])
    offset: int = Field(examples=[0])
    limit: int = Field(examples=[20])
    truncated: bool = Field(description="More names matched than were considered (1,000)")
    items: list[SearchItemOut]

    @classmethod
    def of(cls, page: SearchPage) -> SearchOut:
        return cls(
            text=page.text,
            day=page.day,
            total=page.total,
            offset=page.offset,
            limit=page.limit,
            truncated=page.truncated,
            items=[SearchItemOut.of(i) for i in page.items],
        )
