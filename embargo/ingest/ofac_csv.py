"""OFAC's legacy CSV dialect: no header, ``-0-`` for an empty cell, CRLF, a DOS EOF byte.

Reading is strict because a cut or corrupted download must fail loudly, naming the file and
the physical line, rather than load half a list. Writing reproduces OFAC's layout byte for
byte so that a stored version can be re-exported as OFAC published it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from embargo.exc import InvalidData
from embargo.ingest.snapshot import SourceFile

#: OFAC's marker for an empty cell; the published cell is ``-0-`` followed by a space.
EMPTY = "-0-"
#: DOS end-of-file byte that OFAC appends to each file.
EOF = "\x1a"
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
)
_TEXT_LOOKS = (("<", "XML or HTML"), ("{", "JSON"))

Row = tuple[int, list[str]]


def read_rows(source: SourceFile, columns: int, exact: bool = False) -> list[Row]:
    """Every row of one file as (physical line, cells), each row exactly ``columns`` wide.

    ``exact`` keeps each cell as published (only OFAC's empty marker becomes ""), so that an
    export writes the same bytes back; otherwise cells are stripped of surrounding blanks.
    """
    tidy = exact_cell if exact else clean_cell
    text = decode(source)
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for cells in reader:
            if len(cells) == 0:
                continue
            if len(cells) != columns:
                raise _width_error(source, reader.line_num, columns, len(cells), len(rows) == 0)
            rows.append((reader.line_num, [clean_cell(cells[0]), *map(tidy, cells[1:])]))
    except csv.Error as exc:
        raise InvalidData(
            source.name, f"line {reader.line_num}", f"broken CSV (truncated file?): {exc}"
        ) from exc
    return rows


def _width_error(
    source: SourceFile, line: int, expected: int, found: int, first: bool
) -> InvalidData:
    message = f"expected {expected} columns, found {found}"
    if first:
        message = f"not OFAC's CSV layout: {message}"
    else:
        message = f"{message} (truncated file or stray quote?)"
    return InvalidData(source.name, f"line {line}", message)


def exact_cell(cell: str) -> str:
    return "" if cell.strip() == EMPTY else cell


def clean_cell(cell: str) -> str:
    """A cell as published, minus surrounding blanks; OFAC's empty marker becomes ""."""
    cell = cell.strip()
    return "" if cell == EMPTY else cell


def decode(source: SourceFile) -> str:
    """UTF-8 (today's files) or cp1252 (older ones), with the EOF byte removed."""
    content = source.content
    for magic, what in _MAGIC:
        if content.startswith(magic):
            raise InvalidData(source.name, "line 1", f"not a CSV file: looks like {what}")
    if b"\x00" in content[:4096]:
        raise InvalidData(source.name, "line 1", "not a CSV file: looks like binary data")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InvalidData(
                source.name, "line 1", "not a text file: neither UTF-8 nor cp1252"
            ) from exc
    _refuse_other_formats(source, text)
    return text[:-1] if text.endswith(EOF) else text


def _refuse_other_formats(source: SourceFile, text: str) -> None:
    start = text.lstrip()[:1]
    for first, what in _TEXT_LOOKS:
        if start == first:
            raise InvalidData(source.name, "line 1", f"not a CSV file: looks like {what}")


def write_sdn_csv(rows: Iterable[list[str]]) -> str:
    """OFAC's sdn.csv text for 12-cell rows ("" = empty), ordered by ent_num as OFAC orders it."""
    lines = [_sdn_line(cells) for cells in sorted(rows, key=lambda cells: int(cells[0]))]
    return "".join(lines) + EOF


def _sdn_line(cells: list[str]) -> str:
    quoted = [
        EMPTY + " " if cell == "" else '"' + cell.replace('"', '""') + '"' for cell in cells[1:]
    ]
    return ",".join([cells[0], *quoted]) + "\r\n"
