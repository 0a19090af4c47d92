"""API keys: created and revoked from the command line, checked by the HTTP server.

A key is a random token shown once at creation. The store keeps only its sha256 and a short
prefix for listings, so a copy of the database does not hand out access. The token has 256
bits of entropy, which is why a plain fast hash is enough (no password stretching needed).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from embargo.exc import InvalidInput, NotFound
from embargo.store import KeyRecord, Store

#: Every key starts with this, so a leaked one is easy to recognise in logs and code scans.
KEY_PREFIX = "emb_"
#: Characters of the key kept for display (the marker and a few random ones).
SHOWN = 12


class Role(StrEnum):
    """What a key may do; each role may do everything the roles before it may."""

    READER = "reader"
    SCREENER = "screener"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


@dataclass(frozen=True, slots=True)
class NewKey:
    """A key just created: ``token`` is shown to the user once and never again."""

    record: KeyRecord
    token: str


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError as exc:
        known = ", ".join(r.value for r in Role)
        raise InvalidInput(f"unknown role {text!r}; roles: {known}") from exc


def key_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_key(store: Store, role: Role | str, name: str = "") -> NewKey:
    role = parse_role(role) if isinstance(role, str) else role
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    digest = key_hash(token)
    with store.transaction() as writer:
        key_id = writer.add_key(token[:SHOWN], digest, name, role.value)
    record = store.key_by_hash(digest)
    assert record is not None and record.id == key_id
    return NewKey(record, token)


def list_keys(store: Store) -> list[KeyRecord]:
    return store.api_keys()


def revoke_key(store: Store, key_id: int) -> KeyRecord:
    with store.transaction() as writer:
        revoked = writer.revoke_key(key_id)
    found = [k for k in store.api_keys() if k.id == key_id]
    if not revoked and not found:
        raise NotFound(f"no API key with id {key_id}")
    return found[0]


def find_key(store: Store, token: str) -> KeyRecord | None:
    """The active key this token is, or None (unknown, malformed or revoked)."""
    if not token.startswith(KEY_PREFIX) or len(token) > 200:
        return None
    record = store.key_by_hash(key_hash(token))
    return record if record is not None and record.active else None
