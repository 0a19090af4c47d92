"""Phonetic keys: tokens that sound alike, or are spelled alike without vowels, share a key.

``skeleton`` keeps consonants only, after merging the letter pairs that transliterations of one
sound disagree on (``kh``/``k``, ``q``/``k``, ``sh``/``s``, ``ph``/``f``). It is what lets
``Muhammad``, ``Mohamed`` and the vowel-less ``mhmd`` of Arabic script find one another, and
``QAWUQ`` find ``QAOUK``. ``metaphone`` is rigour's English-rules key, used as a second opinion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.text.phonetics import metaphone as _metaphone

_DIGRAPHS = re.compile(r"kh|gh|th|dh|sh|ch|ph|zh|ck|ts|tz|ou")
_DIGRAPH_MAP = {
    "kh": "k", "gh": "g", "th": "t", "dh": "d", "sh": "s", "ch": "k", "ph": "f", "zh": "j",
    "ck": "k", "ts": "s", "tz": "s", "ou": "u",
}  # fmt: skip
_LETTERS = str.maketrans({"q": "k", "c": "k", "z": "s", "x": "ks", "v": "f", "p": "b"})
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """The consonant skeleton of a folded token; may be empty for all-vowel tokens."""
    key = _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group(0)], token)
    key = _VOWELS.sub("", key.translate(_LETTERS))
    return _DOUBLES.sub(r"\1", key)


def metaphone(token: str) -> str:
    """The metaphone key of a folded token."""
    return _metaphone(token)
