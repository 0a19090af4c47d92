"""Replay of real SDN history: every ingested version exports back exactly, and the events
between two versions are their real difference. A CI-sized sample; bench/replay.py does all 308."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from embargo import registry
from embargo.store import Store
from tests.conftest import shared_file

#: Consecutive versions (small real diffs), and far-apart ones (large diffs, re-listings).
SAMPLE = ["0", "1", "2", "3", "90", "91", "200", "307"]
EVENT_NAMES = {"listed": "added", "relisted": "added", "delisted": "removed", "amended": "changed"}


def cells(text: str) -> dict[str, list[str]]:
    rows = csv.reader(io.StringIO(text.rstrip("\x1a")))
    return {r[0]: ["" if c.strip() == "-0-" else c.strip() for c in r] for r in rows if r}


def real_difference(old: dict[str, list[str]], new: dict[str, list[str]]) -> dict[str, set[str]]:
    return {
        "added": set(new) - set(old),
        "removed": set(old) - set(new),
        "changed": {k for k in set(old) & set(new) if old[k] != new[k]},
    }


def stored_difference(store: Store, version_id: int) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"added": set(), "removed": set(), "changed": set()}
    for event in store.events(version_id=version_id):
        found[EVENT_NAMES[event.kind.value]].add(event.designation_id.split(":", 1)[1])
    return found


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, str]]:
    script = shared_file("sdn_snapshots.py")
    out = tmp_path_factory.mktemp("snapshots")
    subprocess.run(
        [sys.executable, str(script), "write", *SAMPLE, "-o", str(out)],
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        [sys.executable, str(script), "list"], check=True, capture_output=True, text=True
    )
    observed = {int(i): at for i, at, _ in (line.split() for line in listing.stdout.splitlines())}
    return [
        (path, observed[int(path.name.split("_")[1])]) for path in sorted(out.glob("sdn_*.csv"))
    ]


@pytest.mark.slow
def test_replay_exports_every_version_exactly(
    versions: list[tuple[Path, str]], tmp_path: Path
) -> None:
    store = Store(str(tmp_path / "replay.db"))
    previous: dict[str, list[str]] = {}
    for path, observed in versions:
        at = registry.parse_moment(observed)
        report = registry.ingest_list(store, "us_ofac_sdn", [str(path)], at)
        text = path.read_bytes().decode("utf-8")
        _, exported = registry.export_list(store, "us_ofac_sdn", at, "sdn-csv")
        assert cells(exported) == cells(text), path.name
        assert exported == text, path.name
        current = cells(text)
        assert stored_difference(store, report.version.id) == real_difference(previous, current), (
            path.name
        )
        assert report.counts["records"] == len(current)
        previous = current
    first_path, first_at = versions[0]
    _, again = registry.export_list(
        store, "us_ofac_sdn", registry.parse_moment(first_at), "sdn-csv"
    )
    assert again == first_path.read_bytes().decode("utf-8")


@pytest.mark.slow
def test_as_of_a_day_between_versions_gives_the_earlier_one(
    versions: list[tuple[Path, str]], tmp_path: Path
) -> None:
    store = Store(str(tmp_path / "replay.db"))
    (p0, t0), (p1, t1) = versions[0], versions[1]
    registry.ingest_list(store, "us_ofac_sdn", [str(p0)], registry.parse_moment(t0))
    registry.ingest_list(store, "us_ofac_sdn", [str(p1)], registry.parse_moment(t1))
    version, text = registry.export_list(
        store, "us_ofac_sdn", registry.parse_moment("2021-08-19"), "sdn-csv"
    )
    assert version.seq == 1
    assert text == p0.read_bytes().decode("utf-8")
    with pytest.raises(Exception, match="no version of us_ofac_sdn"):
        registry.export_list(store, "us_ofac_sdn", registry.parse_moment("2021-08-17"), "sdn-csv")
