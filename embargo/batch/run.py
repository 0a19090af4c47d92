"""Screening a whole customer file on every core, resumable after an interruption.

Rows are cut into fixed-size chunks; each finished chunk is written to a side folder
(``OUTPUT.partial/``) under its number, atomically. A rerun with the same settings skips the
chunks already there; when all are done they are joined into OUTPUT and the folder removed.
Workers are forked after the screener is built, so the index is shared, not rebuilt.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from embargo.batch.files import file_format, read_rows, write_rows
from embargo.batch.queries import read_query
from embargo.batch.queries import row_query as row_query  # bench scripts import it from here
from embargo.exc import Conflict, InvalidInput
from embargo.screening import Screener
from embargo.store.bulk import chunks

COLUMNS = [
    "row_id",
    "name",
    "hits",
    "best_entity",
    "best_score",
    "best_status",
    "best_why",
    "matches",
    "problems",
]
_SCREENER: Screener | None = None


@dataclass(frozen=True, slots=True)
class BatchSettings:
    as_of: date
    threshold: float
    limit: int = 5
    chunk_size: int = 1000
    workers: int = 0  # 0: one per core

    def manifest(self, source: Path) -> dict[str, Any]:
        stat = source.stat()
        return {
            "input": str(source),
            "bytes": stat.st_size,
            "mtime": stat.st_mtime,
            "as_of": self.as_of.isoformat(),
            "threshold": self.threshold,
            "limit": self.limit,
            "chunk_size": self.chunk_size,
        }


#: (chunk number, index of its first row, rows, threshold, limit, side folder)
Job = tuple[int, int, list[dict[str, Any]], float, int, Path]


def screen_chunk(job: Job) -> int:
    """Screen one chunk in a worker and write its results; returns the number of rows."""
    number, first, rows, threshold, limit, folder = job
    assert _SCREENER is not None
    out = [_result(_SCREENER, first + i, row, threshold, limit) for i, row in enumerate(rows)]
    tmp = folder / f"{number:06d}.tmp"
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    os.replace(tmp, folder / f"{number:06d}.jsonl")
    return len(rows)


def _result(
    screener: Screener, index: int, row: dict[str, Any], threshold: float, limit: int
) -> dict[str, Any]:
    row_id = str(row.get("row_id") or row.get("id") or index)
    try:
        query, problems = read_query(row)
    except InvalidInput as exc:
        return _unscreened(row_id, row, str(exc))
    result = screener.screen(query, threshold, limit)
    matches = [
        {
            "entity_id": h.entity.id,
            "score": round(h.match.score, 4),
            "status": h.status.verdict,
            "lists": list(h.lists),
        }
        for h in result.hits
    ]
    best = result.hits[0] if result.hits else None
    return {
        "row_id": row_id,
        "name": result.query.name,
        "hits": str(len(matches)),
        "best_entity": "" if best is None else best.entity.id,
        "best_score": "" if best is None else f"{best.match.score:.4f}",
        "best_status": "" if best is None else best.status.verdict,
        "best_why": "" if best is None else best.match.explain(),
        "matches": json.dumps(matches, ensure_ascii=False),
        "problems": "; ".join(problems),
    }


def _unscreened(row_id: str, row: dict[str, Any], problem: str) -> dict[str, Any]:
    """A row that could not be screened at all stays in the output, saying why."""
    empty = dict.fromkeys(COLUMNS, "")
    return {**empty, "row_id": row_id, "name": str(row.get("name") or ""), "problems": problem}


def _side_folder(output: Path, manifest: dict[str, Any]) -> Path:
    folder = output.with_name(output.name + ".partial")
    folder.mkdir(exist_ok=True)
    stored = folder / "manifest.json"
    if stored.exists() and json.loads(stored.read_text()) != manifest:
        raise Conflict(f"{folder} holds partial results of another run; remove it to start over")
    stored.write_text(json.dumps(manifest))
    return folder


def screen_file(
    screener: Screener,
    source: Path,
    output: Path,
    settings: BatchSettings,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Screen every row of ``source`` into ``output``; returns the number of rows screened."""
    global _SCREENER
    file_format(output)
    folder = _side_folder(output, settings.manifest(source))
    done = {int(p.stem) for p in folder.glob("*.jsonl")}
    size = settings.chunk_size
    jobs = (
        (n, n * size, rows, settings.threshold, settings.limit, folder)
        for n, rows in enumerate(chunks(read_rows(source), size))
        if n not in done
    )
    _SCREENER = screener
    screener.store.engine.dispose()
    workers = settings.workers or os.cpu_count() or 1
    if workers == 1:
        counts: Iterator[int] = map(screen_chunk, jobs)
        _consume(counts, progress)
    else:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_dispose) as pool:
            _consume(pool.imap_unordered(screen_chunk, jobs), progress)
    return _join(folder, output)


def _dispose() -> None:
    """A forked worker must not reuse the parent's database connections."""
    assert _SCREENER is not None
    _SCREENER.store.engine.dispose(close=False)


def _consume(counts: Iterator[int], progress: Callable[[int], None] | None) -> None:
    for count in counts:
        if progress is not None:
            progress(count)


def _join(folder: Path, output: Path) -> int:
    rows = [
        json.loads(line)
        for part in sorted(folder.glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    write_rows(output, rows, COLUMNS)
    shutil.rmtree(folder)
    return len(rows)
