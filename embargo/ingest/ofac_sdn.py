"""OFAC's SDN list in its legacy CSV set: sdn.csv plus add.csv, alt.csv and sdn_comments.csv.

The parser is pure: bytes in, a ``ListSnapshot`` out. Each record keeps the cells exactly as
published (``raw``) so a version can be written back in OFAC's layout, and an ``Entity`` read
from them. A file that is not what it claims fails as a whole with ``InvalidData`` naming the
file and the line; values the parser cannot place become findings, never silent losses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from embargo.exc import InvalidData, InvalidInput
from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_csv import clean_cell, read_rows, write_sdn_csv
from embargo.ingest.ofac_extras import (
    Extras,
    Reporter,
    ent_num,
    raw_cells,
    read_addresses,
    read_aliases,
    read_extras,
)
from embargo.ingest.ofac_remarks import RemarkFacts, parse_remarks
from embargo.ingest.ofac_vocab import LIST_ID
from embargo.ingest.snapshot import ListRecord, ListSnapshot, SourceFile
from embargo.model.entity import Entity, Name, RelationKind, Relationship
from embargo.model.values import EntityKind

__all__ = ["parse_ofac_sdn", "write_sdn_csv"]

#: OFAC's legacy sdn.csv cuts Remarks at this many characters and continues in sdn_comments.
REMARKS_CELL_LIMIT = 1000
#: A cut can fall just after blanks, which cell cleaning strips: "... By U.S. " is 1000 wide.
_CUT_SLACK = 3
SDN_COLUMNS = 12
_VESSEL_PROPERTIES = (
    "call_sign",
    "vessel_type",
    "tonnage",
    "gross_tonnage",
    "flag",
    "vessel_owner",
)
_PROGRAMME_SPLIT = re.compile(r"\]\s*\[")


def parse_ofac_sdn(files: Sequence[SourceFile]) -> ListSnapshot:
    """Read one version of the SDN list from its legacy CSV files."""
    roles = _assign_roles(files)
    sdn = roles["sdn"]
    rows = read_rows(sdn, SDN_COLUMNS, exact=True)
    if len(rows) == 0:
        raise InvalidData(sdn.name, None, "empty file: no SDN rows")
    keys = {ent_num(sdn, line, cells[0]) for line, cells in rows}
    snapshot = ListSnapshot(LIST_ID)
    extras = read_extras(roles, keys, snapshot)
    for line, cells in rows:
        record = _record(sdn.name, line, cells, extras.get(cells[0]), roles, snapshot)
        snapshot.add(record, sdn.name, f"line {line}")
    _restore_final_stops(snapshot)
    return snapshot


def _assign_roles(files: Sequence[SourceFile]) -> dict[str, SourceFile]:
    roles: dict[str, SourceFile] = {}
    for source in files:
        role = file_role(source.name)
        if role in roles:
            raise InvalidInput(f"two {role} files given: {roles[role].name} and {source.name}")
        roles[role] = source
    if "sdn" not in roles:
        raise InvalidInput(f"no sdn.csv among the files given: {[f.name for f in files]}")
    return roles


def file_role(name: str) -> str:
    """Which file of the set this is, by its base name: OFAC's names are stable."""
    base = re.split(r"[/\\]", name)[-1].lower()
    words = set(re.split(r"[^a-z]+", base))
    if "comments" in base:
        return "comments"
    if "add" in words:
        return "add"
    return "alt" if "alt" in words else "sdn"


def _record(
    source: str,
    line: int,
    cells: list[str],
    extra: Extras | None,
    roles: dict[str, SourceFile],
    snapshot: ListSnapshot,
) -> ListRecord:
    extra = extra if extra is not None else Extras()
    published, cells = cells, [clean_cell(cell) for cell in cells]
    key = cells[0]
    place = f"line {line}"
    report = Reporter(snapshot, source, place, key)
    facts = _remarks(cells[11], extra, report)
    entity = _entity(cells, extra, facts, roles, report)
    relationships = tuple(
        Relationship(entity.id, RelationKind(kind), "", target_name=name)
        for kind, name in facts.relations
    )
    return ListRecord(
        key=key,
        raw=raw_cells(published, extra, roles),
        entity=entity,
        programmes=_unique(parse_programmes(cells[3]) + facts.programmes),
        relationships=relationships,
    )


def _remarks(cell: str, extra: Extras, report: Reporter) -> RemarkFacts:
    overflow = "".join(extra.comments)
    truncated = overflow == "" and len(cell) >= REMARKS_CELL_LIMIT - _CUT_SLACK
    facts = parse_remarks(cell + overflow, truncated=truncated)
    for kind, value in facts.findings:
        report(kind, value)
    return facts


def _entity(
    cells: list[str],
    extra: Extras,
    facts: RemarkFacts,
    roles: dict[str, SourceFile],
    report: Reporter,
) -> Entity:
    entity_id = f"ofac-{cells[0]}"
    names, alias_notes = read_aliases(extra.aliases, roles, report)
    places, address_notes = read_addresses(extra.addresses, roles, report)
    return Entity(
        id=entity_id,
        kind=_kind(cells[2], report),
        names=(Name(cells[1]), *names, *facts.names),
        birth_dates=tuple(facts.birth_dates),
        birth_places=tuple(facts.birth_places),
        nationalities=tuple(facts.nationalities),
        citizenships=tuple(facts.citizenships),
        gender=facts.gender,
        identifiers=tuple(facts.identifiers),
        addresses=places,
        positions=_unique(([cells[4]] if cells[4] != "" else []) + facts.positions),
        remarks=tuple(facts.remarks + alias_notes + address_notes),
        properties=_vessel_properties(cells) + tuple(facts.properties),
    )


def _kind(cell: str, report: Reporter) -> EntityKind:
    kinds: dict[str, str] = source_spec(LIST_ID)["lookups"]["entity_kinds"]
    kind = kinds.get(cell.lower())
    if kind is None:
        report("unmapped_entity_kind", cell)
        return EntityKind.ORGANIZATION
    return EntityKind(kind)


def _vessel_properties(cells: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (key, value)
        for key, value in zip(_VESSEL_PROPERTIES, cells[5:11], strict=True)
        if value != ""
    )


def parse_programmes(cell: str) -> list[str]:
    """``SDGT] [IRGC`` (the legacy CSV strips the outer brackets) or ``[SDGT] [IRGC]``."""
    inner = cell.strip().strip("[]").strip()
    if inner == "":
        return []
    return [tag.strip() for tag in _PROGRAMME_SPLIT.split(inner) if tag.strip() != ""]


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _restore_final_stops(snapshot: ListSnapshot) -> None:
    """Give back the full stop that OFAC's end-of-remarks dot swallowed from a linked name.

    "Linked To: ACME CO." as the last remark loses its dot with the terminator; when the list
    holds "ACME CO." and not "ACME CO", the name with the dot is the one meant.
    """
    names = {record.entity.names[0].value for record in snapshot.records.values()}
    for record in snapshot.records.values():
        if any(_needs_stop(rel, names) for rel in record.relationships):
            record.relationships = tuple(
                _with_stop(rel) if _needs_stop(rel, names) else rel for rel in record.relationships
            )


def _needs_stop(rel: Relationship, names: set[str]) -> bool:
    name = rel.target_name
    return name is not None and name not in names and f"{name}." in names


def _with_stop(rel: Relationship) -> Relationship:
    return Relationship(rel.source_id, rel.kind, rel.target_id, target_name=f"{rel.target_name}.")
