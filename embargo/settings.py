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


def env_int(name: str, default: int) -> int:
    return int(env_str(name, str(default)))


#: Path of the SQLite store file (or a SQLAlchemy URL). ``--db`` on the command line wins.
DB = env_str("EMBARGO_DB", "embargo.db")

#: Seconds to wait for an official list server before giving up.
HTTP_TIMEOUT = env_float("EMBARGO_HTTP_TIMEOUT", 30.0)

#: Largest list file (bytes) accepted from a URL or disk; guards against runaway downloads.
MAX_SOURCE_BYTES = int(env_float("EMBARGO_MAX_SOURCE_BYTES", 512 * 1024 * 1024))

#: Address ``embargo serve`` listens on. Anything but loopback turns authentication on.
HOST = env_str("EMBARGO_HOST", "127.0.0.1")

#: Port ``embargo serve`` listens on.
PORT = env_int("EMBARGO_PORT", 8000)

#: API keys required: ``on``, ``off``, or ``auto`` (on unless the server listens on loopback).
AUTH = env_str("EMBARGO_AUTH", "auto")

#: Most queries one ``POST /screen`` call may carry.
MAX_BATCH = env_int("EMBARGO_MAX_BATCH", 100)

#: Largest list file (bytes) an admin may upload to ``POST /lists/{list}/versions``.
MAX_UPLOAD_BYTES = int(env_float("EMBARGO_MAX_UPLOAD_BYTES", 64 * 1024 * 1024))

# -- screening -------------------------------------------------------------------------------


def parse_thresholds(text: str) -> dict[str, float]:
    """``list=score`` pairs separated by commas: ``us_ofac_sdn=0.8,un_sc=0.75``."""
    found: dict[str, float] = {}
    for pair in text.split(","):
        if pair.strip():
            list_id, sep, value = pair.partition("=")
            if not sep or not list_id.strip():
                raise ValueError(f"expected list=threshold, got {pair.strip()!r}")
            found[list_id.strip()] = float(value)
    return found


#: Score from which a screening hit alerts, when a call does not say. At 0.85 the benchmark's
#: clean customers alert about once per 1,000, at 0.7 about ten times (bench/RESULTS.md).
THRESHOLD = env_float("EMBARGO_THRESHOLD", 0.7)

#: Thresholds of particular lists, overriding ``THRESHOLD`` for hits on them.
LIST_THRESHOLDS = parse_thresholds(env_str("EMBARGO_LIST_THRESHOLDS", ""))

#: How much a match on a weak alias counts (OFAC's "weak a.k.a.", a nickname like ``Fito``):
#: the name score is multiplied by it. 1 treats weak aliases as any other name.
WEAK_ALIAS_WEIGHT = env_float("EMBARGO_WEAK_ALIAS_WEIGHT", 0.85)

#: Listed parties whose names are compared with each query name, best candidates first. More
#: finds more far-fetched matches (a transliteration, an alias sharing one rare word) but screens
#: more slowly: at 15, recall at 10 alerts per 1,000 was 0.4 points lower on the benchmark (2
#: points on names in Arabic script) for a quarter less CPU time per screening.
MATCH_CANDIDATES = env_int("EMBARGO_MATCH_CANDIDATES", 30)
