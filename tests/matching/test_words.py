"""Word lookups: a cached lookup of a word must not answer a different kind of lookup."""

from __future__ import annotations

from embargo.matching import NameIndex
from embargo.model.entity import Entity, Name
from embargo.model.values import EntityKind

ABDURAHMAN = Entity("a", EntityKind.PERSON, (Name("Abdurahman Ali"),))


def test_a_joined_lookup_does_not_depend_on_earlier_lookups() -> None:
    """``abdulrahman`` is a typo of the indexed ``abdurahman``, but a joined word is looked up
    by spelling and skeleton only, whatever was looked up before it."""
    words = NameIndex([ABDURAHMAN]).words
    before = words.expand("abdulrahman", joined=True)
    assert words.expand("abdulrahman") == [(0, 10 / 11)]
    assert words.expand("abdulrahman", joined=True) == before == []
