"""How alike two words are, in [0, 1], given what kind of token each is.

Edit distance (with transpositions) catches typos; equal consonant skeletons catch
transliteration variants (``Mohamed``/``Muhammad``). A word from a vowel-less script (Arabic)
is compared by skeleton only, since its vowels were never written.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Levenshtein

from embargo.names.phonetic import skeleton
from embargo.names.symbols import SYMBOL_SIM, symbol_similarity
from embargo.names.tokenize import INITIAL, LEGAL, NUMBER, PARTICLE

#: Similarity of an initial to a word it begins (``R.`` and ``Rodolfo``).
INITIAL_SIM = 0.8
#: Similarity of two spellings with one consonant skeleton (``Mohamed``/``Muhammad``).
SKELETON_SIM = 0.85
#: ... when their spellings are at least this alike: ``Hussein``/``Hassan`` (0.57) are two names.
SKELETON_FLOOR = 0.6
#: Similarity of two short words (3 letters) one typo apart (``Rai``/``Rabi``).
SHORT_SIM = 0.7
#: Below this, two words are different words.
MIN_SIM = 0.7
#: Words compared so far; names repeat, so most comparisons are looked up.
_CACHE: dict[tuple[str, str, bool], float] = {}
_CACHE_SIZE = 500_000


def word_similarity(a: str, b: str, vowelless: bool = False) -> float:
    """Similarity of two folded words in [0, 1]; 0 when they are different words."""
    if a == b:
        return 1.0
    key = (a, b, vowelless)
    sim = _CACHE.get(key)
    if sim is None:
        sim = _skeleton_similarity(a, b) if vowelless else _latin_similarity(a, b)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[key] = sim
    return sim


def _latin_similarity(a: str, b: str) -> float:
    shortest = min(len(a), len(b))
    if shortest <= 3:
        close = shortest == 3 and a[0] == b[0] and OSA.distance(a, b, score_cutoff=1) <= 1
        return SHORT_SIM if close else 0.0
    sim = OSA.normalized_similarity(a, b)
    if sim < SKELETON_SIM and sim >= SKELETON_FLOOR:
        ska = skeleton(a)
        if len(ska) >= 3 and ska == skeleton(b):
            sim = SKELETON_SIM
    return sim if sim >= MIN_SIM else 0.0


def _skeleton_similarity(a: str, b: str) -> float:
    ska, skb = skeleton(a), skeleton(b)
    if not ska or not skb:
        return 0.0
    if ska == skb:
        return 0.9
    if min(len(ska), len(skb)) < 3:
        return 0.0
    sim = 0.85 * Levenshtein.normalized_similarity(ska, skb)
    return sim if sim >= 0.55 else 0.0


def pair_similarity(a: str, ka: int, b: str, kb: int, vowelless: bool, org: bool = False) -> float:
    """Similarity of two different tokens of kinds ``ka`` and ``kb`` (see ``tokenize``);
    ``org``: both are words of organisation names, which may be translations."""
    if ka == INITIAL or kb == INITIAL:
        return INITIAL_SIM if b.startswith(a) or a.startswith(b) else 0.0
    if ka in (LEGAL, NUMBER) or kb in (LEGAL, NUMBER) or (ka == PARTICLE) != (kb == PARTICLE):
        return 0.0
    sim = word_similarity(a, b, vowelless)
    return max(sim, symbol_similarity(a, b)) if org and sim < SYMBOL_SIM else sim
