"""The UN consolidated list parser, on a real extract (tests/fixtures/un, cut by cut.py)."""

from __future__ import annotations

import gzip
import json
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from embargo.exc import InvalidData
from embargo.ingest.snapshot import Finding, ListSnapshot, SourceFile
from embargo.ingest.un_sc import parse_un_sc
from embargo.ingest.un_sc_vocab import vocabulary
from embargo.model.entity import Address, Entity, Identifier, Name
from embargo.model.values import DateRange, EntityKind, Gender, NameType, PartialDate
from embargo.model.vocab import id_kinds

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "un" / "consolidated.xml"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench"
FULL = SHARED / "raw" / "un_consolidated_2026-02-27.xml.gz"

INTERPOL = (
    "INTERPOL-UN Security Council Special Notice web link:"
    "https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals"
)


@pytest.fixture(scope="module")
def snapshot() -> ListSnapshot:
    return parse_un_sc(SourceFile("consolidated.xml", FIXTURE.read_bytes()))


def parse_text(text: str, name: str = "un.xml") -> ListSnapshot:
    return parse_un_sc(SourceFile(name, text.encode("utf-8")))


# -- the real extract ---------------------------------------------------------------------------


def test_every_entry_becomes_a_record(snapshot: ListSnapshot) -> None:
    kinds = [r.entity.kind for r in snapshot.records.values()]
    assert snapshot.list_id == "un_sc"
    assert kinds.count(EntityKind.PERSON) == 20
    assert kinds.count(EntityKind.ORGANIZATION) == 8
    assert all(r.entity.id == f"un-{key}" for key, r in snapshot.records.items())
    assert snapshot.published == datetime(2026, 2, 27, 0, 0, 9, 554000, tzinfo=UTC)


def test_simple_individual_exactly(snapshot: ListSnapshot) -> None:
    record = snapshot.records["CDi.001"]
    assert record.entity == Entity(
        id="un-CDi.001",
        kind=EntityKind.PERSON,
        names=(Name("ERIC BADEGE"),),
        birth_dates=(PartialDate(1971),),
        nationalities=("cd",),
        countries=("rw",),
        gender=Gender.MALE,
        addresses=(Address("Rwanda (as of early 2016)", country="rw"),),
        remarks=(
            "He fled to Rwanda in March 2013 and is still living there as of early 2016. "
            + INTERPOL,
        ),
    )
    assert record.programmes == ("UN-1533",)
    assert record.listed_on == date(2012, 12, 31)
    assert record.amended_on == (date(2016, 10, 13),)
    assert record.reason is None


def test_individual_with_arabic_name_aliases_and_documents(snapshot: ListSnapshot) -> None:
    entity = snapshot.records["QDi.068"].entity
    assert entity.names == (
        Name("ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI"),
        Name("عادل بن الأزهر بن يوسف حمدي", NameType.ORIGINAL_SCRIPT, script="Arab"),
        Name("Zakariya", NameType.WEAK_ALIAS, quality="Low"),
        Name("Adel ben al- Azhar ben Youssef ben Soltane", NameType.ALIAS, quality="Good"),
    )
    # The alias's own birth data equals the entry's, so it appears once.
    assert entity.birth_dates == (PartialDate(1970, 7, 14),)
    assert entity.birth_places == ("Tunis, Tunisia",)
    assert entity.nationalities == ("tn",)
    assert entity.identifiers == (
        Identifier("passport", "M408665", "tn", "issued on 2000-10-04; expired 3 Oct. 2005"),
        Identifier("tax_id", "BNSDLA70L14Z352B", None, "Italian Fiscal Code:"),
    )
    assert "Adel ben al- Azhar ben Youssef ben Soltane: formerly listed as" in entity.remarks
    assert snapshot.records["QDi.068"].amended_on[-1] == date(2023, 10, 30)


def test_entity_with_former_name_exactly(snapshot: ListSnapshot) -> None:
    record = snapshot.records["IRe.017"]
    assert record.entity == Entity(
        id="un-IRe.017",
        kind=EntityKind.ORGANIZATION,
        names=(
            Name("FAJR INDUSTRIAL GROUP"),
            Name("Instrumentation Factory Plant", NameType.FORMER, quality="f.k.a."),
        ),
        remarks=("Subordinate entity of AIO. [Old Reference # E.37.B.3]",),
    )
    assert record.programmes == ("UN-1737",)
    assert record.listed_on == date(2006, 12, 23)
    assert record.amended_on == ()


def test_entity_address_parts(snapshot: ListSnapshot) -> None:
    entity = snapshot.records["KPe.072"].entity
    assert entity.addresses == (
        Address(
            full="Room 601, 433, Chifeng Lu, Hongkou Qu, Shanghai, 200083, China",
            street="Room 601, 433, Chifeng Lu, Hongkou Qu",
            city="Shanghai",
            postal_code="200083",
            country="cn",
        ),
    )
    assert entity.countries == ("cn",)


def test_aliases_of_each_quality(snapshot: ListSnapshot) -> None:
    types = {
        (n.quality, n.type)
        for r in snapshot.records.values()
        for n in r.entity.names
        if n.quality is not None
    }
    assert types == {
        ("Good", NameType.ALIAS),
        ("a.k.a.", NameType.ALIAS),
        ("Low", NameType.WEAK_ALIAS),
        ("f.k.a.", NameType.FORMER),
    }


def test_birth_dates_of_each_type(snapshot: ListSnapshot) -> None:
    records = snapshot.records
    assert records["IQi.001"].entity.birth_dates == (PartialDate(1937, 4, 28),)
    assert records["KPi.066"].entity.birth_dates == (
        DateRange(PartialDate(1967), PartialDate(1969)),
    )
    assert records["IQi.071"].entity.birth_dates == (PartialDate(1974),)
    assert "date of birth approximately 1974" in records["IQi.071"].entity.remarks
    assert "date of birth: Approximately" in records["TAi.079"].entity.remarks
    assert records["CDi.004"].entity.birth_dates == ()
    assert "date of birth: Nov. 1973" in records["CDi.004"].entity.remarks
    # Aliases carry birth dates of their own: both are kept.
    assert records["KPi.016"].entity.birth_dates == (
        PartialDate(1958, 2, 22),
        PartialDate(1957, 4, 15),
    )


def test_original_scripts_are_detected(snapshot: ListSnapshot) -> None:
    def script(key: str) -> str | None:
        names = snapshot.records[key].entity.names
        return next(n.script for n in names if n.type is NameType.ORIGINAL_SCRIPT)

    assert script("IQi.001") == "Arab"
    assert script("QDi.290") == "Cyrl"
    assert script("QDe.131") == "Cyrl"
    assert script("QDe.164") == "Latn"
    names = snapshot.records["QDe.134"].entity.names
    assert names[1].value == "حركة التوحيد والجهاد في غرب إفريقيا"  # one line, not two


def test_alias_spellings_are_split(snapshot: ListSnapshot) -> None:
    assert snapshot.records["IRi.006"].entity.names == (
        Name("BEHMAN ASGARPOUR"),
        Name("Behman Asgharpour", NameType.ALIAS, quality="Good"),
        Name("Behman Asgharpur", NameType.ALIAS, quality="Good"),
    )


def test_nationalities_titles_and_positions(snapshot: ListSnapshot) -> None:
    records = snapshot.records
    assert records["QDi.290"].entity.nationalities == ("ru", "suhh")
    assert records["SDi.001"].entity.nationalities == ()  # "na": not available, not Namibia
    assert records["TAi.079"].entity.properties == (("title", "Maulavi"),)
    assert records["CDi.003"].entity.positions == (
        "FDLR Interim President",
        "FDLR-FOCA 1st Vice-President",
        "FDLR-FOCA Major General",
    )
    assert records["QDi.356"].entity.gender is Gender.FEMALE


def test_listing_day_with_time_zone(snapshot: ListSnapshot) -> None:
    assert snapshot.records["YEi.004"].listed_on == date(2015, 4, 14)


def test_programmes_name_the_committee(snapshot: ListSnapshot) -> None:
    programmes = {
        r.raw[_tag(r.raw)]["UN_LIST_TYPE"]: r.programmes for r in snapshot.records.values()
    }
    assert programmes["Al-Qaida"] == ("UN-1267",)
    assert programmes["Taliban"] == ("UN-1988",)
    assert programmes["DPRK"] == ("UN-1718",)
    assert programmes["SouthSudan"] == ("UN-2206",)


def test_unmappable_values_are_findings(snapshot: ListSnapshot) -> None:
    found = [(f.place, f.kind, f.value, f.record) for f in snapshot.findings]
    assert found == [
        ("line 135", "unparsed_birth_date", "Nov. 1973", "CDi.004"),
        ("line 420", "compound_name", "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)", "QDi.306"),
        ("line 440", "compound_name", "أبو شيماء (Abu-Shaima; Abu- Shayma)", "QDi.306"),
        ("line 447", "unparsed_birth_date", "Between Aug. and Sep. 1977", "QDi.306"),
        (
            "line 529",
            "missing_id_number",
            "National Identification Number; "
            "Tunisian national identity number W334061 issued on 9 Mar. 2011",
            "QDi.068",
        ),
        (
            "line 765",
            "unmapped_id_type",
            "Afghan national identification card (tazkira) number 57388",
            "TAi.165",
        ),
        (
            "line 765",
            "missing_id_number",
            "National Identification Number; "
            "Afghan national identification card (tazkira) number 57388; "
            "issued in Lashkar Gah District, Helmand Province, Afghanistan",
            "TAi.165",
        ),
        ("line 770", "unmapped_id_type", "Residential card number 665", "TAi.165"),
        (
            "line 770",
            "missing_id_number",
            "National Identification Number; Residential card number 665; "
            "Ayno Maina, Kandahar Province, Afghanistan",
            "TAi.165",
        ),
    ]
    assert all(f.source == "consolidated.xml" for f in snapshot.findings)


# -- raw: every published field, faithfully -----------------------------------------------------


def _tag(raw: dict[str, Any]) -> str:
    (tag,) = raw
    return tag


def test_raw_keeps_every_field_in_order(snapshot: ListSnapshot) -> None:
    raw = snapshot.records["CDi.003"].raw["INDIVIDUAL"]
    assert list(raw)[:6] == [
        "DATAID",
        "VERSIONNUM",
        "FIRST_NAME",
        "SECOND_NAME",
        "UN_LIST_TYPE",
        "REFERENCE_NUMBER",
    ]
    assert raw["DESIGNATION"] == {
        "VALUE": [
            "FDLR Interim President",
            "FDLR-FOCA 1st Vice-President",
            "FDLR-FOCA Major General",
        ]
    }
    assert raw["INDIVIDUAL_ALIAS"][0] == {"QUALITY": "Low", "ALIAS_NAME": "Rumuli"}
    assert raw["SORT_KEY"] is None
    json.dumps([r.raw for r in snapshot.records.values()])


def test_raw_rebuilds_each_entry(snapshot: ListSnapshot) -> None:
    """An exporter can write every entry back out from ``raw`` alone, byte-for-byte in content."""
    root = etree.fromstring(FIXTURE.read_bytes())
    originals = {e.findtext("REFERENCE_NUMBER"): e for e in root.iter("INDIVIDUAL", "ENTITY")}
    for key, record in snapshot.records.items():
        tag = _tag(record.raw)
        rebuilt = _build(tag, record.raw[tag])
        assert _canon(rebuilt) == _canon(originals[key]), key


def _build(tag: str, value: Any) -> etree._Element:
    element = etree.Element(tag)
    if isinstance(value, str):
        element.text = value
    elif isinstance(value, dict):
        for key, child in value.items():
            for item in child if isinstance(child, list) else [child]:
                element.append(_build(key, item))
    return element


def _canon(element: etree._Element) -> tuple[Any, ...]:
    text = element.text if element.text is not None and element.text.strip() != "" else None
    return (element.tag, text, tuple(_canon(child) for child in element))


# -- errors: the file and the line, never half a result -----------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>
<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&secret;</FIRST_NAME>
<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""


NEWLINE = b"\n"


def refused(content: bytes, name: str = "bad.xml") -> InvalidData:
    with pytest.raises(InvalidData) as info:
        parse_un_sc(SourceFile(name, content))
    assert str(info.value).startswith(f"{name}:line ")
    return info.value


def test_truncated_xml_is_refused() -> None:
    data = FIXTURE.read_bytes()
    half = data[: len(data) // 2]
    error = refused(half, "consolidated.xml")
    assert error.message.startswith("not well-formed XML: Premature end of data")
    assert error.place == f"line {half.count(NEWLINE) + 1}"


def test_billion_laughs_is_refused() -> None:
    error = refused(BOMB.encode())
    assert error.place == "line 2"
    assert "entities are forbidden" in error.message


def test_external_entity_is_refused() -> None:
    error = refused(EXTERNAL.encode())
    assert error.place == "line 2"
    assert "entities are forbidden" in error.message


def test_wrong_root_is_refused() -> None:
    error = refused(b'<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>')
    assert error.place == "line 2"
    assert error.message == "not a UN consolidated list: root is <sdnList>"


def test_csv_fed_as_xml_is_refused() -> None:
    error = refused(b"ent_num,SDN_Name,SDN_Type\r\n36,AEROCARIBBEAN AIRLINES,-0-\r\n", "sdn.xml")
    assert error.place == "line 1"
    assert str(error).startswith("sdn.xml:line 1: not well-formed XML")


def test_binary_and_empty_files_are_refused() -> None:
    assert "gzip" in refused(gzip.compress(FIXTURE.read_bytes())).message
    assert refused(b"\x00\x01\x02\xff").place == "line 1"
    assert refused(b"").place == "line 1"


def test_entry_without_reference_names_its_line() -> None:
    text = (
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n"
        "<INDIVIDUAL><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>\n"
        "<INDIVIDUAL><FIRST_NAME>NO KEY</FIRST_NAME></INDIVIDUAL>\n"
        "</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n"
    )
    with pytest.raises(InvalidData) as info:
        parse_text(text)
    assert str(info.value) == "un.xml:line 4: <INDIVIDUAL> has no REFERENCE_NUMBER"


# -- small synthetic lists: what becomes a finding ----------------------------------------------


def one_individual(body: str) -> str:
    return (
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n"
        f"<REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>\n{body}\n"
        "</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n"
    )


def kinds(snapshot: ListSnapshot) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in snapshot.findings]


def test_unknown_vocabulary_is_reported_not_dropped() -> None:
    snapshot = parse_text(
        one_individual(
            "<FIRST_NAME>A</FIRST_NAME><UN_LIST_TYPE>Atlantis</UN_LIST_TYPE><GENDER>Unknown</GENDER>"
            "<NATIONALITY><VALUE>Gondor</VALUE></NATIONALITY>"
            "<INDIVIDUAL_ALIAS><QUALITY>Meh</QUALITY><ALIAS_NAME>B</ALIAS_NAME></INDIVIDUAL_ALIAS>"
            "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Library card</TYPE_OF_DOCUMENT>"
            "<NUMBER>42</NUMBER></INDIVIDUAL_DOCUMENT><SHOE_SIZE>44</SHOE_SIZE>"
        )
    )
    record = snapshot.records["XXi.001"]
    assert kinds(snapshot) == [
        ("unmapped_gender", "Unknown"),
        ("unmapped_country", "Gondor"),
        ("unmapped_alias_quality", "Meh"),
        ("unmapped_id_type", "Library card"),
        ("unknown_field", "INDIVIDUAL/SHOE_SIZE"),
        ("unmapped_programme", "Atlantis"),
    ]
    assert record.programmes == ("Atlantis",)
    assert record.entity.identifiers == (Identifier("other", "42"),)
    assert record.entity.names[1] == Name("B", NameType.ALIAS, quality="Meh")
    assert all(f.place == "line 5" and f.record == "XXi.001" for f in snapshot.findings)


def test_duplicate_reference_keeps_the_first() -> None:
    entry = (
        "<ENTITY><FIRST_NAME>{}</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY>"
    )
    entries = entry.format("ONE") + entry.format("TWO")
    text = f"<CONSOLIDATED_LIST><ENTITIES>{entries}</ENTITIES></CONSOLIDATED_LIST>"
    snapshot = parse_text(text)
    assert snapshot.records["XXe.001"].entity.caption == "ONE"
    assert snapshot.findings == [Finding("un.xml", "line 1", "duplicate_key", "XXe.001", "XXe.001")]


def test_unknown_sections_are_reported() -> None:
    snapshot = parse_text(
        "<CONSOLIDATED_LIST>\n<VESSELS/>\n<ENTITIES><SHIP/></ENTITIES>\n</CONSOLIDATED_LIST>"
    )
    assert [(f.place, f.kind, f.value) for f in snapshot.findings] == [
        ("line 2", "unknown_field", "VESSELS"),
        ("line 3", "unknown_field", "ENTITIES/SHIP"),
    ]
    assert snapshot.records == {}


# -- properties ----------------------------------------------------------------------------------

XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=20)
ALIAS_TEXT = st.text(st.sampled_from("abcXYZ -'\u2019éأ\u0431\u0432"), min_size=1, max_size=20)
QUALITIES = {
    "Good": NameType.ALIAS,
    "a.k.a.": NameType.ALIAS,
    "Low": NameType.WEAK_ALIAS,
    "f.k.a.": NameType.FORMER,
}


def _clean(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(XML_TEXT, min_size=1, max_size=4),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    span=st.tuples(st.integers(1900, 2000), st.integers(0, 10)),
    aliases=st.lists(st.tuples(st.sampled_from(sorted(QUALITIES)), ALIAS_TEXT), max_size=3),
)
def test_generated_entries_round_trip(
    parts: list[str], born: date, span: tuple[int, int], aliases: list[tuple[str, str]]
) -> None:
    root = etree.Element("CONSOLIDATED_LIST")
    entry = etree.SubElement(etree.SubElement(root, "INDIVIDUALS"), "INDIVIDUAL")
    for tag, text in zip(
        ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"), parts, strict=False
    ):
        etree.SubElement(entry, tag).text = text
    etree.SubElement(entry, "REFERENCE_NUMBER").text = "XXi.001"
    _sub(entry, "INDIVIDUAL_DATE_OF_BIRTH", TYPE_OF_DATE="EXACT", DATE=born.isoformat())
    first, width = span
    _sub(
        entry,
        "INDIVIDUAL_DATE_OF_BIRTH",
        TYPE_OF_DATE="BETWEEN",
        FROM_YEAR=str(first),
        TO_YEAR=str(first + width),
    )
    for quality, name in aliases:
        _sub(entry, "INDIVIDUAL_ALIAS", QUALITY=quality, ALIAS_NAME=name)

    record = parse_un_sc(SourceFile("gen.xml", etree.tostring(root, encoding="utf-8"))).records[
        "XXi.001"
    ]

    primary = " ".join(_clean(p) for p in parts if _clean(p) != "")
    names = record.entity.names
    assert [n.value for n in names if n.type is NameType.PRIMARY] == ([primary] if primary else [])
    expected_aliases = {(_clean(n), QUALITIES[q]) for q, n in aliases if _clean(n) != ""}
    assert {(n.value, n.type) for n in names if n.type is not NameType.PRIMARY} == expected_aliases
    assert record.entity.birth_dates == (
        PartialDate(born.year, born.month, born.day),
        DateRange(PartialDate(first), PartialDate(first + width)),
    )
    raw_names = [
        record.raw["INDIVIDUAL"].get(tag)
        for tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
    ]
    assert raw_names[: len(parts)] == [p if p.strip() != "" else None for p in parts]


def _sub(parent: etree._Element, tag: str, **children: str) -> None:
    element = etree.SubElement(parent, tag)
    for child, text in children.items():
        etree.SubElement(element, child).text = text


# -- vocabulary ----------------------------------------------------------------------------------


def test_document_kinds_are_canonical() -> None:
    known = set(id_kinds())
    assert {k for k in vocabulary().id_types.values() if k is not None} <= known


def test_programme_codes_name_a_committee() -> None:
    codes = list(vocabulary().programmes.values())
    assert all(code.startswith("UN-") and code[3:].isdigit() for code in codes)
    assert len(codes) == len(set(codes))


# -- the full shared list ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_bytes() -> bytes:
    if not FULL.exists():
        pytest.skip("shared bench data not present: raw/un_consolidated_2026-02-27.xml.gz")
    return gzip.decompress(FULL.read_bytes())


@pytest.mark.slow
def test_full_list(full_bytes: bytes) -> None:
    snapshot = parse_un_sc(SourceFile("un_consolidated_2026-02-27.xml", full_bytes))
    kinds = [r.entity.kind for r in snapshot.records.values()]
    assert (kinds.count(EntityKind.PERSON), kinds.count(EntityKind.ORGANIZATION)) == (730, 273)
    counts: dict[str, int] = {}
    for finding in snapshot.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    assert counts == {
        "missing_id_number": 14,
        "compound_name": 8,
        "unparsed_birth_date": 7,
        "unmapped_id_type": 3,
    }
    assert all(r.programmes[0].startswith("UN-") for r in snapshot.records.values())


@pytest.mark.slow
def test_full_list_ids_match_the_screening_benchmark(full_bytes: bytes) -> None:
    index = SHARED / "data" / "index.csv.gz"
    if not index.exists():
        pytest.skip("shared bench data not present: data/index.csv.gz")
    with gzip.open(index, "rt", encoding="utf-8") as stream:
        expected = {line.split(",", 1)[0] for line in stream if ",un_sc," in line}
    snapshot = parse_un_sc(SourceFile("un.xml", full_bytes))
    assert {r.entity.id for r in snapshot.records.values()} == expected


@pytest.mark.slow
def test_full_list_parses_in_under_a_second(full_bytes: bytes) -> None:
    parse_un_sc(SourceFile("un.xml", full_bytes))  # warm rigour's one-off territory index
    start = time.perf_counter()
    parse_un_sc(SourceFile("un.xml", full_bytes))
    assert time.perf_counter() - start < 1.0
