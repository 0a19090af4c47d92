"""What the bench scripts share: where the data is, the index as a custom list, clocks and memory.

The index is never built privately: a file goes through the product's custom-list import into a
SQLite store (``embargo ingest custom``), and a ``Screener`` is built on that store, exactly as a
user would do it.
"""

from __future__ import annotations

import gc
import multiprocessing
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from embargo.ingest.tabular import ColumnMap
from embargo.registry import custom_list_spec, ingest_list
from embargo.screening import Screener
from embargo.store import Store

#: ``../shared/bench/data`` beside the repository.
DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "data"
#: The index file's columns are the custom-list import's default column names (it has no
#: alias column: aliases come back as queries), so the default map reads every field.
INDEX_COLUMNS = ColumnMap()


def today() -> date:
    """The day to screen as of: the UTC day, as the ingest stamps its versions in UTC."""
    return datetime.now(UTC).date()


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory of this process in MB (``VmHWM``: its peak), read from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status (Linux only)")


@dataclass(frozen=True, slots=True)
class Ingested:
    list_id: str
    records: int
    findings: int
    seconds: float
    peak_rss_mb: float


def ingest_here(db: Path, list_id: str, source: Path) -> Ingested:
    """Import ``source`` as the custom list ``list_id`` (``embargo ingest custom``)."""
    started = time.perf_counter()
    spec = custom_list_spec(list_id, INDEX_COLUMNS, title=f"bench: {source.name}")
    report = ingest_list(Store(str(db)), spec, [str(source)])
    seconds = time.perf_counter() - started
    return Ingested(
        list_id, report.counts["records"], len(report.findings), seconds, rss_mb("VmHWM")
    )


def ingest(db: Path, list_id: str, source: Path) -> Ingested:
    """``ingest_here`` in a forked process, so that what the ingest leaves allocated does not
    blur the memory measured for the index built afterwards."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_ingest_child, args=(send, db, list_id, source))
    child.start()
    send.close()
    try:
        result: Ingested = receive.recv()
    except EOFError:
        raise SystemExit(f"importing {source} failed (see above)") from None
    finally:
        child.join()
    return result


def _ingest_child(send: Connection, db: Path, list_id: str, source: Path) -> None:
    send.send(ingest_here(db, list_id, source))


@dataclass(slots=True)
class BuiltIndex:
    screener: Screener
    seconds: float
    #: Growth of this process's resident memory while the screener was built.
    rss_mb: float


def build_screener(db: Path, lists: Sequence[str] | None = None) -> BuiltIndex:
    """A screener on the store's lists as of today, timed and weighed; no per-list thresholds
    (``EMBARGO_LIST_THRESHOLDS`` must not change what the bench measures)."""
    gc.collect()
    before, started = rss_mb(), time.perf_counter()
    screener = Screener(Store(str(db)), today(), lists, list_thresholds={})
    seconds = time.perf_counter() - started
    gc.collect()
    return BuiltIndex(screener, seconds, rss_mb() - before)


def split(value: str) -> set[str]:
    """A ``|``-separated cell of the bench files as a set of values."""
    return {v.strip() for v in value.split("|") if v.strip()}


def every(rows: Sequence[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """About ``count`` rows spread evenly over a file."""
    step = max(len(rows) // count, 1)
    return list(rows[::step][:count])


def percentiles_ms(seconds: Sequence[float]) -> tuple[float, float]:
    """p50 and p99 of per-call wall times, in milliseconds."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[98] * 1000


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A table to print and to paste into bench/RESULTS.md as is."""
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(str(cell) for cell in line) + " |" for line in lines)
