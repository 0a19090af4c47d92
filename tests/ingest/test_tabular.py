"""Custom lists read through a column map, with findings for what does not map."""

from __future__ import annotations

import json

import pytest

from embargo.exc import InvalidData, InvalidInput
from embargo.ingest.snapshot import SourceFile
from embargo.ingest.tabular import ColumnMap, parse_tabular
from embargo.model.values import EntityKind, NameType, PartialDate

INDEX_ROWS = (
    "id,list,schema,name,birth_dates,countries,programs\n"
    "ofac-306,ofac_sdn,Organization,BANCO NACIONAL DE CUBA,,,CUBA\n"
    "un-QDi.001,un_sc,Person,ABDUL MANAN AGHA,1967|1966,pk|Afghanistan,UN-1267\n"
)


def test_benchmark_index_layout_reads_with_the_default_map() -> None:
    snapshot = parse_tabular(SourceFile("index.csv", INDEX_ROWS.encode()), "idx", ColumnMap())
    bank, person = snapshot.records["ofac-306"], snapshot.records["un-QDi.001"]
    assert (bank.entity.kind, bank.programmes) == (EntityKind.ORGANIZATION, ("CUBA",))
    assert person.entity.birth_dates == (PartialDate(1967), PartialDate(1966))
    assert person.entity.countries == ("pk", "af")
    assert person.raw["list"] == "un_sc"
    assert snapshot.findings == []


def test_column_map_and_jsonl_arrays() -> None:
    line = {"ref": "b-1", "full_name": ["Ivan PETROV", "Ivan Petroff"], "dob": "1970-13-01"}
    columns = ColumnMap.parse(["id=ref", "name=full_name", "birth_dates=dob"], kind="person")
    snapshot = parse_tabular(SourceFile("block.jsonl", json.dumps(line).encode()), "b", columns)
    entity = snapshot.records["b-1"].entity
    assert [(n.value, n.type) for n in entity.names] == [
        ("Ivan PETROV", NameType.PRIMARY),
        ("Ivan Petroff", NameType.ALIAS),
    ]
    assert entity.kind is EntityKind.PERSON
    assert [(f.kind, f.value, f.place) for f in snapshot.findings] == [
        ("unparsed_birth_date", "1970-13-01", "line 1")
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "id,name\n1,A,extra\n", "a.csv:line 2: wrong number of columns"),
        ("a.csv", "id,name\n,A\n", "a.csv:line 2: needs a value"),
        ("a.jsonl", '{"id": 1, "name": "A"}\n{broken\n', "a.jsonl:line 2: not JSON"),
        ("a.csv", "id,name\n", "a.csv: no rows"),
    ],
)
def test_bad_files_name_the_place(name: str, content: str, message: str) -> None:
    with pytest.raises(InvalidData) as info:
        parse_tabular(SourceFile(name, content.encode()), "x", ColumnMap())
    assert str(info.value).startswith(message)


def test_bad_column_map_is_refused() -> None:
    with pytest.raises(InvalidInput, match="bad column map"):
        ColumnMap.parse(["nickname=alias"])
