"""The bundled vocabulary is whole: every id referred to is defined, every date is a date."""

from __future__ import annotations

import gzip

import pytest

from embargo.ingest.ofac_sdn import parse_ofac_sdn
from embargo.ingest.snapshot import SourceFile
from embargo.model.vocab import instruments, load_data, measures, programmes
from tests.conftest import shared_file

ICC_INSTRUMENTS = {"us-eo-13928", "us-eo-14022", "us-eo-14148", "us-eo-14203"} | {
    "us-cfr-31-520",
    "us-cfr-31-528",
}


def test_codes_and_ids_are_unique() -> None:
    codes = [p["code"] for p in load_data("programmes.yml")]
    ids = [i["id"] for i in load_data("instruments.yml")]
    assert len(codes) == len(set(codes))
    assert len(ids) == len(set(ids))


def test_programmes_refer_to_known_instruments_and_measures() -> None:
    known = set(instruments()) | ICC_INSTRUMENTS
    for programme in programmes().values():
        assert set(programme.instruments) <= known, programme.code
        assert set(programme.measures) <= set(measures()), programme.code
        assert len(programme.measures) > 0, programme.code


def test_instrument_links_resolve() -> None:
    known = set(instruments()) | ICC_INSTRUMENTS
    for instrument in instruments().values():
        assert set(instrument.revokes) | set(instrument.amends) <= known, instrument.id


@pytest.mark.slow
def test_every_programme_tag_of_a_real_sdn_file_is_known() -> None:
    content = gzip.decompress(shared_file("raw", "ofac_sdn_2024-05-03.csv.gz").read_bytes())
    snapshot = parse_ofac_sdn([SourceFile("sdn.csv", content)])
    tags = {code for record in snapshot.records.values() for code in record.programmes}
    assert tags - set(programmes()) == set()


def test_un_programme_codes_are_known() -> None:
    from embargo.ingest.lookups import source_spec

    codes = set(source_spec("un_sc")["lookups"]["programmes"].values())
    assert codes - set(programmes()) == set()
