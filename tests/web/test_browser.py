"""The web UI in a real headless Chromium against a real server over the bundled ICC case.

Debian's chromium (installed by .ci/run) is driven by Playwright; the server is the app that
``embargo serve`` runs, on a free loopback port. Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from embargo.registry.keys import Role, create_key, revoke_key
from embargo.store import Store
from tests.web.live import CHROMIUM, CHROMIUM_ARGS, load_store, serve

if not CHROMIUM.exists():
    pytest.skip(
        "Debian chromium is not installed at /usr/bin/chromium (.ci/run installs it)",
        allow_module_level=True,
    )

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "embargo.db"
    load_store(path)
    return path


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    with serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=LAPTOP)  # type: ignore[arg-type]
    yield context.new_page()
    context.close()


def status_heading(page: Page) -> str:
    return page.locator("#status-h").inner_text()


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


def test_login_with_a_key_when_auth_is_on(db: Path, browser: Browser) -> None:
    store = Store(str(db))
    reader = create_key(store, Role.READER, "analyst")
    with serve(db, auth=True) as url:
        context = browser.new_context(viewport=LAPTOP)  # type: ignore[arg-type]
        page = context.new_page()
        page.goto(url + "/ui/lists")
        expect(page).to_have_url(url + "/login?next=/ui/lists")
        page.get_by_label("API key").fill("emb_not-a-key")
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("alert")).to_have_text("This key is unknown or has been revoked.")

        page.get_by_label("API key").fill(reader.token)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(url + "/ui/lists")
        expect(page.locator(".who-name")).to_contain_text("analyst")
        (cookie,) = context.cookies()
        assert (cookie["name"], cookie["httpOnly"], cookie["sameSite"]) == (
            "embargo_key",
            True,
            "Strict",
        )

        page.goto(url + "/?name=Bensouda")
        expect(page.get_by_role("alert")).to_contain_text("may search the registry but not screen")

        page.get_by_role("button", name="Log out").click()
        expect(page).to_have_url(url + "/login")
        assert context.cookies() == []
        page.goto(url + "/ui/entities/icc-fatou-bensouda?at=2022-01-01")
        expect(page).to_have_url(
            url + "/login?next=/ui/entities/icc-fatou-bensouda%3Fat%3D2022-01-01"
        )

        revoke_key(store, reader.record.id)
        page.get_by_label("API key").fill(reader.token)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("alert")).to_have_text("This key is unknown or has been revoked.")
        context.close()
    store.close()
