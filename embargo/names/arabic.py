"""Arabic-script letters (Arabic, Persian, Urdu, Pashto) to the Latin spellings lists use.

ICU's ``Arabic-Latin`` is a scholarly transliteration: ``ث`` becomes ``ṯ``, the article is glued
to the word and ``ة`` becomes ``ẗ``. Sanctions lists write ``th``, ``al-`` and a final ``a``
(``Fatima``), so this map follows their habits. Short vowels are absent from the script and stay
absent; comparison falls back on consonant skeletons for such names (``phonetic.skeleton``).
"""

from __future__ import annotations

import re

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "", "ئ": "",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ۀ": "a",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y", "ې": "y", "ۍ": "y",
    "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ے": "e", "ھ": "h", "ڭ": "ng", "ښ": "kh",
    "ځ": "dz", "څ": "ts", "ډ": "d", "ړ": "r", "ږ": "zh", "ګ": "g", "ڼ": "n",
    "ـ": "", "،": ",", "؛": ";",
}  # fmt: skip
_TABLE = str.maketrans({**_LETTERS, **{chr(0x660 + i): str(i) for i in range(10)}})
#: Harakat, shadda, sukun and Quranic marks: vowel signs that lists never transliterate.
_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
#: The article ``ال`` at the start of a word, split off as lists do (``al-Tikriti``).
_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])ال(?=[\u0600-\u06ff]{2})(?!له(?![\u0600-\u06ff]))")
#: ``ع`` opening a word is written as a vowel (``ʿAli`` → ``Ali``, ``ʿAbd`` → ``Abd``).
_INITIAL_AYN = re.compile(r"(?<![\u0600-\u06ff])ع")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` has any Arabic-script letter."""
    return _ARABIC.search(text) is not None


def arabic_to_latin(text: str) -> str:
    """Spell the Arabic-script letters of ``text`` in Latin; other characters pass through."""
    text = _MARKS.sub("", text)
    text = _ARTICLE.sub("ال ", text)
    text = text.replace("الله", "allah")
    text = _INITIAL_AYN.sub("a", text)
    return text.translate(_TABLE)
