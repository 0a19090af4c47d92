"""Writing a list back out exactly as it stood at a moment of observation time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import datetime

from embargo.exc import InvalidInput, NotFound
from embargo.ingest.ofac_sdn import write_sdn_csv
from embargo.store import RecordState, Store, VersionInfo

CSV_COLUMNS = [
    "key",
    "entity_id",
    "kind",
    "name",
    "aliases",
    "birth_dates",
    "nationalities",
    "programmes",
]


def key_order(key: str) -> tuple[int, int | str]:
    """Numeric keys (OFAC ent_num) in number order, others after them in text order."""
    return (0, int(key)) if key.isdigit() else (1, key)


def version_as_of(store: Store, list_id: str, as_of: datetime) -> VersionInfo:
    store.list_info(list_id)
    version = store.version_at(list_id, as_of)
    if version is None:
        raise NotFound(f"no version of {list_id} was observed on or before {as_of.isoformat()}")
    return version


def export_list(store: Store, list_id: str, as_of: datetime, fmt: str) -> tuple[VersionInfo, str]:
    """The list's entries at the latest version observed on or before ``as_of``, as text."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InvalidInput(f"unknown export format {fmt!r}; choose from {', '.join(WRITERS)}")
    version = version_as_of(store, list_id, as_of)
    records = sorted(store.records_at(list_id, version.id), key=lambda r: key_order(r.key))
    return version, writer(records)


def _sdn_csv(records: list[RecordState]) -> str:
    rows = []
    for record in records:
        if record.raw is None or "sdn" not in record.raw:
            raise InvalidInput("sdn-csv export needs an OFAC SDN list")
        rows.append(list(record.raw["sdn"]))
    return write_sdn_csv(rows)


def _jsonl(records: list[RecordState]) -> str:
    return "".join(
        json.dumps(_record_dict(r), ensure_ascii=False, sort_keys=True) + "\n" for r in records
    )


def _record_dict(record: RecordState) -> dict[str, object]:
    return {
        "key": record.key,
        "entity_id": record.entity_id,
        "programmes": record.programmes,
        "entity": record.entity,
        "raw": record.raw,
    }


def _csv(records: list[RecordState]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(_csv_row(record))
    return out.getvalue()


def _csv_row(record: RecordState) -> list[str]:
    entity = record.entity or {}
    names = [n["value"] for n in entity.get("names", [])]
    return [
        record.key,
        record.entity_id,
        str(entity.get("kind", "")),
        names[0] if names else "",
        "|".join(names[1:]),
        "|".join(entity.get("birth_dates", [])),
        "|".join(entity.get("nationalities", [])),
        "|".join(record.programmes),
    ]


WRITERS: dict[str, Callable[[list[RecordState]], str]] = {
    "csv": _csv,
    "jsonl": _jsonl,
    "sdn-csv": _sdn_csv,
}
