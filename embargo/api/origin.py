"""Requests from other web sites, when no key protects the server (keys off on loopback).

With keys off, any page the user opens could otherwise make the browser post to a local
``embargo serve``: a form post needs no CORS preflight, so ``POST /lists/{list}/versions`` or
``POST /screen`` would run. Browsers say where such a request comes from (``Origin``,
``Sec-Fetch-Site``); tools like curl send neither and stay allowed. A DNS-rebinding page would
pass as same-origin, so on loopback the ``Host`` header is checked too (``trusted_hosts``).
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from embargo.api.config import LOOPBACK_NAMES

#: Methods that change something or do work on the caller's behalf.
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

#: Host names a loopback server answers to: its own, and ``testserver``, the name the ASGI
#: test clients (httpx, Starlette, schemathesis) put in ``Host``; no DNS name resolves to it.
LOOPBACK_HOSTS = sorted({*LOOPBACK_NAMES, "127.0.0.1", "[::1]", "testserver"})


def trusted_hosts(host: str) -> list[str]:
    """The ``Host`` values a server listening on loopback ``host`` accepts."""
    bracketed = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return sorted({*LOOPBACK_HOSTS, bracketed.casefold()})


def cross_site(headers: Headers, scheme: str) -> str | None:
    """Why a request comes from another site, or None when it does not (or cannot tell)."""
    if headers.get("sec-fetch-site", "").casefold() == "cross-site":
        return "Sec-Fetch-Site is cross-site"
    origin = headers.get("origin")
    own = f"{scheme}://{headers.get('host', '')}".casefold()
    if origin is not None and origin.casefold() != own:
        return f"Origin {origin} is not this server ({own})"
    return None


class SameOriginMiddleware:
    """Refuses unsafe methods sent by a browser from another origin: 403 ``{"detail": ...}``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS:
            reason = cross_site(Headers(scope=scope), str(scope.get("scheme", "http")))
            if reason is not None:
                detail = f"cross-site request refused: {reason}; without API keys only this "
                detail += "server's own pages and non-browser clients may send it"
                await JSONResponse({"detail": detail}, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


__all__ = ["LOOPBACK_HOSTS", "SameOriginMiddleware", "cross_site", "trusted_hosts"]
