"""Which writing system a name is in, as an ISO 15924 code.

Lists publish original-script names without saying the script; screening wants it to pick a
transliteration. rigour reports Unicode script names ("Arabic"); the model stores ISO 15924
codes ("Arab"), so this module maps one to the other. The table is the Unicode standard, not
list vocabulary, which is why it is code and not a YAML lookup.
"""

from __future__ import annotations

from collections import Counter

from rigour.text.scripts import codepoint_script

ISO_15924: dict[str, str] = {
    "Latin": "Latn",
    "Arabic": "Arab",
    "Cyrillic": "Cyrl",
    "Greek": "Grek",
    "Hebrew": "Hebr",
    "Han": "Hani",
    "Hangul": "Hang",
    "Hiragana": "Hira",
    "Katakana": "Kana",
    "Armenian": "Armn",
    "Georgian": "Geor",
    "Thai": "Thai",
    "Lao": "Laoo",
    "Khmer": "Khmr",
    "Myanmar": "Mymr",
    "Devanagari": "Deva",
    "Bengali": "Beng",
    "Gurmukhi": "Guru",
    "Gujarati": "Gujr",
    "Tamil": "Taml",
    "Telugu": "Telu",
    "Kannada": "Knda",
    "Malayalam": "Mlym",
    "Sinhala": "Sinh",
    "Tibetan": "Tibt",
    "Mongolian": "Mong",
    "Ethiopic": "Ethi",
    "Syriac": "Syrc",
    "Thaana": "Thaa",
}

_NOT_A_SCRIPT = frozenset({"Common", "Inherited", "Unknown"})


def detect_script(text: str) -> str | None:
    """The ISO 15924 code of the script most letters of ``text`` are in, or ``None``.

    Han mixed with kana is Japanese (``Jpan``) and Han mixed with Hangul is Korean (``Kore``),
    as ISO 15924 defines them; otherwise the majority script wins, so a stray Latin initial in
    an Arabic name does not change the answer.
    """
    counts = Counter(_letter_scripts(text))
    if len(counts) == 0:
        return None
    if "Han" in counts and ("Hiragana" in counts or "Katakana" in counts):
        return "Jpan"
    if "Han" in counts and "Hangul" in counts:
        return "Kore"
    script, _ = counts.most_common(1)[0]
    return ISO_15924.get(script)


def _letter_scripts(text: str) -> list[str]:
    scripts = (codepoint_script(ord(char)) for char in text if char.isalpha())
    return [s for s in scripts if s is not None and s not in _NOT_A_SCRIPT]
