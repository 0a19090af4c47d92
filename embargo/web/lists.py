"""The lists pages: every list with its freshness, and one list's versions with their changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response

from embargo.api.state import get_state
from embargo.exc import NotFound
from embargo.model.designation import Event
from embargo.registry.catalogue import latest_captions
from embargo.registry.versions import list_summaries, list_versions
from embargo.store import Store, VersionInfo, utc_naive
from embargo.web import labels
from embargo.web.render import PageRoute, page
from embargo.web.session import Viewer

router = APIRouter(route_class=PageRoute)

#: Events shown per version; the rest are a link to the JSON changes away.
EVENTS_SHOWN = 200
#: Versions whose changes are listed when none is chosen: the latest ones.
RECENT = 5


#: What an ingest counts as events in a version's counts (a curated version counts "events").
EVENT_COUNTS = ("events", "added", "changed", "delisted", "relisted")


@dataclass(frozen=True, slots=True)
class VersionChanges:
    version: VersionInfo
    #: Events the version brought, by kind (``listed`` 3, ``delisted`` 1).
    counts: dict[str, int]
    events: list[Event]
    #: Events beyond EVENTS_SHOWN.
    more: int
    captions: dict[str, str]
    #: Too many to read unasked (a list's first version): only its counts are shown.
    deferred: bool = False


def event_total(version: VersionInfo) -> int:
    return sum(version.counts.get(key, 0) for key in EVENT_COUNTS)


def version_changes(store: Store, version: VersionInfo, asked: bool = False) -> VersionChanges:
    """The events a version brought; a large version's only when asked for by name."""
    if not asked and event_total(version) > EVENTS_SHOWN:
        return VersionChanges(version, {}, [], event_total(version), {}, deferred=True)
    events = store.events(version_id=version.id)
    shown = events[:EVENTS_SHOWN]
    return VersionChanges(
        version=version,
        counts=dict(Counter(e.kind.value for e in events)),
        events=shown,
        more=len(events) - len(shown),
        captions=latest_captions(store, sorted({e.entity_id for e in shown})),
    )


@router.get("/ui/lists", include_in_schema=False)
def lists_page(request: Request, viewer: Viewer) -> Response:
    store = get_state(request).store
    now = utc_naive(datetime.now(UTC))
    summaries = list_summaries(store, now)
    ages = {s.info.id: labels.age(s.latest.observed_at, now) for s in summaries if s.latest}
    return page(request, "lists.html", {"section": "lists", "summaries": summaries, "ages": ages})


@router.get("/ui/lists/{list_id}", include_in_schema=False)
def list_page(
    request: Request, list_id: str, viewer: Viewer, version: int | None = None
) -> Response:
    """Every version in a table; the changes of the chosen version, or of the latest ones."""
    store = get_state(request).store
    versions = list_versions(store, list_id)
    newest = list(reversed(versions))
    chosen = [v for v in newest if v.seq == version] if version is not None else newest[:RECENT]
    if version is not None and len(chosen) == 0:
        raise NotFound(f"{list_id} has no version {version}")
    now = utc_naive(datetime.now(UTC))
    context = {
        "section": "lists",
        "info": store.list_info(list_id),
        "versions": newest,
        "chosen": version,
        "changes": [version_changes(store, v, version is not None) for v in chosen],
        "age": labels.age(versions[-1].observed_at, now) if versions else None,
        "list_titles": labels.list_titles(store),
        "shown": EVENTS_SHOWN,
    }
    return page(request, "list.html", context)
