"""Response shapes for lists, versions, changes, ingest reports and the legal catalogue."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from embargo.api.schemas_legal import InstrumentOut, ProgrammeOut
from embargo.api.schemas_status import EventOut
from embargo.model.designation import Event, EventKind
from embargo.registry.catalogue import DesignationRef, InstrumentView, ProgrammeView
from embargo.registry.ingest import IngestReport
from embargo.registry.versions import ListSummary
from embargo.store import VersionInfo


class VersionOut(BaseModel):
    """One version of a list: when it was observed, its files' digest and what changed."""

    id: int = Field(examples=[12])
    list_id: str = Field(examples=["us_ofac_sdn"])
    seq: int = Field(examples=[3])
    observed_at: dt.datetime = Field(examples=["2024-05-03T12:00:00"])
    published_at: dt.datetime | None = Field(default=None, examples=["2024-05-03T00:00:00"])
    ingested_at: dt.datetime
    sha256: str = Field(
        examples=["210ca6b4a8187a34e0850be69ecc6e918f23ad7778b8b5b2f9c9d5fbbaf4e0cb"]
    )
    files: list[dict[str, str | int]] = Field(
        examples=[[{"name": "sdn.csv", "sha256": "210ca6b4...", "bytes": 3909739}]]
    )
    counts: dict[str, int] = Field(
        examples=[{"records": 15982, "added": 12, "changed": 40, "delisted": 3, "relisted": 0}]
    )
    #: Values the parser could not map (see ``embargo lists`` and the ingest report).
    findings: int = Field(examples=[0])

    @classmethod
    def of(cls, v: VersionInfo) -> VersionOut:
        return cls(
            id=v.id,
            list_id=v.list_id,
            seq=v.seq,
            observed_at=v.observed_at,
            published_at=v.published_at,
            ingested_at=v.ingested_at,
            sha256=v.sha256,
            files=[{k: f[k] for k in ("name", "sha256", "bytes") if k in f} for f in v.files],
            counts=dict(v.counts),
            findings=len(v.findings),
        )


class VersionRef(BaseModel):
    """A list version an answer was computed from: a receipt for reproducing it."""

    list_id: str = Field(examples=["us_ofac_sdn"])
    version_id: int = Field(examples=[12])
    seq: int = Field(examples=[3])
    observed_at: dt.datetime = Field(examples=["2024-05-03T12:00:00"])
    sha256: str = Field(
        examples=["210ca6b4a8187a34e0850be69ecc6e918f23ad7778b8b5b2f9c9d5fbbaf4e0cb"]
    )

    @classmethod
    def of(cls, v: VersionInfo) -> VersionRef:
        return cls(
            list_id=v.list_id,
            version_id=v.id,
            seq=v.seq,
            observed_at=v.observed_at,
            sha256=v.sha256,
        )


class ListOut(BaseModel):
    id: str = Field(examples=["us_ofac_sdn"])
    title: str = Field(examples=["Specially Designated Nationals and Blocked Persons List (SDN)"])
    publisher: str = Field(
        examples=["U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)"]
    )
    #: ``official``, ``curated`` or ``custom``.
    kind: str = Field(examples=["official"])
    url: str | None = None
    format: str = Field(examples=["ofac-sdn-csv"])
    versions: int = Field(examples=[3])
    latest: VersionOut | None
    #: Seconds since the latest version was observed: how fresh the answers are.
    age_seconds: float | None = Field(examples=[86400.0])

    @classmethod
    def of(cls, s: ListSummary) -> ListOut:
        i = s.info
        return cls(
            id=i.id,
            title=i.title,
            publisher=i.publisher,
            kind=i.kind,
            url=i.url,
            format=i.format,
            versions=s.versions,
            latest=None if s.latest is None else VersionOut.of(s.latest),
            age_seconds=s.age_seconds,
        )


class ChangesOut(BaseModel):
    list_id: str = Field(examples=["us_ofac_sdn"])
    since: dt.date | None = Field(examples=["2025-01-01"])
    until: dt.date | None = Field(examples=[None])
    total: int = Field(examples=[42])
    offset: int = Field(examples=[0])
    events: list[EventOut]

    @classmethod
    def of(
        cls,
        list_id: str,
        since: dt.date | None,
        until: dt.date | None,
        events: list[Event],
        page: slice,
    ) -> ChangesOut:
        return cls(
            list_id=list_id,
            since=since,
            until=until,
            total=len(events),
            offset=page.start or 0,
            events=[EventOut.of(e) for e in events[page]],
        )


class IngestOut(BaseModel):
    list_id: str = Field(examples=["us_ofac_sdn"])
    #: True when these files were the latest version already: nothing was written.
    unchanged: bool = Field(examples=[False])
    version: VersionOut
    counts: dict[str, int] = Field(examples=[{"records": 15982, "added": 12, "changed": 40}])
    findings: list[dict[str, str | None]] = Field(default_factory=list)

    @classmethod
    def of(cls, r: IngestReport) -> IngestOut:
        findings = [{k: None if v is None else str(v) for k, v in f.items()} for f in r.findings]
        return cls(
            list_id=r.list_id,
            unchanged=r.unchanged,
            version=VersionOut.of(r.version),
            counts=dict(r.counts),
            findings=findings,
        )


class DesignationRefOut(BaseModel):
    entity_id: str = Field(examples=["icc-karim-khan"])
    caption: str = Field(examples=["KHAN, Karim Asad Ahmad"])
    list_id: str = Field(examples=["us_ofac_sdn"])
    kind: EventKind = Field(examples=["listed"])
    date: dt.date = Field(examples=["2025-02-06"])
    programmes: list[str] = Field(examples=[["ICC-EO14203"]])

    @classmethod
    def of(cls, d: DesignationRef) -> DesignationRefOut:
        return cls(
            entity_id=d.entity_id,
            caption=d.caption,
            list_id=d.list_id,
            kind=d.kind,
            date=d.date,
            programmes=list(d.programmes),
        )


class InstrumentDetailOut(BaseModel):
    instrument: InstrumentOut
    programmes: list[ProgrammeOut]
    #: Instruments it revokes or amends, and those that revoke or amend it.
    related: list[InstrumentOut]
    #: Events of designations made under it, in date order.
    designations: list[DesignationRefOut]

    @classmethod
    def of(cls, view: InstrumentView) -> InstrumentDetailOut:
        return cls(
            instrument=InstrumentOut.of(view.instrument),
            programmes=[ProgrammeOut.of(p) for p in view.programmes],
            related=[InstrumentOut.of(i) for i in view.related],
            designations=[DesignationRefOut.of(d) for d in view.designations],
        )


class ProgrammeDetailOut(BaseModel):
    programme: ProgrammeOut
    instruments: list[InstrumentOut]
    designations: list[DesignationRefOut]

    @classmethod
    def of(cls, view: ProgrammeView) -> ProgrammeDetailOut:
        return cls(
            programme=ProgrammeOut.of(view.programme),
            instruments=[InstrumentOut.of(i) for i in view.instruments],
            designations=[DesignationRefOut.of(d) for d in view.designations],
        )
