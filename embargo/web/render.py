"""Rendering pages: one autoescaping Jinja2 environment, its filters, and the page route class.

``PageRoute`` is the route class of every HTML page. It turns the two ways a page can fail into
pages rather than JSON: no valid key (a redirect to the login form) and an ``EmbargoError``
(an error page with the error's status). It also sets the security headers of every page.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates

from embargo.exc import EmbargoError, InvalidInput
from embargo.web import TEMPLATES_DIR, labels

#: Pages load nothing from elsewhere and run no inline script; they are never framed.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class LoginRequired(Exception):
    """No valid key and the server needs one: the page sends the browser to /login."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.do"],
    )
    env.filters.update(
        country=labels.country_name,
        script=labels.script_name,
        humanise=labels.humanise,
        short_list=labels.short_list_title,
        pct=lambda value: f"{value * 100:.0f}%",
        signed=lambda value: f"{value * 100:+.0f}",
        day=_day,
        n=lambda value: f"{value:.1f}".removesuffix(".0"),
        web_url=_web_url,
    )
    env.globals["rtl_scripts"] = labels.RTL_SCRIPTS
    return env


def _web_url(url: str | None) -> bool:
    """Only http(s) addresses become links: a list's source may be a file path, and data
    must never smuggle a ``javascript:`` link into a page."""
    return url is not None and urlsplit(url).scheme in ("http", "https")


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


templates = Jinja2Templates(env=_environment())


def page(
    request: Request, name: str, context: Mapping[str, Any], status_code: int = 200
) -> Response:
    """Render a template with what every page needs: the viewer and today's date."""
    full = {
        "viewer": getattr(request.state, "viewer", None),
        "today": datetime.now(UTC).date(),
        **context,
    }
    return templates.TemplateResponse(request, name, full, status_code=status_code)


def error_page(request: Request, exc: EmbargoError) -> Response:
    titles = {400: "Not understood", 404: "Not found", 403: "Not allowed"}
    context = {"title": titles.get(exc.status, "Something went wrong"), "message": str(exc)}
    return page(request, "error.html", context, status_code=exc.status)


def _first_problem(exc: RequestValidationError) -> str:
    """``version: Input should be a valid integer`` for a page's query parameter."""
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ())[1:])
        return f"{where}: {error.get('msg', 'not valid')}"
    return "the address holds a value that is not valid"


def login_redirect(target: str) -> Response:
    return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)


class PageRoute(APIRoute):
    """An HTML page: login redirects, error pages and security headers (see module doc)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def serve(request: Request) -> Response:
            try:
                response = await handler(request)
            except LoginRequired as exc:
                response = login_redirect(exc.target)
            except EmbargoError as exc:
                response = error_page(request, exc)
            except RequestValidationError as exc:
                response = error_page(request, InvalidInput(_first_problem(exc)))
            response.headers.update(SECURITY_HEADERS)
            return response

        return serve
