"""Bad input: one line naming the file and the place, a non-zero exit, the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run_cli

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol4;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""


@pytest.fixture
def loaded_db(tmp_path: Path) -> Path:
    """A store that already holds a version of each list, so "unchanged" means something."""
    db = tmp_path / "embargo.db"
    assert run_cli(db, "ingest", "ofac-sdn", str(FIXTURES / "ofac" / "sdn.csv")).returncode == 0
    assert run_cli(db, "ingest", "un-sc", str(FIXTURES / "un" / "consolidated.xml")).returncode == 0
    return db


def truncated_sdn(tmp: Path) -> Path:
    data = (FIXTURES / "ofac" / "sdn.csv").read_bytes()
    path = tmp / "sdn.csv"
    path.write_bytes(data[: len(data) // 2])
    return path


def wrong_columns(tmp: Path) -> Path:
    lines = (FIXTURES / "ofac" / "sdn.csv").read_bytes().split(b"\r\n")
    lines[3] = lines[3].rsplit(b",", 2)[0]
    path = tmp / "sdn.csv"
    path.write_bytes(b"\r\n".join(lines))
    return path


def xml_as_sdn(tmp: Path) -> Path:
    path = tmp / "sdn.csv"
    path.write_bytes((FIXTURES / "un" / "consolidated.xml").read_bytes())
    return path


def truncated_xml(tmp: Path) -> Path:
    data = (FIXTURES / "un" / "consolidated.xml").read_bytes()
    path = tmp / "consolidated.xml"
    path.write_bytes(data[: len(data) // 2])
    return path


def bomb(tmp: Path) -> Path:
    path = tmp / "bomb.xml"
    path.write_text(BOMB, encoding="utf-8")
    return path


def csv_as_xml(tmp: Path) -> Path:
    path = tmp / "consolidated.xml"
    path.write_bytes((FIXTURES / "ofac" / "sdn.csv").read_bytes())
    return path


CASES = [
    ("ofac-sdn", truncated_sdn, "line"),
    ("ofac-sdn", wrong_columns, "line 4"),
    ("ofac-sdn", xml_as_sdn, "line 1"),
    ("un-sc", truncated_xml, "line"),
    ("un-sc", bomb, "line"),
    ("un-sc", csv_as_xml, "line 1"),
]


@pytest.mark.parametrize(("command", "make", "place"), CASES, ids=[c[1].__name__ for c in CASES])
def test_bad_file_is_refused_and_store_unchanged(
    loaded_db: Path, tmp_path: Path, command: str, make: object, place: str
) -> None:
    bad = make(tmp_path)  # type: ignore[operator]
    before = loaded_db.read_bytes()
    result = run_cli(loaded_db, "ingest", command, str(bad))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {bad}:{place}"), lines[0]
    assert loaded_db.read_bytes() == before


def test_missing_file_is_named(loaded_db: Path, tmp_path: Path) -> None:
    result = run_cli(loaded_db, "ingest", "ofac-sdn", str(tmp_path / "nope.csv"))
    assert result.returncode != 0
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.csv'}: no such file"


def test_offline_url_is_a_clear_error(loaded_db: Path) -> None:
    result = run_cli(loaded_db, "ingest", "un-sc", "http://127.0.0.1:9/consolidated.xml")
    assert result.returncode != 0
    assert "cannot connect" in result.stderr


def test_same_file_twice_creates_nothing(loaded_db: Path) -> None:
    before = loaded_db.read_bytes()
    result = run_cli(loaded_db, "ingest", "ofac-sdn", str(FIXTURES / "ofac" / "sdn.csv"))
    assert result.returncode == 0
    assert "nothing new" in result.stdout
    assert loaded_db.read_bytes() == before
