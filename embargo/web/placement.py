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
    right; the order that shows more labels, then uses fewer rows, wins.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    tries = [
        _place(spans, list(reversed(order)), left, right, rows),
        _place(spans, order, left, right, rows),
    ]
    return min(
        tries, key=lambda p: (sum(s is None for s in p), max((s[0] for s in p if s), default=0))
    )


def _place(
    spans: Sequence[tuple[float, float]], order: list[int], left: float, right: float, rows: int
) -> list[tuple[int, str] | None]:
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    placed: list[tuple[int, str] | None] = [None] * len(spans)
    for i in order:
        x, width = spans[i]
        anchor = "start" if x + width <= right else "end"
        lo, hi = (x, x + width) if anchor == "start" else (max(left, x - width), x)
        leader = (x - 1, x + 1)
        row = next(
            (
                r
                for r in range(rows)
                if clear((lo, hi), taken[r]) and all(clear(leader, taken[a]) for a in range(r))
            ),
            None,
        )
        if row is None:
            continue
        taken[row].append((lo, hi))
        for above in range(row):
            taken[above].append(leader)
        placed[i] = (row, anchor)
    return placed


def clear(span: tuple[float, float], used: Sequence[tuple[float, float]]) -> bool:
    lo, hi = span
    return all(hi + GAP <= a or lo >= b + GAP for a, b in used)
