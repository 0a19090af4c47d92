"""Lists, their versions and changes; ingesting a new version (admin only)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile

from embargo.api.auth import Role, require
from embargo.api.schemas_common import AUTH_ERRORS, ErrorOut
from embargo.api.schemas_lists import ChangesOut, IngestOut, ListOut, VersionOut
from embargo.api.state import get_state
from embargo.api.uploads import read_uploads
from embargo.registry.ingest import ingest_upload
from embargo.registry.timeline import changes
from embargo.registry.versions import list_summaries, list_versions

router = APIRouter(
    tags=["lists"],
    dependencies=[Depends(require(Role.READER))],
    responses={**AUTH_ERRORS, 404: {"model": ErrorOut, "description": "No such list"}},
)
admin = APIRouter(tags=["lists"], dependencies=[Depends(require(Role.ADMIN))])

ListPath = Annotated[str, Path(max_length=64, examples=["us_ofac_sdn"])]


@router.get("/lists", response_model=list[ListOut], summary="Lists with their freshness")
def lists_route(request: Request) -> list[ListOut]:
    return [ListOut.of(s) for s in list_summaries(get_state(request).store)]


@router.get(
    "/lists/{list_id}/versions",
    response_model=list[VersionOut],
    summary="Versions of a list: observed-at, sha256, counts",
)
def versions_route(request: Request, list_id: ListPath) -> list[VersionOut]:
    return [VersionOut.of(v) for v in list_versions(get_state(request).store, list_id)]


@router.get(
    "/lists/{list_id}/changes",
    response_model=ChangesOut,
    summary="Events of a list's designations between two days, both inclusive",
)
def changes_route(
    request: Request,
    list_id: ListPath,
    since: Annotated[date | None, Query(examples=["2025-01-01"])] = None,
    until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ChangesOut:
    events = changes(get_state(request).store, list_id, since, until)
    return ChangesOut.of(list_id, since, until, events, slice(offset, offset + limit))


@admin.post(
    "/lists/{list_id}/versions",
    response_model=IngestOut,
    status_code=201,
    summary="Ingest a new version of an official list from URLs or uploaded files (admin)",
    description="Multipart form: `url` (repeatable, http(s) only) and/or `file` (repeatable; "
    "for OFAC: `sdn.csv`, `add.csv`, `alt.csv`, `sdn_comments.csv`; `.gz` is unpacked), and "
    "`observed_at` (default now). All or nothing; the same files again change nothing.",
    responses={
        **AUTH_ERRORS,
        400: {"model": ErrorOut, "description": "Unknown list, bad file set or URL"},
        409: {"model": ErrorOut, "description": "Older than the latest stored version"},
        502: {"model": ErrorOut, "description": "The URL could not be fetched"},
    },
)
def ingest_route(
    request: Request,
    list_id: ListPath,
    url: Annotated[list[str], Form(description="http(s) URL of a list file")] = [],  # noqa: B006
    file: Annotated[list[UploadFile], File(description="A list file")] = [],  # noqa: B006
    observed_at: Annotated[datetime | None, Form()] = None,
) -> IngestOut:
    state = get_state(request)
    uploads = read_uploads(file, state.config.max_upload_bytes)
    report = ingest_upload(state.store, list_id, url, uploads, observed_at)
    return IngestOut.of(report)
