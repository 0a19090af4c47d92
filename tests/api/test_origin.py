"""Keys off (loopback): other sites' pages may not post to the server, nor reach it by DNS."""

from __future__ import annotations

import httpx
import pytest

from embargo.api.config import ServerConfig
from embargo.app import create_app
from embargo.store import Store
from tests.api.conftest import FIXTURES

pytestmark = pytest.mark.anyio

EVIL = "https://evil.example"


def sdn_upload() -> dict[str, tuple[str, bytes, str]]:
    return {"file": ("sdn.csv", (FIXTURES / "ofac" / "sdn.csv").read_bytes(), "text/csv")}


async def test_cross_site_screen_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/screen", json={"name": "Fatou Bensuda"}, headers={"Origin": EVIL}
    )
    assert response.status_code == 403
    assert response.json()["detail"].startswith(
        "cross-site request refused: Origin https://evil.example is not this server"
    )


async def test_cross_site_ingest_is_refused_and_adds_no_version(
    client: httpx.AsyncClient,
) -> None:
    before = (await client.get("/lists/us_ofac_sdn/versions")).json()
    response = await client.post(
        "/lists/us_ofac_sdn/versions",
        files=sdn_upload(),
        data={"observed_at": "2999-01-01T00:00:00Z"},
        headers={"Origin": EVIL},
    )
    assert response.status_code == 403
    assert (await client.get("/lists/us_ofac_sdn/versions")).json() == before


async def test_sec_fetch_site_cross_site_is_refused_without_origin(
    client: httpx.AsyncClient,
) -> None:
    headers = {"Sec-Fetch-Site": "cross-site"}
    response = await client.post("/screen", json={"name": "Fatou Bensuda"}, headers=headers)
    assert response.status_code == 403
    assert "Sec-Fetch-Site is cross-site" in response.json()["detail"]


async def test_opaque_null_origin_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/screen", json={"name": "x1"}, headers={"Origin": "null"})
    assert response.status_code == 403


async def test_same_origin_post_is_served(client: httpx.AsyncClient) -> None:
    headers = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    response = await client.post("/screen", json={"name": "Fatou Bensuda"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["results"][0]["hits"][0]["entity_id"] == "icc-fatou-bensouda"


async def test_web_login_form_from_its_own_page_is_served(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/login", data={"key": "emb_unknown", "next": "/"}, headers={"Origin": "http://testserver"}
    )
    # The form was handled (the key is unknown), not refused by the origin check.
    assert response.status_code == 401
    assert "This key is unknown or has been revoked." in response.text


async def test_post_without_origin_is_served(client: httpx.AsyncClient) -> None:
    """curl and scripts send no Origin; with keys off they are trusted, as before."""
    response = await client.post("/screen", json={"name": "Fatou Bensuda"})
    assert response.status_code == 200


async def test_cross_site_get_is_served(client: httpx.AsyncClient) -> None:
    """Reads change nothing, and the browser keeps their answer from the other site."""
    response = await client.get("/lists", headers={"Origin": EVIL})
    assert response.status_code == 200


async def test_with_keys_on_the_key_decides(
    secured: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    headers = {"Origin": EVIL, "Authorization": f"Bearer {keys['screener']}"}
    response = await secured.post("/screen", json={"name": "Fatou Bensuda"}, headers=headers)
    assert response.status_code == 200


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "[::1]:8000", "testserver"])
async def test_loopback_host_names_are_served(client: httpx.AsyncClient, host: str) -> None:
    assert (await client.get("/healthz", headers={"Host": host})).status_code == 200


async def test_rebound_host_name_is_refused_on_loopback(client: httpx.AsyncClient) -> None:
    """DNS rebinding: evil.example now resolves to 127.0.0.1, and the page is same-origin."""
    response = await client.post(
        "/screen",
        json={"name": "Fatou Bensuda"},
        headers={"Host": "evil.example:8000", "Origin": "http://evil.example:8000"},
    )
    assert response.status_code == 400
    assert response.text == "Invalid host header"


async def test_any_host_name_is_served_off_loopback(loaded: Store) -> None:
    config = ServerConfig(db=loaded.url, host="0.0.0.0", auth=True)
    transport = httpx.ASGITransport(app=create_app(config, loaded))
    async with httpx.AsyncClient(transport=transport, base_url="http://embargo.example") as c:
        assert (await c.get("/healthz")).status_code == 200
