"""Accuracy of screening on a query file with known answers (issue 4, benchmark protocol).

    python bench/accuracy.py [--index FILE] [--queries FILE] [--scores OUT.csv] [--json OUT.json]
                             [--every N] [--limit N] [--figures-only]

The index is imported through the custom-list import into a temporary store and every query is
screened by the screening service (``Screener.screen`` at threshold 0; a Person query sees
persons, an Organization query organisations). ``--scores`` gets one row per query:
``qid,best_expected_score,best_score,best_entity`` (empty cells when nothing was returned). The
figures are then computed from that file and the query file alone, so a scores file of a
held-out query set is scored by the same code (``--figures-only`` skips the screening).

Nothing here depends on rows of the dev file: thresholds come from the negatives of whatever
query file is scored, by the protocol (t* is the lowest threshold at which at most 1 negative in
1,000 alerts).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from harness import DATA, build_screener, ingest, markdown_table, split

from embargo.batch.files import read_rows
from embargo.batch.run import row_query
from embargo.screening import Screener

SCORE_COLUMNS = ["qid", "best_expected_score", "best_score", "best_entity"]
#: Alerting negatives allowed per 1,000 at the two operating points of the protocol.
PER_THOUSAND = (1, 10)


def score_query(screener: Screener, row: dict[str, Any], limit: int) -> dict[str, str]:
    """One line of the scores file: what the service returned for one query."""
    result = screener.screen(row_query(row), threshold=0.0, limit=limit)
    expected = split(str(row.get("expected") or ""))
    found = [h.match.score for h in result.hits if h.entity.id in expected]
    best = result.hits[0] if result.hits else None
    return {
        "qid": str(row["qid"]),
        "best_expected_score": f"{max(found):.6f}" if found else "",
        "best_score": "" if best is None else f"{best.match.score:.6f}",
        "best_entity": "" if best is None else best.entity.id,
    }


def write_scores(
    screener: Screener, queries: Iterable[dict[str, Any]], out: Path, limit: int
) -> int:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, SCORE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        count = 0
        for row in queries:
            writer.writerow(score_query(screener, row, limit))
            count += 1
    return count


@dataclass(slots=True)
class Scored:
    """A query of the query file joined with its line of the scores file."""

    #: The query's ``set``: pos, neg or hardneg.
    group: str
    category: str
    expected: set[str]
    best_expected: float | None
    best: float | None
    best_entity: str


@dataclass(slots=True)
class CategoryRecall:
    n: int
    recall_at_t_star: float
    recall_at_t10: float


@dataclass(slots=True)
class Figures:
    queries: int
    queries_in_file: int
    positives: int
    negatives: int
    hard_negatives: int
    t_star: float
    negatives_alerting_at_t_star: int
    recall_at_t_star: float
    t10: float
    negatives_alerting_at_t10: int
    recall_at_t10: float
    top1_accuracy: float
    hard_negatives_alerting_at_t_star: int
    hard_negatives_alerting_at_t10: int
    categories: dict[str, CategoryRecall] = field(default_factory=dict)
    negatives_alerting_by_category: dict[str, int] = field(default_factory=dict)


def _score(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def join_scores(scores: Path, queries: Path) -> tuple[list[Scored], int]:
    """Every line of the scores file with its query; and how many queries the query file has."""
    by_qid = {str(r["qid"]): r for r in read_rows(queries)}
    joined = []
    for line in read_rows(scores):
        query = by_qid.get(str(line["qid"]))
        if query is None:
            raise SystemExit(f"{scores}: qid {line['qid']} is not in {queries}")
        joined.append(
            Scored(
                str(query["set"]),
                str(query["category"]),
                split(str(query["expected"] or "")),
                _score(str(line["best_expected_score"])),
                _score(str(line["best_score"])),
                str(line["best_entity"]),
            )
        )
    return joined, len(by_qid)


def alert_threshold(negatives: list[float | None], per_thousand: int) -> float:
    """The lowest threshold at which at most ``per_thousand`` negatives in 1,000 alert."""
    allowed = len(negatives) * per_thousand // 1000
    ranked = sorted((s for s in negatives if s is not None), reverse=True)
    if len(ranked) <= allowed:
        return 0.0
    return math.nextafter(ranked[allowed], math.inf)


def _at(score: float | None, threshold: float) -> bool:
    return score is not None and score >= threshold


def _recall(items: list[Scored], threshold: float) -> float:
    return sum(_at(s.best_expected, threshold) for s in items) / max(len(items), 1)


def _alerting(items: list[Scored], threshold: float) -> int:
    return sum(_at(s.best, threshold) for s in items)


def figures(scores: Path, queries: Path) -> Figures:
    """The protocol's figures, from a scores file and the query file it answers."""
    joined, total = join_scores(scores, queries)
    pos = [s for s in joined if s.group == "pos"]
    neg = [s for s in joined if s.group == "neg"]
    hard = [s for s in joined if s.group == "hardneg"]
    t1, t10 = (alert_threshold([s.best for s in neg], k) for k in PER_THOUSAND)
    result = Figures(
        queries=len(joined),
        queries_in_file=total,
        positives=len(pos),
        negatives=len(neg),
        hard_negatives=len(hard),
        t_star=t1,
        negatives_alerting_at_t_star=_alerting(neg, t1),
        recall_at_t_star=_recall(pos, t1),
        t10=t10,
        negatives_alerting_at_t10=_alerting(neg, t10),
        recall_at_t10=_recall(pos, t10),
        top1_accuracy=sum(s.best_entity in s.expected for s in pos) / max(len(pos), 1),
        hard_negatives_alerting_at_t_star=_alerting(hard, t1),
        hard_negatives_alerting_at_t10=_alerting(hard, t10),
    )
    for category, items in sorted(_by_category(pos).items()):
        result.categories[category] = CategoryRecall(
            len(items), _recall(items, t1), _recall(items, t10)
        )
    for category, items in sorted(_by_category(neg).items()):
        result.negatives_alerting_by_category[category] = _alerting(items, t1)
    return result


def _by_category(items: list[Scored]) -> dict[str, list[Scored]]:
    groups: dict[str, list[Scored]] = defaultdict(list)
    for item in items:
        groups[item.category].append(item)
    return groups


def figures_table(f: Figures) -> str:
    share = f.hard_negatives_alerting_at_t_star / max(f.hard_negatives, 1)
    main = markdown_table(
        ["measure", "embargo"],
        [
            ["queries scored (of the file)", f"{f.queries:,} ({f.queries_in_file:,})"],
            ["positives / negatives / hard negatives",
             f"{f.positives:,} / {f.negatives:,} / {f.hard_negatives:,}"],
            ["t* (at most 1 alerting negative per 1,000)", f"{f.t_star:.4f}"],
            ["negatives alerting at t*", f"{f.negatives_alerting_at_t_star}"],
            ["recall at t*", f"{f.recall_at_t_star:.3f}"],
            ["t10 (at most 10 per 1,000)", f"{f.t10:.4f}"],
            ["negatives alerting at t10", f"{f.negatives_alerting_at_t10}"],
            ["recall at t10", f"{f.recall_at_t10:.3f}"],
            ["top-1 accuracy (positives)", f"{f.top1_accuracy:.3f}"],
            ["hard negatives alerting at t*",
             f"{f.hard_negatives_alerting_at_t_star} / {f.hard_negatives} ({share:.2%})"],
            ["hard negatives alerting at t10",
             f"{f.hard_negatives_alerting_at_t10} / {f.hard_negatives}"],
        ],
    )  # fmt: skip
    per_category = markdown_table(
        ["category", "n", "recall at t*", "recall at t10"],
        [
            [name, c.n, f"{c.recall_at_t_star:.3f}", f"{c.recall_at_t10:.3f}"]
            for name, c in f.categories.items()
        ],
    )
    negatives = markdown_table(
        ["negatives", "alerting at t*"],
        [[name, n] for name, n in f.negatives_alerting_by_category.items()],
    )
    return f"{main}\n\n{per_category}\n\n{negatives}"


def screen_all(args: argparse.Namespace) -> None:
    """Import the index, screen every (N-th) query into the scores file, print the timings."""
    with tempfile.TemporaryDirectory(prefix="embargo-bench-") as folder:
        ingested = ingest(Path(folder) / "bench.db", "bench_index", args.index)
        built = build_screener(Path(folder) / "bench.db")
        queries = (r for n, r in enumerate(read_rows(args.queries)) if n % args.every == 0)
        started, cpu = time.perf_counter(), time.process_time()
        count = write_scores(built.screener, queries, args.scores, args.limit)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"index: {ingested.records:,} entities imported in {ingested.seconds:.1f} s "
        f"({ingested.findings} findings), screener built in {built.seconds:.1f} s\n"
        f"screened {count:,} queries in {wall:.1f} s ({count / wall:.0f}/s wall, "
        f"{count / cpu:.0f}/s CPU; at threshold 0 with up to {args.limit} hits per query: "
        f"see bench/speed.py for the speed of screening)\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=DATA / "index.csv.gz")
    parser.add_argument("--queries", type=Path, default=DATA / "queries_dev.csv.gz")
    parser.add_argument("--scores", type=Path, default=Path("scores.csv"))
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--every", type=int, default=1, help="screen every N-th query only")
    parser.add_argument("--limit", type=int, default=10, help="hits per query (default 10)")
    parser.add_argument(
        "--figures-only", action="store_true", help="score an existing --scores file"
    )
    args = parser.parse_args()
    if not args.figures_only:
        screen_all(args)
    result = figures(args.scores, args.queries)
    print(figures_table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(asdict(result), indent=2) + "\n")


if __name__ == "__main__":
    main()
