"""Every JSON router of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from fastapi import APIRouter

from embargo.api import (
    routes_catalogue,
    routes_entities,
    routes_lists,
    routes_screen,
    routes_system,
)

ROUTERS: list[APIRouter] = [
    routes_screen.router,
    routes_entities.router,
    routes_lists.router,
    routes_lists.admin,
    routes_catalogue.router,
    routes_system.router,
]

TAGS = [
    {"name": "screening", "description": "Fuzzy screening as of a day (role: screener)."},
    {"name": "entities", "description": "Search, entities and their history (role: reader)."},
    {
        "name": "lists",
        "description": "Lists, versions, changes (reader); ingesting a version (admin).",
    },
    {"name": "catalogue", "description": "Instruments and programmes (role: reader)."},
    {"name": "system", "description": "Health and readiness (no key); metrics (reader)."},
]
