"""Response shapes for legal reference data: instruments, programmes, measures, licences, orders.

Each model has an ``of`` constructor from the domain dataclass: the API's JSON is written here,
not by serialising internals, so the contract changes only when this file does.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from embargo.model.legal import CourtOrder, Instrument, Licence, Measure, Programme, Source


class SourceOut(BaseModel):
    url: str = Field(examples=["https://www.federalregister.gov/d/2020-12953"])
    sha256: str | None = None
    title: str | None = Field(default=None, examples=["EO 13928 of June 11, 2020"])

    @classmethod
    def of(cls, source: Source) -> SourceOut:
        return cls(url=source.url, sha256=source.sha256, title=source.title)


class InstrumentOut(BaseModel):
    id: str = Field(examples=["us-eo-13928"])
    kind: str = Field(examples=["executive_order"])
    number: str = Field(examples=["13928"])
    title: str = Field(
        examples=[
            "Blocking Property of Certain Persons Associated With the International Criminal Court"
        ]
    )
    issuer: str = Field(examples=["President of the United States"])
    signed: date | None = Field(default=None, examples=["2020-06-11"])
    published: date | None = Field(default=None, examples=["2020-06-15"])
    effective: date | None = Field(default=None, examples=["2020-06-11"])
    citation: str | None = Field(default=None, examples=["85 FR 36139"])
    revokes: list[str] = Field(default_factory=list, examples=[[]])
    amends: list[str] = Field(default_factory=list, examples=[[]])
    ended: date | None = Field(default=None, examples=["2021-04-01"])
    sources: list[SourceOut] = Field(default_factory=list)

    @classmethod
    def of(cls, inst: Instrument) -> InstrumentOut:
        return cls(
            id=inst.id,
            kind=inst.kind,
            number=inst.number,
            title=inst.title,
            issuer=inst.issuer,
            signed=inst.signed,
            published=inst.published,
            effective=inst.effective,
            citation=inst.citation,
            revokes=list(inst.revokes),
            amends=list(inst.amends),
            ended=inst.ended,
            sources=[SourceOut.of(s) for s in inst.sources],
        )


class ProgrammeOut(BaseModel):
    code: str = Field(examples=["ICCP-EO13928"])
    name: str = Field(
        examples=["International Criminal Court-related sanctions under EO 13928 (2020-2021)"]
    )
    issuer: str = Field(examples=["US Department of the Treasury, OFAC"])
    instruments: list[str] = Field(examples=[["us-eo-13928", "us-cfr-31-520"]])
    measures: list[str] = Field(examples=[["asset_freeze", "entry_ban", "entry_ban_family"]])

    @classmethod
    def of(cls, programme: Programme) -> ProgrammeOut:
        return cls(
            code=programme.code,
            name=programme.name,
            issuer=programme.issuer,
            instruments=list(programme.instruments),
            measures=list(programme.measures),
        )


class MeasureOut(BaseModel):
    id: str = Field(examples=["asset_freeze"])
    label: str = Field(examples=["Asset freeze"])

    @classmethod
    def of(cls, measure: Measure) -> MeasureOut:
        return cls(id=measure.id, label=measure.label)


class LicenceOut(BaseModel):
    id: str
    title: str
    issuer: str
    kind: str = Field(examples=["general"])
    permits: str
    start: date
    end: date | None = None

    @classmethod
    def of(cls, lic: Licence) -> LicenceOut:
        return cls(
            id=lic.id,
            title=lic.title,
            issuer=lic.issuer,
            kind=lic.kind,
            permits=lic.permits,
            start=lic.start,
            end=lic.end,
        )


class CourtOrderOut(BaseModel):
    id: str
    court: str
    case: str
    title: str
    effect: str
    start: date
    end: date | None = None

    @classmethod
    def of(cls, order: CourtOrder) -> CourtOrderOut:
        return cls(
            id=order.id,
            court=order.court,
            case=order.case,
            title=order.title,
            effect=order.effect,
            start=order.start,
            end=order.end,
        )
