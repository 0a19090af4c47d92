"""Split a name into typed tokens: name words, initials, legal forms, titles, particles, numbers.

Typing, rather than deleting, keeps the evidence: the comparison decides how much each kind of
token counts, and the explanation can still show that ``LLC`` was seen.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from embargo.names.lexicon import (
    HONORIFICS,
    ORG_GENERIC,
    ORG_STOPWORDS,
    PARTICLES,
    is_legal_word,
    split_legal_forms,
)
from embargo.names.normalize import clean, fold, is_vowelless

NAME = 0
INITIAL = 1
LEGAL = 2
TITLE = 3
PARTICLE = 4
NUMBER = 5
#: A word common in company names (``import``, ``group``): compared as a word, weighs little.
GENERIC = 6
KIND_LABELS = ("name", "initial", "legal", "title", "particle", "number", "generic")


class NameForm:
    """One name, analysed: its tokens (in written order) and the kind of each."""

    __slots__ = (
        "kinds", "legal", "longest", "org", "shortest_pair", "text", "tokens", "vowelless",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        tokens: tuple[str, ...],
        kinds: tuple[int, ...],
        legal: tuple[str, ...] = (),
        vowelless: bool = False,
        org: bool = False,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.kinds = kinds
        #: Generic legal-form classes found in the name (``llc``, ``jsc`` ...).
        self.legal = legal
        #: Written in a script without short vowels: compare by consonant skeleton.
        self.vowelless = vowelless
        #: Read as an organisation's name: its words may be translated (``symbols``).
        self.org = org
        #: Letters in the longest word, and in the shortest two adjacent words together: bounds
        #: that tell cheaply when no two words of one name can be one word of another.
        self.longest = max(map(len, tokens), default=0)
        self.shortest_pair = min((len(a) + len(b) for a, b in pairwise(tokens)), default=0)

    def __repr__(self) -> str:
        return f"NameForm({self.text!r}, {self.tokens!r})"


def tokenize(text: str) -> list[str]:
    """Fold ``text`` and split it into words."""
    return clean(text).split()


@lru_cache(maxsize=200_000)
def token_kind(token: str, org: bool | None) -> int:
    """Type one folded token; ``org`` is None when the kind of party is unknown (cached: an
    index of a million names has a few tens of thousands of distinct words)."""
    if any(ch.isdigit() for ch in token):
        return NUMBER
    if org:
        if is_legal_word(token):
            return LEGAL
        if token in ORG_GENERIC:
            return GENERIC
        return PARTICLE if token in ORG_STOPWORDS else NAME
    if len(token) == 1:
        return INITIAL
    if token in HONORIFICS:
        return TITLE
    return PARTICLE if token in PARTICLES else NAME


def join_letters(words: list[str]) -> list[str]:
    """Join runs of single letters in organisation names: ``M. D. S.`` is the word ``mds``."""
    out: list[str] = []
    run = ""
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            out.append(run)
            run = ""
        if word:
            out.append(word)
    return out


@lru_cache(maxsize=50_000)
def analyse(text: str, org: bool | None = None) -> NameForm:
    """Analyse a name; ``org`` says whether it names an organisation (None: not known).

    Legal forms are looked for unless the name is known to be a person's, and finding one marks
    a name of unknown kind as an organisation's.
    """
    folded = fold(text)
    legal: tuple[str, ...] = ()
    if org is not False:
        folded, legal = split_legal_forms(folded)
        org = org or bool(legal)
    words = clean(folded).split()
    if org:
        words = join_letters(words)
    tokens = tuple(words) + legal
    kinds = tuple(token_kind(w, org) for w in words) + (LEGAL,) * len(legal)
    return NameForm(text, tokens, kinds, legal, is_vowelless(text), bool(org))
