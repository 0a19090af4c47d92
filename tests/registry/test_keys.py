"""API keys: shown once, stored as a hash with a short prefix, revoked at once."""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa

from embargo.exc import InvalidInput, NotFound
from embargo.registry.keys import Role, create_key, find_key, list_keys, revoke_key
from embargo.store import Store


def test_created_key_is_stored_hashed(store: Store) -> None:
    new = create_key(store, Role.SCREENER, "onboarding")
    assert new.token.startswith("emb_") and len(new.token) > 40
    assert new.record.hash == hashlib.sha256(new.token.encode()).hexdigest()
    assert new.record.prefix == new.token[:12]
    with store.engine.connect() as conn:
        stored = conn.execute(sa.text("select * from api_keys")).all()
    assert new.token not in repr(stored)
    assert find_key(store, new.token) == new.record
    assert [k.name for k in list_keys(store)] == ["onboarding"]


def test_revoked_and_unknown_keys_are_not_found(store: Store) -> None:
    new = create_key(store, "reader")
    revoked = revoke_key(store, new.record.id)
    assert revoked.revoked_at is not None and not revoked.active
    assert find_key(store, new.token) is None
    assert find_key(store, "emb_" + "x" * 43) is None
    assert find_key(store, "not even a key") is None
    with pytest.raises(NotFound):
        revoke_key(store, 999)


def test_roles_are_ordered(store: Store) -> None:
    assert Role.ADMIN.allows(Role.SCREENER) and Role.SCREENER.allows(Role.READER)
    assert not Role.READER.allows(Role.SCREENER)
    with pytest.raises(InvalidInput, match="unknown role"):
        create_key(store, "root")


def test_two_keys_never_collide(store: Store) -> None:
    tokens = {create_key(store, Role.READER).token for _ in range(20)}
    assert len(tokens) == 20
