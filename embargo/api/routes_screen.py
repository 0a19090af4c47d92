"""``POST /screen``: fuzzy screening as of a day, with status and the versions used."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request

from embargo.api.auth import Role, require
from embargo.api.schemas_common import AUTH_ERRORS, ErrorOut
from embargo.api.schemas_query import ScreenIn
from embargo.api.schemas_screen import ScreenOut
from embargo.api.state import get_state
from embargo.screening.service import DEFAULT_THRESHOLD

router = APIRouter(
    tags=["screening"],
    dependencies=[Depends(require(Role.SCREENER))],
    responses={**AUTH_ERRORS, 400: {"model": ErrorOut, "description": "e.g. an unknown list"}},
)


@router.post(
    "/screen",
    response_model=ScreenOut,
    summary="Screen one party or a batch against the lists as of a day",
    description="Each hit carries its score, the evidence behind it, and the entity's "
    "designation status on `as_of`: programmes, instruments, measures and licences in force. "
    "The answer names the list versions used, so it can be reproduced later. "
    "A batch holds at most `EMBARGO_MAX_BATCH` queries (100 by default).",
)
def screen(body: ScreenIn, request: Request) -> ScreenOut:
    state = get_state(request)
    queries = body.to_queries(state.config.max_batch)
    as_of = body.as_of or datetime.now(UTC).date()
    threshold = DEFAULT_THRESHOLD if body.threshold is None else body.threshold
    results = state.screen(queries, as_of, body.lists, threshold, body.limit, body.list_thresholds)
    return ScreenOut.of(as_of, threshold, results)
