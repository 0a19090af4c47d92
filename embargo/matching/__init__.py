"""The matching engine: candidate generation and scoring of queries against listed entities."""

from embargo.matching.engine import Engine
from embargo.matching.index import NameIndex
from embargo.matching.score import score
from embargo.matching.types import Feature, Match, NameMatch, Query

__all__ = ["Engine", "Feature", "Match", "NameIndex", "NameMatch", "Query", "score"]
