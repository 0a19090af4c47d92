"""Health checks (never behind a key) and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from embargo.api.auth import Role, require
from embargo.api.metrics import CONTENT_TYPE
from embargo.api.schemas_common import AUTH_ERRORS, ErrorOut, HealthOut, ReadyOut
from embargo.api.state import get_state

router = APIRouter(tags=["system"])


@router.get("/healthz", response_model=HealthOut, summary="The process answers")
def healthz() -> HealthOut:
    return HealthOut(status="ok")


@router.get(
    "/readyz",
    response_model=ReadyOut,
    summary="The store is readable and holds lists",
    responses={503: {"model": ErrorOut, "description": "No list in the store yet"}},
)
def readyz(request: Request) -> ReadyOut | JSONResponse:
    count = len(get_state(request).store.latest_observed())
    if count == 0:
        return JSONResponse({"detail": "the store holds no list yet"}, status_code=503)
    return ReadyOut(status="ready", lists=count)


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={
        200: {"content": {CONTENT_TYPE: {}}, "description": "Prometheus text format"},
        **AUTH_ERRORS,
    },
    dependencies=[Depends(require(Role.READER))],
)
def metrics(request: Request) -> Response:
    return Response(get_state(request).metrics.exposition(), media_type=CONTENT_TYPE)
