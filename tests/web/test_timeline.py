"""Timeline layout: the scale, the ticks, the bars and markers, and labels that never collide."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from embargo.model.designation import Event, EventKind
from embargo.registry.periods import histories
from embargo.web.eventlabels import label_lines
from embargo.web.placement import GAP, place_labels
from embargo.web.shapes import Label
from embargo.web.timeline import Scale, domain, layout, year_ticks

NAMES = {
    "us-eo-13928": "EO 13928",
    "us-eo-14022": "EO 14022",
    "us_ofac_sdn": "SDN",
}


def event(kind: EventKind, day: str, *instruments: str, programmes: tuple[str, ...] = ()) -> Event:
    return Event(
        designation_id="us_ofac_sdn:icc-fatou-bensouda",
        list_id="us_ofac_sdn",
        entity_id="icc-fatou-bensouda",
        kind=kind,
        date=date.fromisoformat(day),
        programmes=programmes,
        instruments=instruments,
        date_basis="legal",
    )


BENSOUDA = histories(
    [
        event(EventKind.LISTED, "2020-09-02", "us-eo-13928", programmes=("ICCP-EO13928",)),
        event(EventKind.DELISTED, "2021-04-02", "us-eo-14022", programmes=("ICCP-EO13928",)),
    ]
)


def texts(label: Label) -> list[str]:
    return [line.text for line in label.lines]


def test_scale_maps_whole_years_onto_the_width() -> None:
    scale = Scale(date(2020, 1, 1), date(2022, 1, 1), 16, 944)
    assert scale.x(date(2020, 1, 1)) == 16
    assert scale.x(date(2022, 1, 1)) == 944
    assert round(scale.x(date(2021, 1, 1)), 1) == round(16 + 366 / 731 * 928, 1)


def test_domain_reaches_today_when_it_is_near() -> None:
    assert domain(BENSOUDA, date(2020, 12, 1), date(2022, 3, 1)) == (
        date(2020, 1, 1),
        date(2023, 1, 1),
    )


def test_domain_leaves_a_far_today_out_and_keeps_two_years() -> None:
    assert domain(BENSOUDA, date(2020, 12, 1), date(2026, 11, 23)) == (
        date(2020, 1, 1),
        date(2022, 1, 1),
    )


def test_domain_follows_the_chosen_day() -> None:
    assert domain(BENSOUDA, date(2024, 6, 1), date(2026, 11, 23)) == (
        date(2020, 1, 1),
        date(2027, 1, 1),
    )


def test_ticks_thin_out_on_narrow_or_long_pictures() -> None:
    wide = year_ticks(Scale(date(2020, 1, 1), date(2027, 1, 1), 16, 944))
    assert [t.label for t in wide] == [str(y) for y in range(2020, 2028)]
    narrow = year_ticks(Scale(date(1990, 1, 1), date(2027, 1, 1), 16, 344))
    assert [t.label for t in narrow] == [str(y) for y in range(1990, 2026, 5)]


def test_bensouda_bar_markers_and_labels() -> None:
    picture = layout(BENSOUDA, date(2020, 12, 1), date(2026, 11, 23), 960, NAMES)
    (lane,) = picture.lanes
    assert lane.title == "SDN"
    (bar,) = lane.bars
    scale = Scale(date(2020, 1, 1), date(2022, 1, 1), 16, 944)
    assert bar.x == scale.x(date(2020, 9, 2))
    assert bar.x + bar.width == scale.x(date(2021, 4, 2))
    assert (bar.label, bar.label_fits, bar.open_end, bar.start_known) == (
        "ICCP-EO13928",
        True,
        False,
        True,
    )
    assert [(m.kind, m.day.isoformat(), m.title) for m in lane.markers] == [
        ("listed", "2020-09-02", "listed 2020-09-02 · EO 13928"),
        ("delisted", "2021-04-02", "delisted 2021-04-02 · EO 14022"),
    ]
    assert [texts(label) for label in lane.labels] == [
        ["listed 2020-09-02", "EO 13928"],
        ["delisted 2021-04-02", "EO 14022"],
    ]
    assert [label.x for label in lane.labels] == [m.x for m in lane.markers]
    assert picture.selected.x == scale.x(date(2020, 12, 1))
    assert picture.selected.label == "2020-12-01"
    assert picture.today is not None and picture.today.beyond
    assert picture.today.label == "today (2026-11-23) →"
    assert picture.summary == [
        "SDN: designated from 2020-09-02 until delisting on 2021-04-02 under ICCP-EO13928."
    ]


def test_an_open_designation_runs_to_the_right_edge() -> None:
    open_ended = histories([event(EventKind.LISTED, "2025-02-06", "us-eo-14203")])
    picture = layout(open_ended, date(2025, 3, 1), date(2026, 11, 23), 360, NAMES)
    (bar,) = picture.lanes[0].bars
    assert bar.open_end and bar.x + bar.width == 344
    assert picture.today is not None and not picture.today.beyond
    (label,) = picture.lanes[0].labels
    assert [(line.text, line.head) for line in label.lines] == [
        ("listed", True),
        ("2025-02-06", True),
        ("us-eo-14203", False),
    ]


def test_bensouda_on_a_phone_keeps_both_labels() -> None:
    picture = layout(BENSOUDA, date(2020, 12, 1), date(2026, 11, 23), 360, NAMES)
    assert [texts(label) for label in picture.lanes[0].labels] == [
        ["listed", "2020-09-02", "EO 13928"],
        ["delisted", "2021-04-02", "EO 14022"],
    ]


def test_no_designations_still_draws_an_axis() -> None:
    picture = layout([], date(2022, 1, 1), date(2022, 1, 1), 960)
    assert picture.lanes == [] and picture.today is None
    assert [t.label for t in picture.ticks] == ["2022", "2023", "2024"]


def test_close_labels_step_down_without_crossing_leaders() -> None:
    placed = place_labels([(100, 150), (160, 150)], 0, 900)
    assert placed == [(1, "start"), (0, "start")]


def test_a_label_at_the_right_edge_turns_left() -> None:
    assert place_labels([(880, 150)], 0, 900) == [(0, "end")]


def test_labels_that_cannot_fit_are_left_out() -> None:
    placed = place_labels([(100 + 30 * i, 150) for i in range(6)], 0, 900, rows=4)
    assert placed == [None, None, (3, "start"), (2, "start"), (1, "start"), (0, "start")]


def spans_of(x: float, width: float, anchor: str) -> tuple[float, float]:
    return (x, x + width) if anchor == "start" else (max(0.0, x - width), x)


@given(
    st.lists(
        st.tuples(st.floats(0, 900), st.floats(20, 300)),
        min_size=1,
        max_size=10,
    ).map(lambda items: sorted(items))
)
def test_placed_labels_never_overlap_each_other_or_leaders(
    spans: list[tuple[float, float]],
) -> None:
    placed = place_labels(spans, 0, 900)
    boxes = [
        (row, *spans_of(x, w, spot[1]), x)
        for (x, w), spot in zip(spans, placed, strict=True)
        if spot is not None
        for row in [spot[0]]
    ]
    for i, (row_a, lo_a, hi_a, _) in enumerate(boxes):
        for row_b, lo_b, hi_b, _ in boxes[i + 1 :]:
            if row_a == row_b:
                assert hi_a + GAP <= lo_b or lo_a >= hi_b + GAP
        for row_b, _, _, x_b in boxes:
            if row_b > row_a:
                assert not lo_a - GAP < x_b < hi_a + GAP


def test_event_labels_name_few_acts_and_say_first_seen() -> None:
    many = Event(
        designation_id="us_ofac_sdn:10391",
        list_id="us_ofac_sdn",
        entity_id="ofac-10391",
        kind=EventKind.LISTED,
        date=date(2021, 8, 18),
        instruments=("us-eo-13224", "us-eo-13382", "us-eo-13553", "us-eo-13606"),
        date_basis="first_observed",
    )
    assert [line.text for line in label_lines([many], {"us-eo-13224": "EO 13224"})] == [
        "first seen 2021-08-18",
        "EO 13224, us-eo-13382, +2 more",
    ]


def test_events_too_close_to_label_apart_share_one_label() -> None:
    first_seen = event(EventKind.LISTED, "2024-05-01", "us-eo-14024")
    first_seen = replace(first_seen, date_basis="first_observed")
    removed = event(EventKind.DELISTED, "2024-05-03")
    picture = layout(histories([first_seen, removed]), date(2024, 5, 2), date(2024, 6, 1), 960)
    (lane,) = picture.lanes
    assert len(lane.markers) == 2
    (label,) = lane.labels
    assert [(line.text, line.day) for line in label.lines] == [
        ("first seen 2024-05-01", date(2024, 5, 1)),
        ("delisted 2024-05-03", date(2024, 5, 3)),
        ("us-eo-14024", None),
    ]
    assert not lane.bars[0].start_known


def test_today_label_gives_way_to_the_selected_day() -> None:
    far = layout(BENSOUDA, date(2020, 12, 1), date(2026, 11, 23), 960, NAMES)
    assert far.today is not None and far.today.label == "today (2026-11-23) →"
    near_edge = layout(BENSOUDA, date(2021, 9, 25), date(2026, 11, 23), 960, NAMES)
    assert near_edge.today is not None and near_edge.today.label == "today →"
    crowded = layout(BENSOUDA, date(2021, 12, 20), date(2026, 11, 23), 360, NAMES)
    assert crowded.today is not None and crowded.today.label == ""
