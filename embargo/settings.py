"""Every ``EMBARGO_*`` environment variable, read once at import, with its default.

Each constant is documented in ``docs/settings.md``; a test fails when one is missing there.
"""

from __future__ import annotations

import os


def env_str(name: str, default: str) -> str:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def env_float(name: str, default: float) -> float:
    return float(env_str(name, str(default)))


#: Path of the SQLite store file (or a SQLAlchemy URL). ``--db`` on the command line wins.
DB = env_str("EMBARGO_DB", "embargo.db")

#: Seconds to wait for an official list server before giving up.
HTTP_TIMEOUT = env_float("EMBARGO_HTTP_TIMEOUT", 30.0)

#: Largest list file (bytes) accepted from a URL or disk; guards against runaway downloads.
MAX_SOURCE_BYTES = int(env_float("EMBARGO_MAX_SOURCE_BYTES", 512 * 1024 * 1024))
