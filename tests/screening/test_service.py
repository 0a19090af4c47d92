"""Screening finds the listed party under a misspelt name and tells its status on the day."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from embargo import registry
from embargo.exc import InvalidInput
from embargo.ingest.tabular import ColumnMap
from embargo.matching import Query
from embargo.model.values import EntityKind
from embargo.screening import Screener, screen
from embargo.store import Store
from tests.conftest import FIXTURES, run_cli


@pytest.fixture
def icc(store: Store) -> Store:
    registry.ingest_curated(store)
    return store


def test_misspelt_name_found_designated_with_measures(icc: Store) -> None:
    result = screen(icc, Query("Fatou Bensuda"), date(2020, 12, 1))
    [hit] = result.hits
    assert hit.entity.id == "icc-fatou-bensouda"
    assert hit.status.designated is True
    [designation] = hit.status.designations
    assert designation.state.programmes == ("ICCP-EO13928",)
    assert "entry_ban_family" in [m.id for m in designation.measures]
    assert [v.list_id for v in result.versions] == ["icc_case"]


def test_found_but_not_designated_after_delisting(icc: Store) -> None:
    [hit] = screen(icc, Query("Fatou Bensuda"), date(2022, 1, 1)).hits
    assert hit.entity.id == "icc-fatou-bensouda"
    assert hit.status.designated is False
    assert hit.status.designations[0].state.last_event.kind.value == "delisted"


def test_custom_list_as_of_a_day_before_it_existed_is_not_screened(
    icc: Store, tmp_path: Path
) -> None:
    path = tmp_path / "blocklist.csv"
    path.write_text("id,name,schema\nc-1,Kiril Ivanovich Petrovsky,Person\n", encoding="utf-8")
    spec = registry.custom_list_spec("blocklist", ColumnMap.parse([]))
    registry.ingest_list(icc, spec, [str(path)], registry.parse_moment("2024-01-01"))
    query = Query("Kirill Petrovsky", kind=EntityKind.PERSON)
    assert [h.entity.id for h in screen(icc, query, date(2024, 1, 1)).hits] == ["c-1"]
    assert screen(icc, query, date(2023, 12, 31)).hits == []


def test_threshold_and_lists_are_checked(icc: Store) -> None:
    screener = Screener(icc, date(2025, 1, 1))
    with pytest.raises(InvalidInput, match="threshold"):
        screener.screen(Query("x"), threshold=1.5)
    with pytest.raises(InvalidInput, match="no such lists"):
        Screener(icc, date(2025, 1, 1), ["nope"])


def test_a_list_threshold_overrides_the_call_threshold(icc: Store) -> None:
    screener = Screener(icc, date(2020, 12, 1))
    query = Query("Fatou Bensuda")
    [hit] = screener.screen(query, 0.99, list_thresholds={"icc_case": 0.5}).hits
    score = hit.match.score
    assert 0.5 < score < 0.99
    assert screener.screen(query, 0.5, list_thresholds={"icc_case": 0.99}).hits == []
    result = Screener(icc, date(2020, 12, 1), list_thresholds={"icc_case": 0.99}).screen(query, 0.5)
    assert (result.hits, result.list_thresholds) == ([], {"icc_case": 0.99})
    with pytest.raises(InvalidInput, match="threshold of icc_case"):
        screener.screen(query, list_thresholds={"icc_case": -1})


def test_an_entity_on_two_lists_alerts_at_the_lower_threshold(icc: Store, tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    path.write_text("id,name,schema\nicc-fatou-bensouda,Fatou Bensouda,Person\n", "utf-8")
    spec = registry.custom_list_spec("watch", ColumnMap.parse([]))
    registry.ingest_list(icc, spec, [str(path)], registry.parse_moment("2020-01-01"))
    screener = Screener(icc, date(2020, 12, 1))
    query = Query("Fatou Bensuda")
    [hit] = screener.screen(query, 0.99, list_thresholds={"watch": 0.5}).hits
    assert hit.lists == ("icc_case", "watch")
    assert screener.screen(query, 0.99, list_thresholds={"icc_case": 0.99}).hits == []


def test_cli_screen(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    assert run_cli(db, "ingest", "curated").returncode == 0
    result = run_cli(db, "screen", "Fatou Bensuda", "--as-of", "2020-12-01")
    assert result.returncode == 0, result.stderr
    assert "BENSOUDA, Fatou [icc-fatou-bensouda]: DESIGNATED" in result.stdout
    later = run_cli(db, "screen", "Fatou Bensuda", "--as-of", "2022-01-01").stdout
    assert "BENSOUDA, Fatou [icc-fatou-bensouda]: not designated" in later
    assert "delisted on 2021-04-02, not in force" in later


def test_cli_screen_by_identifier_and_list_threshold(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    sdn = [str(FIXTURES / "ofac" / n) for n in ("sdn.csv", "alt.csv", "add.csv")]
    ingest = run_cli(db, "ingest", "ofac-sdn", *sdn, "--observed-at", "2024-05-03")
    assert ingest.returncode == 0, ingest.stderr
    args = ["screen", "Mahmoud Soltani", "--as-of", "2024-06-01", "--json"]
    assert json.loads(run_cli(db, *args).stdout)["hits"] == []
    found = run_cli(db, *args, "--id", "passport:U 146 24657")
    [hit] = json.loads(found.stdout)["hits"]
    assert (hit["entity"]["id"], hit["match"]["score"]) == ("ofac-15962", 1.0)
    assert hit["match"]["features"][0]["name"] == "identifier"
    strict = ["screen", "M. Nikusokan", "--as-of", "2024-06-01", "--threshold", "0.9", "--json"]
    assert json.loads(run_cli(db, *strict).stdout)["hits"] == []
    loose = run_cli(db, *strict, "--list-threshold", "us_ofac_sdn=0.8").stdout
    assert [h["entity"]["id"] for h in json.loads(loose)["hits"]] == ["ofac-15962"]
    wrong = run_cli(db, *args, "--id", "pasport:U14624657")
    assert wrong.returncode != 0 and "unknown kind 'pasport'" in wrong.stderr
