"""The commands as a user runs them: real process, real store file, real fixtures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run_cli

SDN = str(FIXTURES / "ofac" / "sdn.csv")
ALT = str(FIXTURES / "ofac" / "alt.csv")
ADD = str(FIXTURES / "ofac" / "add.csv")
UN = str(FIXTURES / "un" / "consolidated.xml")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "embargo.db"
    first = run_cli(
        path, "ingest", "ofac-sdn", SDN, ALT, ADD, "--observed-at", "2024-05-03T12:00:00Z"
    )
    assert first.returncode == 0, first.stderr
    return path


def test_ingest_report_counts_and_json(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "e.db", "ingest", "ofac-sdn", SDN, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    rows = sum(1 for _ in csv.reader(io.StringIO(Path(SDN).read_bytes().decode().rstrip("\x1a"))))
    assert report["counts"]["records"] == report["counts"]["added"] == rows
    assert report["version"]["seq"] == 1
    assert report["unchanged"] is False


def test_lists_shows_each_version(db: Path) -> None:
    run_cli(db, "ingest", "un-sc", UN, "--observed-at", "2026-02-27")
    listing = json.loads(run_cli(db, "lists", "--json").stdout)
    assert [(v["list_id"], v["seq"]) for v in listing] == [("us_ofac_sdn", 1), ("un_sc", 1)]
    assert listing[0]["observed_at"] == "2024-05-03T12:00:00"
    assert len(listing[0]["sha256"]) == 64


def test_older_version_after_newer_is_refused(db: Path) -> None:
    before = db.read_bytes()
    result = run_cli(db, "ingest", "ofac-sdn", SDN, ALT, ADD, "--observed-at", "2024-01-01")
    assert result.returncode == 0  # same files: nothing new, whatever the time
    assert "nothing new" in result.stdout
    other = db.parent / "sdn.csv"
    other.write_bytes(Path(SDN).read_bytes().replace(b"AEROCARIBBEAN", b"AEROCARIBEAN"))
    result = run_cli(db, "ingest", "ofac-sdn", str(other), ALT, ADD, "--observed-at", "2024-01-01")
    assert result.returncode != 0
    assert "must be ingested in order" in result.stderr
    assert db.read_bytes() == before


def test_change_between_versions_is_an_amended_event(db: Path) -> None:
    other = db.parent / "sdn.csv"
    other.write_bytes(
        Path(SDN).read_bytes().replace(b"AEROCARIBBEAN AIRLINES", b"AEROCARIBBEAN AIRWAYS")
    )
    again = run_cli(db, "ingest", "ofac-sdn", str(other), ALT, ADD, "--observed-at", "2024-05-04")
    assert again.returncode == 0, again.stderr
    events = json.loads(
        run_cli(db, "changes", "us_ofac_sdn", "--since", "2024-05-04", "--json").stdout
    )
    assert [(e["kind"], e["entity_id"]) for e in events] == [("amended", "ofac-36")]
    assert events[0]["changes"][0]["field"] == "names"
    assert "AEROCARIBBEAN AIRWAYS" in events[0]["changes"][0]["new"]
    history = json.loads(run_cli(db, "history", "ofac-36", "--json").stdout)
    assert [e["kind"] for e in history["ofac-36"]] == ["listed", "amended"]


def test_export_formats(db: Path) -> None:
    sdn = run_cli(db, "export", "us_ofac_sdn", "--as-of", "2024-05-03", "--format", "sdn-csv")
    assert sdn.stdout == Path(SDN).read_bytes().decode().replace("\r\n", "\n")
    rows = list(
        csv.DictReader(
            io.StringIO(run_cli(db, "export", "us_ofac_sdn", "--as-of", "2024-05-03").stdout)
        )
    )
    assert rows[0]["key"] == "36" and rows[0]["name"] == "AEROCARIBBEAN AIRLINES"
    lines = run_cli(
        db, "export", "us_ofac_sdn", "--as-of", "2024-05-03", "--json"
    ).stdout.splitlines()
    assert json.loads(lines[0])["entity_id"] == "ofac-36"
    assert len(lines) == len(rows)


def test_export_before_any_version_says_so(db: Path) -> None:
    result = run_cli(db, "export", "us_ofac_sdn", "--as-of", "2024-05-02")
    assert result.returncode != 0
    assert "no version of us_ofac_sdn was observed on or before 2024-05-02" in result.stderr


def test_status_of_a_un_entry_uses_its_listing_date(db: Path) -> None:
    assert run_cli(db, "ingest", "un-sc", UN, "--observed-at", "2026-02-27").returncode == 0
    first = json.loads(
        run_cli(db, "export", "un_sc", "--as-of", "2026-02-27", "--json").stdout.splitlines()[0]
    )
    listed = first["raw"][next(iter(first["raw"]))]["LISTED_ON"]
    before = json.loads(
        run_cli(db, "status", first["entity_id"], "--at", "2000-01-01", "--json").stdout
    )
    after = json.loads(run_cli(db, "status", first["entity_id"], "--at", listed, "--json").stdout)
    assert after[0]["designations"][0]["state"]["in_force"] is True
    assert after[0]["designations"][0]["state"]["since"] == listed
    assert before[0]["designations"] == [] or listed <= "2000-01-01"


def test_bad_date_is_a_clear_error(db: Path) -> None:
    result = run_cli(db, "status", "ofac-36", "--at", "1st of May")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: not a date (YYYY-MM-DD): '1st of May'"


def test_demo_runs_on_a_fresh_store(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "fresh.db", "demo")
    assert result.returncode == 0, result.stderr
    assert "BENSOUDA, Fatou [icc-fatou-bensouda] on 2020-12-01: DESIGNATED" in result.stdout
    assert "BENSOUDA, Fatou [icc-fatou-bensouda] on 2021-05-01: not designated" in result.stdout


def test_show_resolves_linked_names_to_entities(db: Path) -> None:
    view = json.loads(run_cli(db, "show", "ofac-11620", "--json").stdout)[0]
    linked = [r for r in view["relationships"] if r["kind"] == "linked_to"]
    assert [r["target_id"] for r in linked] == ["ofac-26817"]


def test_status_before_the_first_ingested_version_is_unknown(db: Path) -> None:
    before = json.loads(run_cli(db, "status", "ofac-306", "--at", "2024-05-01", "--json").stdout)[0]
    after = json.loads(
        run_cli(db, "status", "BANCO NACIONAL DE CUBA", "--at", "2024-06-01", "--json").stdout
    )[0]
    assert [e["date"] for e in before["unknown"]] == ["2024-05-03"]
    assert before["designations"] == [] and before["later"] == []
    state = after["designations"][0]["state"]
    assert (state["in_force"], state["since"], state["programmes"]) == (
        True,
        "2024-05-03",
        ["CUBA"],
    )
    assert [m["id"] for m in after["designations"][0]["measures"]] == [
        "asset_freeze",
        "dealings_prohibition",
    ]
    text = run_cli(db, "status", "ofac-306", "--at", "2024-05-01").stdout
    assert (
        text.splitlines()[0]
        == "BANCO NACIONAL DE CUBA [ofac-306] on 2024-05-01: unknown (no list data that early)"
    )
