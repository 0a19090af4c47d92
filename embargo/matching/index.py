"""Candidate generation: find the few dozen indexed names worth scoring for a query.

Each query word is expanded to the indexed words it could be: itself, words one or two typos
away (symmetric-delete keys), and words with the same consonant skeleton (transliteration
variants, vowel-less Arabic script). Names are then ranked by the summed rarity of the words
they share with the query, so a shared ``Bensouda`` ranks above a shared ``Muhammad``. Words
that occur in very many names (``limited``, ``muhammad``) only generate candidates when the
query has nothing rarer. All state is arrays of ints (see ``build.py``).
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

from embargo.matching.build import (
    KIND_CODES,
    SEARCHABLE,
    TYPE_CODES,
    IndexData,
    build,
    normalise_identifier,
)
from embargo.matching.postings import Expansion, Postings
from embargo.matching.words import WordFinder
from embargo.model.entity import Entity
from embargo.model.values import EntityKind
from embargo.model.vocab import id_kinds
from embargo.names.acronym import query_acronym
from embargo.names.compare import token_weight
from embargo.names.tokenize import INITIAL, LEGAL, NUMBER, TITLE, NameForm

#: A word in more names than this share of the index (and at least 1,000) is too common to
#: generate candidates by itself.
COMMON_SHARE = 0.02
COMMON_MIN = 300
#: Ranking divides shared rarity by (this + number of words in the name): among names that
#: share the same words with the query, the ones with fewer other words come first.
LENGTH_NORM = 8.0
#: Queries with more words than this are not searched for words written together.
MAX_JOINED_WORDS = 6
#: Outside vowel-less scripts, only pairs with a word this short are searched joined
#: (``Abd al``, ``Noor ud``, ``Abu Bakr``): long pairs are written apart in lists too.
JOIN_SHORT = 4
#: ... and runs of three whose middle word is this short (``al``, ``ur``, ``ud``, ``bin``).
JOIN_PARTICLE = 3
NOT_JOINED = frozenset((LEGAL, NUMBER, INITIAL, TITLE))
PERSON_CODE = KIND_CODES[EntityKind.PERSON]
#: Rarity is computed as if at least this many names were indexed: in a small custom list,
#: a word found in every name is not thereby as common as ``Limited``.
MIN_POPULATION = 10_000
#: Postings walked per query: at a million names the spellings similar to a common first name,
#: or to a vowel-less Arabic word, hold hundreds of thousands of names. No query of the bench
#: files walks more than 7,000 in the real index; at 1M names, 100,000 keep p99 near 25 ms.
MAX_POSTINGS = 100_000


def joins(form: NameForm) -> list[str]:
    """Adjacent words written together, as other spellings have them (``Abd al``/``Abdal``,
    ``Hidayat Allah``/``Hidayatullah``); runs of three around a particle (``Abd al Rahman``/
    ``Abdulrahman``), and any runs of three for vowel-less scripts."""
    words = [t for t, k in zip(form.tokens, form.kinds, strict=True) if k not in NOT_JOINED]
    if len(words) > MAX_JOINED_WORDS:
        return []
    triples = list(zip(words, words[1:], words[2:], strict=False))
    if form.vowelless:
        return [a + b for a, b in itertools.pairwise(words)] + ["".join(t) for t in triples]
    found = [a + b for a, b in itertools.pairwise(words) if min(len(a), len(b)) <= JOIN_SHORT]
    return found + [a + b + c for a, b, c in triples if len(b) <= JOIN_PARTICLE]


def trimmed(expansions: Sequence[Expansion], df: array[int]) -> Sequence[Expansion]:
    """The expansions with their most widespread similar words dropped, until their postings
    hold at most MAX_POSTINGS names: those words weigh least, and a query's own words (and
    words as alike) always stay, so a namesake is always found."""
    total = sum(df[v] for e in expansions for v, _ in e)
    if total <= MAX_POSTINGS:
        return expansions
    similar = [(df[v], i, v) for i, e in enumerate(expansions) for v, s in e if s < 1.0]
    dropped = set()
    for count, i, v in sorted(similar, reverse=True):
        if total <= MAX_POSTINGS:
            break
        dropped.add((i, v))
        total -= count
    return [[(v, s) for v, s in e if (i, v) not in dropped] for i, e in enumerate(expansions)]


def strong_identifier_kinds() -> frozenset[str]:
    return frozenset(k for k, v in id_kinds().items() if v.get("strong"))


class NameIndex:
    """Names of entities, searchable by similar words; see the module docstring."""

    __slots__ = (
        "_postings", "_rarity", "common_df", "data", "unseen_rarity", "words",
    )  # fmt: skip

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.data: IndexData = build(entities, strong_identifier_kinds())
        n_names = max(len(self.data.name_types), MIN_POPULATION)
        self.common_df = max(COMMON_MIN, int(COMMON_SHARE * n_names))
        self.unseen_rarity = math.log(1.0 + 2.0 * n_names)
        df = self.data.df
        self._rarity = array("d", (math.log(1.0 + n_names / max(d, 1)) for d in df))
        #: Query words to the indexed words they may be.
        self.words = WordFinder(self.data, self._rarity, self.unseen_rarity)
        starts = np.frombuffer(self.data.name_tok_start, dtype=np.int32)
        norms = LENGTH_NORM + np.diff(starts).astype(np.float64)
        #: The kind of party of each name's entity, so ranking sees only names of the right kind.
        kinds = np.frombuffer(bytes(self.data.entity_kinds), dtype=np.uint8)
        name_kinds = kinds[np.frombuffer(self.data.name_entity, dtype=np.int32)].tobytes()
        self._postings = Postings(self.data.post_start, self.data.post_names, norms, name_kinds)

    def __len__(self) -> int:
        return len(self.data.entity_ids)

    @property
    def name_count(self) -> int:
        return len(self.data.name_types)

    def search(self, form: NameForm, kind_code: int | None, limit: int) -> list[tuple[int, float]]:
        """Entities whose names best share words with ``form``, best first.

        Each comes with its coverage: the share of the query's word weight its best name
        holds, an upper bound of sorts on how well the names can align.
        """
        weighted, total = self._weighted(form)
        key = query_acronym(form)  # a query that is one short word or initials: an acronym?
        acronyms = self.data.acronyms.get(key) if key is not None else []
        ranked = self._postings.search(
            weighted, acronyms, self.unseen_rarity / 2, kind_code, 4 * limit
        )
        found: dict[int, float] = {}
        name_entity = self.data.name_entity
        for name_id, score in ranked:
            entity = name_entity[name_id]
            found[entity] = max(found.get(entity, 0.0), score / total)
            if len(found) >= limit:
                break
        return list(found.items())

    def _weighted(self, form: NameForm) -> tuple[Sequence[Expansion], float]:
        """Per query word, the indexed words to walk with their weights; and the query's
        total word weight."""
        data = self.data
        expand, vowelless, org = self.words.expand, form.vowelless, form.org
        expansions = [
            expand(t, vowelless, org)
            for t, k in zip(form.tokens, form.kinds, strict=True)
            if k in SEARCHABLE
        ]
        expansions += [e for e in (expand(t, vowelless, org, True) for t in joins(form)) if e]
        df, common, rarity = data.df, self.common_df, self._rarity
        rare = [e for e in expansions if any(df[v] <= common for v, _ in e)]
        used = [
            [(v, s) for v, s in expansion if not rare or df[v] <= common]
            for expansion in rare or expansions
        ]
        weighted = [[(v, s * rarity[v]) for v, s in e] for e in trimmed(used, df)]
        total: float = sum(
            max((self._rarity[v] for v, _ in e), default=self.unseen_rarity) for e in expansions
        )
        return weighted, max(total, 1e-9)

    def by_identifier(self, value: str) -> list[int]:
        """Positions of entities holding a strong identifier equal to ``value``."""
        return self.data.identifiers.get(normalise_identifier(value))

    def entity_names(self, position: int) -> range:
        data = self.data
        return range(data.entity_name_start[position], data.entity_name_start[position + 1])

    def name_form(self, name_id: int) -> tuple[NameForm, list[float]]:
        """The analysed form of an indexed name, with the weight of each of its tokens."""
        data = self.data
        start, end = data.name_tok_start[name_id], data.name_tok_start[name_id + 1]
        vids = data.tokens[start:end]
        tokens = tuple(data.forms[v] for v in vids)
        kinds = tuple(data.token_kinds[start:end])
        flags = data.name_flags[name_id]
        legal = tokens[len(tokens) - (flags >> 1) :] if flags >> 1 else ()
        weights = [token_weight(k, self._rarity[v]) for k, v in zip(kinds, vids, strict=True)]
        org = data.entity_kinds[data.name_entity[name_id]] != PERSON_CODE
        return NameForm("", tokens, kinds, legal, bool(flags & 1), org), weights


__all__ = ["TYPE_CODES", "NameIndex"]
