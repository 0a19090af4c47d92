"""Every setting is documented, and the README starts with the two commands."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented() -> None:
    source = (ROOT / "embargo" / "settings.py").read_text()
    names = set(re.findall(r'"(EMBARGO_[A-Z_]+)"', source))
    documented = set(
        re.findall(r"`(EMBARGO_[A-Z_]+)`", (ROOT / "docs" / "settings.md").read_text())
    )
    assert names and names == documented


def test_readme_starts_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text().splitlines()
    commands = [line.split("#")[0].strip() for line in lines[:8] if line.startswith("make ")]
    assert commands == ["make run", "make test"]
