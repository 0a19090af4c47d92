"""In a real Chromium with keys required: the login form, the cookie, roles and logout."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from embargo.registry.keys import Role, create_key, revoke_key
from embargo.store import Store
from tests.web.live import LAPTOP, serve


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
