"""Customer files in and screening results out: CSV, JSON Lines or Parquet (``.gz`` for text)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from embargo.exc import InvalidData, InvalidInput
from embargo.ingest.tabular import json_object

FORMATS = (".csv", ".jsonl", ".ndjson", ".parquet")


def file_format(path: Path) -> str:
    name = path.name.removesuffix(".gz")
    for suffix in FORMATS:
        if name.endswith(suffix):
            return "jsonl" if suffix == ".ndjson" else suffix[1:]
    raise InvalidInput(f"{path}: unknown file type; use {', '.join(FORMATS)} (text may be .gz)")


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows as dicts, in file order; a bad row names its line."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    fmt = file_format(path)
    if fmt == "parquet":
        yield from _parquet_rows(path)
        return
    with _open_text(path) as fh:
        if fmt == "csv":
            reader = csv.DictReader(fh, strict=True)
            for row in reader:
                if None in row:
                    raise InvalidData(str(path), f"line {reader.line_num}", "too many columns")
                yield row
            return
        for number, line in enumerate(fh, start=1):
            if line.strip():
                yield json_object(str(path), number, line)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq  # imported here: only Parquet users pay for it

    for batch in pq.ParquetFile(path).iter_batches():
        yield from batch.to_pylist()


def write_rows(path: Path, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    fmt = file_format(path)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(
            list(rows), schema=pa.schema([(c, pa.string()) for c in columns])
        )
        pq.write_table(table, path)
        return
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        else:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
