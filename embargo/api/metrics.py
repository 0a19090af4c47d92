"""Prometheus metrics of one app: requests and latency per route, screenings, list ages.

Each app has its own ``CollectorRegistry`` (not the process-wide one), so that several apps in
one process (tests, benchmarks) count separately and never clash over metric names.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from embargo.store import Store

#: Latency buckets in seconds: screening is expected in milliseconds, list pages in tens of them.
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# The ``*_created`` series double the output and no dashboard uses them.
disable_created_metrics()  # type: ignore[no-untyped-call]


class ListAges(Collector):
    """Seconds since each list's latest version was observed, read from the store on scrape."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "embargo_list_age_seconds",
            "Seconds since the latest version of the list was observed",
            labels=["list"],
        )
        now = datetime.now(UTC).replace(tzinfo=None)
        for list_id, observed in sorted(self.store.latest_observed().items()):
            family.add_metric([list_id], (now - observed).total_seconds())
        yield family


class ApiMetrics:
    def __init__(self, store: Store) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "embargo_http_requests",
            "HTTP requests by method, route template and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "embargo_http_request_duration_seconds",
            "HTTP request latency by method and route template",
            ["method", "route"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.screenings = Counter(
            "embargo_screening_queries", "Queries screened", registry=self.registry
        )
        self.hits = Counter(
            "embargo_screening_hits", "Hits returned by screening", registry=self.registry
        )
        self.registry.register(ListAges(store))

    def screened(self, queries: int, hits: int) -> None:
        self.screenings.inc(queries)
        self.hits.inc(hits)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts and times every HTTP request under its route template (``/entities/{id}``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self._record(scope, status, time.perf_counter() - start)

    @staticmethod
    def _record(scope: Scope, status: int, seconds: float) -> None:
        metrics: ApiMetrics = scope["app"].state.embargo.metrics
        route: Any = scope.get("route")
        # Unmatched paths share one label, so that scanners cannot blow up the series count.
        template = getattr(route, "path", None) or "unmatched"
        method = str(scope["method"])
        metrics.requests.labels(method, template, str(status)).inc()
        metrics.latency.labels(method, template).observe(seconds)
