"""Curated datasets: sourced facts kept by hand in YAML (the ICC case), loaded like a list.

A curated dataset states designations with their legal dates directly, instead of being diffed
from list files. Each load is one version; only the latest version of a dataset counts, so a
corrected date replaces the old one without rewriting anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

import yaml

from embargo.exc import InvalidData
from embargo.ingest.snapshot import SourceFile
from embargo.model.codec import entity_from_dict, entity_to_dict
from embargo.model.designation import Event
from embargo.registry.curated_events import dataset_events
from embargo.registry.diff import lookup_names
from embargo.registry.fetch import read_source
from embargo.registry.ingest import IngestReport, file_record, files_sha256
from embargo.store import ListInfo, NewRecord, Store, Writer, utc_naive

FACT_SECTIONS = ("instruments", "programmes", "licences", "court_orders", "relationships")
FACT_KINDS = {
    "instruments": "instrument",
    "programmes": "programme",
    "licences": "licence",
    "court_orders": "court_order",
    "relationships": "relationship",
}


def bundled_case() -> SourceFile:
    data = resources.files("embargo.data").joinpath("icc_case.yml").read_bytes()
    return SourceFile("embargo/data/icc_case.yml", data)


def jsonable(value: Any) -> Any:
    """YAML gives dates as ``date``; the store and JSON want ISO strings."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


@dataclass(slots=True)
class Dataset:
    name: str
    title: str
    body: dict[str, Any]
    file: SourceFile


def read_dataset(file: SourceFile) -> Dataset:
    try:
        body = yaml.safe_load(file.content.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        place = None if mark is None else f"line {mark.line + 1}"
        raise InvalidData(file.name, place, f"not a readable YAML dataset: {exc}") from exc
    if not isinstance(body, dict) or "dataset" not in body:
        raise InvalidData(file.name, None, "not a curated dataset: no top-level 'dataset' key")
    body = jsonable(body)
    return Dataset(str(body["dataset"]), str(body.get("title", body["dataset"])), body, file)


def ingest_curated(
    store: Store, location: str | None = None, observed_at: datetime | None = None
) -> IngestReport:
    """Load a curated dataset (the bundled ICC case by default) as one version."""
    file = bundled_case() if location is None else read_source(location)
    dataset = read_dataset(file)
    events = dataset_events(dataset)
    observed = utc_naive(observed_at or datetime.now(UTC)).replace(microsecond=0)
    with store.transaction() as writer:
        return _write(writer, dataset, events, observed)


def _write(
    writer: Writer, dataset: Dataset, events: list[Event], observed: datetime
) -> IngestReport:
    info = ListInfo(
        dataset.name, dataset.title, "embargo (curated)", "curated", None, "curated-yaml"
    )
    writer.ensure_list(info)
    sha = files_sha256([dataset.file])
    history = writer.versions(dataset.name)
    if len(history) > 0 and history[-1].sha256 == sha:
        return IngestReport(dataset.name, history[-1], True, dict(history[-1].counts))
    entities = dataset.body.get("entities") or []
    counts = {"records": len(entities), "events": len(events)}
    version_id = writer.add_version(
        {
            "list_id": dataset.name,
            "observed_at": observed,
            "published_at": None,
            "ingested_at": utc_naive(datetime.now(UTC)),
            "sha256": sha,
            "files": [file_record(dataset.file)],
            "counts": counts,
            "findings": [],
        }
    )
    writer.add_records(
        dataset.name, version_id, [_entity_record(dataset, i, e) for i, e in enumerate(entities)]
    )
    writer.add_events(
        [(_with_version(e, version_id), e.designation_id.split(":", 1)[-1]) for e in events],
        dataset.name,
    )
    for section in FACT_SECTIONS:
        items = dataset.body.get(section) or []
        writer.add_facts(
            version_id, dataset.name, FACT_KINDS[section], [(_fact_key(x), x) for x in items]
        )
    unverified = dataset.body.get("unverified") or {}
    for section, items in unverified.items():
        writer.add_facts(
            version_id,
            dataset.name,
            f"unverified_{section}",
            [(_fact_key(x), x) for x in items or []],
        )
    return IngestReport(dataset.name, writer.versions(dataset.name)[-1], False, counts)


def _fact_key(item: dict[str, Any]) -> str:
    return str(item.get("id") or item.get("code") or item.get("source_id", ""))


def _entity_record(dataset: Dataset, index: int, data: dict[str, Any]) -> NewRecord:
    try:
        entity = entity_from_dict({k: v for k, v in data.items() if k != "sources"})
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidData(dataset.file.name, f"entities[{index}]", f"bad entity: {exc}") from exc
    names = [v for n in entity.names for v in lookup_names(n.value, entity.kind)]
    return NewRecord(
        key=entity.id,
        present=True,
        entity_id=entity.id,
        digest=hashlib.sha256(repr(sorted(data.items())).encode()).hexdigest(),
        raw=data,
        entity=entity_to_dict(entity),
        names=names,
    )


def _with_version(event: Event, version_id: int) -> Event:
    return replace(event, version_id=version_id)
