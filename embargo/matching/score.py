"""Score one query against one candidate entity: best name alignment, then the other evidence.

The name score is the best over all of the candidate's names (aliases too), scaled down for
weak aliases. Features then add or subtract (see ``features.py``); the result is clipped to
[0, 1] and carries every step, so an analyst can see why a party alerted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from embargo import settings
from embargo.matching import features
from embargo.matching.build import analyse_name
from embargo.matching.types import Feature, Match, NameMatch, Query
from embargo.model.entity import Entity, Name
from embargo.model.values import EntityKind, NameType
from embargo.names.acronym import acronym_score, query_acronym
from embargo.names.compare import NameAlignment, align, token_weight
from embargo.names.tokenize import NameForm, analyse

#: How much a name of each type counts; weak aliases ("a.k.a. Fito") are thin evidence
#: (``EMBARGO_WEAK_ALIAS_WEIGHT``).
NAME_TYPE_FACTORS = {NameType.WEAK_ALIAS: settings.WEAK_ALIAS_WEIGHT, NameType.FORMER: 0.95}

#: One candidate name: the listed name, its analysed form and the weight of each token.
Candidate = tuple[Name, NameForm, Sequence[float]]


def effective_kind(kind: EntityKind | None, form: NameForm) -> EntityKind | None:
    """The query's kind, or organisation when its name carries a legal form."""
    if kind is None and form.legal:
        return EntityKind.ORGANIZATION
    return kind


def weights_of(form: NameForm, rarity: Callable[[str], float]) -> list[float]:
    return [token_weight(k, rarity(t)) for t, k in zip(form.tokens, form.kinds, strict=True)]


def best_name(
    query: NameForm,
    qweights: Sequence[float],
    candidates: Iterable[Candidate],
    similar: Sequence[Mapping[str, float]] | None = None,
    acronym: str | None = None,
) -> NameMatch | None:
    """The candidate name that aligns best with the query name (see ``align``); ``acronym``
    is the query's ``query_acronym``, if it may be one."""
    best: NameMatch | None = None
    for name, form, cweights in candidates:
        alignment = align(query, form, qweights, cweights, similar)
        value: float = alignment.score
        detail: NameAlignment | str = alignment
        if acronym is not None:
            short = acronym_score(acronym, form)
            if short > value:
                value, detail = short, "acronym"
        value *= NAME_TYPE_FACTORS.get(name.type, 1.0)
        if best is None or value > best.score:
            best = NameMatch(query.text, name.value, name.type, value, detail)
    return best


def assess(
    query: Query,
    kind: EntityKind | None,
    entity: Entity,
    name: NameMatch | None,
    strong: frozenset[str],
) -> Match:
    """Add the non-name evidence to a name match and clip the total to [0, 1]."""
    name_score = 0.0 if name is None else name.score
    found = [
        features.birth_date(query, entity, name_score),
        features.country(query, entity, name_score),
        features.gender(query, entity),
        features.kind(kind, entity),
        features.identifiers(query, entity, strong, name_score),
    ]
    kept: list[Feature] = [f for f in found if f is not None]
    total = name_score + sum(f.contribution for f in kept)
    return Match(entity.id, min(max(total, 0.0), 1.0), name, kept)


def score(
    query: Query,
    entity: Entity,
    rarity: Callable[[str], float] | None = None,
    strong: frozenset[str] = frozenset(),
) -> Match:
    """Score ``query`` against ``entity`` without an index.

    ``rarity`` gives each word's weight (an index's ``words.word_rarity``); without it every word
    weighs the same, which suits a one-off check but not ranking across a list.
    """
    weigh = rarity or (lambda _: 1.0)
    form = analyse_name(query.name, query.kind)
    org = entity.kind is not EntityKind.PERSON
    candidates = []
    for name in entity.names:
        cform = analyse(name.value, org)
        candidates.append((name, cform, weights_of(cform, weigh)))
    best = best_name(form, weights_of(form, weigh), candidates, None, query_acronym(form))
    return assess(query, effective_kind(query.kind, form), entity, best, strong)
