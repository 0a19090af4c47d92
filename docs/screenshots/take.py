"""Screenshots of the main pages of the web UI, for docs/web.md.

Run from the repository root: ``.venv/bin/python docs/screenshots/take.py [OUT_DIR [NAME...]]``.
It loads the bundled ICC case, the last three real SDN versions of 2024 from ../shared/bench
(when present; else the small OFAC cut of tests/fixtures) and the UN cut into a temporary
store, serves it with the real app and photographs each page in Debian's headless chromium.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from embargo import registry  # noqa: E402
from embargo.store import Store  # noqa: E402
from tests.web.live import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    FIXTURES,
    LAPTOP,
    PHONE,
    load_store,
    serve,
)

SNAPSHOTS = HERE.parents[2] / "shared" / "bench" / "sdn_snapshots.py"
#: The last three SDN versions of the shared history: 7 entries added, then 8 removed.
REAL_VERSIONS = ["305", "306", "307"]


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


def load(db: Path, work: Path) -> None:
    """The ICC case, then SDN versions (real history when the shared bench is there), then UN."""
    load_store(db)
    store = Store(str(db))
    if SNAPSHOTS.exists():
        subprocess.run(
            [sys.executable, str(SNAPSHOTS), "write", *REAL_VERSIONS, "-o", str(work)],
            check=True,
            capture_output=True,
        )
        for path in sorted(work.glob("sdn_*.csv")):
            stamp = path.stem.split("_")[2]  # 2024-05-01T184324
            observed = f"{stamp[:13]}:{stamp[13:15]}:{stamp[15:]}"
            registry.ingest_list(store, "us_ofac_sdn", [str(path)], registry.parse_moment(observed))
    else:
        ofac = FIXTURES / "ofac"
        registry.ingest_list(
            store, "us_ofac_sdn", [str(ofac / n) for n in ("sdn.csv", "add.csv", "alt.csv")]
        )
    registry.ingest_list(store, "un_sc", [str(FIXTURES / "un" / "consolidated.xml")])
    store.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    only = set(argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "embargo.db"
        load(db, Path(tmp))
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
