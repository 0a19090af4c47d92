"""Browser test fixtures: one real server over the bundled ICC case, one headless Chromium.

Debian's chromium (installed by .ci/run) is driven by Playwright; the server is the app that
``embargo serve`` runs, on a free loopback port. Browser tests skip only when /usr/bin/chromium
is missing, and say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.web.live import CHROMIUM, CHROMIUM_ARGS, LAPTOP, load_store, serve


# Module scope: Playwright's sync API keeps an event loop running in this thread while it is
# open, which would break tests run after these that start their own loop (the API tests).
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (.ci/run installs it)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "embargo.db"
    load_store(path)
    return path


@pytest.fixture(scope="module")
def base(db: Path, browser: Browser) -> Iterator[str]:
    """The server's URL (keys off: it listens on loopback)."""
    with serve(db) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=LAPTOP)  # type: ignore[arg-type]
    yield context.new_page()
    context.close()
