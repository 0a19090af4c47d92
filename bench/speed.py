"""Speed and memory of screening a customer file, beside a brute-force reference in the same run.

    python bench/speed.py [--index FILE] [--customers FILE] [--labels FILE] [--json OUT.json]
                          [--rows N] [--latency-sample N] [--reference-sample N]

The index is imported through the custom-list import and screened by the screening service at
the default threshold, as ``embargo screen-file`` does:

- 1 process: a ``Screener.screen`` loop over the customer rows (all of them unless ``--rows``);
- 2 processes: the product's batch path (``embargo.batch.screen_file``, 2 workers), file read
  and result file written included; its output gives the labelled customers found and the rows
  alerting;
- latency: the wall time of single screenings over every N-th customer (p50, p99).

Each pass gets a screener of its own, built afresh, so none profits from query words another
pass has already seen (the engine caches what it learns about them).

The reference is what users run today: rapidfuzz ``process.cdist([query], names,
scorer=fuzz.token_set_ratio, workers=1)`` against every index name (names put through
rapidfuzz's ``default_process`` once, the query on each call), over a sample of customers. Its
build is reading and preparing the name list, its memory is holding it.
"""

from __future__ import annotations

import argparse
import csv
import gc
import gzip
import json
import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import (
    DATA,
    build_screener,
    every,
    ingest,
    markdown_table,
    percentiles_ms,
    rss_mb,
    split,
    today,
)
from rapidfuzz import fuzz, process, utils

from embargo.batch import BatchSettings, screen_file
from embargo.batch.files import read_rows
from embargo.batch.run import row_query
from embargo.screening import Screener
from embargo.screening.service import DEFAULT_THRESHOLD

#: Hits kept per row, as in a batch run.
LIMIT = BatchSettings(today(), DEFAULT_THRESHOLD).limit


@dataclass(slots=True)
class Rate:
    rows: int
    wall_s: float
    cpu_s: float

    @property
    def per_s(self) -> float:
        return self.rows / self.wall_s

    @property
    def per_cpu_s(self) -> float:
        return self.rows / self.cpu_s


def one_process(screener: Screener, rows: Sequence[dict[str, Any]]) -> Rate:
    started, cpu = time.perf_counter(), time.process_time()
    for row in rows:
        screener.screen(row_query(row), DEFAULT_THRESHOLD, LIMIT)
    return Rate(len(rows), time.perf_counter() - started, time.process_time() - cpu)


def two_processes(screener: Screener, customers: Path, output: Path) -> Rate:
    """The batch path on 2 workers; CPU time is the workers' and the parent's together."""
    settings = BatchSettings(today(), DEFAULT_THRESHOLD, limit=LIMIT, workers=2)
    started, cpu = time.perf_counter(), _cpu_with_children()
    count = screen_file(screener, customers, output, settings)
    return Rate(count, time.perf_counter() - started, _cpu_with_children() - cpu)


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return sum(r.ru_utime + r.ru_stime for r in (own, children))


def latencies(screener: Screener, rows: Sequence[dict[str, Any]]) -> list[float]:
    times = []
    for row in rows:
        query = row_query(row)
        started = time.perf_counter()
        screener.screen(query, DEFAULT_THRESHOLD, LIMIT)
        times.append(time.perf_counter() - started)
    return times


@dataclass(slots=True)
class Alerts:
    rows_alerting: int
    labelled: int
    labelled_found: int
    labelled_found_best: int


def alerts(output: Path, labels: Path) -> Alerts:
    """From the batch output: rows with a hit, and labelled customers whose entity is hit."""
    expected = {str(r["row_id"]): split(str(r["expected"])) for r in read_rows(labels)}
    result = Alerts(0, len(expected), 0, 0)
    for row in read_rows(output):
        hits = {str(m["entity_id"]) for m in json.loads(str(row["matches"]))}
        result.rows_alerting += len(hits) > 0
        wanted = expected.get(str(row["row_id"]))
        if wanted is not None:
            result.labelled_found += len(hits & wanted) > 0
            result.labelled_found_best += str(row["best_entity"]) in wanted
    return result


class BruteForce:
    """The reference: token_set_ratio of the query against every index name."""

    def __init__(self, index: Path) -> None:
        with gzip.open(index, "rt", encoding="utf-8", newline="") as fh:
            self.names = [utils.default_process(r["name"]) for r in csv.DictReader(fh)]

    def best(self, name: str) -> float:
        scores = process.cdist(
            [utils.default_process(name)], self.names, scorer=fuzz.token_set_ratio, workers=1
        )
        return float(scores.max())


@dataclass(slots=True)
class BuiltReference:
    brute: BruteForce
    build_s: float
    rss_mb: float


def build_reference(index: Path) -> BuiltReference:
    gc.collect()
    before, started = rss_mb(), time.perf_counter()
    brute = BruteForce(index)
    build_s = time.perf_counter() - started
    gc.collect()
    return BuiltReference(brute, build_s, rss_mb() - before)


@dataclass(slots=True)
class Reference:
    build_s: float
    rss_mb: float
    rate: Rate
    times: list[float]


def run_reference(built: BuiltReference, rows: Sequence[dict[str, Any]]) -> Reference:
    times = []
    started, cpu = time.perf_counter(), time.process_time()
    for row in rows:
        call = time.perf_counter()
        built.brute.best(str(row["name"]))
        times.append(time.perf_counter() - call)
    rate = Rate(len(rows), time.perf_counter() - started, time.process_time() - cpu)
    return Reference(built.build_s, built.rss_mb, rate, times)


def measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Each pass starts from a freshly built screener: the engine caches what it learns about
    query words, and no pass should profit from words another pass has already seen."""
    rows = list(read_rows(args.customers))
    brute = build_reference(args.index)
    db = folder / "bench.db"
    ingested = ingest(db, "bench_index", args.index)
    built = build_screener(db)
    two = two_processes(built.screener, args.customers, folder / "hits.csv")
    found = alerts(folder / "hits.csv", args.labels)
    one = one_process(build_screener(db).screener, rows[: args.rows] if args.rows else rows)
    p50, p99 = percentiles_ms(
        latencies(build_screener(db).screener, every(rows, args.latency_sample))
    )
    ref = run_reference(brute, every(rows, args.reference_sample))
    ref_p50, ref_p99 = percentiles_ms(ref.times)
    return {
        "customers": len(rows),
        "index_entities": ingested.records,
        "threshold": DEFAULT_THRESHOLD,
        "rows_1proc": one.rows,
        "screenings_per_s_1proc": round(one.per_s, 1),
        "screenings_per_cpu_s_1proc": round(one.per_cpu_s, 1),
        "screenings_per_s_2proc": round(two.per_s, 1),
        "wall_s_2proc": round(two.wall_s, 1),
        "screenings_per_cpu_s_2proc": round(two.per_cpu_s, 1),
        "reference_per_s_1proc": round(ref.rate.per_s, 1),
        "reference_per_cpu_s_1proc": round(ref.rate.per_cpu_s, 1),
        "reference_rows": ref.rate.rows,
        "ratio_1proc": round(one.per_s / ref.rate.per_s, 1),
        "ratio_2proc": round(two.per_s / ref.rate.per_s, 1),
        "p50_ms": round(p50, 3),
        "p99_ms": round(p99, 3),
        "latency_rows": min(args.latency_sample, len(rows)),
        "reference_p50_ms": round(ref_p50, 3),
        "reference_p99_ms": round(ref_p99, 3),
        "ingest_s": round(ingested.seconds, 2),
        "screener_build_s": round(built.seconds, 2),
        "index_build_s": round(ingested.seconds + built.seconds, 2),
        "index_rss_mb": round(built.rss_mb, 1),
        "reference_build_s": round(ref.build_s, 3),
        "reference_rss_mb": round(ref.rss_mb, 1),
        "rows_alerting": found.rows_alerting,
        "labelled": found.labelled,
        "labelled_found": found.labelled_found,
        "labelled_found_best": found.labelled_found_best,
    }


def speed_table(m: dict[str, Any]) -> str:
    def ratio(ours: float, theirs: float) -> str:
        return f"{ours / theirs:.1f}x" if theirs else ""

    return markdown_table(
        ["measure", "embargo", "reference (rapidfuzz cdist, token_set_ratio)", "ratio"],
        [
            [f"screenings/s, 1 process ({m['rows_1proc']:,} rows; ref. {m['reference_rows']:,})",
             f"{m['screenings_per_s_1proc']:,.0f}", f"{m['reference_per_s_1proc']:,.0f}",
             f"{m['ratio_1proc']}x"],
            ["screenings per CPU second, 1 process", f"{m['screenings_per_cpu_s_1proc']:,.0f}",
             f"{m['reference_per_cpu_s_1proc']:,.0f}",
             ratio(m["screenings_per_cpu_s_1proc"], m["reference_per_cpu_s_1proc"])],
            [f"screenings/s, 2 processes (screen_file, {m['customers']:,} rows)",
             f"{m['screenings_per_s_2proc']:,.0f} ({m['wall_s_2proc']} s)", "", ""],
            ["screenings per CPU second, 2 processes (workers and parent)",
             f"{m['screenings_per_cpu_s_2proc']:,.0f}", "", ""],
            [f"latency p50 ({m['latency_rows']:,} single screenings)",
             f"{m['p50_ms']:.2f} ms", f"{m['reference_p50_ms']:.2f} ms",
             ratio(m["reference_p50_ms"], m["p50_ms"])],
            ["latency p99", f"{m['p99_ms']:.2f} ms", f"{m['reference_p99_ms']:.2f} ms",
             ratio(m["reference_p99_ms"], m["p99_ms"])],
            [f"index build ({m['index_entities']:,} entities)", f"{m['index_build_s']:.2f} s "
             f"(ingest {m['ingest_s']:.2f} + screener {m['screener_build_s']:.2f})",
             f"{m['reference_build_s']:.2f} s", ""],
            ["index memory (RSS growth)", f"{m['index_rss_mb']:.0f} MB",
             f"{m['reference_rss_mb']:.1f} MB", ""],
            [f"rows alerting at {m['threshold']} (of {m['customers']:,})",
             f"{m['rows_alerting']:,}", "", ""],
            ["labelled customers found (as best hit)",
             f"{m['labelled_found']} / {m['labelled']} ({m['labelled_found_best']})", "", ""],
        ],
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DATA / "index.csv.gz")
    parser.add_argument("--customers", type=Path, default=DATA / "customers_100k.csv.gz")
    parser.add_argument("--labels", type=Path, default=DATA / "customers_100k_labels.csv.gz")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--rows", type=int, default=0, help="rows for the 1-process loop (all)")
    parser.add_argument("--latency-sample", type=int, default=2000)
    parser.add_argument("--reference-sample", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as folder:
        result = measure(args, Path(folder))
    print(speed_table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
