"""Acronyms: ``BNC`` for ``Banco Nacional de Cuba``, ``D.U.A.S.A.`` for a Spanish S.A.

Lists give organisations' short forms as aliases; a customer file often has only those.
"""

from __future__ import annotations

from functools import lru_cache

from embargo.names.tokenize import GENERIC, INITIAL, NAME, NameForm

#: Name score given to a query that spells a candidate's acronym.
ACRONYM_SCORE = 0.75


def acronym(form: NameForm) -> str | None:
    """First letters of a name's words (not particles or legal forms), if 2 to 8 of them."""
    letters = "".join(
        t[0] for t, k in zip(form.tokens, form.kinds, strict=True) if k in (NAME, GENERIC)
    )
    return letters if 2 <= len(letters) <= 8 else None


@lru_cache(maxsize=10_000)
def query_acronym(form: NameForm) -> str | None:
    """The acronym a name may be: its single short word, or its run of initials."""
    words = [
        t for t, k in zip(form.tokens, form.kinds, strict=True) if k in (NAME, GENERIC, INITIAL)
    ]
    if len(words) == 1 and 2 <= len(words[0]) <= 8:
        return words[0]
    if len(words) >= 2 and all(len(w) == 1 for w in words):
        return "".join(words)
    return None


def acronym_score(short: str | None, candidate: NameForm) -> float:
    """``ACRONYM_SCORE`` when ``short`` (a query's ``query_acronym``) spells the candidate's."""
    if short is None or len(candidate.tokens) < 2:
        return 0.0
    return ACRONYM_SCORE if acronym(candidate) == short else 0.0
