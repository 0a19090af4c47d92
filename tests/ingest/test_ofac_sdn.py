"""The OFAC legacy CSV parser: real fixture rows, error cases, and the re-export round trip.

The fixture files are cut from the shared bench by ``tests/fixtures/ofac/cut.py``; add.csv
there is hand-made (see that script). Tests that read the full shared files are marked slow
and skip when ``../shared`` is not checked out next to the repository.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.exc import InvalidData, InvalidInput
from embargo.ingest.ofac_sdn import file_role, parse_ofac_sdn, parse_programmes, write_sdn_csv
from embargo.ingest.snapshot import ListSnapshot, SourceFile
from embargo.model.entity import Address, Name, RelationKind
from embargo.model.values import EntityKind, Gender, NameType, PartialDate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ofac"
BENCH = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "raw"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason="needs ../shared/bench")

ROW_36 = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
ROW_306 = (
    '306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    "\"a.k.a. 'BNC'.\"\r\n"
)


def fixture(*names: str) -> list[SourceFile]:
    return [SourceFile(str(FIXTURES / name), (FIXTURES / name).read_bytes()) for name in names]


def sdn(text: str, name: str = "sdn.csv") -> SourceFile:
    return SourceFile(name, text.encode("utf-8"))


@pytest.fixture(scope="module")
def snapshot() -> ListSnapshot:
    return parse_ofac_sdn(fixture("sdn.csv", "alt.csv", "add.csv"))


# --- the real fixture ----------------------------------------------------------------------


def test_fixture_records_and_findings(snapshot: ListSnapshot) -> None:
    assert snapshot.list_id == "us_ofac_sdn"
    assert len(snapshot.records) == 40
    findings = [(f.source.rsplit("/", 1)[-1], f.place, f.kind, f.record) for f in snapshot.findings]
    assert findings == [
        ("alt.csv", "line 5", "unknown_ent_num", "4307"),
        ("alt.csv", "line 6", "unknown_ent_num", "4307"),
        ("sdn.csv", "line 10", "unmapped_remark", "7885"),
        ("sdn.csv", "line 11", "unmapped_country", "7940"),
        ("sdn.csv", "line 23", "unmapped_remark", "12312"),
        ("sdn.csv", "line 30", "truncated_remark", "17018"),
        ("sdn.csv", "line 36", "truncated_remark", "27307"),
        ("sdn.csv", "line 39", "truncated_remark", "44718"),
    ]


def test_organisation_with_alias_and_address(snapshot: ListSnapshot) -> None:
    record = snapshot.records["306"]
    entity = record.entity
    assert (entity.id, entity.kind, record.programmes) == (
        "ofac-306",
        EntityKind.ORGANIZATION,
        ("CUBA",),
    )
    assert entity.names == (
        Name("BANCO NACIONAL DE CUBA"),
        Name("NATIONAL BANK OF CUBA", NameType.ALIAS, quality="aka"),
        Name("BNC", NameType.WEAK_ALIAS, quality="a.k.a."),
    )
    assert entity.addresses == (
        Address(
            "Zweierstrasse 35, Zurich CH-8022, Switzerland",
            "Zweierstrasse 35",
            "Zurich CH-8022",
            country="ch",
        ),
        Address(
            "Avenida de Concha Espina 8, Madrid E-28036, Spain",
            "Avenida de Concha Espina 8",
            "Madrid E-28036",
            country="es",
        ),
    )
    assert record.raw == {
        "sdn": [
            "306",
            "BANCO NACIONAL DE CUBA",
            "",
            "CUBA",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "a.k.a. 'BNC'.",
        ],
        "addresses": [
            ["306", "199", "Zweierstrasse 35", "Zurich CH-8022", "Switzerland", ""],
            ["306", "200", "Avenida de Concha Espina 8", "Madrid E-28036", "Spain", ""],
        ],
        "aliases": [["306", "220", "aka", "NATIONAL BANK OF CUBA", ""]],
    }


def test_person(snapshot: ListSnapshot) -> None:
    entity = snapshot.records["21328"].entity
    assert entity.kind is EntityKind.PERSON
    assert entity.names[0] == Name("KOROBOV, Igor Valentinovich")
    assert entity.birth_dates == (PartialDate(1956, 8, 3),)
    assert (entity.nationalities, entity.gender) == (("ru",), Gender.MALE)
    # Title cell and a remark say the same: listed once.
    assert entity.positions == ("Chief of GRU",)
    assert snapshot.records["21328"].programmes == ("CYBER2", "CAATSA - RUSSIA")


def test_vessel_properties_from_columns_then_remarks(snapshot: ListSnapshot) -> None:
    record = snapshot.records["4243"]
    assert record.entity.kind is EntityKind.VESSEL
    assert record.entity.properties == (
        ("vessel_type", "General Cargo"),
        ("tonnage", "2595"),
        ("gross_tonnage", "1865"),
        ("flag", "Panama"),
    )
    assert [(n.value, n.type) for n in record.entity.names[1:]] == [
        ("ANA I", NameType.FORMER),
        ("SAND SWAN", NameType.FORMER),
    ]


def test_aircraft(snapshot: ListSnapshot) -> None:
    entity = snapshot.records["18150"].entity
    assert entity.kind is EntityKind.AIRCRAFT
    assert [(i.kind, i.value) for i in entity.identifiers] == [
        ("aircraft_serial", "391"),
        ("aircraft_tail", "EP-MMH"),
    ]
    assert snapshot.records["18150"].programmes == ("SDGT", "NPWMD", "IFSR")


def test_linked_to_gets_back_the_full_stop_of_a_listed_name(snapshot: ListSnapshot) -> None:
    # 11620's cell ends "Linked To: PERSIAN GULF PETROCHEMICAL INDUSTRY CO." and 26817 is
    # listed as "PERSIAN GULF PETROCHEMICAL INDUSTRY CO.": the dot belongs to the name.
    (rel,) = snapshot.records["11620"].relationships
    assert (rel.source_id, rel.kind, rel.target_id) == ("ofac-11620", RelationKind.LINKED_TO, "")
    assert rel.target_name == snapshot.records["26817"].entity.names[0].value
    (rel,) = snapshot.records["11812"].relationships
    assert rel.target_name == "HERJEZ LTDA."


def test_undetermined_address_country_is_no_country(snapshot: ListSnapshot) -> None:
    assert snapshot.records["2691"].entity.addresses[0].country is None


def test_reexport_reproduces_the_published_file(snapshot: ListSnapshot) -> None:
    rows = [record.raw["sdn"] for record in snapshot.records.values()]
    published = (FIXTURES / "sdn.csv").read_bytes().decode("utf-8")
    # Cells are kept as published, even the blank OFAC's 1000-character cut left at the end
    # of 44718's Remarks, so the file comes back byte for byte.
    assert 'By U.S. "\r\n' in published
    assert write_sdn_csv(rows) == published


def test_without_optional_files_raw_has_only_sdn() -> None:
    record = parse_ofac_sdn(fixture("sdn.csv")).records["306"]
    assert set(record.raw) == {"sdn"}
    assert record.entity.addresses == ()


# --- comments overflow, encodings, roles ---------------------------------------------------


def test_comments_overflow_completes_a_cut_cell() -> None:
    # The real 27307 cell is cut inside an alias; the overflow row here is written for the test.
    files = fixture("sdn.csv")
    files.append(sdn('27307,"G TEAM\'."\r\n\x1a', "sdn_comments.csv"))
    snap = parse_ofac_sdn(files)
    record = snap.records["27307"]
    assert record.raw["comments"] == "G TEAM'."
    assert record.entity.names[-1] == Name(
        "WHOIS HACKING TEAM", NameType.WEAK_ALIAS, quality="a.k.a."
    )
    assert "27307" not in {f.record for f in snap.findings}


def test_cp1252_file() -> None:
    text = '36,"CAFÉ CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a'
    snap = parse_ofac_sdn([SourceFile("sdn.csv", text.encode("cp1252"))])
    assert snap.records["36"].entity.names[0].value == "CAFÉ CUBA"


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("sdn.csv", "sdn"),
        ("https://www.treasury.gov/ofac/downloads/SDN.CSV", "sdn"),
        ("/tmp/x/add.csv", "add"),
        ("ALT.CSV", "alt"),
        ("sdn_comments.csv", "comments"),
        ("C:\\ofac\\Add.csv", "add"),
    ],
)
def test_file_role(name: str, role: str) -> None:
    assert file_role(name) == role


@pytest.mark.parametrize(
    ("cell", "tags"),
    [
        ("SDGT] [IRGC", ["SDGT", "IRGC"]),
        ("[SDGT] [IRGC]", ["SDGT", "IRGC"]),
        ("CUBA", ["CUBA"]),
        ("CYBER2] [CAATSA - RUSSIA", ["CYBER2", "CAATSA - RUSSIA"]),
        ("SDGT][IFSR", ["SDGT", "IFSR"]),
        ("", []),
    ],
)
def test_parse_programmes(cell: str, tags: list[str]) -> None:
    assert parse_programmes(cell) == tags


# --- errors: the whole file fails, naming the file and the physical line ------------------


def _error(files: list[SourceFile]) -> InvalidData:
    with pytest.raises(InvalidData) as info:
        parse_ofac_sdn(files)
    return info.value


def test_wrong_column_count() -> None:
    text = ROW_36 + '173,"ANGLO-CARIBBEAN CO., LTD.",-0- ,"CUBA"\r\n' + ROW_306
    error = _error([sdn(text)])
    assert (error.source, error.place) == ("sdn.csv", "line 2")
    assert "expected 12 columns, found 4" in str(error)
    assert str(error).startswith("sdn.csv:line 2: ")


def test_file_cut_mid_row() -> None:
    error = _error([sdn(ROW_36 + ROW_306 + '424,"BOUTIQUE LA MAISON",-0- ,"CU')])
    assert (error.source, error.place) == ("sdn.csv", "line 3")


def test_unterminated_quote() -> None:
    text = ROW_36 + '173,"ANGLO-CARIBBEAN CO., LTD.,-0- ,"CUBA",-0- \r\n' + ROW_306
    error = _error([sdn(text)])
    assert error.source == "sdn.csv"
    assert error.place is not None and error.place.startswith("line ")
    assert "broken CSV" in str(error)


def test_non_numeric_ent_num() -> None:
    error = _error([sdn(ROW_36 + ROW_306.replace("306,", "3O6,", 1))])
    assert (error.source, error.place) == ("sdn.csv", "line 2")
    assert "ent_num is not a number: '3O6'" in str(error)


def test_non_numeric_ent_num_in_alt() -> None:
    error = _error([sdn(ROW_36), sdn('x36,12,"aka","AERO-CARIBBEAN",-0- \r\n', "alt.csv")])
    assert (error.source, error.place) == ("alt.csv", "line 1")


def test_xml_is_not_csv() -> None:
    error = _error([sdn('<?xml version="1.0"?>\n<sdnList></sdnList>\n')])
    assert (error.source, error.place) == ("sdn.csv", "line 1")
    assert "not a CSV file: looks like XML" in str(error)


def test_binary_is_not_csv() -> None:
    error = _error([SourceFile("sdn.csv", gzip.compress(ROW_36.encode()))])
    assert (error.source, error.place) == ("sdn.csv", "line 1")
    assert "gzip" in str(error)


def test_other_text_on_line_one() -> None:
    error = _error([sdn("ent_num;name;type\r\n1;x;y\r\n")])
    assert (error.source, error.place) == ("sdn.csv", "line 1")
    assert "not OFAC's CSV layout" in str(error)


@pytest.mark.parametrize("text", ["", "\x1a", "\r\n\r\n\x1a"])
def test_empty_sdn_file(text: str) -> None:
    error = _error([sdn(text)])
    assert error.source == "sdn.csv"
    assert "empty" in str(error)


def test_add_file_wrong_width_names_the_add_file() -> None:
    error = _error([sdn(ROW_36), sdn('36,25,"Havana","Cuba",-0- \r\n', "add.csv")])
    assert (error.source, error.place) == ("add.csv", "line 1")


def test_unknown_country_in_address_is_a_finding() -> None:
    snap = parse_ofac_sdn([sdn(ROW_36), sdn('36,25,-0- ,"Havana","Atlantis",-0- \r\n', "add.csv")])
    (finding,) = snap.findings
    assert (finding.source, finding.place, finding.kind, finding.value) == (
        "add.csv",
        "line 1",
        "unmapped_country",
        "Atlantis",
    )


def test_no_sdn_file() -> None:
    with pytest.raises(InvalidInput, match=r"no sdn\.csv"):
        parse_ofac_sdn([sdn(ROW_36, "alt.csv")])


def test_two_sdn_files() -> None:
    with pytest.raises(InvalidInput, match="two sdn files"):
        parse_ofac_sdn([sdn(ROW_36), sdn(ROW_36, "other.csv")])


def test_duplicate_ent_num_is_a_finding_and_the_first_row_stays() -> None:
    snap = parse_ofac_sdn([sdn(ROW_36 + ROW_36.replace("AEROCARIBBEAN", "OTHER"))])
    assert snap.records["36"].entity.names[0].value == "AEROCARIBBEAN AIRLINES"
    assert [(f.kind, f.place) for f in snap.findings] == [("duplicate_key", "line 2")]


# --- round trip ----------------------------------------------------------------------------

_CHARS = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\r\n\t\x1a,\"'")
_CELL = st.text(_CHARS, max_size=30).map(str.strip)
_CELLS = st.lists(_CELL.filter(lambda c: c != "-0-"), min_size=11, max_size=11)
_ROWS = st.dictionaries(st.integers(0, 10**7), _CELLS, min_size=1, max_size=8)


@given(_ROWS)
def test_write_then_parse_gives_back_the_cells(rows: dict[int, list[str]]) -> None:
    published = [[str(ent_num), *cells] for ent_num, cells in rows.items()]
    snap = parse_ofac_sdn([SourceFile("sdn.csv", write_sdn_csv(published).encode("utf-8"))])
    assert [record.raw["sdn"] for record in snap.records.values()] == sorted(
        published, key=lambda cells: int(cells[0])
    )


def test_write_sdn_csv_layout() -> None:
    rows = [
        ["306", "BANCO", "", "CUBA", "", "", "", "", "", "", "", 'say "hi"'],
        ["36", *[""] * 11],
    ]
    assert write_sdn_csv(rows) == (
        "36" + ",-0- " * 11 + '\r\n306,"BANCO",-0- ,"CUBA"' + ",-0- " * 7 + ',"say ""hi"""\r\n\x1a'
    )


# --- the full shared files -----------------------------------------------------------------


def _bench(name: str) -> bytes:
    with gzip.open(BENCH / name) as fh:
        return fh.read()


@pytest.mark.slow
@needs_bench
def test_full_2021_file_with_aliases_reexports_byte_for_byte() -> None:
    content = _bench("ofac_sdn_2021-08-18_base.csv.gz")
    files = [
        SourceFile("sdn.csv", content),
        SourceFile("alt.csv", _bench("ofac_alt_2021-07.csv.gz")),
    ]
    snap = parse_ofac_sdn(files)
    assert len(snap.records) == 9083
    assert sum(len(r.raw["aliases"]) for r in snap.records.values()) == 11909
    assert write_sdn_csv(r.raw["sdn"] for r in snap.records.values()).encode() == content


@pytest.mark.slow
@needs_bench
def test_full_2024_file() -> None:
    content = _bench("ofac_sdn_2024-05-03.csv.gz")
    snap = parse_ofac_sdn([SourceFile("sdn.csv", content)])
    assert len(snap.records) == 14965
    kinds = {f.kind for f in snap.findings}
    assert kinds <= {"unmapped_remark", "unmapped_country", "truncated_remark"}
    # Re-export is byte for byte, even where OFAC's cut left blanks inside a quoted cell.
    assert write_sdn_csv(r.raw["sdn"] for r in snap.records.values()) == content.decode()
