"""Property-based fuzzing from the app's own OpenAPI document: no input gives a 5xx.

Schemathesis generates requests (valid and invalid) for every operation and sends them through
the ASGI app on a real store, keys off. Ingesting by URL is left out: it would reach for the
network, where a 502 for an unreachable server is the right answer, not a bug.
"""

from __future__ import annotations

import hypothesis
import pytest
import schemathesis

from embargo.api.config import ServerConfig
from embargo.app import create_app
from embargo.store import Store


@pytest.fixture
def api_schema(loaded: Store) -> schemathesis.BaseSchema:
    app = create_app(ServerConfig(db=loaded.url, auth=False), loaded)
    found = schemathesis.openapi.from_asgi("/openapi.json", app)
    return found.exclude(method="POST", path_regex=r"^/lists/\{list_id\}/versions$")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@hypothesis.settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_no_input_gives_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    where = f"{case.method} {case.formatted_path} {case.query} {case.body!r}"
    assert response.status_code < 500, f"{where} -> {response.status_code}: {response.text}"
    if response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
        assert isinstance(response.json()["detail"], str | list), where
