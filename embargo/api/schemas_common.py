"""Response shapes shared by every route: errors and health."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FieldError(BaseModel):
    field: str = Field(examples=["queries.0.name"])
    #: ``body``, ``query``, ``path``, ``header`` or ``cookie``.
    in_: str = Field(alias="in", examples=["body"])
    message: str = Field(examples=["Field required"])


class ErrorOut(BaseModel):
    """Every error: ``detail`` says what went wrong; 422s also itemise the fields at fault."""

    detail: str = Field(examples=["no entity with id or exact name 'icc-nobody'"])
    errors: list[FieldError] | None = None


class HealthOut(BaseModel):
    status: str = Field(examples=["ok"])


class ReadyOut(BaseModel):
    status: str = Field(examples=["ready"])
    lists: int = Field(description="Lists with at least one version in the store", examples=[2])


#: Error responses every authenticated route may give, for the OpenAPI document.
AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorOut, "description": "No API key, or an unknown or revoked one"},
    403: {"model": ErrorOut, "description": "The key's role does not allow this"},
    422: {"model": ErrorOut, "description": "Invalid input; the detail names the field"},
}
