"""Layout of the designation timeline: designation periods and events -> SVG geometry.

Pure: no I/O and no markup. The entity page's template draws what ``layout`` returns. One lane
per designation: a bar for each period in force, a marker for each event with its date and
instruments written beside it, and vertical lines for the selected day and today. Labels are
stacked in rows so that none overlaps another; what does not fit stays in the marker's tooltip
and in the table under the picture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from embargo.registry.periods import DesignationHistory
from embargo.web.eventlabels import event_labels, label_lines
from embargo.web.placement import SMALL_SIZE, clear, text_width
from embargo.web.shapes import Bar, Cursor, Lane, Marker, Tick, Timeline

MARGIN = 16
TITLE_H = 22
BAR_H = 22
#: Pictures narrower than this write event labels on three short lines instead of two.
COMPACT_BELOW = 600
AXIS_H = 34
TOP = 24
#: Today is drawn when it is at most this many days after the last event or chosen day.
TODAY_REACH = 3 * 365
#: Fewest pixels between two year ticks before ticks are spaced out.
TICK_SPACING = 40


@dataclass(frozen=True, slots=True)
class Scale:
    """Days to x: whole years from ``start`` to ``end`` across ``[left, right]``."""

    start: date
    end: date
    left: float
    right: float

    def x(self, day: date) -> float:
        span = (self.end - self.start).days
        return self.left + (day - self.start).days / span * (self.right - self.left)


def domain(histories: Sequence[DesignationHistory], day: date, today: date) -> tuple[date, date]:
    """Whole years around the events and ``day``, at least two; today too if not far after.

    A designation lifted years ago would shrink to a sliver if the picture ran on to today;
    past ``TODAY_REACH`` days, today is only pointed at from the right edge.
    """
    days = [day, *(e.date for h in histories for e in h.events)]
    if (today - max(days)).days <= TODAY_REACH:
        days.append(today)
    first, last = min(days).year, max(days).year + 1
    return date(first, 1, 1), date(max(last, first + 2), 1, 1)


def year_ticks(scale: Scale) -> list[Tick]:
    years = scale.end.year - scale.start.year
    per_year = (scale.right - scale.left) / years
    step = next(s for s in (1, 2, 5, 10, 20, 50) if s * per_year >= TICK_SPACING or s == 50)
    first = scale.start.year + (-scale.start.year) % step
    return [Tick(scale.x(date(y, 1, 1)), str(y)) for y in range(first, scale.end.year + 1, step)]


def _lane(
    history: DesignationHistory, scale: Scale, y: float, names: Mapping[str, str], compact: bool
) -> Lane:
    bar_y = y + TITLE_H
    bars = []
    for period in history.periods:
        x0 = scale.x(period.start)
        x1 = scale.right if period.end is None else scale.x(period.end)
        label = ", ".join(period.programmes)
        until = "in force" if period.end is None else f"until {period.end.isoformat()} (excl.)"
        bars.append(
            Bar(
                x=x0,
                y=bar_y,
                width=max(x1 - x0, 2.0),
                height=BAR_H,
                label=label,
                label_fits=text_width(label, SMALL_SIZE) + 12 <= x1 - x0,
                open_end=period.end is None,
                start_known=period.start_known,
                title=f"designated from {period.start.isoformat()} {until}: {label}",
            )
        )
    mid = bar_y + BAR_H / 2
    xs = [scale.x(event.date) for event in history.events]
    markers = [
        Marker(
            x,
            mid,
            event.kind.value,
            event.date,
            " · ".join(line.text for line in label_lines([event], names)),
        )
        for event, x in zip(history.events, xs, strict=True)
    ]
    top = bar_y + BAR_H + 18
    labels, rows_h = event_labels(
        history.events, xs, names, top, (scale.left, scale.right), compact
    )
    height = TITLE_H + BAR_H + 8 + rows_h + 8
    title = names.get(history.list_id, history.list_id)
    return Lane(y, height, title, mid, tuple(bars), tuple(markers), tuple(labels))


def _cursor(scale: Scale, day: date, label: str) -> Cursor:
    x = scale.x(day)
    anchor = "middle"
    if x - text_width(label, SMALL_SIZE) / 2 < 0:
        anchor = "start"
    elif x + text_width(label, SMALL_SIZE) / 2 > scale.right + MARGIN:
        anchor = "end"
    return Cursor(x, label, anchor)


def _span(cursor: Cursor) -> tuple[float, float]:
    width = text_width(cursor.label, SMALL_SIZE)
    if cursor.anchor == "start":
        return cursor.x, cursor.x + width
    if cursor.anchor == "end":
        return cursor.x - width, cursor.x
    return cursor.x - width / 2, cursor.x + width / 2


def _overlap(a: Cursor, b: Cursor) -> bool:
    return clear(_span(a), [_span(b)]) is False


def summary(history: DesignationHistory, names: Mapping[str, str]) -> list[str]:
    """The picture in words, for screen readers and the text view."""
    title = names.get(history.list_id, history.list_id)
    if len(history.periods) == 0:
        return [f"{title}: never in force."]
    return [
        f"{title}: designated from {p.start.isoformat()}"
        + (" (in force)" if p.end is None else f" until delisting on {p.end.isoformat()}")
        + (f" under {', '.join(p.programmes)}" if p.programmes else "")
        + "."
        for p in history.periods
    ]


def layout(
    histories: Sequence[DesignationHistory],
    day: date,
    today: date,
    width: float = 960,
    names: Mapping[str, str] | None = None,
) -> Timeline:
    """The timeline of an entity's designations at ``width`` px, with ``day`` marked.

    ``names`` gives short labels for instrument ids (``EO 13928``) and list ids.
    """
    labels = names or {}
    start, end = domain(histories, day, today)
    scale = Scale(start, end, MARGIN, width - MARGIN)
    lanes, y = [], float(TOP)
    for history in histories:
        lane = _lane(history, scale, y, labels, width < COMPACT_BELOW)
        lanes.append(lane)
        y += lane.height
    if len(lanes) == 0:
        y += TITLE_H + BAR_H
    selected = _cursor(scale, day, day.isoformat())
    return Timeline(
        width=width,
        height=y + AXIS_H,
        axis_y=y + 4,
        plot_top=TOP - 4,
        ticks=year_ticks(scale),
        lanes=lanes,
        selected=selected,
        today=None if today == day else _today(scale, today, selected),
        summary=[line for h in histories for line in summary(h, labels)],
    )


def _today(scale: Scale, today: date, selected: Cursor) -> Cursor:
    """Today's line, or a pointer at the right edge; its label shortened or left out when
    it would run into the selected day's."""
    if today < scale.end:
        found = _cursor(scale, today, "today")
        return found if not _overlap(selected, found) else replace(found, label="")
    edge = scale.right + MARGIN
    texts = [f"today ({today.isoformat()}) →", "today →"]
    fitting = [t for t in texts if not _overlap(selected, Cursor(edge, t, "end", beyond=True))]
    return Cursor(edge, fitting[0] if fitting else "", "end", beyond=True)
