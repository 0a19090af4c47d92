"""The bulk insert stores exactly what SQLAlchemy's own insert stores, byte for byte."""

from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from embargo.store import schema as t
from embargo.store.bulk import CHUNK, BulkInsert, chunks

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)

COLUMNS = ("designation_id", "list_id", "source_list", "version_id", "record_key", "entity_id",
           "kind", "date", "date_basis", "effective", "observed_at", "programmes", "measures",
           "instruments", "reason", "changes", "sources")  # fmt: skip


def stored(engine: sa.Engine) -> list[tuple[Any, ...]]:
    """The rows as SQLite holds them: each value with its storage type."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT *, typeof(effective), typeof(changes) FROM events")
        return [tuple(row) for row in rows]


def event_row(number: int, changes: Any, effective: date | None) -> tuple[Any, ...]:
    return (f"l:{number}", "l", "l", 1, str(number), f"e-{number}", "listed", date(2024, 5, 3),
            "list", effective, datetime(2024, 5, 3, 12, 30), ["P"], [], ["I"], None, changes,
            [{"url": "f.csv"}])  # fmt: skip


def insert_both_ways(folder: Path, rows: list[tuple[Any, ...]]) -> tuple[list[Any], list[Any]]:
    found = []
    for name in ("plain", "bulk"):
        engine = sa.create_engine(f"sqlite:///{folder / name}.db")
        with engine.begin() as conn:
            t.metadata.create_all(conn)
            if name == "plain":
                conn.execute(t.events.insert(), [dict(zip(COLUMNS, r, strict=True)) for r in rows])
            else:
                count = BulkInsert.of(t.events, COLUMNS, conn.dialect).run(conn, iter(rows))
                assert count == len(rows)
        found.append(stored(engine))
        engine.dispose()
    return found[0], found[1]


@settings(max_examples=20, deadline=None)
@given(changes=json_values, effective=st.none() | st.dates())
def test_bulk_rows_equal_plain_insert(tmp_path_factory: Any, changes: Any, effective: Any) -> None:
    folder = tmp_path_factory.mktemp("bulk")
    plain, bulk = insert_both_ways(folder, [event_row(1, changes, effective)])
    assert bulk == plain


def test_bulk_insert_spans_chunks(tmp_path: Path) -> None:
    rows = [event_row(n, None, None) for n in range(CHUNK + 3)]
    plain, bulk = insert_both_ways(tmp_path, rows)
    assert len(bulk) == CHUNK + 3
    assert bulk == plain


def test_other_databases_take_the_plain_insert(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    generic = BulkInsert(t.events, COLUMNS, None, ())
    with engine.begin() as conn:
        t.metadata.create_all(conn)
        generic.run(conn, [event_row(1, [["a", None, "b"]], None)])
    [row] = stored(engine)
    assert row[18] == '[["a", null, "b"]]'


def test_chunks() -> None:
    assert list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunks([], 2)) == []
