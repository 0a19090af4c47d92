"""Replay real OFAC SDN history into a fresh store and prove every version comes back exactly.

Uses ``../shared/bench/sdn_snapshots.py`` (308 real versions of sdn.csv, 2021-08-18 to
2024-05-03). For each chosen version: write it as OFAC's file, ingest it with its observed-at
time, export it back as of that time, and compare byte for byte; also compare the events the
store made with the real difference between consecutive ingested versions.

Reference, in the same process: parsing the same file with the csv module alone, the floor
any ingester pays.

    python bench/replay.py                 # all 308 versions
    python bench/replay.py --every 10      # every 10th, plus the last
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from embargo import registry
from embargo.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
RESULTS = ROOT / "bench" / "RESULTS.md"


def snapshots_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sdn_snapshots", SHARED / "sdn_snapshots.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load sdn_snapshots.py from {SHARED}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cells_by_key(text: str) -> dict[str, list[str]]:
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
    names = {"listed": "added", "relisted": "added", "delisted": "removed", "amended": "changed"}
    for event in store.events(version_id=version_id):
        found[names[event.kind.value]].add(event.designation_id.split(":", 1)[1])
    return found


def versions(module: ModuleType, wanted: set[int]) -> Iterator[tuple[int, str, str]]:
    for index, version, rows in module.replay():
        if index in wanted:
            yield index, version["committed_at"], module.to_sdn_csv(rows)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="Do not update bench/RESULTS.md.")
    args = parser.parse_args()
    module = snapshots_module()
    count = len(module.versions())
    wanted = set(range(0, count, args.every)) | {count - 1}
    stats = {"ingest": 0.0, "export": 0.0, "reference": 0.0, "versions": 0, "mismatches": 0}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "replay.db"))
        previous: dict[str, list[str]] = {}
        for index, observed, text in versions(module, wanted):
            path = Path(tmp) / f"sdn_{index:03d}.csv"
            path.write_text(text, encoding="utf-8", newline="")
            started = time.perf_counter()
            report = registry.ingest_list(
                store, "us_ofac_sdn", [str(path)], registry.parse_moment(observed)
            )
            stats["ingest"] += time.perf_counter() - started
            started = time.perf_counter()
            _, exported = registry.export_list(
                store, "us_ofac_sdn", registry.parse_moment(observed), "sdn-csv"
            )
            stats["export"] += time.perf_counter() - started
            started = time.perf_counter()
            current = cells_by_key(text)
            stats["reference"] += time.perf_counter() - started
            same_file = exported == text
            same_events = stored_difference(store, report.version.id) == real_difference(
                previous, current
            )
            if not (same_file and same_events):
                stats["mismatches"] += 1
                print(f"version {index} ({observed}): file {same_file}, events {same_events}")
            previous = current
            stats["versions"] += 1
        size = (Path(tmp) / "replay.db").stat().st_size
    table = render(stats, size)
    print(table)
    if not args.no_write:
        write_results(table)
    return 1 if stats["mismatches"] else 0


def render(stats: dict[str, float], db_bytes: int) -> str:
    n = int(stats["versions"])
    exact = n - int(stats["mismatches"])
    return "\n".join(
        [
            f"| measure ({n} real SDN versions) | embargo | reference: csv parse only |",
            "| --- | --- | --- |",
            f"| total ingest time | {stats['ingest']:.1f} s | {stats['reference']:.1f} s |",
            f"| per version | {ms(stats['ingest'], n)} ms | {ms(stats['reference'], n)} ms |",
            f"| export as of each version, total | {stats['export']:.1f} s | |",
            f"| exported byte-identical, events equal to the real diff | {exact} / {n} | |",
            f"| store size | {db_bytes / 1e6:.0f} MB | |",
        ]
    )


def ms(seconds: float, n: int) -> str:
    return f"{seconds / n * 1000:.0f}"


def write_results(table: str) -> None:
    heading = "## History replay (bench/replay.py)"
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if heading in text:
        before, _, rest = text.partition(heading)
        after = rest.split("\n## ", 1)
        text = before + (("## " + after[1]) if len(after) > 1 else "")
    text = text.rstrip() + f"\n\n{heading}\n\n{table}\n"
    RESULTS.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
