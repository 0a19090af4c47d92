"""Load on POST /screen: the real server in its own process, driven over loopback.

Builds a temporary store (the bundled ICC case, plus the real OFAC SDN list of 2024-05-03 and
the UN consolidated list when ../shared/bench is there), starts ``embargo serve`` on a free
loopback port, and sends single-query screenings from this process over a few keep-alive
connections for a bounded time. The queries are customers from ../shared/bench (name, kind,
birth date, nationality), or the ICC names when the shared data is absent.

Reference, in this process: the same queries through a ``Screener`` built on the same store,
one at a time; the difference is what HTTP, JSON and the server add.

    python bench/load.py                    # 20 s with 1 connection, then 20 s with 4
    python bench/load.py --seconds 60 --connections 8 --json load.json
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import gzip
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
from harness import DATA, percentiles_ms

from embargo import registry
from embargo.matching import Query
from embargo.model.values import EntityKind, PartialDate
from embargo.screening import Screener
from embargo.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = DATA.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
SCREEN_METRIC = "embargo_http_request_duration_seconds"
START, END = "<!-- load:start -->", "<!-- load:end -->"
ICC_NAMES = ["Fatou Bensuda", "Karim Khan", "Solomy Bossa", "Francesca Albanese", "Nicolas Guillou"]
KINDS = {"Person": "person", "Organization": "organization", "Company": "organization"}
#: Screen as of today, as an onboarding system does (the day the server warms up for).
AS_OF = datetime.now(UTC).date().isoformat()
T = TypeVar("T")


def build_store(folder: Path) -> tuple[Store, list[str]]:
    """A store like a deployment's: the ICC case and, when available, SDN and UN."""
    store = Store(str(folder / "load.db"))
    registry.ingest_curated(store)
    loaded = ["icc_case"]
    raw = SHARED / "raw"
    for list_id, name, target in (
        ("us_ofac_sdn", "ofac_sdn_2024-05-03.csv.gz", "sdn.csv"),
        ("un_sc", "un_consolidated_2026-02-27.xml.gz", "un.xml"),
    ):
        if (raw / name).exists():
            path = folder / target
            path.write_bytes(gzip.decompress((raw / name).read_bytes()))
            registry.ingest_list(store, list_id, [str(path)])
            loaded.append(list_id)
    return store, loaded


def load_queries(limit: int) -> list[dict[str, Any]]:
    """Request bodies: customers from the shared bench, else the ICC names."""
    path = SHARED / "data" / "customers_100k.csv.gz"
    if not path.exists():
        return [{"name": name} for name in ICC_NAMES]
    bodies = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            body: dict[str, Any] = {"name": row["name"]}
            if row["schema"] in KINDS:
                body["kind"] = KINDS[row["schema"]]
            if row["birth_date"]:
                body["birth_date"] = row["birth_date"]
            if len(row["nationality"]) == 2:
                body["countries"] = [row["nationality"]]
            bodies.append(body)
            if len(bodies) == limit:
                break
    return bodies


def to_query(body: dict[str, Any]) -> Query:
    birth = body.get("birth_date")
    return Query(
        name=body["name"],
        kind=EntityKind(body["kind"]) if "kind" in body else None,
        birth_date=None if birth is None else PartialDate.parse(birth),
        countries=tuple(body.get("countries", ())),
    )


def cycle(items: list[T], start: int) -> Iterator[T]:
    position = start
    while True:
        yield items[position % len(items)]
        position += 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "embargo", "--db", str(db), "serve"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_ready(base: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not become ready")


async def drive(
    base: str, bodies: list[dict[str, Any]], seconds: float, connections: int, offset: int
) -> tuple[list[float], int, float]:
    """Latencies (s) of successful calls, the error count, and the wall time.

    Connections start at spread-out places from ``offset`` on, so that a query already sent
    (and its words cached by the engine) comes back as late as possible.
    """
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        stop = time.perf_counter() + seconds

        async def worker(start: int) -> None:
            nonlocal errors
            for body in cycle(bodies, start):
                if time.perf_counter() >= stop:
                    return
                began = time.perf_counter()
                try:
                    response = await client.post("/screen", json={**body, "as_of": AS_OF})
                    ok = response.status_code == 200 and "results" in response.json()
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - began)
                else:
                    errors += 1

        began = time.perf_counter()
        step = max(1, (len(bodies) - offset) // connections)
        await asyncio.gather(*(worker(offset + i * step) for i in range(connections)))
        return latencies, errors, time.perf_counter() - began


def server_seconds(base: str) -> tuple[float, float]:
    """(count, sum of seconds) of /screen requests as the server timed them (its /metrics)."""
    found = {"count": 0.0, "sum": 0.0}
    for line in httpx.get(base + "/metrics").text.splitlines():
        if 'route="/screen"' in line and line.startswith(SCREEN_METRIC):
            kind = line[len(SCREEN_METRIC) :].split("{", 1)[0]
            if kind in ("_count", "_sum"):
                found[kind[1:]] += float(line.rsplit(" ", 1)[1])
    return found["count"], found["sum"]


def in_process(
    store: Store, bodies: list[dict[str, Any]], seconds: float
) -> tuple[list[float], float, int]:
    """Latencies and wall time of screening in this process, and how many entities it held."""
    screener = Screener(store, date.fromisoformat(AS_OF))
    queries = [to_query(b) for b in bodies]
    latencies = []
    began = time.perf_counter()
    for query in cycle(queries, 0):
        if time.perf_counter() - began >= seconds:
            break
        start = time.perf_counter()
        screener.screen(query)
        latencies.append(time.perf_counter() - start)
    return latencies, time.perf_counter() - began, len(screener.entities)


def summary(latencies: list[float], wall: float, errors: int) -> dict[str, float]:
    p50, p99 = percentiles_ms(latencies)
    return {
        "requests": len(latencies) + errors,
        "per_second": round(len(latencies) / wall, 1),
        "p50_ms": round(p50, 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(max(latencies) * 1000, 2),
        "errors": errors,
    }


def table(result: dict[str, Any]) -> list[str]:
    levels = list(result["http"])
    heads = [f"POST /screen, {n} connection{'s' if n != '1' else ''}" for n in levels]
    rows = [
        "| measure | " + " | ".join(heads) + " | reference: Screener in process |",
        "| --- |" + " --- |" * (len(levels) + 1),
    ]
    runs = [*result["http"].values(), result["in_process"]]
    for label, key in (
        ("requests", "requests"),
        ("requests/s", "per_second"),
        ("p50 latency (ms)", "p50_ms"),
        ("p99 latency (ms)", "p99_ms"),
        ("max latency (ms)", "max_ms"),
        ("mean time in the server, from its /metrics (ms)", "server_mean_ms"),
        ("errors", "errors"),
    ):
        rows.append(f"| {label} | " + " | ".join(f"{run[key]:,}" for run in runs) + " |")
    return rows


def write_results(result: dict[str, Any]) -> None:
    """Replace the Load section of RESULTS.md (between its markers), or append it."""
    setup = (
        f"`POST /screen`, one query per call, {result['seconds']:g} s per column with that many "
        "keep-alive connections from another process on loopback, "
        f"against `embargo serve` (one uvicorn process) on a store holding "
        f"{', '.join(result['lists'])} ({result['entities']:,} entities); "
        f"{result['queries']:,} distinct queries ({result['query_source']}), as of "
        f"{result['as_of']}; {result['cpus']} CPUs shared with the load generator (and, on the "
        "machine measured, with other jobs). The reference screens the same queries with a "
        "`Screener` in one thread of this process."
    )
    fastest = result["http"][min(result["http"], key=int)]
    added = fastest["server_mean_ms"] - result["in_process"]["server_mean_ms"]
    reading = (
        "One server process screens one call at a time (the work holds the GIL), so with more "
        "connections a call mostly waits its turn: p50 is about connections / throughput. "
        f"HTTP, validation and JSON add about {added:.1f} ms per call to the screening itself "
        "(the server's own mean time with the fewest connections, against the reference's). "
        "The maxima are the engine's slowest queries, which the reference meets too."
    )
    lines = [
        START,
        "## Load (bench/load.py)",
        "",
        textwrap.fill(setup, width=100),
        "",
        *table(result),
        "",
        textwrap.fill(reading, width=100),
        END,
    ]
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = "\n".join(lines)
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--queries", type=int, default=20000, help="distinct queries to cycle")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--no-results", action="store_true", help="leave RESULTS.md alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store, lists = build_store(Path(folder))
        bodies = load_queries(args.queries)
        port = free_port()
        server = start_server(Path(folder) / "load.db", port)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_ready(base)
            http, sent = {}, 0
            for connections in args.connections:
                count, total = server_seconds(base)
                latencies, errors, wall = asyncio.run(
                    drive(base, bodies, args.seconds, connections, sent)
                )
                http[str(connections)] = summary(latencies, wall, errors)
                after_count, after_total = server_seconds(base)
                mean = (after_total - total) / max(1.0, after_count - count)
                http[str(connections)]["server_mean_ms"] = round(mean * 1000, 2)
                sent += len(latencies) + errors
        finally:
            server.terminate()
            server.wait(timeout=30)
        reference, ref_wall, entities = in_process(store, bodies, min(args.seconds, 10.0))
        in_process_result = summary(reference, ref_wall, 0)
        in_process_result["server_mean_ms"] = round(statistics.mean(reference) * 1000, 2)
    source = "customers_100k" if (SHARED / "data").exists() else "ICC names"
    result = {
        "seconds": args.seconds,
        "lists": lists,
        "entities": entities,
        "queries": len(bodies),
        "query_source": source,
        "as_of": AS_OF,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "http": http,
        "in_process": in_process_result,
    }
    for line in table(result):
        print(line)
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if not args.no_results:
        write_results(result)


if __name__ == "__main__":
    main()
