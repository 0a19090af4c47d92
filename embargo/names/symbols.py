"""Words of organisation names that mean one thing across languages, from rigour's tables.

``empresa`` and ``enterprise`` share the symbol ``SYMBOL:ENTERPRISE``, ``banco`` and ``bank``
``DOMAIN:BANK``, ``Rossiya`` and ``Russian`` ``LOC:ru``. Lists and customer files name one
company in several languages (``BANCO NACIONAL DE CUBA``, ``National Bank of Cuba``), so two
such words align as near-equals.

Measured on the bench (bench/RESULTS.md), this is about neutral: few of its queries are
translations. Also weighing such words as generic company vocabulary (as ``tokenize.GENERIC``
does for English ones) raised the scores of clean customers more than those of listed parties,
so they keep their rarity.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rigour.names import NameTypeTag, analyze_names

#: Symbol categories that give a word a meaning shared across languages (not legal forms,
#: which ``lexicon`` handles, nor numbers: ``v`` is not always five).
MEANINGS = frozenset(("SYMBOL", "DOMAIN", "LOC"))
#: Similarity of two different words with one meaning (``empresa``/``enterprise``).
SYMBOL_SIM = 0.9


def org_symbols_of(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """The symbols of each folded word that has any, read in one call to rigour's tagger."""
    found: dict[str, frozenset[str]] = {}
    names = analyze_names(
        NameTypeTag.ORG,
        list(words),
        phonetics=False,
        numerics=False,
        consolidate=False,
        rewrite=False,
    )
    for name in names:
        symbols = frozenset(
            f"{s.symbol.category.value}:{s.symbol.id}"
            for s in name.spans
            if s.symbol.category.value in MEANINGS
        )
        if symbols and len(name.parts) == 1:
            found[name.original] = symbols
    return found


@lru_cache(maxsize=100_000)
def org_symbols(word: str) -> frozenset[str]:
    """The meanings of one folded word in organisation names (empty: none known)."""
    return org_symbols_of([word]).get(word, frozenset())


def symbol_similarity(a: str, b: str) -> float:
    """``SYMBOL_SIM`` when two organisation words share a meaning, else 0."""
    return SYMBOL_SIM if org_symbols(a) & org_symbols(b) else 0.0
