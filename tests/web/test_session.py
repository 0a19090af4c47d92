"""Where the login form may send a browser back to, and who may screen from the front page."""

from __future__ import annotations

import pytest

from embargo.api.auth import Principal, Role
from embargo.api.config import ServerConfig
from embargo.web.session import may_screen, safe_target


@pytest.mark.parametrize(
    "target",
    ["/", "/ui/lists", "/ui/entities/icc-fatou-bensouda?at=2022-01-01", "/?name=a%2Fb"],
)
def test_paths_on_this_site_are_kept(target: str) -> None:
    assert safe_target(target) == target


@pytest.mark.parametrize(
    "target",
    [
        None,
        "",
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example",
        "javascript:alert(1)",
        "ui/lists",
    ],
)
def test_anything_else_goes_to_the_front_page(target: str | None) -> None:
    assert safe_target(target) == "/"


@pytest.mark.parametrize(
    ("auth", "role", "allowed"),
    [
        (False, None, True),
        (False, Role.READER, True),
        (False, Role.SCREENER, True),
        (True, Role.READER, False),
        (True, Role.SCREENER, True),
        (True, Role.ADMIN, True),
    ],
)
def test_screening_is_allowed_as_post_screen_allows_it(
    auth: bool, role: Role | None, allowed: bool
) -> None:
    config = ServerConfig(host="127.0.0.1", auth=auth)
    principal = None if role is None else Principal(1, "emb_test", "test key", role)
    assert may_screen(config, principal) is allowed
