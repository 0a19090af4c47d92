"""The shapes of a timeline picture, in SVG user units, as ``timeline.layout`` computes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Distance between the two lines of an event label.
LINE_H = 15


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    #: Programme codes, written inside the bar when they fit (``label_fits``).
    label: str
    label_fits: bool
    #: Still in force at the right edge of the picture.
    open_end: bool
    #: The left edge is only the first list version ingested, not a legal date.
    start_known: bool
    title: str


@dataclass(frozen=True, slots=True)
class Marker:
    x: float
    y: float
    kind: str
    day: date
    title: str
    #: Label lines beside the marker; empty when no row had room for them.
    lines: tuple[str, ...] = ()
    label_x: float = 0.0
    label_y: float = 0.0
    #: Where the leader line from the marker down to its label ends.
    leader_end: float = 0.0
    #: SVG ``text-anchor``: ``start`` (label right of the marker) or ``end``.
    anchor: str = "start"
    #: How many of ``lines`` are the event itself (kind and date), set in bold.
    head_lines: int = 1


@dataclass(frozen=True, slots=True)
class Lane:
    y: float
    height: float
    title: str
    #: The dotted line through the lane at bar height: "not designated" where no bar covers it.
    base_y: float
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]


@dataclass(frozen=True, slots=True)
class Cursor:
    x: float
    label: str
    anchor: str
    #: The day lies right of the picture: no line, only a label pointing at it.
    beyond: bool = False


@dataclass(slots=True)
class Timeline:
    width: float
    height: float
    axis_y: float
    plot_top: float
    ticks: list[Tick]
    lanes: list[Lane]
    selected: Cursor
    today: Cursor | None
    summary: list[str] = field(default_factory=list)
    line_h: float = LINE_H
