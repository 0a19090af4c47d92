"""The application: the JSON API and the web UI in one process, over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from embargo import __version__, web
from embargo.api import routers
from embargo.api.config import ServerConfig, is_loopback
from embargo.api.errors import install_handlers
from embargo.api.metrics import MetricsMiddleware
from embargo.api.origin import SameOriginMiddleware, trusted_hosts
from embargo.api.state import ServerState, get_state
from embargo.store import Store
from embargo.web import routes as web_routes

DESCRIPTION = """\
Sanctions registry and screening with the full history of designations.

Every answer is "as of" a day: `POST /screen` screens against the lists as they stood then and
gives each hit's designation status on that day, with the list versions it used.

Authentication: an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`, created with
`embargo keys create --role reader|screener|admin`. Keys are needed unless the server listens on
loopback only (or `EMBARGO_AUTH=off`). `/healthz` and `/readyz` never need one.
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Warm the screener for today before taking traffic; close the store at the end."""
    state: ServerState = app.state.embargo
    if len(state.store.latest_observed()) > 0:
        today = datetime.now(UTC).date()
        await anyio.to_thread.run_sync(state.screener, today)
    yield
    state.close()


def create_app(config: ServerConfig | None = None, store: Store | None = None) -> FastAPI:
    """One app per store; ``store`` lets a caller share one already open."""
    config = config if config is not None else ServerConfig.from_settings()
    app = FastAPI(
        title="embargo",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_tags=routers.TAGS,
        # The interactive docs pages load their scripts from a CDN; nothing here may.
        docs_url=None,
        redoc_url=None,
    )
    app.state.embargo = ServerState(config, store)
    install_handlers(app)
    app.add_middleware(MetricsMiddleware)
    # Added last, so they run first. Without keys nothing else stops another site's page.
    if not config.auth_required:
        app.add_middleware(SameOriginMiddleware)
    if is_loopback(config.host):
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=trusted_hosts(config.host))
    for router in routers.ROUTERS:
        app.include_router(router)
    app.include_router(web_routes.router)
    app.mount("/static", StaticFiles(directory=web.STATIC_DIR, check_dir=False), name="static")
    return app


__all__ = ["create_app", "get_state"]
