"""Custom lists: a CSV or JSON Lines file read through a column map into list records.

An internal blocklist or a benchmark index becomes a list of its own, versioned and diffed like
an official one. Multi-valued cells are ``|``-separated (JSON Lines may give arrays instead).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rigour.territories import lookup_territory

from embargo.exc import InvalidData, InvalidInput
from embargo.ingest.snapshot import Finding, ListRecord, ListSnapshot, SourceFile
from embargo.model.entity import Entity, Name
from embargo.model.values import EntityKind, NameType, PartialDate

Note = Callable[[str, str], None]

#: Fields a column can feed, and the column name read by default for each.
FIELDS = {
    "id": "id",
    "name": "name",
    "kind": "schema",
    "aliases": "aliases",
    "birth_dates": "birth_dates",
    "countries": "countries",
    "programmes": "programs",
}
KINDS = {
    "person": EntityKind.PERSON,
    "individual": EntityKind.PERSON,
    "organization": EntityKind.ORGANIZATION,
    "organisation": EntityKind.ORGANIZATION,
    "company": EntityKind.ORGANIZATION,
    "legalentity": EntityKind.ORGANIZATION,
    "entity": EntityKind.ORGANIZATION,
    "vessel": EntityKind.VESSEL,
    "airplane": EntityKind.AIRCRAFT,
    "aircraft": EntityKind.AIRCRAFT,
}


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column feeds which field; ``kind`` is used when no kind column is present."""

    columns: Mapping[str, str] = field(default_factory=lambda: dict(FIELDS))
    kind: EntityKind | None = None

    @classmethod
    def parse(cls, pairs: list[str], kind: str | None = None) -> ColumnMap:
        """Read ``field=column`` pairs over the defaults."""
        columns = dict(FIELDS)
        for pair in pairs:
            name, sep, column = pair.partition("=")
            if sep == "" or name not in FIELDS or column == "":
                known = ", ".join(FIELDS)
                raise InvalidInput(
                    f"bad column map {pair!r}: use FIELD=COLUMN with FIELD in {known}"
                )
            columns[name] = column
        default = None if kind is None else KINDS.get(kind.casefold())
        if kind is not None and default is None:
            raise InvalidInput(
                f"unknown kind {kind!r}; use person, organization, vessel or aircraft"
            )
        return cls(columns, default)


def parse_tabular(file: SourceFile, list_id: str, columns: ColumnMap) -> ListSnapshot:
    """One version of a custom list from a ``.csv`` or ``.jsonl`` file."""
    snapshot = ListSnapshot(list_id)
    rows = _jsonl_rows(file) if file.name.endswith((".jsonl", ".ndjson")) else _csv_rows(file)
    found_any = False
    for place, row in rows:
        found_any = True
        record = _record(file, place, row, columns, snapshot)
        if record is not None:
            snapshot.add(record, file.name, place)
    if not found_any:
        raise InvalidData(file.name, None, "no rows")
    return snapshot


def _csv_rows(file: SourceFile) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        text = file.content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidData(file.name, None, f"not UTF-8 text: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            if None in row or None in row.values():
                raise InvalidData(file.name, f"line {reader.line_num}", "wrong number of columns")
            yield f"line {reader.line_num}", row
    except csv.Error as exc:
        raise InvalidData(file.name, f"line {reader.line_num}", f"broken CSV: {exc}") from exc


def _jsonl_rows(file: SourceFile) -> Iterator[tuple[str, dict[str, Any]]]:
    for number, line in enumerate(file.content.decode("utf-8").splitlines(), start=1):
        if line.strip() == "":
            continue
        yield f"line {number}", json_object(file.name, number, line)


def json_object(source: str, number: int, line: str) -> dict[str, Any]:
    """One line of a JSON Lines file, which must hold an object (lists and customer files)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidData(source, f"line {number}", f"not JSON: {exc.msg}") from exc
    if not isinstance(row, dict):
        raise InvalidData(source, f"line {number}", "each line must be a JSON object")
    return row


def _values(row: Mapping[str, Any], column: str) -> list[str]:
    value = row.get(column)
    if value is None:
        return []
    if isinstance(value, str) and "|" not in value:  # most cells: one value, read once
        value = value.strip()
        return [value] if value != "" else []
    items = value if isinstance(value, list) else str(value).split("|")
    return [text for text in (str(v).strip() for v in items) if text != ""]


def _record(
    file: SourceFile, place: str, row: dict[str, Any], columns: ColumnMap, snapshot: ListSnapshot
) -> ListRecord | None:
    col = columns.columns
    key, names = _values(row, col["id"]), _values(row, col["name"])
    if len(key) == 0 or len(names) == 0:
        raise InvalidData(
            file.name, place, f"needs a value in columns {col['id']!r} and {col['name']!r}"
        )

    def note(kind: str, value: str) -> None:
        snapshot.findings.append(Finding(file.name, place, kind, value, key[0]))

    entity = Entity(
        id=key[0],
        kind=_kind(row, columns, note),
        names=(
            Name(names[0]),
            *(Name(n, NameType.ALIAS) for n in names[1:] + _values(row, col["aliases"])),
        ),
        birth_dates=tuple(
            d for d in (_date(v, note) for v in _values(row, col["birth_dates"])) if d
        ),
        countries=tuple(
            c for c in (_country(v, note) for v in _values(row, col["countries"])) if c
        ),
    )
    return ListRecord(
        key=key[0], raw=row, entity=entity, programmes=tuple(_values(row, col["programmes"]))
    )


def _kind(row: Mapping[str, Any], columns: ColumnMap, note: Note) -> EntityKind:
    values = _values(row, columns.columns["kind"])
    if len(values) == 0:
        return columns.kind or EntityKind.PERSON
    kind = KINDS.get(values[0].casefold())
    if kind is None:
        note("unmapped_kind", values[0])
        return columns.kind or EntityKind.ORGANIZATION
    return kind


def _date(text: str, note: Note) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except InvalidInput:
        note("unparsed_birth_date", text)
        return None


def _country(text: str, note: Note) -> str | None:
    if len(text) == 2 and text.isalpha():
        return text.casefold()
    territory = lookup_territory(text)
    if territory is None:
        note("unmapped_country", text)
        return None
    return str(territory.code)
