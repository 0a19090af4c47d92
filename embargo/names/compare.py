"""Compare two analysed names by aligning their tokens, in any order, weighted by rarity.

The score is a weighted overlap: each aligned token adds its similarity times its weight, and
tokens left over on either side add only to the denominator. Weights come from the caller
(token rarity in the indexed names), so a shared ``Bensouda`` counts far more than a shared
``Muhammad`` or ``Limited``. Leftover candidate tokens cost less than leftover query tokens,
because lists carry more name parts than customers give (middle names, tribal names), while a
query word the candidate lacks points at someone else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from embargo.names.similarity import pair_similarity, word_similarity
from embargo.names.tokenize import (
    GENERIC,
    INITIAL,
    LEGAL,
    NAME,
    NUMBER,
    PARTICLE,
    TITLE,
    NameForm,
)

#: Weight of a leftover query / candidate token relative to an aligned one.
QUERY_EXTRA = 1.0
CANDIDATE_EXTRA = 0.55
#: Factor applied when both names carry legal forms of different classes (AG vs GmbH).
LEGAL_CONFLICT = 0.65
#: Two adjacent words joined must be this alike to the other side's word.
JOINED_SIM = 0.8
#: Fixed weights of the kinds of token that do not identify anyone on their own.
KIND_WEIGHTS = {INITIAL: 0.6, LEGAL: 0.3, TITLE: 0.1, PARTICLE: 0.2}
#: Generic company words weigh their rarity, but no more than this.
GENERIC_WEIGHT = 1.5
_JOINABLE = (NAME, GENERIC)
_EXACT_ONLY = (LEGAL, NUMBER)
#: Kinds of token compared pair by pair, never through a query word's similar words.
_PAIRWISE = frozenset((INITIAL, LEGAL, NUMBER))

Pair = tuple[int, int, float]


class NameAlignment:
    """How a query name lines up with a candidate name, and the score that follows."""

    __slots__ = ("candidate", "pairs", "query", "score")

    def __init__(self, query: NameForm, candidate: NameForm, pairs: list[Pair], score: float):
        self.query = query
        self.candidate = candidate
        #: (query token index, candidate token index, similarity) for each aligned pair.
        self.pairs = pairs
        self.score = score

    def describe(self) -> str:
        """``ali=ali hasan~hassan -khan +mohamed``: aligned pairs, then each side's leftovers."""
        qt, ct = self.query.tokens, self.candidate.tokens
        parts = [qt[i] + ("=" if s >= 1.0 else "~") + ct[j] for i, j, s in self.pairs]
        used_q = {p[0] for p in self.pairs}
        used_c = {p[1] for p in self.pairs}
        parts += ["-" + t for i, t in enumerate(qt) if i not in used_q]
        parts += ["+" + t for j, t in enumerate(ct) if j not in used_c]
        return " ".join(parts)


def token_weight(kind: int, rarity: float) -> float:
    """The weight of a token: its rarity for words and numbers, a fixed weight otherwise."""
    if kind == GENERIC:
        return min(rarity, GENERIC_WEIGHT)
    return KIND_WEIGHTS.get(kind, rarity)


def align(
    query: NameForm,
    candidate: NameForm,
    qweights: Sequence[float],
    cweights: Sequence[float],
    similar: Sequence[Mapping[str, float]] | None = None,
) -> NameAlignment:
    """Align two names token by token, best pairs first, and score the alignment.

    ``similar`` may give, for each query token, the words known to be like it with their
    similarity (an index computes this once per query); words not in it count as different.
    Without it, every pair of words is compared. This runs for every candidate of every
    screening, hence the plain loops.
    """
    ct, ck, vowelless = candidate.tokens, candidate.kinds, query.vowelless
    org = query.org and candidate.org
    scored = []
    qkinds = query.kinds
    for i, a in enumerate(query.tokens):
        ka = qkinds[i]
        wq = qweights[i]
        # A known word's map holds the word itself (1.0); other kinds compare pair by pair.
        known = None if similar is None or ka in _PAIRWISE else similar[i].get
        for j, b in enumerate(ct):
            kb = ck[j]
            if known is not None and kb not in _PAIRWISE:
                sim = known(b, 0.0)
            elif a == b:
                sim = 1.0
            else:
                sim = pair_similarity(a, ka, b, kb, vowelless, org)
            if sim > 0.0:
                scored.append((sim, wq + cweights[j], i, j))
    nq, nc = len(query.tokens), len(ct)
    pairs: list[Pair] = []
    used_q: set[int] = set()
    used_c: set[int] = set()
    if len(scored) > 1:
        scored.sort(reverse=True)
    for sim, _, i, j in scored:
        if i not in used_q and j not in used_c:
            pairs.append((i, j, sim))
            used_q.add(i)
            used_c.add(j)
    left_q, left_c = nq - len(used_q), nc - len(used_c)
    if left_q >= 2 and left_c >= 1 and _may_join(query, candidate):
        pairs += _joined(query, candidate, used_q, used_c, False)
    if left_c >= 2 and left_q >= 1 and _may_join(candidate, query):
        pairs += _joined(candidate, query, used_c, used_q, True)
    score = _score(pairs, qweights, cweights)
    if query.legal and candidate.legal and not set(query.legal) & set(candidate.legal):
        score *= LEGAL_CONFLICT
    return NameAlignment(query, candidate, pairs, score)


def _joined(
    side: NameForm, other: NameForm, used: set[int], used_other: set[int], flipped: bool
) -> list[Pair]:
    """Pair a run of 2 or 3 adjacent leftover words of ``side`` with one word of ``other``.

    Catches ``Abdul Rahman``/``Abdulrahman``, ``Zia ur Rahman``/``Ziaurrahman`` and, through
    skeletons, ``Abd al``/``Abdul``. ``flipped`` says ``side`` is the candidate, so pairs are
    written (query, candidate).
    """
    free = [j for j, k in enumerate(other.kinds) if j not in used_other and k in _JOINABLE]
    if not free:
        return []
    kinds, tokens = side.kinds, side.tokens
    open_ = [k not in used and kind != LEGAL for k, kind in enumerate(kinds)]
    found: list[Pair] = []
    vowelless = other.vowelless if flipped else side.vowelless
    for span in (3, 2):
        for i in range(len(tokens) - span + 1):
            if not (free and open_[i] and open_[i + 1] and (span == 2 or open_[i + 2])):
                continue
            joined = "".join(tokens[i : i + span])
            for j in free:
                word = other.tokens[j]
                if abs(len(word) - len(joined)) > 0.4 * max(len(word), len(joined)):
                    continue
                if word[0] != joined[0] and not vowelless:
                    continue  # a word written apart begins as it does written together
                a, b = (word, joined) if flipped else (joined, word)
                sim = word_similarity(a, b, vowelless)
                if sim >= JOINED_SIM:
                    run = range(i, i + span)
                    found += [(j, k, sim) if flipped else (k, j, sim) for k in run]
                    used.update(run)
                    used_other.add(j)
                    free.remove(j)
                    for k in run:
                        open_[k] = False
                    break
    return found


def _may_join(side: NameForm, other: NameForm) -> bool:
    """Whether two adjacent words of ``side`` could be short enough, together, to be one word
    of ``other`` (``_joined`` allows 40% more letters): most pairs of names have none."""
    return 0.6 * side.shortest_pair <= other.longest + 0.01


def _score(pairs: list[Pair], qweights: Sequence[float], cweights: Sequence[float]) -> float:
    """Weighted overlap; a token aligned twice (a joined pair) counts once, at its best."""
    qsim = [0.0] * len(qweights)
    csim = [0.0] * len(cweights)
    for i, j, sim in pairs:
        if qsim[i] < sim:
            qsim[i] = sim
        if csim[j] < sim:
            csim[j] = sim
    num = den = 0.0
    for w, s in zip(qweights, qsim, strict=True):
        if s > 0.0:
            num += w * s
            den += w
        else:
            den += QUERY_EXTRA * w
    for w, s in zip(cweights, csim, strict=True):
        if s > 0.0:
            num += w * s
            den += w
        else:
            den += CANDIDATE_EXTRA * w
    return num / den if den > 0 else 0.0
