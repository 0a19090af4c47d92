"""What one running server holds: its store, its configuration, metrics and warm screeners."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import cast

from fastapi import Request

from embargo.api.config import ServerConfig
from embargo.api.metrics import ApiMetrics
from embargo.matching import Query
from embargo.screening import Screener, ScreeningResult
from embargo.store import Store

#: Screeners kept warm (one per as-of day and list selection); building one for a large list
#: takes seconds, screening with it a millisecond.
SCREENERS_KEPT = 4

ScreenerKey = tuple[date, tuple[str, ...] | None]


class ServerState:
    """Shared by every request of one app; safe to use from the server's worker threads."""

    def __init__(self, config: ServerConfig, store: Store | None = None) -> None:
        self.config = config
        self.store = store if store is not None else Store(config.db)
        self.store.migrate()
        self._screeners: OrderedDict[ScreenerKey, tuple[int | None, Screener]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[ScreenerKey, threading.Lock] = {}
        self.metrics = ApiMetrics(self.store)

    def screener(self, as_of: date, lists: tuple[str, ...] | None = None) -> Screener:
        """A screener for the lists as of ``as_of``; rebuilt once the store gains a version."""
        key: ScreenerKey = (as_of, None if lists is None else tuple(sorted(set(lists))))
        generation = self.store.latest_version_id()
        with self._lock:
            found = self._fresh(key, generation)
            if found is not None:
                return found
            building = self._building.setdefault(key, threading.Lock())
        try:
            with building:
                return self._build(key, generation)
        finally:
            # Callers already waiting hold this lock object; later ones find the screener (or
            # build anew after an error, such as an unknown list), so the key need not stay.
            with self._lock:
                if self._building.get(key) is building:
                    del self._building[key]

    def _build(self, key: ScreenerKey, generation: int | None) -> Screener:
        """The screener for ``key``, built unless another caller built it meanwhile."""
        with self._lock:
            found = self._fresh(key, generation)
        if found is not None:
            return found
        screener = Screener(self.store, key[0], key[1])
        with self._lock:
            self._screeners[key] = (generation, screener)
            while len(self._screeners) > SCREENERS_KEPT:
                self._screeners.popitem(last=False)
        return screener

    def screen(
        self,
        queries: Sequence[Query],
        as_of: date,
        lists: Sequence[str] | None,
        threshold: float,
        limit: int,
        list_thresholds: Mapping[str, float] | None = None,
    ) -> list[ScreeningResult]:
        """Screen each query against one screener, and count it for the metrics."""
        screener = self.screener(as_of, None if lists is None else tuple(lists))
        results = [screener.screen(q, threshold, limit, list_thresholds) for q in queries]
        self.metrics.screened(len(results), sum(len(r.hits) for r in results))
        return results

    def _fresh(self, key: ScreenerKey, generation: int | None) -> Screener | None:
        entry = self._screeners.get(key)
        if entry is None or entry[0] != generation:
            return None
        self._screeners.move_to_end(key)
        return entry[1]

    def close(self) -> None:
        self.store.close()


def get_state(request: Request) -> ServerState:
    """The state of the app serving this request (``app.state.embargo``)."""
    return cast(ServerState, request.app.state.embargo)
