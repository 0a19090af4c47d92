"""Reading the small values OFAC writes inside its remarks: dates, countries, identifier tails.

OFAC's remarks are prose with a house grammar ("Passport X (Country) issued D expires D",
"DOB circa 1961"). These readers return ``None`` when a value does not fit the grammar, so the
caller can report it as a finding and keep the text instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rigour.territories import lookup_territory

from embargo.model.values import DateRange, PartialDate

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DATE = re.compile(r"^(?:(\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\d{4})$")
_RANGE = re.compile(r"^(.+?)\s*(?: to |-)\s*(\d.*|[A-Za-z]{3}.*)$")
_CIRCA = re.compile(r"^(?:circa|approximately|approx\.)\s+", re.IGNORECASE)
#: A value ending in a chain of one-letter abbreviations ("S.A.", "n.e.c.") owns its last dot.
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:\w\.){2,}$")
_ID_TAIL = re.compile(r"\s(?=(?:issued|expires|expired)\b)")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def strip_terminator(text: str) -> str:
    """Drop the full stop OFAC ends a remark with, but not one that belongs to an abbreviation."""
    text = text.strip()
    if text.endswith(".") and _ABBREVIATION_END.search(text) is None:
        return text[:-1].rstrip()
    return text


def parse_date(text: str) -> PartialDate | DateRange | None:
    """Read ``31 Jan 1961``, ``Jan 1961``, ``1961``, ``circa 1961`` or ``1960 to 1965``."""
    text = _CIRCA.sub("", strip_terminator(text))
    single = _parse_single(text)
    if single is not None:
        return single
    match = _RANGE.match(text)
    if match is None:
        return None
    start, end = _parse_single(match.group(1)), _parse_single(match.group(2))
    if start is None or end is None:
        return None
    return DateRange(start, end)


def _parse_single(text: str) -> PartialDate | None:
    match = _DATE.match(text.strip())
    if match is None:
        return None
    day, month_name, year = match.groups()
    month = None if month_name is None else _MONTHS.get(month_name.lower())
    if month_name is not None and month is None:
        return None
    try:
        return PartialDate(int(year), month, None if day is None else int(day))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The rigour territory code for a country as OFAC names it, or None when unknown."""
    territory = lookup_territory(name.strip())
    return None if territory is None else territory.code


@dataclass(frozen=True, slots=True)
class IdParts:
    value: str
    #: The trailing "(Country)" as published, whether or not it maps to a code.
    country_name: str | None
    #: Everything besides the number and country: "(Jalisco)", "issued 2010 expires 2020".
    note: str | None


def split_identifier(text: str) -> IdParts:
    """Split ``X (Region) (Country) issued D expires D`` into number, country and note."""
    pieces = _ID_TAIL.split(strip_terminator(text), maxsplit=1)
    head, groups = _trailing_groups(pieces[0].strip())
    country = groups.pop() if len(groups) > 0 and len(head) > 0 else None
    if len(head) == 0 and len(groups) == 1:
        head, groups = groups[0], []
    notes = [f"({group})" for group in groups] + [piece.strip() for piece in pieces[1:]]
    note = " ".join(notes)
    return IdParts(_unwrap(head.rstrip(",").strip()), country, note if note != "" else None)


def _trailing_groups(text: str) -> tuple[str, list[str]]:
    """Peel worded "(...)" groups off the end of ``text``, returning them left to right.

    Only groups set off by a space and holding a letter are peeled: "(Mexico)" is a country,
    "(21)(66153220)" is part of a phone number.
    """
    groups: list[str] = []
    while text.endswith(")"):
        start = _matching_open(text)
        if start is None or (start > 0 and not text[start - 1].isspace()):
            break
        group = text[start + 1 : -1].strip()
        if _HAS_LETTER.search(group) is None:
            break
        groups.insert(0, group)
        text = text[:start].rstrip()
    return text, groups


def _unwrap(text: str) -> str:
    """``(5777731)`` is a number OFAC put in brackets, not a country."""
    if text.startswith("(") and text.endswith(")") and _matching_open(text) == 0:
        return text[1:-1].strip()
    return text


def _matching_open(text: str) -> int | None:
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            depth -= 1
            if depth == 0:
                return index
    return None
