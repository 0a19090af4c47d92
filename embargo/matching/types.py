"""What goes into a screening and what comes out: the query, the match and its explanation.

Plain slotted classes, not pydantic: a batch builds millions of them and validation belongs at
the edges (the API schemas), as in nomenklatura's ``FtResult``.
"""

from __future__ import annotations

from dataclasses import dataclass

from embargo.model.entity import Identifier
from embargo.model.values import EntityKind, Gender, NameType, PartialDate
from embargo.names.compare import NameAlignment


@dataclass(frozen=True, slots=True)
class Query:
    """A party to screen: a customer, a counterparty, a payee."""

    name: str
    kind: EntityKind | None = None
    birth_date: PartialDate | None = None
    #: ISO 3166-1 alpha-2 codes (lower case): nationality, citizenship or country of the party.
    countries: tuple[str, ...] = ()
    gender: Gender | None = None
    identifiers: tuple[Identifier, ...] = ()


class Feature:
    """One piece of evidence and what it did to the score.

    ``contribution`` is the change this feature made to the score, in score points, so the
    explanation adds up: the name score plus every contribution is the final score (before it
    is clipped to [0, 1]). The values compared are kept as given and written out when read:
    most features belong to candidates nobody will look at.
    """

    __slots__ = ("_candidate", "_query", "contribution", "name", "similarity")

    def __init__(
        self,
        name: str,
        similarity: float,
        contribution: float,
        query_value: object = "",
        candidate_value: object = "",
    ) -> None:
        self.name = name
        #: How alike the two values are, in [0, 1] (for a conflict: 0).
        self.similarity = similarity
        self.contribution = contribution
        self._query = query_value
        self._candidate = candidate_value

    @property
    def query_value(self) -> str:
        """The query's value; several are joined with ``|``."""
        return _shown(self._query)

    @property
    def candidate_value(self) -> str:
        """The listed value(s) it was compared with."""
        return _shown(self._candidate)

    def __repr__(self) -> str:
        return f"Feature({self.name}, {self.similarity:.2f}, {self.contribution:+.3f})"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "similarity": round(self.similarity, 4),
            "contribution": round(self.contribution, 4),
            "query_value": self.query_value,
            "candidate_value": self.candidate_value,
        }


def _shown(value: object) -> str:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, tuple | list):
        return "|".join(dict.fromkeys(str(v) for v in value))
    return str(value)


class NameMatch:
    """Which candidate name aligned best with the query name, and how."""

    __slots__ = ("_detail", "candidate_name", "name_type", "query_name", "score")

    def __init__(
        self,
        query_name: str,
        candidate_name: str,
        name_type: NameType,
        score: float,
        detail: NameAlignment | str,
    ) -> None:
        self.query_name = query_name
        self.candidate_name = candidate_name
        self.name_type = name_type
        #: Name similarity after the name-type factor (weak aliases count less).
        self.score = score
        self._detail = detail

    @property
    def alignment(self) -> str:
        """Token alignment: ``ali=ali hasan~hassan -khan +mohamed``, or ``acronym``.

        Written out on demand: most scored candidates are never shown to anyone.
        """
        detail = self._detail
        return detail if isinstance(detail, str) else detail.describe()

    def __repr__(self) -> str:
        return f"NameMatch({self.query_name!r} ~ {self.candidate_name!r}: {self.score:.3f})"

    def as_dict(self) -> dict[str, object]:
        return {
            "query_name": self.query_name,
            "candidate_name": self.candidate_name,
            "name_type": self.name_type.value,
            "score": round(self.score, 4),
            "alignment": self.alignment,
        }


class Match:
    """A candidate entity with its score in [0, 1] and the evidence behind it."""

    __slots__ = ("entity_id", "features", "name", "score")

    def __init__(
        self, entity_id: str, score: float, name: NameMatch | None, features: list[Feature]
    ) -> None:
        self.entity_id = entity_id
        self.score = score
        self.name = name
        self.features = features

    def explain(self) -> str:
        """A one-line account of the score, for logs and the command line."""
        parts = [f"{self.entity_id} {self.score:.3f}"]
        if self.name is not None:
            parts.append(f"name {self.name.score:.3f} [{self.name.alignment}]")
        parts += [f"{f.name} {f.contribution:+.3f}" for f in self.features if f.contribution]
        return "; ".join(parts)

    def __repr__(self) -> str:
        return f"Match({self.entity_id!r}, {self.score:.3f})"

    def as_dict(self) -> dict[str, object]:
        """The match as plain JSON-ready values: what ``--json`` and the API print."""
        return {
            "entity_id": self.entity_id,
            "score": round(self.score, 4),
            "name": None if self.name is None else self.name.as_dict(),
            "features": [f.as_dict() for f in self.features],
        }
