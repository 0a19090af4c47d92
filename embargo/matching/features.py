"""Evidence beyond the name: birth date, country, gender, identifiers, kind of party.

Each feature returns a similarity and a contribution to the score. Agreement pushes a good name
match towards 1 by a share of the distance left (``(1 - name) * weight``), and only once the
name itself is plausible, so a shared birth year never makes a different name alert.
Disagreement subtracts a fixed amount: a birth date eight years off is strong evidence of a
namesake whatever the name score.
"""

from __future__ import annotations

from embargo.matching.types import Feature, Query
from embargo.model.entity import Entity, Identifier
from embargo.model.values import DateRange, EntityKind, PartialDate

DOB_EXACT = 0.8
DOB_YEAR = 0.3
DOB_CONFLICT = -0.45
DOB_NEAR = -0.15
COUNTRY_MATCH = 0.3
COUNTRY_CONFLICT = -0.15
GENDER_CONFLICT = -0.1
ID_CONFLICT = -0.15
KIND_CONFLICT = -0.5
#: Below this name score, agreeing facts add nothing; they reach full effect at +GATE_SPAN.
GATE_FROM = 0.3
GATE_SPAN = 0.2


def support(name_score: float, weight: float) -> float:
    """What agreeing evidence adds: a share of the distance to 1, gated on the name score."""
    gate = min(max((name_score - GATE_FROM) / GATE_SPAN, 0.0), 1.0)
    return gate * weight * (1.0 - name_score)


def date_similarity(query: PartialDate, listed: PartialDate | DateRange) -> float:
    """1 same day, 0.8 a likely typo of it, 0.6 same year only, 0.3 a year off, 0 different."""
    if isinstance(listed, DateRange):
        if listed.start.year <= query.year <= listed.end.year:
            return 0.6
        return (
            0.3
            if min(abs(query.year - y) for y in (listed.start.year, listed.end.year)) == 1
            else 0.0
        )
    if query.year != listed.year:
        if _same_day(query, listed) and query.month is not None:
            typo = abs(query.year - listed.year) == 1 or _one_digit_apart(query.year, listed.year)
            return 0.3 if typo else 0.0
        return 0.15 if abs(query.year - listed.year) == 1 else 0.0
    if query.month is None or listed.month is None:
        return 0.6
    if _same_day(query, listed):
        return 1.0
    if _swapped(query, listed) or _one_digit_apart(_day_number(query), _day_number(listed)):
        return 0.8
    return 0.5


def _day_number(d: PartialDate) -> int:
    return (d.month or 0) * 100 + (d.day or 0)


def _same_day(a: PartialDate, b: PartialDate) -> bool:
    if a.day is None or b.day is None:
        return a.month == b.month
    return a.month == b.month and a.day == b.day


def _swapped(a: PartialDate, b: PartialDate) -> bool:
    return a.day is not None and (a.month, a.day) == (b.day, b.month)


def _one_digit_apart(a: int, b: int) -> bool:
    sa, sb = f"{a:04d}", f"{b:04d}"
    return sum(x != y for x, y in zip(sa, sb, strict=True)) == 1 or sorted(sa) == sorted(sb)


def birth_date(query: Query, entity: Entity, name_score: float) -> Feature | None:
    if query.birth_date is None or not entity.birth_dates:
        return None
    dates, day = entity.birth_dates, query.birth_date
    sim = date_similarity(day, dates[0])
    for other in dates[1:]:
        sim = max(sim, date_similarity(day, other))
    if sim >= 1.0:
        contribution = support(name_score, DOB_EXACT)
    elif sim >= 0.6:
        contribution = support(name_score, DOB_YEAR)
    else:
        contribution = DOB_NEAR if sim >= 0.15 else DOB_CONFLICT
    return Feature("birth_date", sim, contribution, query.birth_date, entity.birth_dates)


def country(query: Query, entity: Entity, name_score: float) -> Feature | None:
    listed = entity.nationalities + entity.citizenships + entity.countries
    if not query.countries or not listed:
        return None
    if any(c in listed for c in query.countries):
        contribution, sim = support(name_score, COUNTRY_MATCH), 1.0
    else:
        contribution, sim = COUNTRY_CONFLICT, 0.0
    return Feature("country", sim, contribution, query.countries, listed)


def gender(query: Query, entity: Entity) -> Feature | None:
    if query.gender is None or entity.gender is None or query.gender == entity.gender:
        return None
    return Feature("gender", 0.0, GENDER_CONFLICT, query.gender, entity.gender)


def kind(query_kind: EntityKind | None, entity: Entity) -> Feature | None:
    """A person is never an organisation; ``query_kind`` may be inferred from a legal form."""
    if query_kind is None or query_kind == entity.kind:
        return None
    return Feature("kind", 0.0, KIND_CONFLICT, query_kind, entity.kind)


def identifiers(
    query: Query, entity: Entity, strong: frozenset[str], name_score: float
) -> Feature | None:
    """An equal strong identifier decides; a different one of the same kind counts against."""
    conflict: tuple[Identifier, Identifier] | None = None
    for mine in query.identifiers:
        for theirs in entity.identifiers:
            if mine.kind != theirs.kind or theirs.kind not in strong:
                continue
            if _id_key(mine.value) == _id_key(theirs.value):
                return Feature("identifier", 1.0, 1.0 - name_score, mine.value, theirs.value)
            if mine.country is None or theirs.country in (None, mine.country):
                conflict = (mine, theirs)
    if conflict is None:
        return None
    return Feature("identifier", 0.0, ID_CONFLICT, conflict[0].value, conflict[1].value)


def _id_key(value: str) -> str:
    return "".join(ch for ch in value.casefold() if ch.isalnum())
