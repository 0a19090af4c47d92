"""The shapes of a timeline picture, in SVG user units, as ``timeline.layout`` computes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Distance between the lines of an event label.
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
    """One event on its lane, a link to its day."""

    x: float
    y: float
    kind: str
    day: date
    title: str


@dataclass(frozen=True, slots=True)
class LabelLine:
    text: str
    #: The event's day for a line naming an event (a link to it); None for the acts line.
    day: date | None = None

    @property
    def head(self) -> bool:
        return self.day is not None


@dataclass(frozen=True, slots=True)
class Label:
    """What is written under one marker, or under a cluster of markers too close to part."""

    #: Where the leader line drops from the markers.
    x: float
    text_x: float
    #: Baseline of the first line.
    y: float
    #: SVG ``text-anchor``: ``start`` (right of the leader) or ``end`` (left of it).
    anchor: str
    leader_end: float
    lines: tuple[LabelLine, ...]


@dataclass(frozen=True, slots=True)
class Lane:
    y: float
    height: float
    title: str
    #: The dotted line through the lane at bar height: "not designated" where no bar covers it.
    base_y: float
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]
    labels: tuple[Label, ...] = ()


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
