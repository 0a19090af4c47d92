"""The matching engine: candidate generation from a ``NameIndex``, then scoring.

Pure and in memory: it holds the entities it was built from and answers queries. The screening
service adds thresholds, list views and receipts on top. Scoring runs in two stages: every
candidate's names are aligned with the query, and only candidates whose name score could still
reach an alert (or that share a strong identifier) are assessed on the other evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from embargo import settings
from embargo.matching.build import KIND_CODES, useful_forms
from embargo.matching.index import NameIndex, strong_identifier_kinds
from embargo.matching.score import Candidate, assess, best_name, effective_kind
from embargo.matching.types import Match, NameMatch, Query
from embargo.model.entity import Entity
from embargo.names.acronym import query_acronym
from embargo.names.compare import token_weight
from embargo.names.tokenize import NameForm

#: Entities whose names are aligned per query name; ranking by shared rare words puts true
#: matches well inside this (``EMBARGO_MATCH_CANDIDATES``).
CANDIDATES = settings.MATCH_CANDIDATES
#: Candidates holding less of the query's word weight than this cannot reach MIN_NAME_SCORE
#: (aligned words count on both sides, so the name score is at most 2c / (1 + c)).
MIN_COVERAGE = 0.15
#: ... nor those holding less than this share of what the best candidate holds.
RELATIVE_COVERAGE = 0.3
#: Candidates with a lower name score are not assessed further (other evidence adds at most
#: part of the distance to 1, and only above a name score of 0.3).
MIN_NAME_SCORE = 0.3
#: Of those, this many per requested match (best names first) are assessed on other evidence,
#: and at least MIN_ASSESSED: the best match may have the fifth-best name and no conflicts.
ASSESSED = 2
MIN_ASSESSED = 10
#: Entities kept with their names analysed; popular candidates come back query after query.
NAME_CACHE = 100_000


class QueryName:
    """One analysed query name with what scoring needs: token weights and similar words."""

    __slots__ = ("acronym", "form", "similar", "weights")

    def __init__(self, form: NameForm, index: NameIndex) -> None:
        self.form = form
        self.acronym = query_acronym(form)
        pairs = list(zip(form.tokens, form.kinds, strict=True))
        words, vowelless, org = index.words, form.vowelless, form.org
        self.weights = [token_weight(k, words.word_rarity(t, vowelless, org)) for t, k in pairs]
        self.similar: list[Mapping[str, float]] = [
            words.similar_words(t, vowelless, org) for t, _ in pairs
        ]


class Engine:
    """Screen queries against a fixed sequence of entities."""

    __slots__ = ("_names", "entities", "index", "strong")

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = entities
        self.index = NameIndex(entities)
        self.strong = strong_identifier_kinds()
        self._names: dict[int, list[Candidate]] = {}

    def match(self, query: Query, limit: int = 10, candidates: int = CANDIDATES) -> list[Match]:
        """The best ``limit`` matches for ``query``, best first (a Person query sees persons)."""
        forms = useful_forms(query.name, query.kind)
        kind_code = None if query.kind is None else KIND_CODES[query.kind]
        positions: dict[int, None] = {}
        for form in forms:
            found = self.index.search(form, kind_code, candidates)
            floor = max(MIN_COVERAGE, RELATIVE_COVERAGE * max((c for _, c in found), default=0))
            positions.update((p, None) for p, cover in found if cover >= floor)
        by_id = {p for i in query.identifiers for p in self.index.by_identifier(i.value)}
        positions.update(dict.fromkeys(by_id))
        kind = effective_kind(query.kind, forms[0])
        named = [
            (p, name)
            for p, name in self._align(forms, list(positions))
            if p in by_id or (name is not None and name.score >= MIN_NAME_SCORE)
        ]
        named.sort(key=lambda item: (item[0] in by_id, item[1] and item[1].score), reverse=True)
        matches = [
            assess(query, kind, self.entities[p], name, self.strong)
            for p, name in named[: max(ASSESSED * limit, MIN_ASSESSED)]
        ]
        matches.sort(key=lambda m: m.score, reverse=True)
        return matches[:limit]

    def _align(
        self, forms: list[NameForm], positions: list[int]
    ) -> list[tuple[int, NameMatch | None]]:
        names = [QueryName(form, self.index) for form in forms]
        found = []
        for position in positions:
            candidates = self._candidates(position)
            best: NameMatch | None = None
            for q in names:
                match = best_name(q.form, q.weights, candidates, q.similar, q.acronym)
                if match is not None and (best is None or match.score > best.score):
                    best = match
            found.append((position, best))
        return found

    def _candidates(self, position: int) -> list[Candidate]:
        """The entity's names, analysed; popular entities come back query after query."""
        found = self._names.get(position)
        if found is None:
            if len(self._names) >= NAME_CACHE:
                self._names.clear()
            names = self.entities[position].names
            index = self.index
            found = self._names[position] = [
                (names[index.data.name_origin[name_id]], *index.name_form(name_id))
                for name_id in index.entity_names(position)
            ]
        return found


__all__ = ["Engine"]
