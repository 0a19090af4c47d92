"""API keys and roles at the HTTP edge.

A key comes as ``Authorization: Bearer <key>``, as ``X-API-Key: <key>`` or in the cookie
``embargo_key`` (set by the web login). Roles are ordered: reader < screener < admin, and a
route names the least role it needs. When authentication is off every route is open.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from embargo.api.state import ServerState, get_state
from embargo.exc import Forbidden, Unauthorized
from embargo.registry.keys import Role, find_key

COOKIE = "embargo_key"

# These only read the credentials; declaring them puts the schemes in the OpenAPI document.
_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer emb_...`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="`X-API-Key: emb_...`")
_cookie = APIKeyCookie(name=COOKIE, auto_error=False, description="Set by the web login.")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key (by id and display prefix), its name and role."""

    key_id: int
    prefix: str
    name: str
    role: Role


def authenticate(state: ServerState, key: str | None) -> Principal | None:
    """The principal an API key stands for; None when it is missing, unknown or revoked.

    It does not look at whether keys are required; ``require`` does.
    """
    if key is None or key == "":
        return None
    record = find_key(state.store, key)
    if record is None:
        return None
    return Principal(record.id, record.prefix, record.name, Role(record.role))


def check(state: ServerState, key: str | None, role: Role) -> Principal | None:
    """The caller if it may act with ``role``; None when keys are off. Raises 401 or 403."""
    if not state.config.auth_required:
        return None
    if key is None or key == "":
        raise Unauthorized("an API key is required (Authorization: Bearer <key> or X-API-Key)")
    principal = authenticate(state, key)
    if principal is None:
        raise Unauthorized("unknown or revoked API key")
    if not principal.role.allows(role):
        raise Forbidden(f"this key has role {principal.role.value}; {role.value} is needed")
    return principal


def require(role: Role) -> Callable[..., Awaitable[Principal | None]]:
    """A FastAPI dependency: the calling ``Principal`` (None when keys are off), else 401/403.

    It is a coroutine so that FastAPI runs it on the event loop: a key look-up is one indexed
    SQLite read, cheaper than the hop to a worker thread a plain function would cost.
    """

    async def dependency(
        request: Request,
        bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
        header: Annotated[str | None, Depends(_header)],
        cookie: Annotated[str | None, Depends(_cookie)],
    ) -> Principal | None:
        key = bearer.credentials if bearer is not None else header or cookie
        return check(get_state(request), key, role)

    dependency.__name__ = f"require_{role.value}"
    return dependency


__all__ = ["COOKIE", "Principal", "Role", "authenticate", "check", "require"]
