"""Summing the weights of shared words over posting lists, in numpy arrays.

At a million indexed names a common first name's posting list holds tens of thousands of
names, and a query word expands to dozens of similar words: summing their weights into a
Python dict took most of a query's time. Here the lists are slices of one int32 array (a
view of the index's own array, so a forked batch worker shares it) and the sums go into a
dense array of floats, one per name, added in the same order as the dict did, so the scores
are the same floats and the ranking the same names. The dense arrays are allocated once per
thread and index size and cleared after each query, name by name: at a million names, fresh
zeroed arrays per query cost more than the sums.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.signedinteger[Any]]
#: One query word's expansion: (indexed word id, weight of that word for this query word).
Expansion = Sequence[tuple[int, float]]


class Scratch:
    """Per-name working arrays of one thread, all zero between queries."""

    __slots__ = ("best", "scores", "slot")

    def __init__(self, size: int) -> None:
        self.scores = np.zeros(size)
        #: Within one query word: the best weight of each name among the word's expansions.
        self.best = np.zeros(size)
        #: Scratch positions for dropping repeated names (never needs clearing).
        self.slot = np.zeros(size, dtype=np.int32)


_local = threading.local()


def scratch(size: int) -> Scratch:
    """This thread's working arrays for an index of ``size`` names."""
    found: Scratch | None = getattr(_local, "scratch", None)
    if found is None or len(found.scores) != size:
        found = _local.scratch = Scratch(size)
    return found


class Postings:
    """Names holding each indexed word, with each name's length norm and kind of party."""

    __slots__ = ("_kinds", "_names", "_norms", "_start_array", "_starts")

    def __init__(self, starts: array[int], names: array[int], norms: Floats, kinds: bytes):
        self._starts = starts
        self._start_array = np.frombuffer(starts, dtype=np.int32).astype(np.int64)
        self._names = np.frombuffer(names, dtype=np.int32)
        self._norms = norms
        self._kinds = np.frombuffer(kinds, dtype=np.uint8)

    def holders(self, word: int) -> npt.NDArray[np.int32]:
        """Names holding the word, each once, in ascending order."""
        return self._names[self._starts[word] : self._starts[word + 1]]

    def search(
        self,
        expansions: Sequence[Expansion],
        extra: Sequence[int],
        extra_weight: float,
        kind_code: int | None,
        count: int,
    ) -> list[tuple[int, float]]:
        """The ``count`` best names of the kind (None: any), with their summed weight: per name,
        the sum over expansions of the best weight among its words there, then
        ``extra_weight`` if it is one of the ``extra`` names. Ranked by summed weight over
        length norm, ties to the higher name id."""
        work = scratch(len(self._norms))
        touched: list[Ints] = []
        walked: Ints | None = None
        try:
            self._accumulate(work, expansions, extra, extra_weight, touched)
            walked = np.concatenate(touched) if touched else np.zeros(0, np.int32)
            return self._ranked(work.scores, _once(work, walked), kind_code, count)
        finally:
            if touched:
                if walked is None:  # _accumulate failed part way: clean what it touched
                    walked = np.concatenate(touched)
                work.scores[walked] = 0.0
                work.best[walked] = 0.0

    def _accumulate(
        self,
        work: Scratch,
        expansions: Sequence[Expansion],
        extra: Sequence[int],
        extra_weight: float,
        touched: list[Ints],
    ) -> None:
        scores, best = work.scores, work.best
        for expansion in expansions:
            if len(expansion) == 1:  # one word: its postings hold each name once
                word, weight = expansion[0]
                names = self.holders(word)
                scores[names] += weight
                touched.append(names)
                continue
            if not expansion:
                continue
            # Many words (a vowel-less skeleton matches thousands): one gather for them all.
            names, weights = self._gathered(expansion)
            np.maximum.at(best, names, weights)
            scores[names] += best[names]  # a name listed twice is still added once
            best[names] = 0.0
            touched.append(names)
        if extra:
            names = np.array(extra, dtype=np.int32)
            scores[names] += extra_weight
            touched.append(names)

    def _gathered(self, expansion: Expansion) -> tuple[Ints, Floats]:
        """The postings of all the words, one after another, with each word's weight."""
        words = np.fromiter((w for w, _ in expansion), np.int64, len(expansion))
        firsts = self._start_array[words]
        lengths = self._start_array[words + 1] - firsts
        ends = np.cumsum(lengths)
        positions = np.arange(ends[-1]) + np.repeat(firsts - ends + lengths, lengths)
        weights = np.fromiter((x for _, x in expansion), np.float64, len(expansion))
        return self._names[positions], np.repeat(weights, lengths)

    def _ranked(
        self, scores: Floats, names: Ints, kind_code: int | None, count: int
    ) -> list[tuple[int, float]]:
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


def _once(work: Scratch, names: Ints) -> Ints:
    """``names`` with each name once. Of a name listed twice, the occurrence kept is the one
    whose position its slot holds, whichever write won: no sort needed."""
    order = np.arange(len(names), dtype=np.int32)
    work.slot[names] = order
    kept: Ints = names[work.slot[names] == order]
    return kept
