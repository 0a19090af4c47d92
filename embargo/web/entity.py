"""The entity page: who it is, its designations on a timeline, and its status on a chosen day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, Request, Response

from embargo.api.state import get_state
from embargo.exc import InvalidInput
from embargo.model.designation import Event
from embargo.model.entity import Entity, Relationship
from embargo.registry.catalogue import latest_captions
from embargo.registry.entity import entity_view
from embargo.registry.periods import histories
from embargo.registry.reference import Reference
from embargo.registry.status import status_from_events
from embargo.registry.timeline import parse_date
from embargo.store import Store
from embargo.web import labels
from embargo.web.render import PageRoute, page
from embargo.web.session import Viewer
from embargo.web.timeline import layout

router = APIRouter(route_class=PageRoute)

#: Widths (SVG units) of the two drawings of the timeline: laptop and phone.
WIDE, NARROW = 960, 360
#: Timelines of dates beyond these are not drawn (typos such as 20211 in the date box).
EARLIEST, LATEST = date(1900, 1, 1), date(2200, 1, 1)


@dataclass(frozen=True, slots=True)
class Related:
    """A relationship read from this entity's side: "<kind> of <other>" or "<other> is <kind>"."""

    kind: str
    other_id: str
    other_name: str
    linked: bool
    outgoing: bool
    notes: tuple[str, ...]


def chosen_day(at: str | None, today: date) -> date:
    if at is None or at.strip() == "":
        return today
    day = parse_date(at)
    if not EARLIEST <= day < LATEST:
        raise InvalidInput(f"pick a day between {EARLIEST.year} and {LATEST.year - 1}: {at!r}")
    return day


def related(store: Store, entity: Entity, rels: list[Relationship]) -> list[Related]:
    others = [rel.target_id if rel.source_id == entity.id else rel.source_id for rel in rels]
    captions = latest_captions(store, [other for other in others if other != ""])
    found = []
    for rel, other in zip(rels, others, strict=True):
        outgoing = rel.source_id == entity.id
        caption = captions.get(other)
        found.append(
            Related(
                kind=labels.humanise(rel.kind.value),
                other_id=other,
                other_name=caption if caption is not None else (rel.target_name or other),
                linked=caption is not None,
                outgoing=outgoing,
                notes=rel.notes,
            )
        )
    return found


def attributes(entity: Entity) -> list[tuple[str, list[str]]]:
    """(label, values) rows of the facts an entity has, in the order a reader wants them."""
    rows = [
        ("Kind", [labels.humanise(entity.kind.value)]),
        ("Born", [str(d) for d in entity.birth_dates]),
        ("Place of birth", list(entity.birth_places)),
        ("Nationality", [labels.country_name(c) for c in entity.nationalities]),
        ("Citizenship", [labels.country_name(c) for c in entity.citizenships]),
        ("Country", [labels.country_name(c) for c in entity.countries]),
        ("Gender", [] if entity.gender is None else [entity.gender.value]),
        ("Position", list(entity.positions)),
        ("Address", [a.full for a in entity.addresses]),
        *[(labels.humanise(key).capitalize(), [value]) for key, value in entity.properties],
        ("Remarks", list(entity.remarks)),
    ]
    return [(label, values) for label, values in rows if len(values) > 0]


def timeline_context(
    store: Store, reference: Reference, events: list[Event], day: date, today: date
) -> dict[str, Any]:
    found = histories(events)
    titles = labels.list_titles(store)
    names = labels.instrument_labels(reference)
    wide = {**names, **titles}
    narrow = {**names, **{k: labels.short_list_title(v) for k, v in titles.items()}}
    return {
        "histories": found,
        "unknown_start": any(not p.start_known for h in found for p in h.periods),
        "wide": layout(found, day, today, WIDE, wide),
        "narrow": layout(found, day, today, NARROW, narrow),
        "instrument_names": names,
        "list_titles": titles,
    }


@router.get("/ui/entities/{entity_id}", include_in_schema=False)
def entity_page(
    request: Request, entity_id: str, viewer: Viewer, at: str | None = None
) -> Response:
    store = get_state(request).store
    today = datetime.now(UTC).date()
    view = entity_view(store, entity_id)
    reference = Reference.load(store)
    # One read of the events serves both the status on the day and the timeline.
    events = store.events(entity_id=entity_id)
    day_error = None
    try:
        day = chosen_day(at, today)
    except InvalidInput as exc:
        day, day_error = today, f"{exc}; showing today instead."
    context = {
        "day_error": day_error,
        "view": view,
        "entity": view.entity,
        "day": day,
        "status": status_from_events(reference, entity_id, view.entity, events, day),
        "attributes": attributes(view.entity),
        "related": related(store, view.entity, view.relationships),
        "reference": reference,
        **timeline_context(store, reference, events, day, today),
    }
    return page(request, "entity.html", context)
