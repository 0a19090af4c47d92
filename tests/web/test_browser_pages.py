"""In a real Chromium: programme, instrument and lists pages, phone widths, clean loading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from embargo.store import Store
from tests.web.live import PHONE


def test_programme_page_lists_designations_in_date_order(base: str, page: Page) -> None:
    page.goto(base + "/ui/programmes/ICC-EO14203")
    expect(page.get_by_role("heading", level=1)).to_contain_text("EO 14203")
    rows = page.locator("#desig-h + p + .table-scroll tbody tr")
    expect(rows).to_have_count(15)
    dates = rows.locator("td:first-child").all_text_contents()
    assert dates == sorted(dates)
    first = rows.first.locator("td").all_text_contents()
    assert [c.strip() for c in first[:3]] == ["2025-02-06", "listed", "KHAN, Karim Asad Ahmad"]
    assert [c.strip() for c in rows.last.locator("td").all_text_contents()[:1]] == ["2025-12-18"]
    page.get_by_role("link", name="EO 14203").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "EO 14203: Imposing Sanctions on the International Criminal Court"
    )


def test_lists_page_shows_versions_and_their_changes(base: str, db: Path, page: Page) -> None:
    store = Store(str(db))
    (version,) = store.versions("icc_case")
    store.close()
    page.goto(base + "/ui/lists")
    row = page.locator("tbody tr", has_text="International Criminal Court")
    expect(row.locator("code")).to_have_text(version.sha256[:12])
    expect(row.locator(".age")).to_have_text(re.compile(r"^(just now|\d+ (minute|hour)s?)$"))
    row.get_by_role("link").click()
    expect(page.locator("#changes-1")).to_contain_text("Changes in version 1")
    expect(page.locator("section", has=page.locator("#changes-1"))).to_contain_text(
        "17 listed, 2 delisted."
    )


PHONE_PAGES = [
    "/",
    "/?name=Fatou+Bensouda&as_of=2020-12-01",
    "/?mode=search&name=khan",
    "/ui/entities/icc-fatou-bensouda?at=2020-12-01",
    "/ui/programmes/ICC-EO14203",
    "/ui/instruments/us-eo-13928",
    "/ui/lists",
    "/ui/lists/icc_case",
]


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_a_phone_sized_viewport_never_scrolls_sideways(
    base: str, browser: Browser, path: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(base + path)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    context.close()
    assert widths[0] <= widths[1], f"{path}: {widths}"


def test_pages_load_nothing_blocked_and_raise_no_script_errors(base: str, page: Page) -> None:
    """The Content-Security-Policy blocks nothing the pages need, and the script runs clean."""
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    for path in PHONE_PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    assert problems == []


def test_programme_filter_narrows_the_table(base: str, page: Page) -> None:
    page.goto(base + "/ui/programmes")
    page.get_by_label("Filter").fill("criminal court")
    rows = page.locator("#programme-rows tbody tr:visible")
    expect(rows).to_have_count(2)
    assert sorted(rows.locator("td:first-child").all_text_contents()) == [
        "ICC-EO14203",
        "ICCP-EO13928",
    ]
    expect(page.locator("[data-filter-count]")).to_have_text(re.compile(r"^2 of \d+ programmes\.$"))
