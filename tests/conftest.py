"""Shared fixtures.

Fixture strategy: small real extracts live in tests/fixtures/ (cut from ../shared/bench by the
committed cut.py scripts); tests that need the full shared files are marked ``slow`` and skip
when ../shared is absent. Stores are real SQLite files in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from embargo.store import Store

# CI runs the property tests with a fixed seed, so a run can be repeated exactly; run
# `HYPOTHESIS_PROFILE=explore pytest` to search with fresh random examples (and more of them).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "bench"


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared bench data not present: {'/'.join(parts)}")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "embargo.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = Store(str(db_path))
    yield store
    store.close()


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command, in a child process: exit status and streams as a user sees them."""
    return subprocess.run(
        [sys.executable, "-m", "embargo", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
