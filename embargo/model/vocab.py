"""The bundled vocabulary: measures, programmes and instruments from ``embargo/data``.

These are package data, versioned with the code. Curated datasets (such as the ICC case) add
to them and override them by id when loaded into a store.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from embargo.model.legal import Instrument, Measure, Programme, Source
from embargo.model.values import parse_day


def load_data(name: str) -> Any:
    """Parse one YAML file of ``embargo/data``."""
    text = resources.files("embargo.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def measures() -> dict[str, Measure]:
    data: dict[str, dict[str, str]] = load_data("measures.yml")
    return {key: Measure(key, v["label"], v["description"]) for key, v in data.items()}


@cache
def id_kinds() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = load_data("id_kinds.yml")
    return data


@cache
def programmes() -> dict[str, Programme]:
    return {p.code: p for p in (programme_from_dict(d) for d in load_data("programmes.yml"))}


@cache
def instruments() -> dict[str, Instrument]:
    return {i.id: i for i in (instrument_from_dict(d) for d in load_data("instruments.yml"))}


def sources_from(data: Any) -> tuple[Source, ...]:
    return tuple(Source(url=s["url"], title=s.get("title")) for s in data or ())


def _day(value: Any) -> Any:
    return None if value is None else parse_day(str(value))


def instrument_from_dict(data: dict[str, Any]) -> Instrument:
    return Instrument(
        id=data["id"],
        kind=data["kind"],
        number=str(data.get("number", "")),
        title=data["title"],
        issuer=data["issuer"],
        signed=_day(data.get("signed")),
        published=_day(data.get("published")),
        effective=_day(data.get("effective")),
        citation=data.get("citation"),
        revokes=tuple(data.get("revokes") or ()),
        amends=tuple(data.get("amends") or ()),
        ended=_day(data.get("ended")),
        sources=sources_from(data.get("sources")),
    )


def programme_from_dict(data: dict[str, Any]) -> Programme:
    return Programme(
        code=data["code"],
        name=data["name"],
        issuer=data["issuer"],
        instruments=tuple(data.get("instruments") or ()),
        measures=tuple(data.get("measures") or ()),
    )
