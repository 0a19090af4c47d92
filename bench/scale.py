"""Screening against a 1M-name index: build time, memory, latency, and the real positives found.

    python bench/scale.py [--names N] [--queries N] [--seed S] [--json OUT.json] [--profile]

The index is the real bench index plus N synthetic persons (default 1,000,000), each imported
as a custom list of its own through the custom-list import, then one ``Screener`` over both.
The synthetic names come from real name frequencies (``names_freq.tsv.gz``: the names-dataset
package's top 1,000 first and last names of 33 countries, by rank): a country is drawn
uniformly, a first name and a last name by Zipf weight 1/rank in it (one person in five gets a
second first name), with a birth date and that country; a fixed seed makes the file the same
on every run. Popular names repeat, as they do in real customer files and registries.

The queries are dev positives and negatives, spread evenly over the file; each is screened at
the default threshold against the 1M index and against the real index alone, so the table
shows what the extra million names cost in hits found and false alerts (an alert on a synthetic
person of the very same name is a namesake, not a matcher error). ``--profile`` runs the
synthetic import, the screener build and the screenings under cProfile and prints their hot
spots (timings then include the profiler's overhead, and memory is not comparable).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gzip
import itertools
import json
import pstats
import random
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from harness import (
    DATA,
    INDEX_COLUMNS,
    Ingested,
    build_screener,
    every,
    ingest,
    ingest_here,
    markdown_table,
    percentiles_ms,
    rss_mb,
    split,
)

from embargo.batch.files import read_rows
from embargo.batch.run import row_query
from embargo.screening import Hit, Screener
from embargo.screening.service import DEFAULT_THRESHOLD

NAMES_FREQ = DATA.parent / "raw" / "names_freq.tsv.gz"
SEED = 20240503
REAL_LIST = "bench_index"
SECOND_FIRST_NAME = 0.2
BIRTH_YEARS = (1940, 2005)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NamePool:
    """One country's first or last names with cumulative Zipf weights, for ``random.choices``."""

    names: list[str]
    cum_weights: list[float]

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, cum_weights=self.cum_weights)[0]


def name_pools(path: Path) -> dict[str, dict[str, NamePool]]:
    """Country -> ``first``/``last`` -> names weighted 1/rank."""
    ranked: dict[tuple[str, str], list[tuple[int, str]]] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ranked.setdefault((row["country"], row["kind"]), []).append(
                (int(row["rank"]), row["name"])
            )
    pools: dict[str, dict[str, NamePool]] = {}
    for (country, kind), names in sorted(ranked.items()):
        names.sort()
        weights = list(itertools.accumulate(1 / rank for rank, _ in names))
        pools.setdefault(country, {})[kind] = NamePool([n for _, n in names], weights)
    return {c: kinds for c, kinds in pools.items() if {"first", "last"} <= kinds.keys()}


def synthetic_people(
    pools: dict[str, dict[str, NamePool]], count: int, seed: int
) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    countries = sorted(pools)
    first_day = date(BIRTH_YEARS[0], 1, 1)
    days = (date(BIRTH_YEARS[1], 12, 31) - first_day).days
    for number in range(count):
        country = rng.choice(countries)
        first, last = pools[country]["first"], pools[country]["last"]
        given = [first.draw(rng)]
        if rng.random() < SECOND_FIRST_NAME:
            given.append(first.draw(rng))
        yield {
            "id": f"syn-{number:07d}",
            "schema": "Person",
            "name": " ".join([*dict.fromkeys(given), last.draw(rng)]),
            "birth_dates": (first_day + timedelta(days=rng.randrange(days))).isoformat(),
            "countries": country.lower(),
            "programs": "SYNTHETIC",
        }


def write_list(rows: Iterator[dict[str, str]], path: Path) -> None:
    columns = INDEX_COLUMNS.columns
    fields = [columns[f] for f in ("id", "kind", "name", "birth_dates", "countries", "programmes")]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def profiled(label: str, call: Callable[[], T]) -> T:
    """Run ``call`` under cProfile and print its hot spots, by own time and by total time."""
    profile = cProfile.Profile()
    result = profile.runcall(call)
    print(f"\n## cProfile: {label}\n")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(25)
    return result


@dataclass(slots=True)
class Outcome:
    """How one index answered the query sample at the default threshold."""

    times: list[float]
    positives_found: int = 0
    positives_top1: int = 0
    #: Positives not found: with no hit at all, or with a synthetic entry as the best hit.
    positives_missed_no_hit: int = 0
    positives_missed_behind_synthetic: int = 0
    negatives_alerting: int = 0
    #: Alerting negatives whose best hit is a synthetic entry, and of those, one with the very
    #: same name (casefolded): a true namesake, not a false alert of the matcher.
    negatives_on_synthetic: int = 0
    negatives_on_namesake: int = 0

    def count(self, row: dict[str, Any], hits: list[Hit]) -> None:
        synthetic = bool(hits) and REAL_LIST not in hits[0].lists
        if row["set"] != "pos":
            self.negatives_alerting += bool(hits)
            self.negatives_on_synthetic += synthetic
            same = synthetic and hits[0].entity.names[0].value.casefold() == row["name"].casefold()
            self.negatives_on_namesake += same
            return
        expected = split(str(row["expected"]))
        found = any(h.entity.id in expected for h in hits)
        self.positives_found += found
        self.positives_top1 += bool(hits) and hits[0].entity.id in expected
        self.positives_missed_no_hit += not hits
        self.positives_missed_behind_synthetic += not found and synthetic


def screen_sample(screener: Screener, queries: Sequence[dict[str, Any]]) -> Outcome:
    outcome = Outcome([])
    for row in queries:
        query = row_query(row)
        started = time.perf_counter()
        hits = screener.screen(query, DEFAULT_THRESHOLD, 10).hits
        outcome.times.append(time.perf_counter() - started)
        outcome.count(row, hits)
    return outcome


def query_sample(path: Path, count: int) -> list[dict[str, Any]]:
    """Half positives, half negatives (``neg``), spread evenly over the query file."""
    rows = list(read_rows(path))
    sample = []
    for group in ("pos", "neg"):
        sample.extend(every([r for r in rows if r["set"] == group], count // 2))
    return sample


def measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    db, synthetic = folder / "scale.db", folder / "synthetic.csv"
    started = time.perf_counter()
    write_list(synthetic_people(name_pools(NAMES_FREQ), args.names, args.seed), synthetic)
    generated_s = time.perf_counter() - started
    real = ingest(db, REAL_LIST, args.index)
    if args.profile:
        extra: Ingested = profiled(
            "synthetic list import", lambda: ingest_here(db, "bench_synthetic", synthetic)
        )
        large = profiled("screener build", lambda: build_screener(db))
    else:
        extra = ingest(db, "bench_synthetic", synthetic)
        large = build_screener(db)
    small = build_screener(db, [REAL_LIST])
    queries = query_sample(args.queries, args.sample)
    if args.profile:
        big = profiled("screening the queries", lambda: screen_sample(large.screener, queries))
    else:
        big = screen_sample(large.screener, queries)
    alone = screen_sample(small.screener, queries)
    return result(args, generated_s, real, extra, large.seconds, large.rss_mb, big, alone, queries)


def result(
    args: argparse.Namespace,
    generated_s: float,
    real: Ingested,
    extra: Ingested,
    build_s: float,
    index_rss: float,
    big: Outcome,
    alone: Outcome,
    queries: list[dict[str, Any]],
) -> dict[str, Any]:
    p50, p99 = percentiles_ms(big.times)
    p50_alone, p99_alone = percentiles_ms(alone.times)
    return {
        "synthetic_names": extra.records,
        "real_names": real.records,
        "index_names": extra.records + real.records,
        "generate_s": round(generated_s, 1),
        "ingest_real_s": round(real.seconds, 1),
        "ingest_synthetic_s": round(extra.seconds, 1),
        "ingest_peak_rss_mb": round(extra.peak_rss_mb),
        "screener_build_s": round(build_s, 1),
        "build_s": round(real.seconds + extra.seconds + build_s, 1),
        "index_rss_mb": round(index_rss),
        "process_rss_mb": round(rss_mb()),
        "profiled": args.profile,
        "queries": len(queries),
        "positives": sum(r["set"] == "pos" for r in queries),
        "threshold": DEFAULT_THRESHOLD,
        "p50_ms": round(p50, 2),
        "p99_ms": round(p99, 2),
        "p50_ms_real_only": round(p50_alone, 2),
        "p99_ms_real_only": round(p99_alone, 2),
        "positives_found": big.positives_found,
        "positives_found_real_only": alone.positives_found,
        "positives_top1": big.positives_top1,
        "positives_top1_real_only": alone.positives_top1,
        "positives_missed_no_hit": big.positives_missed_no_hit,
        "positives_missed_behind_synthetic": big.positives_missed_behind_synthetic,
        "negatives_alerting": big.negatives_alerting,
        "negatives_on_synthetic": big.negatives_on_synthetic,
        "negatives_on_namesake": big.negatives_on_namesake,
        "negatives_alerting_real_only": alone.negatives_alerting,
    }


def scale_table(m: dict[str, Any]) -> str:
    n_pos = m["positives"]
    n_neg = m["queries"] - n_pos
    return markdown_table(
        ["measure", f"{m['index_names']:,} names", f"real index alone ({m['real_names']:,})",
         "target"],
        [
            ["custom-list import (real + synthetic)",
             f"{m['ingest_real_s']} + {m['ingest_synthetic_s']} s", f"{m['ingest_real_s']} s", ""],
            ["peak RSS of the synthetic import", f"{m['ingest_peak_rss_mb']:,} MB", "", ""],
            ["screener build (store read + engine)", f"{m['screener_build_s']} s", "", ""],
            ["build, import + screener", f"{m['build_s']} s", "", "< 120 s"],
            ["index memory (RSS growth of the build)", f"{m['index_rss_mb']:,} MB", "",
             "< 4,096 MB"],
            [f"latency p50 ({m['queries']:,} queries)", f"{m['p50_ms']} ms",
             f"{m['p50_ms_real_only']} ms", ""],
            ["latency p99", f"{m['p99_ms']} ms", f"{m['p99_ms_real_only']} ms", "< 50 ms"],
            [f"positives found at {m['threshold']} (of {n_pos})", m["positives_found"],
             m["positives_found_real_only"], ""],
            ["positives found as the best hit", m["positives_top1"],
             m["positives_top1_real_only"], ""],
            ["positives missed: no hit / a synthetic entry ahead",
             f"{m['positives_missed_no_hit']} / {m['positives_missed_behind_synthetic']}", "", ""],
            [f"negatives alerting at {m['threshold']} (of {n_neg})", m["negatives_alerting"],
             m["negatives_alerting_real_only"], ""],
            ["of which on a synthetic entry (its very name)",
             f"{m['negatives_on_synthetic']} ({m['negatives_on_namesake']})", "", ""],
        ],
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DATA / "index.csv.gz")
    parser.add_argument("--queries", type=Path, default=DATA / "queries_dev.csv.gz")
    parser.add_argument("--names", type=int, default=1_000_000, help="synthetic persons")
    parser.add_argument("--sample", type=int, default=1000, help="queries screened")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--profile", action="store_true", help="cProfile the import and build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as folder:
        figures = measure(args, Path(folder))
    print(scale_table(figures))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
