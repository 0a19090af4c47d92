"""The history store: append-only list versions, records, events and curated facts."""

from embargo.store.rows import KeyRecord, ListInfo, RecordState, VersionInfo, fold_name
from embargo.store.sql import Store, store_url
from embargo.store.writer import NewRecord, Writer, utc_naive

__all__ = [
    "KeyRecord",
    "ListInfo",
    "NewRecord",
    "RecordState",
    "Store",
    "VersionInfo",
    "Writer",
    "fold_name",
    "store_url",
    "utc_naive",
]
