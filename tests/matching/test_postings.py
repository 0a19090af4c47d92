"""Candidate search at scale: sums in reused arrays, and a bounded walk that keeps namesakes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from embargo.matching import NameIndex, index
from embargo.matching.build import analyse_name
from embargo.matching.postings import scratch
from embargo.model.entity import Entity, Name
from embargo.model.values import EntityKind

PERSON = EntityKind.PERSON
FIRST = ["maria", "mario", "marie", "marta", "mariam", "marian"]
LAST = ["garcia", "garcias", "gracia", "garzia", "lopez", "lopes"]
PEOPLE = [
    Entity(f"p-{i}", PERSON, (Name(f"{FIRST[i % 6]} {LAST[i // 6 % 6]}"),)) for i in range(360)
] + [Entity("target", PERSON, (Name("Maria Garcia Bensouda"),))]


def search(idx: NameIndex, text: str) -> list[tuple[int, float]]:
    return idx.search(analyse_name(text, PERSON), None, 10)


def test_search_leaves_its_working_arrays_clean() -> None:
    idx = NameIndex(PEOPLE)
    first = search(idx, "Maria Garcia")
    work = scratch(idx.name_count)
    assert not work.scores.any() and not work.best.any()
    assert search(idx, "Maria Garcia") == first
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda _: search(idx, "Maria Garcia"), range(8))) == [first] * 8


def test_a_bounded_walk_still_finds_the_namesakes(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the walk bounded to the query's own words, the very same names still come first."""
    idx = NameIndex(PEOPLE)
    namesakes = [p for p, e in enumerate(PEOPLE) if e.names[0].value == "maria garcia"]
    assert sorted(p for p, _ in search(idx, "Maria Garcia")[:10]) == namesakes
    assert search(idx, "Maria Garcia Bensouda")[0][0] == len(PEOPLE) - 1
    monkeypatch.setattr(index, "MAX_POSTINGS", 50)
    assert sorted(p for p, _ in search(idx, "Maria Garcia")[:10]) == namesakes
    assert search(idx, "Maria Garcia Bensouda")[0][0] == len(PEOPLE) - 1
