"""HTML pages of the web UI; the app factory includes this router beside the JSON API.

Each page module has its own router of ``PageRoute`` routes (login redirects, HTML error pages,
security headers); this one gathers them.
"""

from fastapi import APIRouter

from embargo.web import catalogue, entity, lists, search, session

router = APIRouter()
for _pages in (session.router, search.router, entity.router, catalogue.router, lists.router):
    router.include_router(_pages)

__all__ = ["router"]
