"""One ingest run: read the files, parse them, diff against the store, write it all or nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from embargo.exc import Conflict, InvalidInput
from embargo.ingest.snapshot import Finding, ListSnapshot, SourceFile
from embargo.model.designation import Event, EventKind
from embargo.model.legal import Source
from embargo.registry.diff import (
    Diff,
    EventContext,
    compare,
    new_record,
    record_event,
    removal_event,
    removed_record,
)
from embargo.registry.fetch import is_url, read_source, source_file
from embargo.registry.lists import ListSpec, list_spec
from embargo.store import RecordState, Store, VersionInfo, Writer, utc_naive


@dataclass(slots=True)
class IngestReport:
    list_id: str
    version: VersionInfo
    #: True when the files were already in the store: nothing was written.
    unchanged: bool
    counts: dict[str, int]
    findings: list[dict[str, Any]] = field(default_factory=list)


def files_sha256(files: Sequence[SourceFile]) -> str:
    """One digest for the whole set, independent of the order the files were given in."""
    parts = sorted(hashlib.sha256(f.content).hexdigest() for f in files)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def ingest_list(
    store: Store,
    list_name: str | ListSpec,
    locations: Sequence[str],
    observed_at: datetime | None = None,
    timeout: float | None = None,
) -> IngestReport:
    """Add one version of a list. A failure anywhere leaves the store as it was."""
    spec = list_spec(list_name) if isinstance(list_name, str) else list_name
    _check_count(spec, len(locations))
    files = [read_source(location, timeout) for location in locations]
    return ingest_files(store, spec, files, observed_at)


def ingest_upload(
    store: Store,
    list_name: str,
    urls: Sequence[str],
    uploads: Sequence[SourceFile],
    observed_at: datetime | None = None,
) -> IngestReport:
    """Add one version of an official list from URLs and uploaded files (the HTTP API's way).

    Only http(s) URLs: a caller over the network must not make the server read its own disk.
    """
    spec = list_spec(list_name)
    for url in urls:
        if not is_url(url):
            raise InvalidInput(f"not an http(s) URL: {url!r}")
    _check_count(spec, len(urls) + len(uploads))
    files = [read_source(url) for url in urls]
    files += [source_file(u.name, u.content) for u in uploads]
    return ingest_files(store, spec, files, observed_at)


def _check_count(spec: ListSpec, count: int) -> None:
    if not 0 < count <= spec.max_files:
        raise InvalidInput(f"{spec.command} takes 1 to {spec.max_files} files, got {count}")


def ingest_files(
    store: Store,
    spec: ListSpec,
    files: Sequence[SourceFile],
    observed_at: datetime | None = None,
) -> IngestReport:
    """Add one version of a list from files already read; all or nothing."""
    snapshot = spec.parse(files)
    observed = utc_naive(observed_at or datetime.now(UTC)).replace(microsecond=0)
    with store.transaction() as writer:
        known = writer.list_kind(spec.id)
        if known is not None and known != spec.kind:
            raise Conflict(f"{spec.id} is already a list of kind {known}, not {spec.kind}")
        return _write_version(writer, spec, files, snapshot, observed)


def _write_version(
    writer: Writer,
    spec: ListSpec,
    files: Sequence[SourceFile],
    snapshot: ListSnapshot,
    observed: datetime,
) -> IngestReport:
    writer.ensure_list(spec.info)
    sha = files_sha256(files)
    history = writer.versions(spec.id)
    repeat = _already_stored(history, sha, observed)
    if repeat is not None:
        return IngestReport(spec.id, repeat, True, dict(repeat.counts), list(repeat.findings))
    if len(history) > 0 and observed <= history[-1].observed_at:
        raise Conflict(
            f"{spec.id}: observed-at {observed.isoformat()} is not after the latest version "
            f"({history[-1].observed_at.isoformat()}); versions must be ingested in order"
        )
    diff = compare(snapshot, writer.current_digests(spec.id))
    old = writer.current_records(spec.id, diff.keys_with_history)
    counts = {"records": len(snapshot.records), **diff.counts}
    findings = [_finding_dict(f) for f in snapshot.findings]
    version_id = writer.add_version(
        {
            "list_id": spec.id,
            "observed_at": observed,
            "published_at": None if snapshot.published is None else utc_naive(snapshot.published),
            "ingested_at": utc_naive(datetime.now(UTC)),
            "sha256": sha,
            "files": [file_record(f) for f in files],
            "counts": counts,
            "findings": findings,
        }
    )
    ctx = EventContext(
        spec.id, version_id, observed, len(history) == 0, tuple(_source(f) for f in files)
    )
    _write_changes(writer, ctx, snapshot, diff, old)
    version = writer.versions(spec.id)[-1]
    return IngestReport(spec.id, version, False, counts, findings)


def _already_stored(history: list[VersionInfo], sha: str, observed: datetime) -> VersionInfo | None:
    """The same files again: at the same observed time, or unchanged since the latest version."""
    for version in history:
        if version.sha256 == sha and version.observed_at == observed:
            return version
    if len(history) > 0 and history[-1].sha256 == sha:
        return history[-1]
    return None


def _write_changes(
    writer: Writer,
    ctx: EventContext,
    snapshot: ListSnapshot,
    diff: Diff,
    old: dict[str, RecordState],
) -> None:
    """Records, then events, each streamed to the store rather than built all at once."""
    records = snapshot.records
    keys = diff.added + diff.relisted + diff.changed
    writer.add_records(
        ctx.list_id, ctx.version_id, (new_record(records[k], diff.digests[k]) for k in keys)
    )
    writer.add_records(ctx.list_id, ctx.version_id, (removed_record(old[k]) for k in diff.removed))
    writer.add_events(_events(ctx, snapshot, diff, old), ctx.list_id)


def _events(
    ctx: EventContext, snapshot: ListSnapshot, diff: Diff, old: dict[str, RecordState]
) -> Iterator[tuple[Event, str]]:
    records = snapshot.records
    for kind, group in (
        (EventKind.LISTED, diff.added),
        (EventKind.RELISTED, diff.relisted),
        (EventKind.AMENDED, diff.changed),
    ):
        yield from ((record_event(ctx, kind, records[k], old.get(k)), k) for k in group)
    yield from ((removal_event(ctx, old[k]), k) for k in diff.removed)


def file_record(file: SourceFile) -> dict[str, Any]:
    return {
        "name": file.name,
        "sha256": hashlib.sha256(file.content).hexdigest(),
        "bytes": len(file.content),
    }


def _source(file: SourceFile) -> Source:
    return Source(url=file.name, sha256=hashlib.sha256(file.content).hexdigest())


def _finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "source": finding.source,
        "place": finding.place,
        "kind": finding.kind,
        "value": finding.value,
        "record": finding.record,
    }
