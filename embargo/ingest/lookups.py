"""Source specifications: one YAML file per list in ``embargo/sources``.

A list's vocabulary (how it spells "passport", which remark labels it uses) changes more often
than its structure, so it lives in data: a new spelling is a one-line YAML change. Parsers read
the ``lookups`` section of their list's spec through ``source_spec``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from embargo.exc import InvalidData, NotFound

_PACKAGE = "embargo.sources"


@lru_cache(maxsize=32)
def source_spec(list_id: str) -> dict[str, Any]:
    """Read ``embargo/sources/<list_id>.yml`` once per process; parsers call this per file.

    The mapping is shared between callers: treat it as read-only.
    """
    resource = resources.files(_PACKAGE).joinpath(f"{list_id}.yml")
    if not resource.is_file():
        raise NotFound(f"no source specification for list {list_id!r} in {_PACKAGE}")
    data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise InvalidData(f"{list_id}.yml", None, "a source specification must be a mapping")
    return data
