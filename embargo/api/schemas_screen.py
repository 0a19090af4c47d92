"""Request and response shapes of ``POST /screen``.

A body is one query (``name`` and its details at the top level) or a batch (``queries``), with
the options beside it. Values are checked here, so a bad one is a 422 naming its field.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from embargo.api.schemas_entity import EntityOut
from embargo.api.schemas_lists import VersionRef
from embargo.api.schemas_status import StatusOut
from embargo.exc import InvalidInput
from embargo.matching import Feature, Match, NameMatch, Query
from embargo.model.entity import Identifier
from embargo.model.values import EntityKind, Gender, PartialDate
from embargo.model.vocab import id_kinds
from embargo.screening import Hit, ScreeningResult

Country = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$", to_lower=True)]
ListId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]{1,64}$")]


class IdentifierIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(max_length=40, examples=["passport"])
    value: str = Field(min_length=1, max_length=100, examples=["A1234567"])
    country: Country | None = None

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        if kind not in id_kinds():
            raise ValueError(f"unknown identifier kind; known: {', '.join(sorted(id_kinds()))}")
        return kind


def check_name(name: str | None) -> str | None:
    if name is not None and not any(c.isalnum() for c in name):
        raise ValueError("a name needs at least one letter or digit")
    return name


class QueryFields(BaseModel):
    """The party to screen. Only ``name`` is required; the rest sharpen the score."""

    kind: EntityKind | None = Field(default=None, examples=["person"])
    birth_date: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD",
        examples=["1961-01-31"],
    )
    countries: list[Country] = Field(
        default_factory=list, max_length=10, description="ISO 3166-1 alpha-2", examples=[["gm"]]
    )
    gender: Gender | None = None
    identifiers: list[IdentifierIn] = Field(default_factory=list, max_length=10)

    @field_validator("birth_date")
    @classmethod
    def _possible_date(cls, text: str | None) -> str | None:
        try:
            return None if text is None else str(PartialDate.parse(text))
        except InvalidInput as exc:  # an impossible day such as 2021-02-30
            raise ValueError(str(exc)) from exc

    def query(self, name: str) -> Query:
        return Query(
            name=name,
            kind=self.kind,
            birth_date=None if self.birth_date is None else PartialDate.parse(self.birth_date),
            countries=tuple(self.countries),
            gender=self.gender,
            identifiers=tuple(
                Identifier(kind=i.kind, value=i.value, country=i.country) for i in self.identifiers
            ),
        )


class QueryIn(QueryFields):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300, examples=["Fatou Bensuda"])

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str | None:
        return check_name(name)


class ScreenIn(QueryFields):
    """One query at the top level, or ``queries``; never both."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"name": "Fatou Bensuda", "as_of": "2020-12-01"},
                {
                    "queries": [
                        {"name": "Fatou Bensuda", "kind": "person", "birth_date": "1961"},
                        {"name": "Karim Khan", "countries": ["gb"]},
                    ],
                    "as_of": "2025-03-01",
                    "lists": ["us_ofac_sdn", "icc_case"],
                    "threshold": 0.8,
                },
            ]
        }
    )

    name: str | None = Field(default=None, min_length=1, max_length=300)
    queries: list[QueryIn] | None = Field(default=None, min_length=1)
    as_of: date | None = Field(
        default=None, description="Lists and status as of this day (default today)"
    )
    lists: list[ListId] | None = Field(default=None, max_length=20, examples=[["us_ofac_sdn"]])
    threshold: float | None = Field(default=None, ge=0.0, le=1.0, examples=[0.7])
    limit: int = Field(default=10, ge=1, le=50, description="Most hits per query")

    @field_validator("name")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return check_name(name)

    def to_queries(self, max_batch: int) -> list[Query]:
        """The queries of the call; both forms, neither, or too many are a 422 on the field."""
        if self.queries is not None and self.name is not None:
            raise field_error("name", "give either name or queries, not both")
        if self.queries is None:
            if self.name is None:
                raise field_error("name", "Field required (or give queries)")
            return [self.query(self.name)]
        if len(self.queries) > max_batch:
            raise field_error("queries", f"at most {max_batch} queries per call")
        return [q.query(q.name) for q in self.queries]


def field_error(name: str, message: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", name), "msg": message, "type": "value_error"}])


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
            versions=[VersionRef.of(v) for v in versions],
            results=[ResultOut.of(r) for r in results],
        )
