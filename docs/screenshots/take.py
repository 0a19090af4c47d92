"""Screenshots of the main pages of the web UI, for docs/web.md.

Run from the repository root: ``.venv/bin/python docs/screenshots/take.py``. It loads the
bundled ICC case and the small real OFAC and UN cuts of tests/fixtures into a temporary store,
serves it with the real app and photographs each page in Debian's headless chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.web.live import CHROMIUM, CHROMIUM_ARGS, load_store, serve  # noqa: E402

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

#: (file name, path, viewport, what to do on the page before the picture)
SHOTS: list[tuple[str, str, dict[str, int], str | None]] = [
    ("search.png", "/?name=Fatu+Bensuda&dob=1961-01-31&country=gm&as_of=2020-12-01", LAPTOP, None),
    ("entity.png", "/ui/entities/icc-fatou-bensouda?at=2020-12-01", LAPTOP, None),
    ("entity-2022.png", "/ui/entities/icc-fatou-bensouda?at=2022-06-01", LAPTOP, None),
    ("programme.png", "/ui/programmes/ICC-EO14203", LAPTOP, None),
    ("instrument.png", "/ui/instruments/us-eo-13928", LAPTOP, None),
    ("lists.png", "/ui/lists", LAPTOP, None),
    ("list.png", "/ui/lists/us_ofac_sdn", LAPTOP, None),
    ("phone-entity.png", "/ui/entities/icc-fatou-bensouda?at=2020-12-01", PHONE, None),
    ("phone-search.png", "/?name=Karim+Khan", PHONE, None),
]


def shoot(page: Page, base: str, name: str, path: str, out: Path) -> None:
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(out / name), full_page=True)
    print(f"{name}: {path}")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    only = set(argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "embargo.db"
        load_store(db, official=True)
        with serve(db) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for name, path, viewport, _ in SHOTS:
                if only and name not in only:
                    continue
                context = browser.new_context(viewport=viewport, device_scale_factor=1)  # type: ignore[arg-type]
                shoot(context.new_page(), base, name, path, out)
                context.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
