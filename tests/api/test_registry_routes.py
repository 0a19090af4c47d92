"""Search, entities, history, lists, changes, instruments and programmes over HTTP."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_search_finds_names_in_any_order_and_says_the_status(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/search", params={"q": "fatou BENSOUDA"})
    assert response.status_code == 200
    page = response.json()
    assert (page["total"], page["truncated"]) == (1, False)
    [item] = page["items"]
    assert item["entity_id"] == "icc-fatou-bensouda"
    assert item["lists"] == ["icc_case"]
    assert item["programmes"] == ["ICCP-EO13928"]
    assert item["countries"] == ["gm"]


async def test_search_filters(client: httpx.AsyncClient) -> None:
    async def ids(**params: str) -> list[str]:
        response = await client.get("/search", params=params)
        assert response.status_code == 200, response.text
        return [i["entity_id"] for i in response.json()["items"]]

    assert await ids(q="bensouda", designated_on="2020-12-01") == ["icc-fatou-bensouda"]
    assert await ids(q="bensouda", designated_on="2022-01-01") == []
    assert await ids(q="cuba", list="us_ofac_sdn") == ["ofac-306"]
    assert await ids(q="cuba", list="icc_case") == []
    assert await ids(q="khan", programme="ICC-EO14203") == [
        "icc-karim-khan",
        "icc-nazhat-shameem-khan",
    ]
    assert await ids(q="khan", programme="SDGT") == []
    assert await ids(q="ark", kind="vessel") == ["ofac-15037"]
    assert await ids(q="bensouda", country="gm") == ["icc-fatou-bensouda"]
    assert await ids(q="bensouda", country="fr") == []


async def test_search_pages(client: httpx.AsyncClient) -> None:
    first = (await client.get("/search", params={"q": "bank", "limit": 1})).json()
    second = (await client.get("/search", params={"q": "bank", "limit": 1, "offset": 1})).json()
    assert first["total"] == second["total"] >= 2
    assert first["items"][0]["entity_id"] != second["items"][0]["entity_id"]


async def test_entity_with_status_on_a_day(client: httpx.AsyncClient) -> None:
    response = await client.get("/entities/icc-fatou-bensouda", params={"as_of": "2020-12-01"})
    assert response.status_code == 200
    body = response.json()
    assert body["entity"]["caption"] == "BENSOUDA, Fatou"
    assert [n["value"] for n in body["entity"]["names"]] == [
        "BENSOUDA, Fatou",
        "BENSOUDA, Fatou Bom",
    ]
    assert body["entity"]["birth_dates"] == ["1961-01-31"]
    assert body["lists"] == ["icc_case"]
    assert ("icc-phakiso-mochochoko", "associate", "icc-fatou-bensouda") in [
        (r["source_id"], r["kind"], r["target_id"]) for r in body["relationships"]
    ]
    assert body["status"]["verdict"] == "designated"
    later = await client.get("/entities/icc-fatou-bensouda", params={"as_of": "2022-01-01"})
    assert later.json()["status"]["verdict"] == "not designated"


async def test_entity_history_in_order(client: httpx.AsyncClient) -> None:
    response = await client.get("/entities/icc-fatou-bensouda/history")
    assert response.status_code == 200
    events = response.json()["events"]
    assert [(e["kind"], e["date"]) for e in events] == [
        ("listed", "2020-09-02"),
        ("delisted", "2021-04-02"),
    ]
    assert events[0]["instruments"] == ["us-eo-13928"]
    assert events[0]["sources"][0]["url"] == "https://ofac.treasury.gov/recent-actions/20200902"


async def test_unknown_entity_is_a_404(client: httpx.AsyncClient) -> None:
    for path in ("/entities/icc-nobody", "/entities/icc-nobody/history"):
        response = await client.get(path)
        assert response.status_code == 404
        assert "icc-nobody" in response.json()["detail"]


async def test_lists_versions_and_freshness(client: httpx.AsyncClient) -> None:
    lists = {item["id"]: item for item in (await client.get("/lists")).json()}
    assert sorted(lists) == ["icc_case", "us_ofac_sdn"]
    sdn = lists["us_ofac_sdn"]
    assert (sdn["kind"], sdn["versions"]) == ("official", 1)
    assert sdn["latest"]["observed_at"] == "2024-05-03T12:00:00"
    assert sdn["latest"]["counts"]["records"] == 40
    assert sdn["age_seconds"] > 0
    [version] = (await client.get("/lists/us_ofac_sdn/versions")).json()
    assert version["sha256"] == sdn["latest"]["sha256"]
    assert [f["name"].rsplit("/", 1)[-1] for f in version["files"]] == [
        "sdn.csv",
        "add.csv",
        "alt.csv",
    ]
    missing = await client.get("/lists/eu_fsf/versions")
    assert (missing.status_code, missing.json()) == (
        404,
        {"detail": "no list 'eu_fsf' in the store"},
    )


async def test_changes_between_days(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/lists/us_ofac_sdn/changes", params={"since": "2020-01-01", "until": "2021-12-31"}
    )
    body = response.json()
    assert [(e["entity_id"], e["kind"], e["date"]) for e in body["events"]] == [
        ("icc-fatou-bensouda", "listed", "2020-09-02"),
        ("icc-phakiso-mochochoko", "listed", "2020-09-02"),
        ("icc-fatou-bensouda", "delisted", "2021-04-02"),
        ("icc-phakiso-mochochoko", "delisted", "2021-04-02"),
    ]
    page = await client.get("/lists/us_ofac_sdn/changes", params={"limit": 2, "offset": 1})
    assert page.json()["offset"] == 1
    assert len(page.json()["events"]) == 2
    assert (await client.get("/lists/nope/changes")).status_code == 404


async def test_instrument_with_designations_in_order(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/instruments")).json()
    assert "us-eo-14203" in [i["id"] for i in listed]
    body = (await client.get("/instruments/us-eo-14203")).json()
    assert body["instrument"]["citation"] == "90 FR 9369"
    assert [p["code"] for p in body["programmes"]] == ["ICC-EO14203"]
    first = body["designations"][0]
    assert (first["entity_id"], first["kind"], first["date"]) == (
        "icc-karim-khan",
        "listed",
        "2025-02-06",
    )
    dates = [d["date"] for d in body["designations"]]
    assert dates == sorted(dates)
    revoked = (await client.get("/instruments/us-eo-13928")).json()
    assert [i["id"] for i in revoked["related"]] == ["us-eo-14022"]


async def test_programmes(client: httpx.AsyncClient) -> None:
    codes = [p["code"] for p in (await client.get("/programmes")).json()]
    assert {"ICCP-EO13928", "ICC-EO14203", "SDGT"} <= set(codes)
    body = (await client.get("/programmes/ICCP-EO13928")).json()
    assert [i["id"] for i in body["instruments"]] == ["us-eo-13928", "us-cfr-31-520"]
    assert {d["entity_id"] for d in body["designations"]} == {
        "icc-fatou-bensouda",
        "icc-phakiso-mochochoko",
    }
    assert (await client.get("/programmes/NOPE")).status_code == 404
    assert (await client.get("/instruments/nope")).status_code == 404


async def test_query_validation_names_the_field(client: httpx.AsyncClient) -> None:
    cases = [
        ("/search", {"q": ""}, "q"),
        ("/search", {"q": "x", "limit": "500"}, "limit"),
        ("/search", {"q": "x", "designated_on": "yesterday"}, "designated_on"),
        ("/search", {"q": "x", "kind": "ship"}, "kind"),
        ("/entities/icc-fatou-bensouda", {"as_of": "2020-02-30"}, "as_of"),
        ("/lists/us_ofac_sdn/changes", {"since": "soon"}, "since"),
    ]
    for path, params, field in cases:
        response = await client.get(path, params=params)
        assert response.status_code == 422, (path, params)
        assert response.json()["errors"][0] == {
            "field": field,
            "in": "query",
            "message": response.json()["errors"][0]["message"],
        }
    missing = await client.get("/search")
    assert missing.json()["detail"] == "q: Field required"
