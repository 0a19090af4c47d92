"""Programme and instrument pages: legal acts, their links, and who was designated under each."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request, Response

from embargo.api.state import get_state
from embargo.registry import catalogue
from embargo.registry.catalogue import DesignationRef
from embargo.registry.reference import Reference
from embargo.web import labels
from embargo.web.render import PageRoute, page
from embargo.web.session import Viewer

router = APIRouter(route_class=PageRoute)


def event_counts(refs: list[DesignationRef]) -> dict[str, int]:
    """How many of each kind of event, and how many distinct entities they concern."""
    counts = dict(Counter(ref.kind.value for ref in refs))
    counts["entities"] = len({ref.entity_id for ref in refs})
    return counts


@router.get("/ui/programmes", include_in_schema=False)
def programmes_page(request: Request, viewer: Viewer) -> Response:
    store = get_state(request).store
    context = {"section": "programmes", "programmes": catalogue.programmes(store)}
    return page(request, "programmes.html", context)


@router.get("/ui/programmes/{code}", include_in_schema=False)
def programme_page(request: Request, code: str, viewer: Viewer) -> Response:
    store = get_state(request).store
    reference = Reference.load(store)
    view = catalogue.programme(store, code, reference)
    context = {
        "section": "programmes",
        "view": view,
        "measures": [
            reference.measures[m] for m in view.programme.measures if m in reference.measures
        ],
        "counts": event_counts(view.designations),
        "instrument_names": labels.instrument_labels(reference),
        "list_titles": labels.list_titles(store),
    }
    return page(request, "programme.html", context)


@router.get("/ui/instruments", include_in_schema=False)
def instruments_page(request: Request, viewer: Viewer) -> Response:
    store = get_state(request).store
    reference = Reference.load(store)
    context = {
        "section": "programmes",
        "instruments": catalogue.instruments(store, reference),
        "instrument_names": labels.instrument_labels(reference),
    }
    return page(request, "instruments.html", context)


@router.get("/ui/instruments/{instrument_id}", include_in_schema=False)
def instrument_page(request: Request, instrument_id: str, viewer: Viewer) -> Response:
    store = get_state(request).store
    reference = Reference.load(store)
    view = catalogue.instrument(store, instrument_id, reference)
    inst = view.instrument
    context = {
        "section": "programmes",
        "view": view,
        "inst": inst,
        "label": labels.instrument_label(inst),
        "counts": event_counts(view.designations),
        "instrument_names": labels.instrument_labels(reference),
        "list_titles": labels.list_titles(store),
        # Ids the vocabulary does not know have nothing to show: left out, not empty rows.
        "revokes": [reference.instruments[i] for i in inst.revokes if i in reference.instruments],
        "amends": [reference.instruments[i] for i in inst.amends if i in reference.instruments],
    }
    return page(request, "instrument.html", context)
