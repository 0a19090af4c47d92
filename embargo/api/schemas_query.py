"""The request of ``POST /screen``: one query at the top level, or a batch in ``queries``.

Values are checked here, so a bad one is a 422 naming its field; a query becomes the domain's
``Query`` only once it is valid.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from embargo.exc import InvalidInput
from embargo.matching import Query
from embargo.model.entity import Identifier
from embargo.model.values import EntityKind, Gender, PartialDate
from embargo.model.vocab import id_kinds

Country = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$", to_lower=True)]
ListId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]{1,64}$")]
Score = Annotated[float, Field(ge=0.0, le=1.0)]


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
    lists: list[ListId] | None = Field(
        default=None,
        min_length=1,
        max_length=20,
        description="Lists to screen against (default all); at least one when given",
        examples=[["us_ofac_sdn"]],
    )
    threshold: float | None = Field(default=None, ge=0.0, le=1.0, examples=[0.7])
    list_thresholds: dict[ListId, Score] | None = Field(
        default=None,
        max_length=20,
        description="Thresholds of particular lists, over `threshold` and the server's defaults",
        examples=[{"us_ofac_sdn": 0.8}],
    )
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
