"""Keys and roles: nothing but health checks answers without a valid key; each role its routes."""

from __future__ import annotations

import httpx
import pytest

from embargo.api.config import ServerConfig
from embargo.registry.keys import revoke_key
from embargo.store import Store
from tests.api.conftest import FIXTURES

pytestmark = pytest.mark.anyio

READ = [
    ("GET", "/search?q=bensouda"),
    ("GET", "/entities/icc-fatou-bensouda"),
    ("GET", "/entities/icc-fatou-bensouda/history"),
    ("GET", "/lists"),
    ("GET", "/lists/us_ofac_sdn/versions"),
    ("GET", "/lists/us_ofac_sdn/changes"),
    ("GET", "/instruments"),
    ("GET", "/instruments/us-eo-14203"),
    ("GET", "/programmes"),
    ("GET", "/programmes/ICC-EO14203"),
    ("GET", "/metrics"),
]
SCREEN = ("POST", "/screen")
INGEST = ("POST", "/lists/us_ofac_sdn/versions")


async def call(
    client: httpx.AsyncClient, route: tuple[str, str], headers: dict[str, str]
) -> httpx.Response:
    method, path = route
    if route == SCREEN:
        return await client.post(path, json={"name": "Fatou Bensuda"}, headers=headers)
    if route == INGEST:
        sdn = (FIXTURES / "ofac" / "sdn.csv").read_bytes()
        files = {"file": ("sdn.csv", sdn, "text/csv")}
        return await client.post(path, files=files, headers=headers)
    return await client.request(method, path, headers=headers)


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


async def test_health_checks_need_no_key(secured: httpx.AsyncClient) -> None:
    assert (await secured.get("/healthz")).json() == {"status": "ok"}
    assert (await secured.get("/readyz")).json() == {"status": "ready", "lists": 2}


@pytest.mark.parametrize("route", [*READ, SCREEN, INGEST])
async def test_without_a_key_every_route_is_401(
    secured: httpx.AsyncClient, route: tuple[str, str]
) -> None:
    response = await call(secured, route, {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "API key is required" in response.json()["detail"]


async def test_unknown_keys_are_401(secured: httpx.AsyncClient) -> None:
    for headers in (bearer("emb_not-a-key"), {"X-API-Key": "nope"}, bearer("")):
        response = await secured.get("/lists", headers=headers)
        assert response.status_code == 401


@pytest.mark.parametrize(
    ("role", "allowed", "forbidden"),
    [
        ("reader", [*READ], [SCREEN, INGEST]),
        ("screener", [*READ, SCREEN], [INGEST]),
        ("admin", [*READ, SCREEN, INGEST], []),
    ],
)
async def test_each_role_its_routes(
    secured: httpx.AsyncClient,
    keys: dict[str, str],
    role: str,
    allowed: list[tuple[str, str]],
    forbidden: list[tuple[str, str]],
) -> None:
    for route in allowed:
        response = await call(secured, route, bearer(keys[role]))
        assert response.status_code in (200, 201), (role, route, response.text)
    for route in forbidden:
        response = await call(secured, route, bearer(keys[role]))
        assert response.status_code == 403, (role, route)
        assert response.json()["detail"].startswith(f"this key has role {role}")


async def test_key_in_header_cookie_or_bearer(
    secured: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    key = keys["reader"]
    assert (await secured.get("/lists", headers={"X-API-Key": key})).status_code == 200
    assert (
        await secured.get("/lists", headers={"Cookie": f"embargo_key={key}"})
    ).status_code == 200
    assert (await secured.get("/lists", headers=bearer(key))).status_code == 200


async def test_revoked_key_is_401_at_once(
    secured: httpx.AsyncClient, loaded: Store, keys: dict[str, str]
) -> None:
    assert (await secured.get("/lists", headers=bearer(keys["admin"]))).status_code == 200
    [record] = [k for k in loaded.api_keys() if k.role == "admin"]
    revoke_key(loaded, record.id)
    response = await secured.get("/lists", headers=bearer(keys["admin"]))
    assert response.status_code == 401
    assert response.json() == {"detail": "unknown or revoked API key"}


async def test_without_auth_every_route_is_open(client: httpx.AsyncClient) -> None:
    for route in [*READ, SCREEN]:
        assert (await call(client, route, {})).status_code == 200, route


@pytest.mark.parametrize(
    ("host", "auth", "required"),
    [
        ("127.0.0.1", None, False),
        ("localhost", None, False),
        ("::1", None, False),
        ("0.0.0.0", None, True),
        ("192.168.1.20", None, True),
        ("example.org", None, True),
        ("127.0.0.1", True, True),
        ("0.0.0.0", False, False),
    ],
)
def test_auth_is_on_unless_loopback(host: str, auth: bool | None, required: bool) -> None:
    assert ServerConfig(host=host, auth=auth).auth_required is required
