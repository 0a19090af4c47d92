"""Every JSON router of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from fastapi import APIRouter

from embargo.api import routes_system

ROUTERS: list[APIRouter] = [routes_system.router]

TAGS = [
    {"name": "system", "description": "Health, readiness and Prometheus metrics."},
]
