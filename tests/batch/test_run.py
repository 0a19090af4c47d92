"""Batch screening: every row comes out once, in order, in any format, and a rerun resumes."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from embargo import registry
from embargo.batch import BatchSettings, screen_file
from embargo.batch.files import read_rows
from embargo.screening import Screener
from embargo.store import Store
from tests.conftest import run_cli

CUSTOMERS = [
    {"row_id": f"c{i}", "name": name, "schema": "Person", "birth_date": "", "nationality": ""}
    for i, name in enumerate(
        ["Fatou Bensuda", "Anna Schmidt", "Karim Ahmad Khan", "John Smith", "Beti Hohler", "Li Wei"]
    )
]


@pytest.fixture
def screener(store: Store) -> Screener:
    registry.ingest_curated(store)
    return Screener(store, date(2025, 7, 1))


def write_customers(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CUSTOMERS[0]))
        writer.writeheader()
        writer.writerows(CUSTOMERS)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_every_row_once_in_order(screener: Screener, tmp_path: Path, suffix: str) -> None:
    source = write_customers(tmp_path / "customers.csv")
    output = tmp_path / f"hits{suffix}"
    settings = BatchSettings(date(2025, 7, 1), 0.7, chunk_size=2, workers=2)
    assert screen_file(screener, source, output, settings) == len(CUSTOMERS)
    rows = list(read_rows(output))
    assert [r["row_id"] for r in rows] == [c["row_id"] for c in CUSTOMERS]
    best = {r["row_id"]: (r["best_entity"], r["best_status"]) for r in rows}
    assert best["c0"] == ("icc-fatou-bensouda", "not designated")
    assert best["c2"] == ("icc-karim-khan", "designated")
    assert best["c4"] == ("icc-beti-hohler", "designated")
    assert best["c1"] == ("", "")
    assert json.loads(rows[2]["matches"])[0]["lists"] == ["icc_case"]
    assert not (tmp_path / f"hits{suffix}.partial").exists()


def test_interrupted_run_resumes_where_it_stopped(screener: Screener, tmp_path: Path) -> None:
    source = write_customers(tmp_path / "customers.csv")
    output = tmp_path / "hits.csv"
    settings = BatchSettings(date(2025, 7, 1), 0.7, chunk_size=2, workers=1)

    def stop_after_first_chunk(count: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        screen_file(screener, source, output, settings, stop_after_first_chunk)
    assert [p.name for p in sorted((tmp_path / "hits.csv.partial").glob("*.jsonl"))] == [
        "000000.jsonl"
    ]
    seen: list[int] = []
    assert screen_file(screener, source, output, settings, seen.append) == len(CUSTOMERS)
    assert seen == [2, 2]
    assert [r["row_id"] for r in read_rows(output)] == [c["row_id"] for c in CUSTOMERS]


def test_other_settings_do_not_mix_with_partial_results(screener: Screener, tmp_path: Path) -> None:
    source = write_customers(tmp_path / "customers.csv")
    output = tmp_path / "hits.csv"
    (tmp_path / "hits.csv.partial").mkdir()
    (tmp_path / "hits.csv.partial" / "manifest.json").write_text("{}")
    with pytest.raises(Exception, match="partial results of another run"):
        screen_file(screener, source, output, BatchSettings(date(2025, 7, 1), 0.7))


def test_cli_screen_file(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    assert run_cli(db, "ingest", "curated").returncode == 0
    source = write_customers(tmp_path / "customers.csv")
    result = run_cli(
        db,
        "screen-file",
        str(source),
        "--output",
        str(tmp_path / "out.jsonl"),
        "--as-of",
        "2025-07-01",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"6 rows screened into {tmp_path / 'out.jsonl'}"


def test_unreadable_cells_are_named_and_the_run_goes_on(screener: Screener, tmp_path: Path) -> None:
    source = tmp_path / "customers.jsonl"
    rows = [
        {"row_id": "a", "name": "Fatou Bensuda", "birth_date": "31/02/1961", "kind": "person"},
        {"row_id": "b", "name": "   ", "birth_date": "1961"},
        {"row_id": "c", "name": "Beti Hohler", "kind": "robot"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    output = tmp_path / "hits.csv"
    settings = BatchSettings(date(2025, 7, 1), 0.7, workers=1)
    assert screen_file(screener, source, output, settings) == 3
    out = {r["row_id"]: r for r in read_rows(output)}
    assert out["a"]["problems"] == "birth_date '31/02/1961' not understood; screened without it"
    assert out["a"]["best_entity"] == "icc-fatou-bensouda"
    assert out["a"]["best_why"].startswith("icc-fatou-bensouda ")
    assert (out["b"]["problems"], out["b"]["hits"], out["b"]["best_entity"]) == ("no name", "", "")
    assert out["c"]["problems"] == "kind 'robot' not understood; screened as any kind"
    assert out["c"]["best_entity"] == "icc-beti-hohler"
