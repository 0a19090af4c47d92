"""The bundled ICC case gives exact statuses at every boundary from 2020 to today."""

from __future__ import annotations

from datetime import date

import pytest

from embargo import registry
from embargo.registry import EntityStatus
from embargo.store import Store


@pytest.fixture
def icc(store: Store) -> Store:
    registry.ingest_curated(store)
    return store


def one(store: Store, query: str, day: str) -> EntityStatus:
    [answer] = registry.status(store, query, date.fromisoformat(day))
    return answer


@pytest.mark.parametrize(
    ("day", "designated"),
    [
        ("2020-01-01", False),
        ("2020-09-01", False),
        ("2020-09-02", True),
        ("2020-12-01", True),
        ("2021-04-01", True),
        ("2021-04-02", False),
        ("2021-05-01", False),
        ("2022-01-01", False),
        ("2025-03-01", False),
        ("2026-11-23", False),
    ],
)
def test_bensouda_designated_from_listing_to_delisting(
    icc: Store, day: str, designated: bool
) -> None:
    assert one(icc, "Fatou Bensouda", day).designated is designated


def test_bensouda_on_1_december_2020_names_act_programme_and_measures(icc: Store) -> None:
    answer = one(icc, "BENSOUDA, Fatou", "2020-12-01")
    [designation] = answer.designations
    assert designation.state.list_id == "us_ofac_sdn"
    assert designation.state.since == date(2020, 9, 2)
    assert designation.state.programmes == ("ICCP-EO13928",)
    assert [i.id for i in designation.instruments][:1] == ["us-eo-13928"]
    assert [m.id for m in designation.measures] == [
        "asset_freeze",
        "dealings_prohibition",
        "donations_ban",
        "entry_ban",
        "entry_ban_family",
    ]
    assert designation.licences == []


def test_bensouda_after_delisting_says_what_ended_it(icc: Store) -> None:
    [designation] = one(icc, "icc-fatou-bensouda", "2021-05-01").designations
    assert designation.state.in_force is False
    assert designation.state.since == date(2021, 4, 2)
    assert designation.state.first_listed == date(2020, 9, 2)
    assert designation.measures == []


def test_before_listing_the_later_designation_is_named(icc: Store) -> None:
    answer = one(icc, "Fatou Bensouda", "2020-06-01")
    assert answer.designations == []
    assert [(e.kind.value, e.date) for e in answer.later] == [("listed", date(2020, 9, 2))]


@pytest.mark.parametrize(
    ("day", "designated"), [("2025-02-05", False), ("2025-02-06", True), ("2026-01-01", True)]
)
def test_karim_khan_under_eo_14203_from_february_2025(
    icc: Store, day: str, designated: bool
) -> None:
    answer = one(icc, "Karim Khan", day)
    assert answer.designated is designated
    if designated:
        assert answer.designations[0].state.programmes == ("ICC-EO14203",)
        assert "us-eo-14203" in [i.id for i in answer.designations[0].instruments]


@pytest.mark.parametrize(
    ("day", "designated", "licences"),
    [
        ("2025-06-04", False, []),
        ("2025-06-05", True, ["us-ofac-icc-gl-1"]),
        ("2025-07-01", True, ["us-ofac-icc-gl-1"]),
        ("2025-07-07", True, ["us-ofac-icc-gl-1"]),
        ("2025-07-08", True, []),
        ("2025-07-09", True, []),
    ],
)
def test_judge_wind_down_licence_in_force_until_it_lapses(
    icc: Store, day: str, designated: bool, licences: list[str]
) -> None:
    answer = one(icc, "Solomy Balungi Bossa", day)
    assert answer.designated is designated
    found = [lic.id for d in answer.designations for lic in d.licences]
    assert found == licences


def test_albanese_court_order_named_while_in_force(icc: Store) -> None:
    before = one(icc, "icc-francesca-albanese", "2026-05-12")
    after = one(icc, "icc-francesca-albanese", "2026-05-13")
    orders_before = {o.id for d in before.designations for o in d.court_orders}
    orders_after = {o.id for d in after.designations for o in d.court_orders}
    assert "us-ddc-albanese-pi-2026-05-13" not in orders_before
    assert "us-ddc-albanese-pi-2026-05-13" in orders_after


def test_loading_the_same_case_twice_creates_nothing(icc: Store) -> None:
    again = registry.ingest_curated(icc)
    assert again.unchanged is True
    assert len(icc.versions("icc_case")) == 1


def test_unknown_name_is_not_found(icc: Store) -> None:
    from embargo.exc import NotFound

    with pytest.raises(NotFound, match="no entity"):
        registry.status(icc, "Nobody Atall", date(2021, 1, 1))


def test_history_lists_every_event_in_order(icc: Store) -> None:
    [(entity_id, events)] = registry.history(icc, "Phakiso Mochochoko").items()
    assert entity_id == "icc-phakiso-mochochoko"
    assert [(e.kind.value, e.date.isoformat()) for e in events] == [
        ("listed", "2020-09-02"),
        ("delisted", "2021-04-02"),
    ]


def test_an_order_about_one_person_is_not_named_for_another(icc: Store) -> None:
    answer = one(icc, "Karim Khan", "2026-06-01")
    orders = {o.id for d in answer.designations for o in d.court_orders}
    assert "us-ddc-albanese-pi-2026-05-13" not in orders
    assert "us-sdny-rona-v-trump-2025-07-30" in orders


def test_instruments_named_are_those_in_force_that_day(icc: Store) -> None:
    early = one(icc, "Karim Khan", "2025-03-01").designations[0]
    later = one(icc, "Karim Khan", "2025-07-01").designations[0]
    assert [i.id for i in early.instruments] == ["us-eo-14203"]
    assert [i.id for i in later.instruments] == ["us-eo-14203", "us-cfr-31-528"]


def test_entity_view_has_positions_and_curated_relationships(icc: Store) -> None:
    [view] = registry.entity_views(icc, "Phakiso Mochochoko")
    assert view.entity.positions == (
        "Head of the Jurisdiction, Complementarity and Cooperation Division, "
        "Office of the Prosecutor, International Criminal Court",
    )
    assert [(r.kind.value, r.target_id) for r in view.relationships] == [
        ("associate", "icc-fatou-bensouda")
    ]
