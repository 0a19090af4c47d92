"""Who is looking: the API key in the ``embargo_key`` cookie, the login form and logout.

The web UI uses the API's keys and roles: the login form takes a key and keeps it in an
HttpOnly, SameSite=Strict cookie, which the API accepts too. Pages need at least the reader
role when the server requires keys; screening needs the screener role, as ``POST /screen`` does.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import RedirectResponse

from embargo.api.auth import COOKIE, Principal, Role, authenticate
from embargo.api.config import ServerConfig
from embargo.api.state import get_state
from embargo.web.render import LoginRequired, PageRoute, page

router = APIRouter(route_class=PageRoute)


def viewer(request: Request) -> Principal | None:
    """The key's principal; None when keys are off. No valid key but keys needed: to /login."""
    state = get_state(request)
    principal = authenticate(state, request.cookies.get(COOKIE))
    if principal is None and state.config.auth_required:
        raise LoginRequired(_here(request))
    request.state.viewer = principal
    return principal


Viewer = Annotated[Principal | None, Depends(viewer)]


def may_screen(config: ServerConfig, principal: Principal | None) -> bool:
    """As ``POST /screen`` decides (``embargo.api.auth.check``): anyone when keys are off,
    even someone logged in with a reader key."""
    if not config.auth_required:
        return True
    return principal is not None and principal.role.allows(Role.SCREENER)


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def safe_target(target: str | None) -> str:
    """Only a path on this site: never another host (``//evil``, ``https://``, ``/\\evil``,
    or ``/<tab>/evil``, which browsers read as ``//evil``)."""
    if target is None or not target.startswith("/") or target.startswith("//"):
        return "/"
    if "\\" in target or any(ord(char) < 0x20 or ord(char) == 0x7F for char in target):
        return "/"
    return target


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str | None = None) -> Response:
    state = get_state(request)
    request.state.viewer = authenticate(state, request.cookies.get(COOKIE))
    context = {"target": safe_target(next), "error": None, "required": state.config.auth_required}
    return page(request, "login.html", context)


@router.post("/login", include_in_schema=False)
def login(
    request: Request, key: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
) -> Response:
    state = get_state(request)
    principal = authenticate(state, key.strip())
    target = safe_target(next)
    if principal is None:
        context = {
            "target": target,
            "error": "This key is unknown or has been revoked.",
            "required": state.config.auth_required,
        }
        return page(request, "login.html", context, status_code=401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        COOKIE,
        key.strip(),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.api_route("/logout", methods=["GET", "POST"], include_in_schema=False)
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response
