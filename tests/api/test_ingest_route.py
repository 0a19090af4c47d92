"""POST /lists/{list}/versions: an admin adds a list version by upload; all or nothing."""

from __future__ import annotations

import gzip

import httpx
import pytest

from tests.api.conftest import FIXTURES

pytestmark = pytest.mark.anyio

OFAC = FIXTURES / "ofac"


def upload(*names: str, gz: bool = False) -> list[tuple[str, tuple[str, bytes, str]]]:
    found = []
    for name in names:
        content = (OFAC / name).read_bytes()
        if gz:
            content, name = gzip.compress(content), name + ".gz"
        found.append(("file", (name, content, "text/csv")))
    return found


async def test_upload_adds_a_version_and_screening_sees_it(client: httpx.AsyncClient) -> None:
    files = upload("sdn.csv", "alt.csv", gz=True)
    response = await client.post(
        "/lists/us_ofac_sdn/versions", files=files, data={"observed_at": "2024-06-01T00:00:00Z"}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["list_id"], body["unchanged"]) == ("us_ofac_sdn", False)
    assert body["version"]["seq"] == 2
    assert body["version"]["observed_at"] == "2024-06-01T00:00:00"
    assert [f["name"] for f in body["version"]["files"]] == ["sdn.csv", "alt.csv"]
    assert body["counts"]["records"] == 40
    screened = await client.post("/screen", json={"name": "Banco Nacional de Cuba"})
    assert ("us_ofac_sdn", 2) in [(v["list_id"], v["seq"]) for v in screened.json()["versions"]]
    again = await client.post("/lists/us_ofac_sdn/versions", files=files)
    assert again.json()["unchanged"] is True
    assert again.json()["version"]["seq"] == 2


async def test_file_names_are_only_base_names(client: httpx.AsyncClient) -> None:
    content = (OFAC / "sdn.csv").read_bytes()
    files = [("file", ("../../etc/sdn.csv", content, "text/csv"))]
    response = await client.post("/lists/us_ofac_sdn/versions", files=files)
    assert response.status_code == 201
    assert response.json()["version"]["files"][0]["name"] == "sdn.csv"


@pytest.mark.parametrize(
    ("list_id", "data", "files", "status", "detail"),
    [
        ("us_ofac_sdn", {}, [], 400, "ofac-sdn takes 1 to 4 files, got 0"),
        ("us_ofac_sdn", {"url": "/etc/passwd"}, [], 400, "not an http(s) URL: '/etc/passwd'"),
        ("eu_fsf", {}, upload("sdn.csv"), 400, "unknown list 'eu_fsf'"),
        ("us_ofac_sdn", {}, upload("alt.csv"), 400, "no sdn.csv among the files given"),
        ("us_ofac_sdn", {"observed_at": "2000-01-01"}, upload("sdn.csv"), 409, "not after"),
    ],
)
async def test_bad_ingests_change_nothing(
    client: httpx.AsyncClient,
    list_id: str,
    data: dict[str, str],
    files: list[tuple[str, tuple[str, bytes, str]]],
    status: int,
    detail: str,
) -> None:
    response = await client.post(f"/lists/{list_id}/versions", data=data, files=files or None)
    assert response.status_code == status, response.text
    assert detail in response.json()["detail"]
    versions = (await client.get("/lists/us_ofac_sdn/versions")).json()
    assert len(versions) == 1


async def test_bad_observed_at_is_a_422(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/lists/us_ofac_sdn/versions", data={"observed_at": "soon"}, files=upload("sdn.csv")
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "observed_at"
