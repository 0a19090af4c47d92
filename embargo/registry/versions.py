"""Lists in the store with their versions and freshness: what an auditor asks first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from embargo.store import ListInfo, Store, VersionInfo, utc_naive


@dataclass(frozen=True, slots=True)
class ListSummary:
    info: ListInfo
    versions: int
    latest: VersionInfo | None
    #: Seconds between the latest version's observation and ``now``.
    age_seconds: float | None


def list_summaries(store: Store, now: datetime | None = None) -> list[ListSummary]:
    moment = utc_naive(now or datetime.now(UTC))
    by_list: dict[str, list[VersionInfo]] = {}
    for version in store.versions():
        by_list.setdefault(version.list_id, []).append(version)
    found = []
    for info in store.lists():
        versions = by_list.get(info.id, [])
        latest = versions[-1] if versions else None
        age = None if latest is None else (moment - latest.observed_at).total_seconds()
        found.append(ListSummary(info, len(versions), latest, age))
    return found


def list_versions(store: Store, list_id: str) -> list[VersionInfo]:
    """The versions of one list, oldest first; NotFound for a list not in the store."""
    store.list_info(list_id)
    return store.versions(list_id)
