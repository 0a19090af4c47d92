"""Legal acts and programmes, and who was designated under each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from embargo.api.auth import Role, require
from embargo.api.schemas_common import AUTH_ERRORS, ErrorOut
from embargo.api.schemas_legal import InstrumentOut, ProgrammeOut
from embargo.api.schemas_lists import InstrumentDetailOut, ProgrammeDetailOut
from embargo.api.state import get_state
from embargo.registry import catalogue

router = APIRouter(
    tags=["catalogue"],
    dependencies=[Depends(require(Role.READER))],
    responses={**AUTH_ERRORS, 404: {"model": ErrorOut, "description": "No such code"}},
)


@router.get("/instruments", response_model=list[InstrumentOut], summary="Legal acts, oldest first")
def instruments_route(request: Request) -> list[InstrumentOut]:
    return [InstrumentOut.of(i) for i in catalogue.instruments(get_state(request).store)]


@router.get(
    "/instruments/{code}",
    response_model=InstrumentDetailOut,
    summary="A legal act, its programmes and links, and the designations made under it",
)
def instrument_route(
    request: Request, code: Annotated[str, Path(max_length=100, examples=["us-eo-14203"])]
) -> InstrumentDetailOut:
    return InstrumentDetailOut.of(catalogue.instrument(get_state(request).store, code))


@router.get("/programmes", response_model=list[ProgrammeOut], summary="Sanctions programmes")
def programmes_route(request: Request) -> list[ProgrammeOut]:
    return [ProgrammeOut.of(p) for p in catalogue.programmes(get_state(request).store)]


@router.get(
    "/programmes/{code}",
    response_model=ProgrammeDetailOut,
    summary="A programme, its instruments, and the designations made under it",
)
def programme_route(
    request: Request, code: Annotated[str, Path(max_length=100, examples=["ICC-EO14203"])]
) -> ProgrammeDetailOut:
    return ProgrammeDetailOut.of(catalogue.programme(get_state(request).store, code))
