"""Screening options as people type them (``passport:A1234567``, ``us_ofac_sdn=0.8``).

The command line and the web form read the same spellings, so they are parsed here once, with
errors that say what was expected.
"""

from __future__ import annotations

from collections.abc import Iterable

from embargo.exc import InvalidInput
from embargo.model.entity import Identifier
from embargo.model.vocab import id_kinds
from embargo.settings import parse_thresholds


def identifier_from_text(text: str) -> Identifier:
    """``KIND:VALUE``, with a kind from the identifier vocabulary (``passport``, ``imo`` ...)."""
    kind, sep, value = text.partition(":")
    kind, value = kind.strip().casefold(), value.strip()
    if not sep or not value:
        raise InvalidInput(f"identifier {text!r}: expected KIND:VALUE, like passport:A1234567")
    if kind not in id_kinds():
        known = ", ".join(sorted(id_kinds()))
        raise InvalidInput(f"identifier {text!r}: unknown kind {kind!r}; known kinds: {known}")
    return Identifier(kind=kind, value=value)


def thresholds_from_text(pairs: Iterable[str]) -> dict[str, float]:
    """``LIST=SCORE`` pairs, each item one pair or several separated by commas."""
    try:
        return parse_thresholds(",".join(pairs))
    except ValueError as exc:
        raise InvalidInput(f"list thresholds: {exc}") from exc
