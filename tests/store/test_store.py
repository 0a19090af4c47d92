"""The store keeps what it is given, appends only, and answers "as of" by version."""

from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.store import ListInfo, NewRecord, Store
from embargo.store.schema import MIGRATIONS

INFO = ListInfo("test_list", "Test list", "Tester", "official", None, "test")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def write_version(store: Store, observed: datetime, records: list[NewRecord]) -> int:
    with store.transaction() as writer:
        writer.ensure_list(INFO)
        version_id = writer.add_version(
            {
                "list_id": INFO.id,
                "observed_at": observed,
                "published_at": None,
                "ingested_at": observed,
                "sha256": "0" * 64,
                "files": [],
                "counts": {},
                "findings": [],
            }
        )
        writer.add_records(INFO.id, version_id, records)
    return version_id


@settings(max_examples=30, deadline=None)
@given(raw=st.dictionaries(st.text(min_size=1, max_size=10), json_values, max_size=6))
def test_raw_records_round_trip(raw: dict[str, Any]) -> None:
    store = Store("sqlite://")  # built in the body: hypothesis re-runs it per example
    version = write_version(store, datetime(2024, 1, 1), [NewRecord("1", True, "e-1", "d", raw)])
    [state] = store.records_at(INFO.id, version)
    assert state.raw == raw


def test_as_of_picks_each_record_at_its_latest_state(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    v1 = write_version(
        store,
        datetime(2024, 1, 1),
        [NewRecord("1", True, "e-1", "a", {"v": 1}), NewRecord("2", True, "e-2", "b", {"v": 2})],
    )
    v2 = write_version(
        store,
        datetime(2024, 1, 2),
        [NewRecord("1", True, "e-1", "c", {"v": 3}), NewRecord("2", False, "e-2")],
    )
    assert {r.key: r.raw for r in store.records_at(INFO.id, v1)} == {"1": {"v": 1}, "2": {"v": 2}}
    assert {r.key: r.raw for r in store.records_at(INFO.id, v2)} == {"1": {"v": 3}}
    assert store.version_at(INFO.id, datetime(2024, 1, 1, 23, 59)).id == v1  # type: ignore[union-attr]
    assert store.version_at(INFO.id, datetime(2023, 12, 31)) is None


def test_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    write_version(store, datetime(2024, 1, 1), [NewRecord("1", True, "e-1", "a", {"v": 1})])
    before = dump(store)
    try:
        with store.transaction() as writer:
            writer.add_records(INFO.id, 1, [NewRecord("9", True, "e-9", "z", {"v": 9})])
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert dump(store) == before


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    assert store.migrate() == [m[0] for m in MIGRATIONS]
    assert store.migrate() == []


def dump(store: Store) -> list[str]:
    raw = store.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        raw.close()


def test_names_are_found_folded(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    write_version(
        store,
        datetime(2024, 1, 1),
        [NewRecord("1", True, "e-1", "a", {}, names=["BENSOUDA, Fatou"])],
    )
    assert store.entity_ids_by_name("bensouda,  FATOU") == ["e-1"]
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from names")).scalar() == 1


def test_entities_at_streams_the_entities_of_records_at(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    people = [{"id": f"e-{n}", "kind": "person", "names": [{"value": f"N {n}"}]} for n in range(5)]
    v1 = write_version(
        store,
        datetime(2024, 1, 1),
        [NewRecord(str(n), True, f"e-{n}", "a", {}, e) for n, e in enumerate(people)],
    )
    v2 = write_version(
        store, datetime(2024, 1, 2), [NewRecord("3", False, "e-3"), NewRecord("9", True, "e-9")]
    )
    for version in (v1, v2):
        expected = [r.entity for r in store.records_at(INFO.id, version) if r.entity is not None]
        assert list(store.entities_at(INFO.id, version)) == expected
    assert [e["id"] for e in store.entities_at(INFO.id, v2)] == ["e-0", "e-1", "e-2", "e-4"]
    assert list(Store(str(tmp_path / "empty.db")).entities_at(INFO.id, 1)) == []
