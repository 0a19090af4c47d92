"""Response shapes for events and designation status on a day (entities and screening hits)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from embargo.api.schemas_legal import (
    CourtOrderOut,
    InstrumentOut,
    LicenceOut,
    MeasureOut,
    ProgrammeOut,
    SourceOut,
)
from embargo.model.designation import Event, EventKind
from embargo.registry.status import DesignationStatus, EntityStatus


class ChangeOut(BaseModel):
    field: str = Field(examples=["programmes"])
    old: str | None = None
    new: str | None = None


class EventOut(BaseModel):
    """One step of a designation: listed, amended, delisted or relisted."""

    designation_id: str = Field(examples=["us_ofac_sdn:icc-fatou-bensouda"])
    list_id: str = Field(examples=["us_ofac_sdn"])
    entity_id: str = Field(examples=["icc-fatou-bensouda"])
    kind: EventKind = Field(examples=["listed"])
    date: dt.date = Field(examples=["2020-09-02"])
    #: ``legal`` (curated sources), ``list`` (stated by the list), ``observed`` or
    #: ``first_observed`` (only the day a list version showed it).
    date_basis: str = Field(examples=["legal"])
    announced: dt.date | None = None
    effective: dt.date | None = None
    published: dt.date | None = None
    observed_at: dt.datetime | None = None
    version_id: int | None = None
    programmes: list[str] = Field(examples=[["ICCP-EO13928"]])
    measures: list[str] = Field(examples=[["asset_freeze"]])
    instruments: list[str] = Field(examples=[["us-eo-13928"]])
    reason: str | None = None
    changes: list[ChangeOut] = Field(default_factory=list)
    sources: list[SourceOut] = Field(default_factory=list)

    @classmethod
    def of(cls, event: Event) -> EventOut:
        return cls(
            designation_id=event.designation_id,
            list_id=event.list_id,
            entity_id=event.entity_id,
            kind=event.kind,
            date=event.date,
            date_basis=event.date_basis,
            announced=event.announced,
            effective=event.effective,
            published=event.published,
            observed_at=event.observed_at,
            version_id=event.version_id,
            programmes=list(event.programmes),
            measures=list(event.measures),
            instruments=list(event.instruments),
            reason=event.reason,
            changes=[ChangeOut(field=c.field, old=c.old, new=c.new) for c in event.changes],
            sources=[SourceOut.of(s) for s in event.sources],
        )


class DesignationOut(BaseModel):
    """A designation as it stood on the day: in force or not, since when, on what terms."""

    designation_id: str = Field(examples=["us_ofac_sdn:icc-fatou-bensouda"])
    list_id: str = Field(examples=["us_ofac_sdn"])
    in_force: bool = Field(examples=[True])
    since: dt.date = Field(examples=["2020-09-02"])
    first_listed: dt.date = Field(examples=["2020-09-02"])
    last_event: EventKind = Field(examples=["listed"])
    last_event_date_basis: str = Field(examples=["legal"])
    programmes: list[ProgrammeOut]
    instruments: list[InstrumentOut]
    #: Measures in force on the day (none once the designation is lifted).
    measures: list[MeasureOut]
    licences: list[LicenceOut]
    court_orders: list[CourtOrderOut]
    reason: str | None = None
    #: Programme codes and instrument ids the data names but the vocabulary does not know.
    unknown_codes: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, item: DesignationStatus) -> DesignationOut:
        s = item.state
        return cls(
            designation_id=s.designation_id,
            list_id=s.list_id,
            in_force=s.in_force,
            since=s.since,
            first_listed=s.first_listed,
            last_event=s.last_event.kind,
            last_event_date_basis=s.last_event.date_basis,
            programmes=[ProgrammeOut.of(p) for p in item.programmes],
            instruments=[InstrumentOut.of(i) for i in item.instruments],
            measures=[MeasureOut.of(m) for m in item.measures],
            licences=[LicenceOut.of(lic) for lic in item.licences],
            court_orders=[CourtOrderOut.of(o) for o in item.court_orders],
            reason=s.reason,
            unknown_codes=list(item.unknown),
        )


class StatusOut(BaseModel):
    """Designated or not on ``day``, and why."""

    day: dt.date = Field(examples=["2020-12-01"])
    #: ``designated``, ``not designated`` or ``unknown`` (no list data reaches back that far).
    verdict: str = Field(examples=["designated"])
    designated: bool = Field(examples=[True])
    designations: list[DesignationOut]
    #: First events of designations that came after the day.
    later: list[EventOut] = Field(default_factory=list)
    #: Designations seen only from a list's first ingested version, after the day.
    unknown: list[EventOut] = Field(default_factory=list)

    @classmethod
    def of(cls, status: EntityStatus) -> StatusOut:
        return cls(
            day=status.day,
            verdict=status.verdict,
            designated=status.designated,
            designations=[DesignationOut.of(d) for d in status.designations],
            later=[EventOut.of(e) for e in status.later],
            unknown=[EventOut.of(e) for e in status.unknown],
        )
