"""A screener's statuses, read from history loaded once, are those the registry gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from embargo import registry
from embargo.registry.reference import Reference
from embargo.registry.status import entity_status
from embargo.screening import Screener
from embargo.screening.status import StatusBook
from embargo.store import Store
from tests.conftest import FIXTURES

OFAC = [FIXTURES / "ofac" / name for name in ("sdn.csv", "alt.csv", "add.csv")]
DAYS = [date(2019, 6, 1), date(2020, 12, 1), date(2022, 1, 1), date(2024, 3, 1), date(2027, 3, 1)]


@pytest.fixture
def history(store: Store, tmp_path: Path) -> Store:
    """Two OFAC versions (the second drops two entries and renames one), UN, the ICC case."""
    first = [str(p) for p in OFAC]
    registry.ingest_list(store, "ofac-sdn", first, registry.parse_moment("2024-01-01"))
    lines = OFAC[0].read_bytes().decode("utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(("173,", "306,"))]
    second = tmp_path / "sdn.csv"
    second.write_text("".join(kept).replace("AEROCARIBBEAN", "AERO CARIBBEAN"), encoding="utf-8")
    later = [str(second), *first[1:]]
    registry.ingest_list(store, "ofac-sdn", later, registry.parse_moment("2024-05-03"))
    un = str(FIXTURES / "un" / "consolidated.xml")
    registry.ingest_list(store, "un-sc", [un], registry.parse_moment("2026-02-27"))
    registry.ingest_curated(store)
    return store


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("bulk_after", [0, 1_000])
def test_every_status_equals_the_registry_answer(
    history: Store, day: date, bulk_after: int
) -> None:
    """Statuses read with all events at once (0), or entity by entity, agree with the store."""
    screener = Screener(history, day)
    every_list_latest = day > date(2026, 2, 27)  # the UN version is the last one ingested
    book = StatusBook(
        history, day, screener.by_id, screener.lists_of, every_list_latest, bulk_after
    )
    reference = Reference.load(history)
    ids = {e.entity_id for e in history.events()}
    assert {"ofac-173", "ofac-306", "ofac-36", "icc-fatou-bensouda"} <= ids
    for entity_id in sorted(ids):
        assert book.status(entity_id) == entity_status(history, reference, entity_id, day)


@pytest.mark.parametrize("day", DAYS)
def test_statuses_read_together_equal_the_registry_answer(history: Store, day: date) -> None:
    """A screening's hits read in one query (some already known) agree with the store."""
    screener = Screener(history, day)
    book = StatusBook(history, day, screener.by_id, screener.lists_of, False, 1_000)
    reference = Reference.load(history)
    ids = sorted({e.entity_id for e in history.events()})
    book.status(ids[0])
    assert book.statuses([*ids, ids[1]]) == [
        entity_status(history, reference, i, day) for i in [*ids, ids[1]]
    ]


def test_dropped_entry_keeps_its_last_description(history: Store) -> None:
    screener = Screener(history, date(2027, 3, 1))
    book = screener.statuses
    dropped = book.status("ofac-306")
    assert dropped.entity is not None and dropped.entity.caption == "BANCO NACIONAL DE CUBA"
    assert dropped.designated is False
    renamed = book.status("ofac-36")
    assert renamed.entity is not None and renamed.entity.caption == "AERO CARIBBEAN AIRLINES"
    assert renamed.designated is True
    assert renamed.entity is screener.by_id["ofac-36"]  # the screened description, not a copy
