"""Words that are part of a name without identifying anyone: legal forms, titles and particles.

They are kept as typed tokens rather than deleted. A legal form says what kind of party a name
belongs to (``EMMA LLC`` is not ``Emma Daniels``) and two different ones tell companies apart
(``Deutsche Bank AG`` vs ``Deutsche Bank GmbH``); titles and particles (``Dr``, ``al``, ``de``)
only weigh little when two names are compared.
"""

from __future__ import annotations

import re

from rigour.names import extract_org_types

#: Titles and honorifics that precede or follow person names on lists and in customer files.
HONORIFICS = frozenset([
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "herr", "frau",
    "madame", "monsieur", "senor", "senora", "general", "gen", "colonel", "col", "captain",
    "capt", "major", "lieutenant", "lt", "admiral", "brigadier", "commander", "president",
    "minister", "ambassador", "judge", "rev", "reverend", "father", "imam", "sheikh", "shaykh",
    "sheik", "shaikh", "haji", "hajji", "hadji", "alhaji", "mullah", "mulla", "maulvi", "maulavi",
    "mawlawi", "maulana", "mawlana", "mufti", "qari", "hafiz", "jr", "sr", "ii", "iii", "iv",
    "esq",
])  # fmt: skip

#: Particles inside person names (Arabic, Romance, Germanic); they match only one another.
PARTICLES = frozenset([
    "al", "el", "ul", "ad", "ar", "as", "at", "az", "ash", "bin", "ibn", "bint", "ben", "ould",
    "bte", "de", "da", "das", "del", "della", "dei", "der", "des", "di", "do", "dos", "du", "la",
    "las", "le", "lo", "los", "van", "von", "den", "ten", "ter", "y", "e",
])  # fmt: skip

#: Small words inside organisation names.
ORG_STOPWORDS = frozenset([
    "the", "of", "and", "for", "in", "on", "at", "to", "by", "a", "an", "de", "del", "la", "le",
    "les", "du", "des", "der", "die", "das", "und", "et", "y", "e", "i",
])  # fmt: skip

#: Words common in company names everywhere; rarity in the lists understates how common.
ORG_GENERIC = frozenset([
    "import", "export", "trading", "trade", "group", "international", "global", "holding",
    "holdings", "investment", "investments", "consulting", "services", "service", "solutions",
    "technologies", "technology", "engineering", "industries", "industrial", "general", "company",
    "enterprise", "enterprises", "management", "partners", "capital", "finance", "financial",
    "development", "logistics", "shipping", "marine", "systems", "energy", "resources",
    "products", "construction", "manufacturing", "commercial", "national", "united", "new",
])  # fmt: skip

#: Words of legal forms, recognised when they stand alone (``LIABILITY FLEMSTED``).
LEGAL_WORDS = frozenset([
    "limited", "liability", "company", "corporation", "incorporated", "inc", "corp", "ltd", "llc",
    "co", "plc", "gmbh", "ag", "kg", "sa", "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao",
    "ooo", "ao", "tov", "pao", "obshchestvo", "obshestvo", "aktsionernoe", "aktsionernoye",
    "otvetstvennostyu", "ogranichennoy", "ogranichennoi", "publichnoe", "publichnoye", "zakrytoe",
    "zakrytoye", "otkrytoe", "otkrytoye", "joint", "stock", "public", "private", "pte", "pvt", "bv",
    "nv", "srl", "spa", "sarl", "sas", "ltda", "cia", "llp", "lp", "fze", "fzco", "fzc", "fzllc",
])  # fmt: skip


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


#: Legal words of 6+ letters with one letter deleted, to know them through a typo.
_LEGAL_TYPOS = {v for w in LEGAL_WORDS if len(w) >= 6 for v in _deletions(w) | {w}}


def is_legal_word(token: str) -> bool:
    """Whether ``token`` is a legal-form word, allowing one typo in long ones (``limitred``)."""
    if token in LEGAL_WORDS:
        return True
    return len(token) >= 6 and bool(({token} | _deletions(token)) & _LEGAL_TYPOS)


def split_legal_forms(folded: str) -> tuple[str, tuple[str, ...]]:
    """Take the legal forms out of a folded name: the rest, and each form's generic class.

    Generic classes (``llc``, ``jsc``, ``lp`` ...) come from rigour's legal-form database, so
    ``Aktiengesellschaft``, ``AG`` and ``S.A.`` all read ``jsc`` and ``OOO``, ``GmbH`` and
    ``Limited Liability Company`` read ``llc``.
    """
    found = [(m, g) for m, g in extract_org_types(folded, generic=True) if _plausible(m, folded)]
    rest = folded
    for matched, _ in found:
        rest = re.sub(r"(?<!\w)" + re.escape(matched) + r"(?!\w)", " ", rest, count=1)
    return rest, tuple(dict.fromkeys(generic for _, generic in found))


#: Short legal forms written before the name (``OOO Romashka``, ``PT Maju``).
PREFIX_FORMS = frozenset([
    "ooo", "oao", "zao", "pao", "ao", "tov", "too", "pt", "cv", "jsc", "llc", "ojsc", "cjsc",
    "pjsc",
])  # fmt: skip


def _plausible(matched: str, folded: str) -> bool:
    """Short forms (``yu``, ``sa``, ``sad``) count only at the end, or at the start if usual."""
    bare = matched.replace(".", "").strip()
    if len(bare) > 3:
        return True
    text = folded.strip(" .,;()")
    return text.endswith(matched.rstrip(".")) or (bare in PREFIX_FORMS and text.startswith(matched))
