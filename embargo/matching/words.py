"""Which indexed words a query word could be: itself, a typo of it, another spelling of it
(same consonant skeleton, as transliterations and vowel-less scripts give), or, in company
names, a translation of it (``empresa``/``enterprise``, from rigour's tables; see
``names.symbols``). Each comes with its similarity to the query word.

Lookups are cached per index: customer files repeat words far more than they repeat names.
"""

from __future__ import annotations

from array import array

from embargo.matching.build import IndexData, skeleton_keys, typo_keys
from embargo.names.phonetic import skeleton
from embargo.names.similarity import word_similarity
from embargo.names.symbols import SYMBOL_SIM, org_symbols

#: Cached word expansions kept per index.
EXPANSION_CACHE = 50_000

#: A query word as looked up: the word, whether it is vowel-less, whether it names a company.
WordKey = tuple[str, bool, bool]


class WordFinder:
    """Similar indexed words for query words, and their rarity."""

    __slots__ = ("_expansions", "_similar", "data", "rarity", "unseen_rarity")

    def __init__(self, data: IndexData, rarity: array[float], unseen_rarity: float) -> None:
        self.data = data
        #: Inverse document frequency of each indexed word, by id.
        self.rarity = rarity
        #: Rarity of a word no indexed name has: rarer than the rarest indexed word.
        self.unseen_rarity = unseen_rarity
        self._expansions: dict[WordKey, list[tuple[int, float]]] = {}
        self._similar: dict[WordKey, dict[str, float]] = {}

    def expand(
        self, token: str, vowelless: bool = False, org: bool = False, joined: bool = False
    ) -> list[tuple[int, float]]:
        """Indexed words (ids) similar to a query word, with their similarity.

        Words ``joined`` from two or three query words are looked up by spelling and skeleton
        only, not by typo keys: they rarely repeat, so their lookups are not worth caching.
        Nor may they read the cache: a cached lookup of the same word holds typo matches too.
        """
        if joined:
            return self._expand(token, vowelless, org, joined=True)
        key = (token, vowelless, org)
        found = self._expansions.get(key)
        if found is None:
            found = self._expand(token, vowelless, org, joined=False)
            if len(self._expansions) >= EXPANSION_CACHE:
                self._expansions.clear()
            self._expansions[key] = found
        return found

    def similar_words(
        self, token: str, vowelless: bool = False, org: bool = False
    ) -> dict[str, float]:
        """Indexed words similar to a query word, by spelling, with their similarity."""
        key = (token, vowelless, org)
        found = self._similar.get(key)
        if found is None:
            forms = self.data.forms
            found = {forms[v]: s for v, s in self.expand(token, vowelless, org)}
            if len(self._similar) >= EXPANSION_CACHE:
                self._similar.clear()
            self._similar[key] = found
        return found

    def word_rarity(self, token: str, vowelless: bool = False, org: bool = False) -> float:
        """Rarity of a query word: that of the word itself, or of its closest indexed match."""
        vid = self.data.vocab.get(token)
        if vid is not None:
            return self.rarity[vid]
        found = self.expand(token, vowelless, org)
        if not found:
            return self.unseen_rarity
        return self.rarity[max(found, key=lambda p: p[1])[0]]

    def _expand(
        self, token: str, vowelless: bool, org: bool, joined: bool
    ) -> list[tuple[int, float]]:
        data = self.data
        vids: set[int] = set(data.skeletons.get(skeleton(token)))
        if vowelless:
            for key in skeleton_keys(skeleton(token)):
                vids.update(data.skeleton_typos.get(key))
        elif not joined:
            for key in typo_keys(token):
                vids.update(data.typos.get(key))
        exact = data.vocab.get(token)
        if exact is not None:
            vids.add(exact)
        found = {v: word_similarity(token, data.forms[v], vowelless) for v in vids}
        if org and not joined:
            for symbol in org_symbols(token):
                for v in data.symbols.get(symbol):
                    found[v] = max(found.get(v, 0.0), SYMBOL_SIM)
        return [(v, s) for v, s in found.items() if s > 0.0]
