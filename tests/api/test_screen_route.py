"""POST /screen: hits with scores, explanations and the status on the as-of day."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from embargo.api.config import ServerConfig
from embargo.api.state import ServerState
from embargo.exc import InvalidInput
from embargo.store import Store
from tests.api.conftest import client_for

pytestmark = pytest.mark.anyio


async def screen(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/screen", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_misspelt_name_found_designated_with_measures(client: httpx.AsyncClient) -> None:
    answer = await screen(client, name="Fatou Bensuda", as_of="2020-12-01")
    assert answer["as_of"] == "2020-12-01"
    [result] = answer["results"]
    [hit] = result["hits"]
    assert hit["entity_id"] == "icc-fatou-bensouda"
    assert hit["caption"] == "BENSOUDA, Fatou"
    assert hit["score"] >= 0.9
    assert hit["name"]["candidate_name"] == "BENSOUDA, Fatou"
    assert hit["name"]["alignment"] == "fatou=fatou bensuda~bensouda"
    assert hit["explanation"].startswith("icc-fatou-bensouda 0.9")
    status = hit["status"]
    assert (status["verdict"], status["designated"], status["day"]) == (
        "designated",
        True,
        "2020-12-01",
    )
    [designation] = status["designations"]
    assert designation["in_force"] is True
    assert designation["since"] == "2020-09-02"
    assert [p["code"] for p in designation["programmes"]] == ["ICCP-EO13928"]
    assert "us-eo-13928" in [i["id"] for i in designation["instruments"]]
    assert [m["id"] for m in designation["measures"]] == [
        "asset_freeze",
        "dealings_prohibition",
        "donations_ban",
        "entry_ban",
        "entry_ban_family",
    ]


async def test_found_but_not_designated_after_delisting(client: httpx.AsyncClient) -> None:
    answer = await screen(client, name="Fatou Bensuda", as_of="2022-01-01")
    [hit] = answer["results"][0]["hits"]
    assert hit["entity_id"] == "icc-fatou-bensouda"
    status = hit["status"]
    assert (status["verdict"], status["designated"]) == ("not designated", False)
    [designation] = status["designations"]
    assert designation["in_force"] is False
    assert designation["last_event"] == "delisted"
    assert designation["since"] == "2021-04-02"
    assert designation["measures"] == []


async def test_versions_used_are_those_observed_by_the_day(client: httpx.AsyncClient) -> None:
    before = await screen(client, name="Fatou Bensuda", as_of="2024-05-02")
    assert [v["list_id"] for v in before["versions"]] == ["icc_case"]
    after = await screen(client, name="Banco Nacional de Cuba", as_of="2024-05-04")
    assert [(v["list_id"], v["seq"]) for v in after["versions"]] == [
        ("icc_case", 1),
        ("us_ofac_sdn", 1),
    ]
    assert all(len(v["sha256"]) == 64 for v in after["versions"])
    [hit] = [h for h in after["results"][0]["hits"] if h["entity_id"] == "ofac-306"]
    assert hit["lists"] == ["us_ofac_sdn"]
    assert hit["status"]["designations"][0]["programmes"][0]["code"] == "CUBA"


async def test_batch_answers_each_query_in_order(client: httpx.AsyncClient) -> None:
    answer = await screen(
        client,
        queries=[
            {"name": "Karim Khan", "kind": "person"},
            {"name": "Fatou Bensuda", "birth_date": "1961-01-31", "countries": ["GM"]},
            {"name": "Qwzxv Plmokn"},
        ],
        as_of="2025-03-01",
        lists=["icc_case"],
        threshold=0.8,
    )
    results = answer["results"]
    assert [r["query"]["name"] for r in results] == ["Karim Khan", "Fatou Bensuda", "Qwzxv Plmokn"]
    assert [h["entity_id"] for h in results[0]["hits"]] == ["icc-karim-khan"]
    assert results[0]["hits"][0]["status"]["designated"] is True
    bensouda = results[1]["hits"][0]
    assert results[1]["query"]["countries"] == ["gm"]
    assert {f["name"] for f in bensouda["features"]} >= {"birth_date"}
    assert bensouda["status"]["designated"] is False
    assert results[2]["hits"] == []
    assert answer["threshold"] == 0.8


async def test_batch_larger_than_allowed_is_a_422_on_queries(loaded: Store) -> None:
    async with client_for(loaded, max_batch=2) as client:
        response = await client.post("/screen", json={"queries": [{"name": "a b"}] * 3})
    assert response.status_code == 422
    assert response.json()["detail"] == "queries: at most 2 queries per call"
    assert response.json()["errors"] == [
        {"field": "queries", "in": "body", "message": "at most 2 queries per call"}
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": "x y", "queries": [{"name": "x"}]}, "name"),
        ({"name": "---"}, "name"),
        ({"name": "x", "birth_date": "2021-02-30"}, "birth_date"),
        ({"name": "x", "birth_date": "31/01/1961"}, "birth_date"),
        ({"name": "x", "countries": ["gmb"]}, "countries.0"),
        ({"name": "x", "kind": "ship"}, "kind"),
        ({"name": "x", "threshold": 1.5}, "threshold"),
        ({"name": "x", "limit": 0}, "limit"),
        ({"name": "x", "as_of": "2020-13-01"}, "as_of"),
        ({"name": "x", "identifiers": [{"kind": "shoe_size", "value": "9"}]}, "identifiers.0.kind"),
        ({"queries": []}, "queries"),
        ({"queries": [{"name": "x", "dob": "1961"}]}, "queries.0.dob"),
        ({"queries": [{"kind": "person"}]}, "queries.0.name"),
    ],
)
async def test_invalid_input_is_a_422_naming_the_field(
    client: httpx.AsyncClient, body: dict[str, Any], field: str
) -> None:
    response = await client.post("/screen", json=body)
    assert response.status_code == 422, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    assert response.json()["detail"].startswith(f"{field}: ")


async def test_malformed_json_and_unknown_list(client: httpx.AsyncClient) -> None:
    broken = await client.post(
        "/screen", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    unknown = await client.post("/screen", json={"name": "x", "lists": ["eu_fsf"]})
    assert unknown.status_code == 400
    assert unknown.json() == {"detail": "no such lists in the store: eu_fsf"}


async def test_thresholds_per_list(client: httpx.AsyncClient) -> None:
    strict = await screen(client, name="Fatou Bensuda", list_thresholds={"icc_case": 0.99})
    assert strict["list_thresholds"] == {"icc_case": 0.99}
    assert strict["results"][0]["hits"] == []
    loose = await screen(
        client, name="Fatou Bensuda", threshold=0.99, list_thresholds={"icc_case": 0.9}
    )
    assert [h["entity_id"] for h in loose["results"][0]["hits"]] == ["icc-fatou-bensouda"]
    bad = await client.post("/screen", json={"name": "x", "list_thresholds": {"icc_case": 2}})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "list_thresholds.icc_case"


async def test_screener_build_locks_are_dropped_once_built(loaded: Store) -> None:
    state = ServerState(ServerConfig(db=loaded.url, auth=False), loaded)
    day = date(2020, 12, 1)
    built = state.screener(day, ("icc_case",))
    assert state.screener(day, ("icc_case",)) is built
    with pytest.raises(InvalidInput):
        state.screener(day, ("no_such_list",))
    assert state._building == {}


async def test_empty_list_selection_is_a_422_not_no_lists(client: httpx.AsyncClient) -> None:
    response = await client.post("/screen", json={"name": "Fatou Bensuda", "lists": []})
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert (error["field"], error["in"]) == ("lists", "body")
    assert response.json()["detail"].startswith("lists: List should have at least 1 item")
