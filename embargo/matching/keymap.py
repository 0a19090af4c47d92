"""A read-only multimap from strings to small ints, packed into one sorted array of 64-bit ints.

A dict of lists costs about a hundred bytes per entry; at a million indexed names the typo and
phonetic keys alone would need gigabytes that way. Here each entry is eight bytes: a CRC-32 of
the key in the high bits and the value in the low 24 bits, found by binary search. A CRC
collision only adds a candidate, which scoring then rejects; it never loses one. CRC-32 rather
than ``hash()`` keeps the layout the same in every process, so a built index can be pickled to
batch workers.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from zlib import crc32

VALUE_BITS = 24
MAX_VALUE = (1 << VALUE_BITS) - 1


def key_hash(key: str) -> int:
    return crc32(key.encode("utf-8"))


class KeyMap:
    """Strings to sets of ints below 2**24, built once from (key, value) pairs."""

    __slots__ = ("_entries",)

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        packed = set()
        for key, value in pairs:
            if not 0 <= value <= MAX_VALUE:
                raise ValueError(f"value out of range for a KeyMap: {value}")
            packed.add((key_hash(key) << VALUE_BITS) | value)
        self._entries = array("q", sorted(packed))

    def get(self, key: str) -> list[int]:
        """Every value stored under ``key`` (and, rarely, under a colliding key)."""
        base = key_hash(key) << VALUE_BITS
        lo = bisect_left(self._entries, base)
        hi = bisect_left(self._entries, base + MAX_VALUE + 1, lo)
        return [v & MAX_VALUE for v in self._entries[lo:hi]]

    def __len__(self) -> int:
        return len(self._entries)
