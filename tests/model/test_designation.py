from datetime import date

from embargo.model.designation import Event, EventKind, fold_designation


def event(kind: EventKind, day: str, *programmes: str, version: int | None = None) -> Event:
    return Event(
        designation_id="us_ofac_sdn:1",
        list_id="us_ofac_sdn",
        entity_id="ofac-1",
        kind=kind,
        date=date.fromisoformat(day),
        programmes=programmes,
        version_id=version,
    )


LIFE = [
    event(EventKind.LISTED, "2020-09-02", "ICCP-EO13928"),
    event(EventKind.DELISTED, "2021-04-02"),
    event(EventKind.RELISTED, "2025-02-06", "ICC-EO14203"),
]


def test_nothing_before_the_first_event() -> None:
    assert fold_designation(LIFE, date(2020, 9, 1)) is None


def test_in_force_from_the_listing_day() -> None:
    state = fold_designation(LIFE, date(2020, 9, 2))
    assert state is not None
    assert (state.in_force, state.since, state.programmes) == (
        True,
        date(2020, 9, 2),
        ("ICCP-EO13928",),
    )


def test_delisting_ends_it_on_its_day_and_keeps_the_last_terms() -> None:
    state = fold_designation(LIFE, date(2021, 4, 2))
    assert state is not None
    assert (state.in_force, state.since, state.first_listed) == (
        False,
        date(2021, 4, 2),
        date(2020, 9, 2),
    )
    assert state.programmes == ("ICCP-EO13928",)


def test_relisting_starts_a_new_period() -> None:
    state = fold_designation(LIFE, date(2026, 1, 1))
    assert state is not None
    assert (state.in_force, state.since, state.programmes) == (
        True,
        date(2025, 2, 6),
        ("ICC-EO14203",),
    )


def test_order_of_input_does_not_matter() -> None:
    assert fold_designation(reversed(LIFE), date(2021, 1, 1)) == fold_designation(
        LIFE, date(2021, 1, 1)
    )


def test_amendment_keeps_the_period_and_changes_terms() -> None:
    life = [*LIFE[:1], event(EventKind.AMENDED, "2020-10-01", "ICCP-EO13928", "SDGT")]
    state = fold_designation(life, date(2020, 12, 1))
    assert state is not None
    assert (state.in_force, state.since, state.programmes) == (
        True,
        date(2020, 9, 2),
        ("ICCP-EO13928", "SDGT"),
    )
