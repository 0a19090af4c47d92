"""The front page: screen a party as of a day, or search the registry's names.

Screening goes through the server's screeners, the same service as ``POST /screen`` and
``embargo screen``; search is ``embargo.registry.search``, as ``GET /search``. A form that
cannot be read says which field is wrong, next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from fastapi import APIRouter, Request, Response
from rigour.territories import get_territories
from starlette.datastructures import QueryParams

from embargo.api.auth import Principal
from embargo.api.state import ServerState, get_state
from embargo.exc import InvalidInput
from embargo.matching import Query
from embargo.model.values import EntityKind, PartialDate
from embargo.registry.search import search
from embargo.registry.timeline import parse_date
from embargo.screening.service import DEFAULT_THRESHOLD
from embargo.web import labels
from embargo.web.explain import explain
from embargo.web.render import PageRoute, page
from embargo.web.session import Viewer, may_screen

router = APIRouter(route_class=PageRoute)

SCREEN_LIMIT = 10
PAGE_SIZE = 20
EXAMPLES = ("Fatou Bensouda", "Karim Khan", "Francesca Albanese", "Al-Haq")


@cache
def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every current country and jurisdiction, by name."""
    found = [
        (t.code, t.name)
        for t in get_territories()
        if (t.is_country or t.is_jurisdiction) and not t.is_historical and len(t.code) == 2
    ]
    return sorted(found, key=lambda item: item[1])


@cache
def country_codes() -> frozenset[str]:
    """The codes of ``country_choices``, built once: every screening form checks its country."""
    return frozenset(code for code, _ in country_choices())


@dataclass(slots=True)
class SearchForm:
    """The form as typed; ``errors`` holds a message per field that could not be read."""

    mode: str = "screen"
    name: str = ""
    dob: str = ""
    country: str = ""
    kind: str = ""
    as_of: str = ""
    lists: list[str] = field(default_factory=list)
    threshold: str = ""
    only_designated: bool = False
    offset: int = 0
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, params: QueryParams) -> SearchForm:
        offset = params.get("offset", "0")
        return cls(
            mode="search" if params.get("mode") == "search" else "screen",
            name=params.get("name", "").strip(),
            dob=params.get("dob", "").strip(),
            country=params.get("country", "").strip().casefold(),
            kind=params.get("kind", "").strip(),
            as_of=params.get("as_of", "").strip(),
            lists=[v for v in params.getlist("lists") if v != ""],
            threshold=params.get("threshold", "").strip(),
            only_designated=params.get("designated") == "1",
            offset=int(offset) if offset.isdigit() else 0,
        )

    def _field(self, name: str, read: Any, text: str) -> Any:
        if text == "":
            return None
        try:
            return read(text)
        except (InvalidInput, ValueError) as exc:
            self.errors[name] = str(exc)
            return None

    def day(self, today: date) -> date:
        return self._field("as_of", parse_date, self.as_of) or today

    def entity_kind(self) -> EntityKind | None:
        return self._field("kind", EntityKind, self.kind)  # type: ignore[no-any-return]

    def query(self) -> Query:
        birth = self._field("dob", PartialDate.parse, self.dob)
        if self.country != "" and self.country not in country_codes():
            self.errors["country"] = f"unknown country code {self.country!r}"
        countries = (self.country,) if self.country != "" else ()
        return Query(self.name, self.entity_kind(), birth, countries)

    def cutoff(self) -> float:
        value = self._field("threshold", float, self.threshold)
        if value is not None and not 0 <= value <= 1:
            self.errors["threshold"] = "the threshold is a number from 0 to 1"
        return DEFAULT_THRESHOLD if value is None or not 0 <= value <= 1 else float(value)


def _screen(
    state: ServerState, form: SearchForm, day: date, viewer: Principal | None
) -> dict[str, Any]:
    query, threshold = form.query(), form.cutoff()
    if not may_screen(state.config, viewer):
        return {
            "denied": "This key may search the registry but not screen: ask for a screener key."
        }
    if len(form.errors) > 0:
        return {}
    (result,) = state.screen([query], day, form.lists or None, threshold, SCREEN_LIMIT)
    return {"result": result, "explained": [explain(hit.match) for hit in result.hits]}


def _pages(params: QueryParams, offset: int, total: int) -> dict[str, str | None]:
    """Links to the previous and next page of search results, or None at either end."""

    def at(value: int) -> str:
        kept = [(k, v) for k, v in params.multi_items() if k != "offset"]
        return "/?" + str(QueryParams([*kept, ("offset", str(value))]))

    return {
        "prev": at(max(offset - PAGE_SIZE, 0)) if offset > 0 else None,
        "next": at(offset + PAGE_SIZE) if offset + PAGE_SIZE < total else None,
    }


def _search(state: ServerState, form: SearchForm, day: date, params: QueryParams) -> dict[str, Any]:
    kind = form.entity_kind()
    if len(form.errors) > 0:
        return {}
    found = search(
        state.store,
        form.name,
        lists=form.lists or None,
        kind=kind,
        country=form.country or None,
        designated_on=day if form.only_designated else None,
        limit=PAGE_SIZE,
        offset=form.offset,
    )
    return {"found": found, "pages": _pages(params, form.offset, found.total)}


@router.get("/", include_in_schema=False)
def front_page(request: Request, viewer: Viewer) -> Response:
    state = get_state(request)
    today = datetime.now(UTC).date()
    form = SearchForm.read(request.query_params)
    day = form.day(today)
    context: dict[str, Any] = {
        "section": "search",
        "form": form,
        "day": day,
        "countries": country_choices(),
        "kinds": [k.value for k in EntityKind],
        "lists": state.store.lists(),
        "list_titles": labels.list_titles(state.store),
        "examples": EXAMPLES,
        "may_screen": may_screen(state.config, viewer),
        "default_threshold": DEFAULT_THRESHOLD,
    }
    if form.name != "":
        try:
            run = (
                _screen(state, form, day, viewer)
                if form.mode == "screen"
                else _search(state, form, day, request.query_params)
            )
        except InvalidInput as exc:
            run = {"problem": str(exc)}
        context.update(run)
    status = 400 if len(form.errors) > 0 else 200
    return page(request, "search.html", context, status_code=status)
