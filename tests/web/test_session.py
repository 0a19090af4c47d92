"""Where the login form may send a browser back to: only paths on this site."""

from __future__ import annotations

import pytest

from embargo.web.session import safe_target


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
