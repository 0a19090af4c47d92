"""ISO 15924 script detection for original-script names."""

from __future__ import annotations

import pytest

from embargo.ingest.scripts import detect_script


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("صدام حسين التكريتي", "Arab"),
        ("\u0423\u043c\u0430\u0440\u043e\u0432 \u0414\u043e\u043a\u0443", "Cyrl"),
        ("JAMAAH ANSHARUT DAULAH", "Latn"),
        ("\u91d1\u6b63\u6069", "Hani"),
        ("\uae40\uc815\uc740", "Hang"),
        ("\u91d1\u6b63\u6069 \uae40\uc815\uc740", "Kore"),
        ("\u6771\u4eac\u3068\u3046\u304d\u3087\u3046", "Jpan"),
        ("محمد A. علي", "Arab"),
        ("12 - 34", None),
        ("", None),
    ],
)
def test_detect_script(text: str, code: str | None) -> None:
    assert detect_script(text) == code
