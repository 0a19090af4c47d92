"""GET /metrics: Prometheus text with per-route counts and latency, screenings and list ages."""

from __future__ import annotations

import re

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from embargo.store import Store
from tests.api.conftest import client_for

pytestmark = pytest.mark.anyio


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_counts_latency_screenings_and_list_ages(client: httpx.AsyncClient) -> None:
    await client.get("/entities/icc-fatou-bensouda")
    await client.get("/entities/icc-karim-khan")
    await client.get("/entities/icc-nobody")
    await client.get("/no/such/path")
    await client.post("/screen", json={"queries": [{"name": "Fatou Bensuda"}, {"name": "Qx Zv"}]})
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    found = samples(response.text)
    entity = (("method", "GET"), ("route", "/entities/{entity_id}"))
    assert found[("embargo_http_requests_total", (*entity, ("status", "200")))] == 2
    assert found[("embargo_http_requests_total", (*entity, ("status", "404")))] == 1
    assert (
        found[
            (
                "embargo_http_requests_total",
                (("method", "GET"), ("route", "unmatched"), ("status", "404")),
            )
        ]
        == 1
    )
    assert found[("embargo_http_request_duration_seconds_count", entity)] == 3
    assert found[("embargo_screening_queries_total", ())] == 2
    assert found[("embargo_screening_hits_total", ())] == 1
    age = found[("embargo_list_age_seconds", (("list", "us_ofac_sdn"),))]
    assert age > 365 * 86400
    assert ("embargo_list_age_seconds", (("list", "icc_case"),)) in found
    assert not re.search(r"_created", response.text)


async def test_each_app_counts_on_its_own(loaded: Store) -> None:
    async with client_for(loaded) as first, client_for(loaded) as second:
        await first.get("/lists")
        text = (await second.get("/metrics")).text
    assert 'route="/lists"' not in text
