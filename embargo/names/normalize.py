"""Fold any written form of a name into lower-case ASCII, so that spellings can be compared.

Latin, Cyrillic, Greek, Armenian, Georgian and Hangul go through rigour's transliteration (which
spells ``Шевченко`` as ``shevchenko``, as lists do). Arabic-script text goes through a letter map
of our own (``arabic.py``): ICU's ``Arabic-Latin`` keeps letters that screening cannot use and
loses the article boundary; the map measured better recall on the bench (see bench/RESULTS.md).
Everything else falls back to ICU via ``normality``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rigour.text.translit import ascii_text

from embargo.names.arabic import arabic_to_latin, has_arabic

#: Marks that sit inside a word and are dropped rather than split on (``Sa'id``, ``ʿAbd``).
_JOINERS = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02bd\u02be\u02bf\u00b4]")
#: Anything that is not a letter or a digit separates words after folding.
_SEPARATORS = re.compile(r"[^a-z0-9]+")


#: Printable ASCII and the Latin letters with diacritics (``é``, ``ł``, ``ş``): text of these
#: folds word by word, each letter on its own (a test checks every pair of them).
_LATIN_LETTERS = re.compile(r"[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]*")


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Return ``text`` transliterated to ASCII and case-folded; punctuation is kept."""
    if text.isascii():  # what the full path gives ASCII, without its cost (most index names)
        return _JOINERS.sub("", text).lower()
    if _LATIN_LETTERS.fullmatch(text):  # a million names hold a few thousand such words
        return " ".join(map(_fold_word, text.split(" ")))
    return transliterated(text)


def transliterated(text: str) -> str:
    """``fold`` the long way, for any text."""
    text = unicodedata.normalize("NFKC", text)
    if has_arabic(text):
        text = arabic_to_latin(text)
    text = _JOINERS.sub("", text)
    return ascii_text(text).casefold()


_fold_word = lru_cache(maxsize=50_000)(transliterated)


def clean(text: str) -> str:
    """Fold ``text`` and reduce it to words separated by single spaces."""
    return _SEPARATORS.sub(" ", fold(text)).strip()


def is_vowelless(text: str) -> bool:
    """Whether ``text`` is written in a script that usually omits short vowels (Arabic, Hebrew).

    Such names need consonant-skeleton comparison: ``حامد`` folds to ``hamd``, not ``hamid``.
    """
    if text.isascii():
        return False
    return any("\u0590" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)
