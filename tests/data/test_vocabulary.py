"""The bundled vocabulary is whole: programmes.yml and instruments.yml agree with each other,
with measures.yml, with the UN source mapping and with the program tags of a real OFAC SDN list."""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_sdn import parse_ofac_sdn
from embargo.ingest.snapshot import SourceFile
from embargo.model import vocab

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "embargo" / "data"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench"
SDN_2024 = SHARED / "raw" / "ofac_sdn_2024-05-03.csv.gz"

#: Curated in embargo/data/icc_case.yml; programmes may refer to them without instruments.yml.
ICC_INSTRUMENTS = frozenset(
    {"us-eo-13928", "us-eo-14022", "us-eo-14148", "us-eo-14203", "us-cfr-31-520", "us-cfr-31-528"}
)
INSTRUMENT_KINDS = frozenset({"executive_order", "statute", "regulation", "resolution"})
LISTS = frozenset({"us_ofac_sdn", "un_sc"})
DATE_FIELDS = ("signed", "published", "effective", "ended")
ID_PATTERN = re.compile(r"^(us-eo-\d+|us-law-[a-z0-9-]+|us-cfr-31-\d+|un-res-\d+)$")
TAG_SPLIT = re.compile(r"\]\s*\[")


def load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def programmes() -> list[dict[str, Any]]:
    data = load("programmes.yml")
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def instruments() -> list[dict[str, Any]]:
    data = load("instruments.yml")
    assert isinstance(data, list)
    return data


def duplicates(values: list[str]) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


def test_programme_codes_are_unique(programmes: list[dict[str, Any]]) -> None:
    assert duplicates([p["code"] for p in programmes]) == []


def test_instrument_ids_are_unique(instruments: list[dict[str, Any]]) -> None:
    assert duplicates([i["id"] for i in instruments]) == []


def test_programmes_have_the_required_fields(programmes: list[dict[str, Any]]) -> None:
    for p in programmes:
        assert isinstance(p["code"], str) and p["code"] != "", p
        assert isinstance(p["name"], str) and p["name"] != "", p["code"]
        assert isinstance(p["issuer"], str) and p["issuer"] != "", p["code"]
        assert p["list"] in LISTS, p["code"]
        assert isinstance(p["instruments"], list) and p["instruments"] != [], p["code"]
        assert isinstance(p["measures"], list), p["code"]
        # A programme without default measures (menu-based) must say why.
        assert p["measures"] != [] or p.get("note"), p["code"]


def test_instruments_have_the_required_fields(instruments: list[dict[str, Any]]) -> None:
    for i in instruments:
        assert ID_PATTERN.match(i["id"]), i["id"]
        assert i["kind"] in INSTRUMENT_KINDS, i["id"]
        assert isinstance(i["number"], str) and i["number"] != "", i["id"]
        assert isinstance(i["title"], str) and i["title"] != "", i["id"]
        assert isinstance(i["issuer"], str) and i["issuer"] != "", i["id"]
        for source in i.get("sources") or ():
            assert str(source["url"]).startswith("https://"), i["id"]


def test_icc_instruments_are_left_to_the_icc_case(instruments: list[dict[str, Any]]) -> None:
    assert ICC_INSTRUMENTS.isdisjoint(i["id"] for i in instruments)


def test_every_referenced_instrument_is_defined(
    programmes: list[dict[str, Any]], instruments: list[dict[str, Any]]
) -> None:
    known = {i["id"] for i in instruments} | ICC_INSTRUMENTS
    missing = sorted(
        {(p["code"], ref) for p in programmes for ref in p["instruments"] if ref not in known}
    )
    assert missing == []


def test_revokes_and_amends_name_defined_instruments(instruments: list[dict[str, Any]]) -> None:
    known = {i["id"] for i in instruments} | ICC_INSTRUMENTS
    for i in instruments:
        for ref in [*(i.get("revokes") or ()), *(i.get("amends") or ())]:
            assert ref in known, (i["id"], ref)


def test_every_measure_is_in_the_measure_vocabulary(programmes: list[dict[str, Any]]) -> None:
    measures = set(load("measures.yml"))
    unknown = sorted(
        {(p["code"], m) for p in programmes for m in p["measures"] if m not in measures}
    )
    assert unknown == []


def test_every_date_parses(instruments: list[dict[str, Any]]) -> None:
    for i in instruments:
        for field in DATE_FIELDS:
            value = i.get(field)
            if value is None:
                continue
            day = value if isinstance(value, datetime.date) else None
            if day is None:
                day = datetime.date.fromisoformat(str(value))
            assert datetime.date(1900, 1, 1) <= day <= datetime.date(2100, 1, 1), (i["id"], field)


def test_dates_are_in_order(instruments: list[dict[str, Any]]) -> None:
    for i in instruments:
        signed, published, ended = i.get("signed"), i.get("published"), i.get("ended")
        if signed is not None and published is not None:
            assert signed <= published, i["id"]
        if signed is not None and ended is not None:
            assert signed <= ended, i["id"]


def test_the_package_loader_reads_both_files() -> None:
    """Through embargo.model.vocab, which also parses every date with parse_day."""
    vocab.programmes.cache_clear()
    vocab.instruments.cache_clear()
    programmes, instruments = vocab.programmes(), vocab.instruments()
    known = set(instruments) | ICC_INSTRUMENTS
    for programme in programmes.values():
        assert set(programme.instruments) <= known, programme.code
        assert set(programme.measures) <= set(vocab.measures()), programme.code


def test_un_list_types_map_to_known_programmes(programmes: list[dict[str, Any]]) -> None:
    mapping = source_spec("un_sc")["lookups"]["programmes"]
    un_codes = {p["code"] for p in programmes if p["list"] == "un_sc"}
    assert set(mapping.values()) - un_codes == set()


def sdn_program_tags(path: Path) -> Counter[str]:
    """Program tags in column 4 of sdn.csv: ``SDGT] [IRGC`` (outer brackets stripped)."""
    tags: Counter[str] = Counter()
    with gzip.open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        for row in csv.reader(text):
            if len(row) < 12:
                continue
            cell = row[3].strip().strip("[]").strip()
            if cell in ("", "-0-"):
                continue
            for tag in TAG_SPLIT.split(cell):
                if tag.strip() != "":
                    tags[tag.strip()] += 1
    return tags


@pytest.mark.slow
def test_every_program_tag_of_the_2024_sdn_list_has_an_entry(
    programmes: list[dict[str, Any]],
) -> None:
    if not SDN_2024.exists():
        pytest.skip(f"shared bench data not present: {SDN_2024}")
    tags = sdn_program_tags(SDN_2024)
    assert len(tags) > 50
    codes = {p["code"] for p in programmes if p["list"] == "us_ofac_sdn"}
    assert sorted(set(tags) - codes) == []


@pytest.mark.slow
def test_every_programme_the_sdn_parser_reads_is_known(programmes: list[dict[str, Any]]) -> None:
    """Through the real parser, which also picks up programme tags carried in remarks."""
    if not SDN_2024.exists():
        pytest.skip(f"shared bench data not present: {SDN_2024}")
    content = gzip.decompress(SDN_2024.read_bytes())
    snapshot = parse_ofac_sdn([SourceFile("sdn.csv", content)])
    tags = {code for record in snapshot.records.values() for code in record.programmes}
    assert tags - {p["code"] for p in programmes} == set()
