"""Placing event labels on the timeline so that none covers another or a leader line.

Text is measured by estimate (characters times an average advance), which is enough to keep
labels apart at the sizes the stylesheet sets.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Font sizes (px) of the SVG text; the estimate of text width depends on them.
LABEL_SIZE = 13
SMALL_SIZE = 12
#: Average advance of a character as a share of the font size (sans-serif, mixed case).
CHAR_WIDTH = 0.6
#: Rows of labels under a lane; labels that find no room stay in the marker's tooltip.
MAX_ROWS = 4
#: Least space between two labels, or a label and a leader line.
GAP = 10


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    return len(text) * size * CHAR_WIDTH


def place_labels(
    spans: Sequence[tuple[float, float]], left: float, right: float, rows: int = MAX_ROWS
) -> list[tuple[int, str] | None]:
    """For each (x, width) label in x order: its row and anchor, or None when nothing fits.

    A label sits right of its marker (``start``) unless that runs past ``right``; then it sits
    left of it (``end``). It takes the first row where it clears every label already placed,
    and where the leader line from its marker down to it crosses no label of the rows above.
    Labels are tried right to left (a staircase: later events nearer the bar) and left to
    right, each either only on their preferred side or on whichever side is free; the try
    that shows more labels, then uses fewer rows, wins.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    tries = [
        _place(spans, sequence, left, right, rows, either_side)
        for sequence in (list(reversed(order)), order)
        for either_side in (False, True)
    ]
    return min(tries, key=_cost)


def _cost(placed: list[tuple[int, str] | None]) -> tuple[int, int]:
    """Fewer labels left out first, then fewer rows."""
    rows = [spot[0] for spot in placed if spot is not None]
    return len(placed) - len(rows), max(rows, default=0)


def _place(
    spans: Sequence[tuple[float, float]],
    order: list[int],
    left: float,
    right: float,
    rows: int,
    either_side: bool,
) -> list[tuple[int, str] | None]:
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    placed: list[tuple[int, str] | None] = [None] * len(spans)
    for i in order:
        x, width = spans[i]
        spot = _first_fit(x, width, taken, left, right, either_side)
        if spot is None:
            continue
        row, anchor, box = spot
        taken[row].append(box)
        for above in range(row):
            taken[above].append((x - 1, x + 1))
        placed[i] = (row, anchor)
    return placed


def _first_fit(
    x: float,
    width: float,
    taken: list[list[tuple[float, float]]],
    left: float,
    right: float,
    either_side: bool,
) -> tuple[int, str, tuple[float, float]] | None:
    """The highest row where a label and its leader fit: right of the marker if it fits
    there, else left of it; with ``either_side``, left of it when the right side is taken."""
    boxes = [("start", (x, x + width)), ("end", (x - width, x))]
    fitting = [(a, b) for a, b in boxes if b[0] >= left and b[1] <= right]
    if len(fitting) == 0:
        fitting = [("end", (max(left, x - width), x))]
    if not either_side:
        fitting = fitting[:1]
    leader = (x - 1, x + 1)
    for row in range(len(taken)):
        if not all(clear(leader, taken[above]) for above in range(row)):
            return None
        for anchor, box in fitting:
            if clear(box, taken[row]):
                return row, anchor, box
    return None


def clear(span: tuple[float, float], used: Sequence[tuple[float, float]]) -> bool:
    lo, hi = span
    return all(hi + GAP <= a or lo >= b + GAP for a, b in used)
