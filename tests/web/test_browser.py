"""In a real Chromium: search Bensouda, open her page, read the timeline, change the day."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.live import LAPTOP, PHONE


def test_search_bensouda_open_her_and_read_the_timeline(base: str, page: Page) -> None:
    page.goto(base + "/")
    page.get_by_label("Name", exact=True).fill("Bensouda")
    page.get_by_role("button", name="Go").click()
    hit = page.locator("ol.hits > li").first
    expect(hit.get_by_role("heading", level=3)).to_contain_text("BENSOUDA, Fatou")
    expect(hit.locator(".why")).to_contain_text("Same words: bensouda")
    hit.get_by_role("link", name="BENSOUDA, Fatou").click()
    expect(page).to_have_url(re.compile(r"/ui/entities/icc-fatou-bensouda\?at=\d{4}-\d{2}-\d{2}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("BENSOUDA, Fatou")
    timeline = page.locator("svg.timeline-wide")
    expect(timeline).to_be_visible()
    labels = timeline.locator(".label text").all_text_contents()
    assert labels == ["listed 2020-09-02", "EO 13928", "delisted 2021-04-02", "EO 14022"]
    assert timeline.locator(".period title").all_text_contents() == [
        "designated from 2020-09-02 until 2021-04-02 (excl.): ICCP-EO13928"
    ]
    assert "designated from 2020-09-02 until delisting on 2021-04-02" in (
        timeline.locator("desc").text_content() or ""
    )


def pick_day(page: Page, day: str, scripts: bool) -> None:
    """With scripts, picking a day shows it at once; without, the Show button does."""
    page.get_by_label("Show the status on").fill(day)
    if not scripts:
        page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(f"at={day}"))


@pytest.mark.parametrize("scripts", [True, False], ids=["javascript", "no-javascript"])
def test_switching_the_date_changes_the_status(base: str, browser: Browser, scripts: bool) -> None:
    context = browser.new_context(viewport=LAPTOP, java_script_enabled=scripts)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(base + "/ui/entities/icc-fatou-bensouda")
    pick_day(page, "2022-06-01", scripts)
    expect(page.locator("#status-h")).to_contain_text("Status on 2022-06-01")
    expect(page.locator("#status-h .badge")).to_have_text("Not designated")
    expect(page.locator("#status")).to_contain_text("delisted on 2021-04-02")
    expect(page.locator("svg.timeline-wide .cursor.selected text")).to_have_text("2022-06-01")

    pick_day(page, "2020-12-01", scripts)
    expect(page.locator("#status-h .badge")).to_have_text("Designated")
    measures = page.locator("#status ul.measures strong").all_text_contents()
    assert measures == [
        "Asset freeze (blocking)",
        "Dealings prohibition",
        "Ban on donations",
        "Entry ban (travel ban)",
        "Entry ban extended to immediate family members",
    ]
    expect(page.locator("#status")).to_contain_text("In force since 2020-09-02")
    context.close()


def test_a_timeline_marker_opens_its_day_from_the_keyboard(base: str, page: Page) -> None:
    page.goto(base + "/ui/entities/icc-fatou-bensouda?at=2025-01-01")
    marker = page.locator("svg.timeline-wide a.marker.delisted")
    marker.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"at=2021-04-02"))
    expect(page.locator("#status-h .badge")).to_have_text("Not designated")


def test_relationships_link_to_the_family_and_associates(base: str, page: Page) -> None:
    page.goto(base + "/ui/entities/icc-fatou-bensouda?at=2020-12-01")
    page.get_by_role("link", name="MOCHOCHOKO, Phakiso").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("MOCHOCHOKO, Phakiso")
    expect(page.locator("#status-h .badge")).to_have_text("Designated")


def test_name_search_mode_lists_every_khan(base: str, page: Page) -> None:
    page.goto(base + "/")
    page.get_by_text("Search names").click()
    page.get_by_label("Name", exact=True).fill("khan")
    page.get_by_label("Name", exact=True).press("Enter")
    expect(page.locator("#results-h")).to_have_text("2 entities named “khan”")
    names = page.locator(".results tbody tr td:first-child a").all_text_contents()
    assert sorted(names) == ["KHAN, Karim Asad Ahmad", "SHAMEEM KHAN, Nazhat"]


def test_the_phone_shows_the_narrow_timeline(base: str, browser: Browser) -> None:
    context = browser.new_context(viewport=PHONE)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(base + "/ui/entities/icc-fatou-bensouda?at=2020-12-01")
    expect(page.locator("svg.timeline-wide")).to_be_hidden()
    narrow = page.locator("svg.timeline-narrow")
    expect(narrow).to_be_visible()
    assert narrow.locator(".label text").all_text_contents() == [
        "listed",
        "2020-09-02",
        "EO 13928",
        "delisted",
        "2021-04-02",
        "EO 14022",
    ]
    context.close()
