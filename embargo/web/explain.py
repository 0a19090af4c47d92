"""Why a party matched, in sentences: the name alignment and each piece of other evidence.

The matcher's explanation is exact but terse (``fatou=fatou bensouda=bensouda``, ``birth_date
+0.016``); an analyst reading a hit wants "the words Fatou and Bensouda are equal; the birth
date is the same day". Points are score points: the name score plus every feature's points is
the final score (before it is clipped to 0-100).
"""

from __future__ import annotations

from dataclasses import dataclass

from embargo.matching import Feature, Match, NameMatch
from embargo.web.labels import country_name, humanise

#: What a feature's evidence means, by feature name and whether it agreed (similarity > 0).
FEATURE_TEXT = {
    ("birth_date", True): "Birth date {query} agrees with the listed {listed}",
    ("birth_date", False): "Birth date {query} differs from the listed {listed}",
    ("country", True): "Country {query} matches the listing ({listed})",
    ("country", False): "Country {query} does not match the listing ({listed})",
    ("gender", False): "Gender {query} differs from the listed {listed}",
    ("kind", False): "A {query} cannot be the listed {listed}",
    ("identifier", True): "Identifier {query} equals the listed {listed}",
    ("identifier", False): "Identifier {query} differs from the listed {listed} of the same kind",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of the explanation: a sentence and the points it added or took away."""

    text: str
    points: float
    #: ``for`` (raised the score), ``against`` (lowered it) or ``neutral``.
    effect: str


@dataclass(frozen=True, slots=True)
class NameReason:
    query_name: str
    listed_name: str
    name_type: str
    points: float
    equal: tuple[str, ...]
    similar: tuple[tuple[str, str], ...]
    #: Words of the query the listed name lacks, and words of the listed name the query lacks.
    query_only: tuple[str, ...]
    listed_only: tuple[str, ...]
    acronym: bool


def name_reason(name: NameMatch) -> NameReason:
    """Read the alignment (``a=a b~c -d +e``) back into its parts."""
    equal: list[str] = []
    similar: list[tuple[str, str]] = []
    query_only: list[str] = []
    listed_only: list[str] = []
    alignment = name.alignment
    for part in alignment.split() if alignment != "acronym" else []:
        if part.startswith("-"):
            query_only.append(part[1:])
        elif part.startswith("+"):
            listed_only.append(part[1:])
        elif "=" in part:
            equal.append(part.split("=", 1)[0])
        elif "~" in part:
            left, right = part.split("~", 1)
            similar.append((left, right))
    return NameReason(
        query_name=name.query_name,
        listed_name=name.candidate_name,
        name_type=humanise(name.name_type.value),
        points=name.score,
        equal=tuple(equal),
        similar=tuple(similar),
        query_only=tuple(query_only),
        listed_only=tuple(listed_only),
        acronym=alignment == "acronym",
    )


def _values(feature: Feature, text: str) -> str:
    parts = [p for p in text.split("|") if p != ""]
    if feature.name == "country":
        parts = [country_name(p) for p in parts]
    return ", ".join(parts) if parts else "(none)"


def feature_reason(feature: Feature) -> Reason:
    agreed = feature.similarity > 0
    template = FEATURE_TEXT.get(
        (feature.name, agreed), humanise(feature.name).capitalize() + ": {query} vs {listed}"
    )
    text = template.format(
        query=_values(feature, feature.query_value),
        listed=_values(feature, feature.candidate_value),
    )
    if feature.name == "birth_date" and 0 < feature.similarity < 1:
        text += f" in part ({feature.similarity:.0%} alike)"
    effect = (
        "for" if feature.contribution > 0 else "against" if feature.contribution < 0 else "neutral"
    )
    return Reason(text, feature.contribution, effect)


@dataclass(frozen=True, slots=True)
class Explanation:
    name: NameReason | None
    reasons: tuple[Reason, ...]
    #: Name score plus every feature's points; the score is this clipped to [0, 1].
    total: float

    @property
    def clipped(self) -> bool:
        return not 0.0 <= self.total <= 1.0


def explain(match: Match) -> Explanation:
    name = None if match.name is None else name_reason(match.name)
    reasons = tuple(feature_reason(f) for f in match.features)
    total = (0.0 if name is None else name.points) + sum(r.points for r in reasons)
    return Explanation(name, reasons, total)
