"""The UN list's vocabulary, read once from ``embargo/sources/un_sc.yml``.

Keys are normalised with ``vocab_key`` on both sides, because the UN spells one label several
ways ("Ration card no.", "Ration Card no", "Civil\\nIdentification\\nnumber"). Two YAML keys
that normalise to the same key are an error in the YAML, reported when it is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from embargo.exc import InvalidData
from embargo.ingest.lookups import source_spec
from embargo.model.values import Gender, NameType

LIST_ID = "un_sc"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    programmes: Mapping[str, str]
    alias_types: Mapping[str, NameType]
    genders: Mapping[str, Gender]
    #: ``None`` means the label names no kind, so the other document type decides.
    id_types: Mapping[str, str | None]
    #: Spellings to map before asking rigour; ``None`` means "not a country".
    countries: Mapping[str, str | None]


def vocab_key(text: str) -> str:
    """Collapse whitespace, case-fold and drop a trailing ``:`` or ``.``."""
    return " ".join(text.split()).casefold().rstrip(":.").rstrip()


@cache
def vocabulary() -> Vocabulary:
    """The lookups of ``un_sc.yml``; cached, since every parse needs the same tables."""
    lookups: dict[str, Any] = source_spec(LIST_ID).get("lookups") or {}
    return Vocabulary(
        programmes=_table(lookups, "programmes", str),
        alias_types=_table(lookups, "alias_qualities", NameType),
        genders=_table(lookups, "genders", Gender),
        id_types=_table(lookups, "id_types", _optional_str),
        countries=_table(lookups, "countries", _optional_str),
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _table(lookups: dict[str, Any], name: str, convert: Callable[[Any], T]) -> dict[str, T]:
    table: dict[str, T] = {}
    for label, value in (lookups.get(name) or {}).items():
        key = vocab_key(str(label))
        if key in table:
            raise InvalidData(f"{LIST_ID}.yml", f"lookups.{name}", f"duplicate key {label!r}")
        table[key] = convert(value)
    return table
