"""Summing the weights of shared words over posting lists, in numpy arrays.

At a million indexed names a common first name's posting list holds tens of thousands of
names, and a query word expands to dozens of similar words: summing their weights into a
Python dict took most of a query's time. Here the lists are slices of one int32 array (a
view of the index's own array, so a forked batch worker shares it) and the sums go into a
dense array of floats, one per name, added in the same order as the dict did, so the scores
are the same floats and the ranking the same names.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.signedinteger[Any]]
#: Names with a weight are found by sorting the postings walked when they are fewer than this
#: share of the index, by scanning every name's sum otherwise.
SCAN_RATIO = 16
#: One query word's expansion: (indexed word id, weight of that word for this query word).
Expansion = Sequence[tuple[int, float]]


class Postings:
    """Names holding each indexed word, with each name's length norm and kind of party."""

    __slots__ = ("_kinds", "_names", "_norms", "_starts")

    def __init__(self, starts: array[int], names: array[int], norms: Floats, kinds: bytes):
        self._starts = starts
        self._names = np.frombuffer(names, dtype=np.int32)
        self._norms = norms
        self._kinds = np.frombuffer(kinds, dtype=np.uint8)

    def holders(self, word: int) -> npt.NDArray[np.int32]:
        """Names holding the word, each once, in ascending order."""
        return self._names[self._starts[word] : self._starts[word + 1]]

    def accumulate(
        self, expansions: Sequence[Expansion], extra: Sequence[int] = (), extra_weight: float = 0.0
    ) -> tuple[Floats, Ints]:
        """Per name: the sum over expansions of the best weight among its words there, then
        ``extra_weight`` for each of the ``extra`` names; with the names that got a weight."""
        scores = np.zeros(len(self._norms))
        best = np.zeros(0)
        touched: list[Ints] = []
        for expansion in expansions:
            if not expansion:
                continue
            if len(expansion) == 1:  # one word: its postings hold each name once
                word, weight = expansion[0]
                names = self.holders(word)
                scores[names] += weight
                touched.append(names)
                continue
            if not best.size:
                best = np.zeros(len(self._norms))
            # Written lightest first, so each name keeps its heaviest word's weight.
            held = []
            for word, weight in sorted(expansion, key=lambda pair: pair[1]):
                names = self.holders(word)
                best[names] = np.maximum(best[names], weight)
                held.append(names)
            names = np.concatenate(held)
            scores[names] += best[names]  # a name listed twice is still added once
            best[names] = 0.0
            touched.append(names)
        if extra:
            names = np.array(extra, dtype=np.int32)
            scores[names] += extra_weight
            touched.append(names)
        return scores, self._weighed(scores, touched)

    def _weighed(self, scores: Floats, touched: list[Ints]) -> Ints:
        """The names with a weight: from the postings walked when they are few, else by a scan
        of every name (a sort of many postings costs more than the scan)."""
        if sum(len(names) for names in touched) * SCAN_RATIO < len(scores):
            return np.unique(np.concatenate(touched)) if touched else np.zeros(0, np.int32)
        return np.flatnonzero(scores)

    def ranked(
        self, scores: Floats, names: Ints, kind_code: int | None, count: int
    ) -> list[tuple[int, float]]:
        """The ``count`` best of ``names`` (ids with their summed weight) of the kind, best
        first: by summed weight over length norm, ties to the higher name id."""
        if kind_code is not None:
            names = names[self._kinds[names] == kind_code]
        ranks = scores[names] / self._norms[names]
        if len(names) > count:
            cut = np.partition(ranks, len(ranks) - count)[len(ranks) - count]
            kept = ranks >= cut
            names, ranks = names[kept], ranks[kept]
        order = np.lexsort((-names, -ranks))[:count]
        chosen = names[order]
        return list(zip(chosen.tolist(), scores[chosen].tolist(), strict=True))
