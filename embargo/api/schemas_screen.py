"""The response of ``POST /screen``: per query its hits, each with score, evidence and status."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from embargo.api.schemas_entity import EntityOut
from embargo.api.schemas_lists import VersionRef
from embargo.api.schemas_status import StatusOut
from embargo.matching import Feature, Match, NameMatch, Query
from embargo.model.values import EntityKind
from embargo.screening import Hit, ScreeningResult


class NameMatchOut(BaseModel):
    query_name: str = Field(examples=["Fatou Bensuda"])
    candidate_name: str = Field(examples=["BENSOUDA, Fatou"])
    name_type: str = Field(examples=["primary"])
    score: float = Field(examples=[0.93])
    alignment: str = Field(examples=["fatou=fatou bensuda~bensouda"])

    @classmethod
    def of(cls, n: NameMatch) -> NameMatchOut:
        return cls(
            query_name=n.query_name,
            candidate_name=n.candidate_name,
            name_type=n.name_type.value,
            score=round(n.score, 4),
            alignment=n.alignment,
        )


class FeatureOut(BaseModel):
    """One piece of evidence; ``contribution`` is what it added to (or took from) the score."""

    name: str = Field(examples=["birth_date"])
    similarity: float = Field(examples=[1.0])
    contribution: float = Field(examples=[0.02])
    query_value: str = Field(examples=["1961"])
    candidate_value: str = Field(examples=["1961-01-31"])

    @classmethod
    def of(cls, f: Feature) -> FeatureOut:
        return cls(
            name=f.name,
            similarity=round(f.similarity, 4),
            contribution=round(f.contribution, 4),
            query_value=f.query_value,
            candidate_value=f.candidate_value,
        )


class HitOut(BaseModel):
    entity_id: str = Field(examples=["icc-fatou-bensouda"])
    caption: str = Field(examples=["BENSOUDA, Fatou"])
    lists: list[str] = Field(examples=[["icc_case"]])
    score: float = Field(examples=[0.93])
    #: One line: the name alignment and every feature that moved the score.
    explanation: str
    name: NameMatchOut | None
    features: list[FeatureOut]
    status: StatusOut
    entity: EntityOut

    @classmethod
    def of(cls, hit: Hit) -> HitOut:
        match: Match = hit.match
        return cls(
            entity_id=hit.entity.id,
            caption=hit.entity.caption,
            lists=list(hit.lists),
            score=round(match.score, 4),
            explanation=match.explain(),
            name=None if match.name is None else NameMatchOut.of(match.name),
            features=[FeatureOut.of(f) for f in match.features],
            status=StatusOut.of(hit.status),
            entity=EntityOut.of(hit.entity),
        )


class QueryOut(BaseModel):
    name: str = Field(examples=["Fatou Bensuda"])
    kind: EntityKind | None = None
    birth_date: str | None = None
    countries: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, q: Query) -> QueryOut:
        birth = None if q.birth_date is None else str(q.birth_date)
        return cls(name=q.name, kind=q.kind, birth_date=birth, countries=list(q.countries))


class ResultOut(BaseModel):
    query: QueryOut
    hits: list[HitOut]

    @classmethod
    def of(cls, result: ScreeningResult) -> ResultOut:
        return cls(query=QueryOut.of(result.query), hits=[HitOut.of(h) for h in result.hits])


class ScreenOut(BaseModel):
    as_of: date = Field(examples=["2020-12-01"])
    threshold: float = Field(examples=[0.7])
    #: Lists screened at a threshold of their own (the call's, or the server's defaults).
    list_thresholds: dict[str, float] = Field(examples=[{"us_ofac_sdn": 0.8}])
    #: The list versions screened against, the same for every query of the call.
    versions: list[VersionRef]
    #: One result per query, in the order given.
    results: list[ResultOut]

    @classmethod
    def of(cls, as_of: date, threshold: float, results: list[ScreeningResult]) -> ScreenOut:
        versions = results[0].versions if results else []
        return cls(
            as_of=as_of,
            threshold=threshold,
            list_thresholds=dict(results[0].list_thresholds) if results else {},
            versions=[VersionRef.of(v) for v in versions],
            results=[ResultOut.of(r) for r in results],
        )
