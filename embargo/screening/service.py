"""The screening service: one function that the CLI, batch runs and the HTTP API all call.

A ``Screener`` holds the lists as they stood at a moment (observation time: the latest version
of each list observed by then; curated datasets at their latest version, since their facts are
dated in legal time) and screens queries against them. Each hit carries the designation status
of the entity on the as-of day (legal time), so "found, but not designated that day" is an
answer, not a miss.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from embargo import settings
from embargo.exc import InvalidInput
from embargo.matching import Engine, Match, Query
from embargo.model.codec import entity_from_dict
from embargo.model.entity import Entity
from embargo.registry.status import EntityStatus
from embargo.screening.status import StatusBook
from embargo.store import Store, VersionInfo

DEFAULT_THRESHOLD = settings.THRESHOLD


@dataclass(frozen=True, slots=True)
class Hit:
    entity: Entity
    match: Match
    #: The lists whose versions describe the entity.
    lists: tuple[str, ...]
    status: EntityStatus


@dataclass(slots=True)
class ScreeningResult:
    query: Query
    as_of: date
    threshold: float
    hits: list[Hit] = field(default_factory=list)
    #: The list versions screened against: a receipt that makes the answer reproducible.
    versions: list[VersionInfo] = field(default_factory=list)
    #: Lists screened at a threshold of their own instead of ``threshold``.
    list_thresholds: dict[str, float] = field(default_factory=dict)


class Screener:
    """Screens against a frozen view of the store; build once, screen many.

    ``list_thresholds`` set a threshold per list (default: ``EMBARGO_LIST_THRESHOLDS``); a
    call's own per-list thresholds override them. An entity on several lists alerts at the
    lowest threshold among them.
    """

    def __init__(
        self,
        store: Store,
        as_of: date,
        lists: Sequence[str] | None = None,
        list_thresholds: Mapping[str, float] | None = None,
    ) -> None:
        self.store = store
        self.as_of = as_of
        self.versions, all_latest = _versions(store, as_of, lists)
        self.entities: list[Entity] = []
        #: The lists of each entity; entities on the same lists share one tuple.
        self.lists_of: dict[str, tuple[str, ...]] = {}
        self._list_sets: dict[tuple[str, ...], tuple[str, ...]] = {}
        for version in self.versions:
            for data in store.entities_at(version.list_id, version.id):
                self._add(version.list_id, data)
        self.by_id = {e.id: e for e in self.entities}
        self.engine = Engine(self.entities)
        self.statuses = StatusBook(store, as_of, self.by_id, self.lists_of, all_latest)
        given = settings.LIST_THRESHOLDS if list_thresholds is None else list_thresholds
        self.list_thresholds = _checked(given)

    def _add(self, list_id: str, data: dict[str, object] | None) -> None:
        if data is None:
            return
        entity_id = str(data["id"])
        lists = self.lists_of.get(entity_id)
        if lists is None:
            lists = ()
            self.entities.append(entity_from_dict(data))
        lists = (*lists, list_id)
        self.lists_of[entity_id] = self._list_sets.setdefault(lists, lists)

    def screen(
        self,
        query: Query,
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = 10,
        list_thresholds: Mapping[str, float] | None = None,
    ) -> ScreeningResult:
        """Hits at or above the threshold (or their lists' own), best first, at most ``limit``."""
        _check_threshold("threshold", threshold)
        if limit < 1:
            raise InvalidInput(f"limit must be at least 1, got {limit}")
        per_list = {**self.list_thresholds, **_checked(list_thresholds or {})}
        result = ScreeningResult(
            query, self.as_of, threshold, versions=list(self.versions), list_thresholds=per_list
        )
        alerting = []
        for match in self.engine.match(query, limit=limit):
            lists = self.lists_of[match.entity_id]
            if match.score >= min(per_list.get(name, threshold) for name in lists):
                alerting.append((match, lists))
        statuses = self.statuses.statuses([m.entity_id for m, _ in alerting])
        for (match, lists), status in zip(alerting, statuses, strict=True):
            result.hits.append(Hit(self.by_id[match.entity_id], match, lists, status))
        return result


def _check_threshold(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise InvalidInput(f"{name} must be between 0 and 1, got {value}")


def _checked(thresholds: Mapping[str, float]) -> dict[str, float]:
    for list_id, value in thresholds.items():
        _check_threshold(f"threshold of {list_id}", value)
    return dict(thresholds)


def _versions(
    store: Store, as_of: date, lists: Sequence[str] | None
) -> tuple[list[VersionInfo], bool]:
    """Per list: the version observed by the end of ``as_of``; curated ones at their latest.
    And whether those are the latest version of every list in the store (one pass over the
    lists for both)."""
    infos = store.lists()
    if lists is not None:
        unknown = set(lists) - {i.id for i in infos}
        if unknown:
            raise InvalidInput(f"no such lists in the store: {', '.join(sorted(unknown))}")
    moment = datetime.combine(as_of, time.max)
    chosen = []
    all_latest = True
    for info in infos:
        latest = store.version_at(info.id, datetime.max)
        version = None
        if lists is None or info.id in lists:
            version = latest if info.kind == "curated" else store.version_at(info.id, moment)
        if version is not None:
            chosen.append(version)
        if latest is not None and (version is None or version.id != latest.id):
            all_latest = False
    return chosen, all_latest


def screen(
    store: Store,
    query: Query,
    as_of: date,
    lists: Sequence[str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 10,
    list_thresholds: Mapping[str, float] | None = None,
) -> ScreeningResult:
    """Screen one query; for many, build a ``Screener`` once and call its ``screen``."""
    return Screener(store, as_of, lists).screen(query, threshold, limit, list_thresholds)
