"""The optional files of OFAC's legacy CSV set: add.csv, alt.csv and sdn_comments.csv.

Each holds rows keyed by the ent_num of an sdn.csv row. They are grouped per entry before
entries are built, and read into addresses and names; the cells stay in ``raw`` as published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from embargo.exc import InvalidData
from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_csv import Row, read_rows
from embargo.ingest.ofac_remarks import vocabulary
from embargo.ingest.ofac_vocab import LIST_ID
from embargo.ingest.snapshot import Finding, ListSnapshot, SourceFile
from embargo.model.entity import Address, Name
from embargo.model.values import NameType

#: Cells per row of each optional file.
WIDTHS = {"add": 6, "alt": 5, "comments": 2}


@dataclass(slots=True)
class Extras:
    """The rows of add, alt and comments files for one ent_num."""

    addresses: list[Row] = field(default_factory=list)
    aliases: list[Row] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Reporter:
    """Files findings against one sdn.csv row."""

    snapshot: ListSnapshot
    source: str
    place: str
    key: str

    def __call__(
        self, kind: str, value: str, source: str | None = None, place: str | None = None
    ) -> None:
        self.snapshot.findings.append(
            Finding(
                self.source if source is None else source,
                self.place if place is None else place,
                kind,
                value,
                self.key,
            )
        )


def ent_num(source: SourceFile, line: int, cell: str) -> str:
    """ent_num joins the files, so a non-number there means the file is not what it claims."""
    if not cell.isascii() or not cell.isdigit():
        raise InvalidData(source.name, f"line {line}", f"ent_num is not a number: {cell!r}")
    return cell


def read_extras(
    roles: dict[str, SourceFile], keys: set[str], snapshot: ListSnapshot
) -> dict[str, Extras]:
    """Group add/alt/comments rows by ent_num; a row for an unknown ent_num is a finding."""
    extras: dict[str, Extras] = {}
    for role in ("add", "alt", "comments"):
        source = roles.get(role)
        if source is None:
            continue
        for line, cells in read_rows(source, WIDTHS[role]):
            key = ent_num(source, line, cells[0])
            if key not in keys:
                finding = Finding(source.name, f"line {line}", "unknown_ent_num", key, key)
                snapshot.findings.append(finding)
                continue
            _add_extra(extras.setdefault(key, Extras()), role, line, cells)
    return extras


def _add_extra(extra: Extras, role: str, line: int, cells: list[str]) -> None:
    if role == "add":
        extra.addresses.append((line, cells))
    elif role == "alt":
        extra.aliases.append((line, cells))
    else:
        extra.comments.append(cells[1])


def read_aliases(
    rows: list[Row], roles: dict[str, SourceFile], report: Reporter
) -> tuple[list[Name], list[str]]:
    """alt.csv rows as names; an alias remark (always empty so far) is kept as a remark."""
    types: dict[str, str] = source_spec(LIST_ID)["lookups"]["alias_types"]
    names: list[Name] = []
    notes: list[str] = []
    for line, (_, _, alt_type, alt_name, alt_remarks) in rows:
        name_type = types.get(alt_type.lower())
        if name_type is None:
            report("unmapped_alias_type", alt_type, roles["alt"].name, f"line {line}")
        names.append(Name(alt_name, NameType(name_type or "alias"), quality=alt_type or None))
        if alt_remarks != "":
            notes.append(alt_remarks)
    return names, notes


def read_addresses(
    rows: list[Row], roles: dict[str, SourceFile], report: Reporter
) -> tuple[tuple[Address, ...], list[str]]:
    """add.csv rows as addresses. The City cell mixes city, region and postcode ("London EC3N
    1DY"), so it is kept whole as the city rather than split by guesswork."""
    found: list[Address] = []
    notes: list[str] = []
    for line, (_, _, street, city, country, add_remarks) in rows:
        code = None
        if country != "":
            known, code = vocabulary().country(country)
            if not known:
                report("unmapped_country", country, roles["add"].name, f"line {line}")
        full = ", ".join(part for part in (street, city, country) if part != "")
        found.append(Address(full, street or None, city or None, country=code))
        if add_remarks != "":
            notes.append(add_remarks)
    return tuple(found), notes


def raw_cells(cells: list[str], extra: Extras, roles: dict[str, SourceFile]) -> dict[str, Any]:
    """What re-export needs: lists appear when their file was given, even if empty, so "no
    aliases" and "alt.csv not loaded" stay distinguishable."""
    raw: dict[str, Any] = {"sdn": list(cells)}
    if "add" in roles:
        raw["addresses"] = [row for _, row in extra.addresses]
    if "alt" in roles:
        raw["aliases"] = [row for _, row in extra.aliases]
    if len(extra.comments) > 0:
        raw["comments"] = "".join(extra.comments)
    return raw
