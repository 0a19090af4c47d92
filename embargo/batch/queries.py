"""A customer row as a screening query, with what could not be read of it.

A batch of a million rows must not stop at one bad cell, nor quietly screen on less than the
row said: an unreadable birth date is left out of the query and named in the row's
``problems`` column, so the analyst knows that row was screened on its name alone.
"""

from __future__ import annotations

from typing import Any

from embargo.exc import InvalidInput
from embargo.ingest.tabular import KINDS
from embargo.matching import Query
from embargo.model.values import PartialDate


def _cell(row: dict[str, Any], *names: str) -> str:
    for name in names:
        value = row.get(name)
        if value is not None and str(value).strip() != "":
            return str(value).strip()
    return ""


def read_query(row: dict[str, Any]) -> tuple[Query, list[str]]:
    """The row's query and the problems met reading it; raises only when there is no name."""
    name = _cell(row, "name")
    if name == "":
        raise InvalidInput("no name")
    problems: list[str] = []
    kind_text = _cell(row, "schema", "kind")
    kind = KINDS.get(kind_text.casefold())
    if kind_text != "" and kind is None:
        problems.append(f"kind {kind_text!r} not understood; screened as any kind")
    dob_text = _cell(row, "birth_date", "dob")
    try:
        dob = PartialDate.parse(dob_text) if dob_text else None
    except InvalidInput:
        dob = None
        problems.append(f"birth_date {dob_text!r} not understood; screened without it")
    country = _cell(row, "nationality", "country").casefold()
    query = Query(name=name, kind=kind, birth_date=dob, countries=(country,) if country else ())
    return query, problems


def row_query(row: dict[str, Any]) -> Query:
    """The row's query alone (what benchmarks and callers that check nothing else need)."""
    return read_query(row)[0]
