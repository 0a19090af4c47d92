"""Search, entities and their history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from embargo.api.auth import Role, require
from embargo.api.schemas_common import AUTH_ERRORS, ErrorOut
from embargo.api.schemas_entity import EntityReportOut, HistoryOut, SearchOut
from embargo.api.schemas_query import Country, ListId
from embargo.api.schemas_status import EventOut
from embargo.api.state import get_state
from embargo.model.values import EntityKind
from embargo.registry.entity import entity_report
from embargo.registry.search import MAX_LIMIT, search
from embargo.registry.timeline import entity_history

router = APIRouter(
    tags=["entities"],
    dependencies=[Depends(require(Role.READER))],
    responses={**AUTH_ERRORS, 404: {"model": ErrorOut, "description": "No such entity"}},
)

EntityId = Annotated[str, Path(max_length=200, examples=["icc-fatou-bensouda"])]


@router.get(
    "/search",
    response_model=SearchOut,
    summary="Text search over every name, with filters",
    description="Entities whose names (any version, any list) hold every word of `q`, in any "
    "order, case aside; the exact name first. Not fuzzy: use `POST /screen` for that.",
)
def search_route(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["Bensouda"])],
    lists: Annotated[list[ListId] | None, Query(alias="list", max_length=20)] = None,
    programme: Annotated[str | None, Query(max_length=64, examples=["ICCP-EO13928"])] = None,
    kind: EntityKind | None = None,
    country: Annotated[Country | None, Query(examples=["gm"])] = None,
    designated_on: Annotated[
        date | None, Query(description="Only entities designated on this day")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> SearchOut:
    page = search(
        get_state(request).store,
        q,
        lists=lists,
        programme=programme,
        kind=kind,
        country=country,
        designated_on=designated_on,
        limit=limit,
        offset=offset,
    )
    return SearchOut.of(page)


@router.get(
    "/entities/{entity_id}",
    response_model=EntityReportOut,
    summary="An entity: names, attributes, relationships, and its status on a day",
)
def entity_route(
    request: Request,
    entity_id: EntityId,
    as_of: Annotated[date | None, Query(description="Status on this day (default today)")] = None,
) -> EntityReportOut:
    day = as_of or datetime.now(UTC).date()
    return EntityReportOut.of(entity_report(get_state(request).store, entity_id, day))


@router.get(
    "/entities/{entity_id}/history",
    response_model=HistoryOut,
    summary="Every event of the entity's designations, in legal-date order",
)
def history_route(request: Request, entity_id: EntityId) -> HistoryOut:
    events = entity_history(get_state(request).store, entity_id)
    return HistoryOut(entity_id=entity_id, events=[EventOut.of(e) for e in events])
