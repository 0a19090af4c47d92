"""Reading and checking the designations of a curated dataset: every reference must resolve."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from embargo.exc import InvalidData, InvalidInput
from embargo.model.designation import Event, EventKind
from embargo.model.values import parse_day
from embargo.model.vocab import instruments, measures, programme_from_dict, programmes, sources_from

if TYPE_CHECKING:
    from embargo.registry.curated import Dataset


class _Checker:
    """Knows every id the dataset may refer to, and names the place of a bad one."""

    def __init__(self, dataset: Dataset) -> None:
        body = dataset.body
        self.file = dataset.file.name
        self.instruments = set(instruments()) | {i["id"] for i in body.get("instruments") or []}
        self.programmes = {**programmes()}
        for item in body.get("programmes") or []:
            programme = programme_from_dict(item)
            self.programmes[programme.code] = programme
        self.entities = {e["id"] for e in body.get("entities") or []}
        self.measures = set(measures())

    def need(
        self, place: str, what: str, values: list[str], known: set[str] | dict[str, Any]
    ) -> None:
        for value in values:
            if value not in known:
                raise InvalidData(self.file, place, f"unknown {what} {value!r}")

    def default_measures(self, codes: list[str]) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for code in codes:
            found.update(dict.fromkeys(self.programmes[code].measures))
        return tuple(found)


def dataset_events(dataset: Dataset) -> list[Event]:
    check = _Checker(dataset)
    for i, item in enumerate(dataset.body.get("programmes") or []):
        place = f"programmes[{i}]"
        check.need(place, "instrument", list(item.get("instruments") or []), check.instruments)
        check.need(place, "measure", list(item.get("measures") or []), check.measures)
    events: list[Event] = []
    for i, item in enumerate(dataset.body.get("designations") or []):
        events.extend(_designation_events(check, f"designations[{i}]", item))
    return events


def _designation_events(check: _Checker, place: str, item: dict[str, Any]) -> list[Event]:
    try:
        designation_id, list_id, entity_id = item["id"], item["list"], item["entity"]
    except KeyError as exc:
        raise InvalidData(check.file, place, f"missing field {exc}") from exc
    check.need(place, "entity", [entity_id], check.entities)
    return [
        _event(check, f"{place}.events[{j}]", designation_id, list_id, entity_id, raw)
        for j, raw in enumerate(item.get("events") or [])
    ]


def _event(
    check: _Checker,
    place: str,
    designation_id: str,
    list_id: str,
    entity_id: str,
    raw: dict[str, Any],
) -> Event:
    codes = list(raw.get("programmes") or [])
    check.need(place, "programme", codes, check.programmes)
    check.need(place, "instrument", list(raw.get("instruments") or []), check.instruments)
    check.need(place, "measure", list(raw.get("measures") or []), check.measures)
    try:
        kind = EventKind(raw["kind"])
        announced, effective, published = (
            _day(raw.get(k)) for k in ("announced", "effective", "published")
        )
    except (KeyError, ValueError, InvalidInput) as exc:
        raise InvalidData(check.file, place, f"bad event: {exc}") from exc
    day = effective or announced or published
    if day is None:
        raise InvalidData(
            check.file, place, "an event needs an effective, announced or published date"
        )
    return Event(
        designation_id=designation_id,
        list_id=list_id,
        entity_id=entity_id,
        kind=kind,
        date=day,
        announced=announced,
        effective=effective,
        published=published,
        programmes=tuple(codes),
        measures=tuple(raw.get("measures") or ()) or check.default_measures(codes),
        instruments=tuple(raw.get("instruments") or ()),
        reason=raw.get("reason"),
        sources=sources_from(raw.get("sources")),
        date_basis="legal",
    )


def _day(value: Any) -> date | None:
    return None if value is None else parse_day(str(value))
