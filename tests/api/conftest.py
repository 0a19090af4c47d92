"""An app over a real SQLite store holding the bundled ICC case and the small OFAC extract.

Requests go through the whole ASGI app (middleware, auth, handlers) with httpx's ASGI
transport; no server process, no mocks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from embargo import registry
from embargo.api.config import ServerConfig
from embargo.app import create_app
from embargo.registry.keys import Role, create_key
from embargo.store import Store
from tests.conftest import FIXTURES

OFAC_FILES = [str(FIXTURES / "ofac" / name) for name in ("sdn.csv", "add.csv", "alt.csv")]
#: When the OFAC extract counts as observed: after the ICC designations of 2020, before 2025.
OFAC_OBSERVED = "2024-05-03T12:00:00Z"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def loaded(store: Store) -> Store:
    registry.ingest_curated(store)
    registry.ingest_list(store, "us_ofac_sdn", OFAC_FILES, registry.parse_moment(OFAC_OBSERVED))
    return store


def client_for(store: Store, *, auth: bool = False, max_batch: int = 100) -> httpx.AsyncClient:
    config = ServerConfig(db=store.url, auth=auth, max_batch=max_batch)
    app = create_app(config, store)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


@pytest.fixture
async def client(loaded: Store) -> AsyncIterator[httpx.AsyncClient]:
    """Authentication off, as on loopback."""
    async with client_for(loaded) as found:
        yield found


@pytest.fixture
async def secured(loaded: Store) -> AsyncIterator[httpx.AsyncClient]:
    """Authentication on, as on any other interface."""
    async with client_for(loaded, auth=True) as found:
        yield found


@pytest.fixture
def keys(loaded: Store) -> dict[str, str]:
    """A fresh key per role, by role name."""
    return {role.value: create_key(loaded, role, f"test {role.value}").token for role in Role}
