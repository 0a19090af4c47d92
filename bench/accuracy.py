"""Accuracy and speed of the matching engine on the shared bench data.

    python bench/accuracy.py [--index FILE] [--queries FILE] [--scores OUT.csv] [--every N]

Entities are built straight from index.csv.gz rows (one name each); the lead will switch this to
the product's custom-list import. Every query is screened (Person queries against persons,
Organization against organisations) and one row per query is written to --scores:
``qid,best_expected_score,best_score,best_entity``. Then the figures are printed: t* (lowest
threshold with at most 1 alerting negative per 1,000), recall at t* and at 10 per 1,000, recall
per category, top-1 accuracy, hard negatives alerting, and screenings per second on one core.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from embargo.exc import InvalidInput
from embargo.matching import Engine, Query
from embargo.model.entity import Entity, Name
from embargo.model.values import DateRange, EntityKind, PartialDate

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "data"
KINDS = {
    "Person": EntityKind.PERSON,
    "Organization": EntityKind.ORGANIZATION,
    "Vessel": EntityKind.VESSEL,
    "Airplane": EntityKind.AIRCRAFT,
}


def rows(path: Path) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def parse_date(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except InvalidInput:
        return None


def entity_from_row(row: dict[str, str]) -> Entity:
    dates: list[PartialDate | DateRange] = [
        d for d in (parse_date(v) for v in split(row["birth_dates"])) if d
    ]
    return Entity(
        id=row["id"],
        kind=KINDS[row["schema"]],
        names=(Name(row["name"]),),
        birth_dates=tuple(dates),
        countries=tuple(c.lower() for c in split(row["countries"])),
    )


def query_from_row(row: dict[str, str]) -> Query:
    return Query(
        name=row["name"],
        kind=KINDS[row["schema"]],
        birth_date=parse_date(row["birth_date"]) if row["birth_date"] else None,
        countries=tuple(c.lower() for c in split(row["nationality"])),
    )


def threshold_for(neg_scores: list[float], per_thousand: float) -> float:
    """Lowest threshold at which at most ``per_thousand`` negatives per 1,000 alert."""
    allowed = int(len(neg_scores) * per_thousand / 1000)
    ranked = sorted(neg_scores, reverse=True)
    if allowed >= len(ranked):
        return 0.0
    return ranked[allowed] + 1e-9


def report(results: list[dict[str, str]], elapsed: float, cpu: float) -> None:
    neg = [float(r["best_score"] or 0.0) for r in results if r["set"] == "neg"]
    pos = [r for r in results if r["set"] == "pos"]
    t1, t10 = threshold_for(neg, 1), threshold_for(neg, 10)

    def recall(items: list[dict[str, str]], t: float) -> float:
        scores = [r["best_expected_score"] for r in items]
        hits = sum(1 for s in scores if s != "" and float(s) >= t)
        return hits / max(len(items), 1)

    print(f"queries {len(results)}  pos {len(pos)}  neg {len(neg)}")
    print(f"t* (1/1000) = {t1:.4f}  recall {recall(pos, t1):.3f}")
    print(f"t  (10/1000) = {t10:.4f}  recall {recall(pos, t10):.3f}")
    top1 = sum(1 for r in pos if r["top1"]) / max(len(pos), 1)
    print(f"top-1 accuracy {top1:.3f}")
    by_cat: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in pos:
        by_cat[str(r["category"])].append(r)
    for cat in sorted(by_cat):
        items = by_cat[cat]
        at1, at10 = recall(items, t1), recall(items, t10)
        print(f"  {cat:24s} n={len(items):4d}  @t* {at1:.3f}  @t10 {at10:.3f}")
    hard = [r for r in results if r["set"] == "hardneg"]
    alerting = sum(1 for r in hard if float(r["best_score"] or 0.0) >= t1)
    share = alerting / max(len(hard), 1)
    print(f"hard negatives alerting at t*: {alerting}/{len(hard)} ({share:.2%})")
    print(
        f"speed {len(results) / cpu:.0f} screenings/s per core (CPU time {cpu:.1f}s; "
        f"wall {elapsed:.1f}s, {len(results) / elapsed:.0f}/s on a shared machine)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DATA / "index.csv.gz")
    parser.add_argument("--queries", type=Path, default=DATA / "queries_dev.csv.gz")
    parser.add_argument("--scores", type=Path, default=Path("scores.csv"))
    parser.add_argument("--every", type=int, default=1, help="screen every N-th query only")
    args = parser.parse_args()
    started = time.perf_counter()
    engine = Engine([entity_from_row(r) for r in rows(args.index)])
    print(f"index: {len(engine.index)} entities in {time.perf_counter() - started:.1f}s")
    queries = [r for n, r in enumerate(rows(args.queries)) if n % args.every == 0]
    results = []
    started, cpu = time.perf_counter(), time.process_time()
    for row in queries:
        matches = engine.match(query_from_row(row))
        expected = set(split(row["expected"]))
        hits = [m.score for m in matches if m.entity_id in expected]
        results.append({
            "qid": row["qid"], "set": row["set"], "category": row["category"],
            "best_expected_score": f"{max(hits):.4f}" if hits else "",
            "best_score": f"{matches[0].score:.4f}" if matches else "",
            "best_entity": matches[0].entity_id if matches else "",
            "top1": "1" if matches and matches[0].entity_id in expected else "",
        })  # fmt: skip
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    with args.scores.open("w", newline="") as fh:
        fields = ["qid", "best_expected_score", "best_score", "best_entity"]
        writer = csv.DictWriter(fh, fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(results)
    report(results, elapsed, cpu)


if __name__ == "__main__":
    main()
