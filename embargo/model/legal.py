"""Legal acts and what hangs off them: instruments, programmes, licences and court orders.

These carry *legal time*: the days on which an act was signed, published and took effect, and
the period in which a licence or a court order is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a URL or a file, with the file's sha256 when there is one."""

    url: str
    sha256: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Instrument:
    """An executive order, regulation, resolution or decision that creates or changes sanctions."""

    id: str
    kind: str
    number: str
    title: str
    issuer: str
    signed: date | None = None
    published: date | None = None
    effective: date | None = None
    #: Where it was published, e.g. ``85 FR 36139``.
    citation: str | None = None
    revokes: tuple[str, ...] = ()
    amends: tuple[str, ...] = ()
    #: The day it stopped having effect (revoked, removed), when known.
    ended: date | None = None
    sources: tuple[Source, ...] = ()

    def in_force(self, day: date) -> bool:
        start = self.effective or self.signed or self.published
        if start is not None and day < start:
            return False
        return self.ended is None or day < self.ended


@dataclass(frozen=True, slots=True)
class Programme:
    """A sanctions programme as a list names it (OFAC tag ``ICCP-EO13928``, UN ``QDi``)."""

    code: str
    name: str
    issuer: str
    instruments: tuple[str, ...] = ()
    #: Measure ids from ``data/measures.yml`` that a designation under it carries by default.
    measures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class Licence:
    """An authorisation that permits otherwise prohibited dealings for a period."""

    id: str
    title: str
    issuer: str
    #: ``general`` or ``specific``.
    kind: str
    #: What it allows, in the issuer's words or a faithful summary.
    permits: str
    start: date
    #: Last day on which it is in force (inclusive); ``None`` while open-ended.
    end: date | None = None
    programmes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    #: Entity ids it names; empty means every designation under its programmes.
    entities: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def in_force(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class CourtOrder:
    """A court order that suspends or bars enforcement of sanctions for named parties."""

    id: str
    court: str
    case: str
    title: str
    #: What it orders, in a faithful summary.
    effect: str
    start: date
    end: date | None = None
    instruments: tuple[str, ...] = ()
    #: Listed entity ids it concerns; empty when it protects third parties (e.g. US plaintiffs).
    entities: tuple[str, ...] = ()
    #: Parties it protects who are not listed entities (plaintiffs, "as applied").
    protected_parties: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def in_force(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)
