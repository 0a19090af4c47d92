"""The one place where errors become HTTP responses: always ``{"detail": ...}``.

``EmbargoError`` subclasses carry their status. Request validation errors become a 422 whose
detail names each field at fault (``queries.0.name: Field required``), with the same
information, itemised, in ``errors``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from embargo.exc import EmbargoError, Unauthorized

#: Where a parameter came from, as FastAPI names it in the error location.
PLACES = ("body", "query", "path", "header", "cookie")


def field_name(loc: Sequence[int | str]) -> tuple[str, str]:
    """(``queries.0.name``, ``body``) from a location like ``("body", "queries", 0, "name")``."""
    placed = len(loc) > 0 and loc[0] in PLACES
    place = str(loc[0]) if placed else "body"
    rest = [str(part) for part in (loc[1:] if placed else loc)]
    return (".".join(rest) or place), place


def validation_payload(errors: Sequence[Any]) -> dict[str, Any]:
    items = []
    for error in errors:
        name, place = field_name(tuple(error.get("loc", ())))
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        items.append({"field": name, "in": place, "message": message})
    detail = "; ".join(f"{item['field']}: {item['message']}" for item in items)
    return {"detail": detail or "invalid request", "errors": items}


async def embargo_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EmbargoError)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    return JSONResponse({"detail": str(exc)}, status_code=exc.status, headers=headers)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(validation_payload(exc.errors()), status_code=422)


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(EmbargoError, embargo_error)
    app.add_exception_handler(RequestValidationError, validation_error)
