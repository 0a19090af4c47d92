"""Small value types shared by the model: partial dates and the enumerations of the domain."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from embargo.exc import InvalidInput


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"


class NameType(StrEnum):
    PRIMARY = "primary"
    ALIAS = "alias"
    WEAK_ALIAS = "weak_alias"
    FORMER = "former"
    ORIGINAL_SCRIPT = "original_script"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day, as lists publish birth dates."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise InvalidInput("a partial date with a day needs a month")
        date(self.year, self.month or 1, self.day or 1)  # raises ValueError when impossible

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Each distinct text is parsed once: a list, and a store read of a million entities,
        repeat the same birth dates many times, and a parsed date is immutable.
        """
        return _parse_partial(text)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True, slots=True, order=True)
class DateRange:
    """A birth date given as a span ("circa 1960 to 1965"), both ends inclusive."""

    start: PartialDate
    end: PartialDate

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"


@lru_cache(maxsize=1 << 16)
def _parse_partial(text: str) -> PartialDate:
    match = _PARTIAL.match(text.strip())
    if match is None:
        raise InvalidInput(f"not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year, month, day = match.groups()
    try:
        return PartialDate(int(year), _opt_int(month), _opt_int(day))
    except ValueError as exc:
        raise InvalidInput(f"impossible date: {text!r}") from exc


def _opt_int(text: str | None) -> int | None:
    return None if text is None else int(text)


def parse_day(text: str) -> date:
    """Read an ISO day (``YYYY-MM-DD``) with an error that says what was expected."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {text!r}") from exc
