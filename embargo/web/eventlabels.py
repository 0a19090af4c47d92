"""What is written under a lane's markers: each event's kind, day and instruments.

Events closer together than ``CLUSTER_PX`` on the picture cannot carry labels of their own
(their leader lines would cross each other's text), so they share one: a line per event, then
the instruments of them all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from embargo.model.designation import Event
from embargo.web.placement import LABEL_SIZE, place_labels, text_width
from embargo.web.shapes import LINE_H, Label, LabelLine

#: Markers nearer than this (px) share a label.
CLUSTER_PX = 14
#: Instruments named in a label; the rest are counted.
MAX_ACTS = 3
#: Event lines in a shared label; the rest are counted.
MAX_EVENTS = 3


def event_name(event: Event) -> str:
    """``first seen`` for an event known only from the first list version ingested."""
    return "first seen" if event.date_basis == "first_observed" else event.kind.value


def acts_line(events: Sequence[Event], names: Mapping[str, str]) -> LabelLine | None:
    ids = list(dict.fromkeys(i for event in events for i in event.instruments))
    acts = [names.get(i, i) for i in ids]
    if len(acts) > MAX_ACTS:
        acts = [*acts[: MAX_ACTS - 1], f"+{len(acts) - MAX_ACTS + 1} more"]
    return LabelLine(", ".join(acts)) if acts else None


def label_lines(
    events: Sequence[Event], names: Mapping[str, str], compact: bool = False
) -> tuple[LabelLine, ...]:
    """``listed 2020-09-02`` over ``EO 13928``; compact (phones): kind and date on two lines."""
    first = events[0]
    if len(events) == 1 and compact:
        heads = [
            LabelLine(event_name(first), first.date),
            LabelLine(first.date.isoformat(), first.date),
        ]
    else:
        heads = [LabelLine(f"{event_name(e)} {e.date.isoformat()}", e.date) for e in events]
    if len(heads) > MAX_EVENTS:
        heads = [*heads[: MAX_EVENTS - 1], LabelLine(f"+{len(heads) - MAX_EVENTS + 1} more events")]
    acts = acts_line(events, names)
    return (*heads, acts) if acts is not None else tuple(heads)


def clusters(events: Sequence[Event], xs: Sequence[float]) -> list[tuple[float, list[Event]]]:
    """Events in x order, grouped while within CLUSTER_PX of their group's first marker."""
    groups: list[tuple[float, list[Event]]] = []
    for event, x in sorted(zip(events, xs, strict=True), key=lambda pair: pair[1]):
        if len(groups) > 0 and x - groups[-1][0] < CLUSTER_PX:
            groups[-1][1].append(event)
        else:
            groups.append((x, [event]))
    return groups


def event_labels(
    events: Sequence[Event],
    xs: Sequence[float],
    names: Mapping[str, str],
    top: float,
    span: tuple[float, float],
    compact: bool = False,
) -> tuple[list[Label], float]:
    """The labels under a lane whose first row's baseline is at ``top``, and their height."""
    groups = clusters(events, xs)
    texts = [label_lines(group, names, compact) for _, group in groups]
    widths = [max(text_width(line.text, LABEL_SIZE) for line in lines) + 8 for lines in texts]
    placed = place_labels([(x, w) for (x, _), w in zip(groups, widths, strict=True)], *span)
    row_h = LINE_H * max((len(lines) for lines in texts), default=0) + 8
    labels, rows = [], 0
    for (x, _), lines, spot in zip(groups, texts, placed, strict=True):
        if spot is None:
            continue
        row, anchor = spot
        rows = max(rows, row + 1)
        y = top + row * row_h
        text_x = x + 6 if anchor == "start" else x - 6
        labels.append(Label(x, text_x, y, anchor, y + (len(lines) - 1) * LINE_H + 3, lines))
    return labels, rows * row_h
