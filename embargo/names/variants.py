"""Split one written name into the names it holds.

Lists and customer files pack several names into one field: ``A; B`` for spellings, and
``KOREA KWANGSON BANKING CORPORATION (KKBC)`` for a name and its short form. Each is compared
on its own, so the short form does not count as a missing word of the long one.
"""

from __future__ import annotations

import re

_PARENS = re.compile(r"\(([^()]*)\)")
_SEPARATORS = re.compile(r"[;\n]")


def name_variants(text: str) -> list[str]:
    """The distinct names in ``text``: ``;``-separated parts, each without and as its
    parenthesised parts. Never empty: a name with nothing to split is its own variant."""
    if not any(mark in text for mark in "(;\n"):  # most names: one part, nothing in brackets
        outer = " ".join(text.split())
        return [outer] if any(ch.isalnum() for ch in outer) else [text]
    found: dict[str, None] = {}
    for part in _SEPARATORS.split(text):
        outer = " ".join(_PARENS.sub(" ", part).split())
        if any(ch.isalnum() for ch in outer):
            found[outer] = None
        for inner in _PARENS.findall(part):
            inner = " ".join(inner.split())
            if any(ch.isalnum() for ch in inner):
                found[inner] = None
    return list(found) or [text]
