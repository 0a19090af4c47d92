"""Instruments and programmes with the designations made under them, in date order."""

from __future__ import annotations

import pytest

from embargo import registry
from embargo.exc import NotFound
from embargo.registry import catalogue
from embargo.store import Store


@pytest.fixture
def icc(store: Store) -> Store:
    registry.ingest_curated(store)
    return store


def test_instrument_lists_its_designations_in_order(icc: Store) -> None:
    view = catalogue.instrument(icc, "us-eo-13928")
    assert view.instrument.number == "13928"
    assert [p.code for p in view.programmes] == ["ICCP-EO13928"]
    assert [i.id for i in view.related] == ["us-eo-14022"]
    assert [(d.entity_id, d.kind.value, d.date.isoformat()) for d in view.designations] == [
        ("icc-fatou-bensouda", "listed", "2020-09-02"),
        ("icc-phakiso-mochochoko", "listed", "2020-09-02"),
        ("icc-fatou-bensouda", "delisted", "2021-04-02"),
        ("icc-phakiso-mochochoko", "delisted", "2021-04-02"),
    ]
    assert view.designations[0].caption == "BENSOUDA, Fatou"


def test_programme_and_catalogues(icc: Store) -> None:
    view = catalogue.programme(icc, "ICC-EO14203")
    assert [i.id for i in view.instruments] == ["us-eo-14203", "us-cfr-31-528"]
    assert view.designations[0].entity_id == "icc-karim-khan"
    dates = [d.date for d in view.designations]
    assert dates == sorted(dates)
    starts = [i.effective or i.signed or i.published for i in catalogue.instruments(icc)]
    known = [d for d in starts if d is not None]
    assert known == sorted(known)
    assert "ICC-EO14203" in [p.code for p in catalogue.programmes(icc)]


def test_unknown_codes(icc: Store) -> None:
    with pytest.raises(NotFound):
        catalogue.instrument(icc, "us-eo-1")
    with pytest.raises(NotFound):
        catalogue.programme(icc, "NOPE")
