"""The registry service: ingest runs, status and history answers, exports.

This is the one layer the CLI (and later the HTTP API and web UI) call; it composes the list
parsers (``embargo.ingest``) with the store (``embargo.store``).
"""

from embargo.registry.curated import ingest_curated
from embargo.registry.entity import EntityView, entity_views
from embargo.registry.export import export_list
from embargo.registry.ingest import IngestReport, ingest_list
from embargo.registry.lists import LISTS, custom_list_spec, list_spec
from embargo.registry.status import DesignationStatus, EntityStatus, status
from embargo.registry.timeline import changes, history, parse_date, parse_moment

__all__ = [
    "LISTS",
    "DesignationStatus",
    "EntityStatus",
    "EntityView",
    "IngestReport",
    "changes",
    "custom_list_spec",
    "entity_views",
    "export_list",
    "history",
    "ingest_curated",
    "ingest_list",
    "list_spec",
    "parse_date",
    "parse_moment",
    "status",
]
