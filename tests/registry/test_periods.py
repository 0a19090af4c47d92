"""Designation periods agree with the status fold on every day, and read the ICC case right."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from embargo import registry
from embargo.model.designation import Event, EventKind, fold_designation
from embargo.registry.periods import designation_periods, entity_histories, histories
from embargo.store import Store

START = date(2020, 1, 1)


def event(
    kind: EventKind,
    day: date,
    *programmes: str,
    version: int | None = None,
    basis: str = "legal",
    designation: str = "us_ofac_sdn:1",
) -> Event:
    return Event(
        designation_id=designation,
        list_id=designation.split(":")[0],
        entity_id="ofac-1",
        kind=kind,
        date=day,
        programmes=programmes,
        version_id=version,
        date_basis=basis,
    )


def d(text: str) -> date:
    return date.fromisoformat(text)


def test_listed_then_delisted_is_one_closed_period() -> None:
    (period,) = designation_periods(
        [
            event(EventKind.DELISTED, d("2021-04-02")),
            event(EventKind.LISTED, d("2020-09-02"), "ICCP-EO13928"),
        ]
    )
    assert (period.start, period.end, period.programmes) == (
        d("2020-09-02"),
        d("2021-04-02"),
        ("ICCP-EO13928",),
    )
    assert period.closed_by is not None and period.closed_by.kind is EventKind.DELISTED
    assert period.covers(d("2021-04-01")) and not period.covers(d("2021-04-02"))


def test_relisting_opens_a_second_period_that_keeps_the_last_terms() -> None:
    periods = designation_periods(
        [
            event(EventKind.LISTED, d("2020-09-02"), "A"),
            event(EventKind.DELISTED, d("2021-04-02")),
            event(EventKind.RELISTED, d("2025-02-06")),
        ]
    )
    assert [(p.start, p.end, p.programmes) for p in periods] == [
        (d("2020-09-02"), d("2021-04-02"), ("A",)),
        (d("2025-02-06"), None, ("A",)),
    ]


def test_an_amendment_to_other_programmes_splits_the_period() -> None:
    periods = designation_periods(
        [
            event(EventKind.LISTED, d("2019-01-01"), "SDGT"),
            event(EventKind.AMENDED, d("2019-06-01")),
            event(EventKind.AMENDED, d("2020-01-01"), "SDGT", "IRGC"),
        ]
    )
    assert [(p.start, p.end, p.programmes) for p in periods] == [
        (d("2019-01-01"), d("2020-01-01"), ("SDGT",)),
        (d("2020-01-01"), None, ("SDGT", "IRGC")),
    ]


def test_first_observed_start_is_marked_unknown() -> None:
    (period,) = designation_periods(
        [event(EventKind.LISTED, d("2021-08-18"), "SDGT", version=1, basis="first_observed")]
    )
    assert not period.start_known


def test_listed_and_delisted_on_one_day_is_never_in_force() -> None:
    assert (
        designation_periods(
            [event(EventKind.LISTED, d("2020-01-01")), event(EventKind.DELISTED, d("2020-01-01"))]
        )
        == ()
    )


def test_histories_group_by_designation_earliest_first() -> None:
    found = histories(
        [
            event(EventKind.LISTED, d("2022-01-01"), designation="un_sc:QDi.1"),
            event(EventKind.LISTED, d("2020-01-01"), designation="us_ofac_sdn:1"),
            event(EventKind.DELISTED, d("2021-01-01"), designation="us_ofac_sdn:1"),
        ]
    )
    assert [(h.designation_id, h.list_id, len(h.events)) for h in found] == [
        ("us_ofac_sdn:1", "us_ofac_sdn", 2),
        ("un_sc:QDi.1", "un_sc", 1),
    ]
    assert found[0].in_force(d("2020-06-01")) and not found[0].in_force(d("2021-06-01"))


KINDS = st.sampled_from(list(EventKind))
PROGRAMMES = st.sampled_from([(), ("A",), ("B",), ("A", "B")])
EVENTS = st.lists(
    st.tuples(KINDS, st.integers(0, 60), PROGRAMMES, st.sampled_from([None, 1, 2])),
    min_size=1,
    max_size=8,
)


@given(EVENTS)
def test_periods_agree_with_the_status_fold_on_every_day(
    raw: list[tuple[EventKind, int, tuple[str, ...], int | None]],
) -> None:
    events = [
        event(kind, START + timedelta(days=offset), *progs, version=version)
        for kind, offset, progs, version in raw
    ]
    periods = designation_periods(events)
    for offset in range(-1, 63):
        day = START + timedelta(days=offset)
        state = fold_designation(events, day)
        folded = state is not None and state.in_force
        covering = [p for p in periods if p.covers(day)]
        assert folded == (len(covering) == 1), day
        if folded:
            assert state is not None
            assert set(covering[0].programmes) == set(state.programmes)


def test_bensouda_in_the_bundled_case(store: Store) -> None:
    registry.ingest_curated(store)
    (history,) = entity_histories(store, "icc-fatou-bensouda")
    (period,) = history.periods
    assert (period.start, period.end, period.programmes, period.instruments) == (
        d("2020-09-02"),
        d("2021-04-02"),
        ("ICCP-EO13928",),
        ("us-eo-13928",),
    )
    assert period.closed_by is not None
    assert period.closed_by.instruments == ("us-eo-14022",)
    assert [e.kind for e in history.events] == [EventKind.LISTED, EventKind.DELISTED]
