"""Dates in the UN list: listing and update days, and dates of birth.

Values are ``xsd:date``, which may carry a time zone (``2015-04-07-04:00``): the zone says
nothing about the legal day, so it is dropped. A date of birth is EXACT (a DATE or a YEAR),
APPROXIMATELY (a YEAR), or BETWEEN two years; a free-text NOTE ("24/06/1402 (Hijri Calendar)")
is kept as a remark and reported when no date could be read beside it.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from embargo.exc import InvalidInput
from embargo.ingest.un_sc_entry import EntityParts, EntryContext, fields
from embargo.model.values import DateRange, PartialDate

DOB_FIELDS = frozenset({"TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE"})
DOB_TYPES = frozenset({"EXACT", "APPROXIMATELY", "BETWEEN"})

_ZONE = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")


def read_partial_date(ctx: EntryContext, element: etree._Element, text: str) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with an optional zone; else a finding."""
    try:
        return PartialDate.parse(_ZONE.sub("", text.strip()))
    except InvalidInput:
        ctx.warn(element, "invalid_date", text)
        return None


def read_day(ctx: EntryContext, element: etree._Element, text: str) -> date | None:
    """A full day (LISTED_ON, LAST_DAY_UPDATED); a partial or broken one is a finding."""
    value = read_partial_date(ctx, element, text)
    if value is None:
        return None
    if value.month is None or value.day is None:
        ctx.warn(element, "invalid_date", text)
        return None
    return date(value.year, value.month, value.day)


def read_birth_date(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """One INDIVIDUAL_DATE_OF_BIRTH; "approximately" has no model field, so it is a remark."""
    found = fields(ctx, element, DOB_FIELDS)
    kind = found.get("TYPE_OF_DATE")
    if kind is not None and kind not in DOB_TYPES:
        ctx.warn(element, "unmapped_date_type", kind)
    dates = _birth_dates(ctx, element, found)
    parts.birth_dates.extend(dates)
    if kind == "APPROXIMATELY":
        parts.remarks.extend(f"date of birth approximately {value}" for value in dates)
    note = found.get("NOTE")
    if note is not None:
        parts.remarks.append(f"date of birth: {note}")
        if len(dates) == 0:
            ctx.warn(element, "unparsed_birth_date", note)


def _birth_dates(
    ctx: EntryContext, element: etree._Element, found: dict[str, str]
) -> list[PartialDate | DateRange]:
    dates: list[PartialDate | DateRange] = []
    for tag in ("DATE", "YEAR"):
        value = None if tag not in found else read_partial_date(ctx, element, found[tag])
        if value is not None:
            dates.append(value)
    span = _span(ctx, element, found.get("FROM_YEAR"), found.get("TO_YEAR"))
    if span is not None:
        dates.append(span)
    return dates


def _span(
    ctx: EntryContext, element: etree._Element, first: str | None, last: str | None
) -> PartialDate | DateRange | None:
    """FROM_YEAR..TO_YEAR as a range; one end alone is just that year."""
    start = None if first is None else read_partial_date(ctx, element, first)
    end = None if last is None else read_partial_date(ctx, element, last)
    if start is None or end is None:
        return start if end is None else end
    if end < start:
        ctx.warn(element, "invalid_date", f"{first}/{last}")
        return None
    return DateRange(start, end)
