"""A real embargo server in a background thread, and the Chromium the browser tests drive.

Shared by the browser tests and ``docs/screenshots/take.py``: the app is the one ``embargo serve``
runs (``create_app``), served by uvicorn on a loopback socket bound to a free port.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from embargo import registry
from embargo.api.config import ServerConfig
from embargo.app import create_app
from embargo.store import Store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = Path("/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
#: Debian's chromium, headless, with nothing that reaches the network on its own.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def load_store(path: Path) -> None:
    """A store at ``path`` with the bundled ICC case, as ``embargo demo`` loads it."""
    store = Store(str(path))
    try:
        registry.ingest_curated(store)
    finally:
        store.close()


@contextmanager
def serve(db: Path, auth: bool = False) -> Iterator[str]:
    """Serve the store at ``db`` until the block ends; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = ServerConfig(db=str(db), host="127.0.0.1", port=port, auth=auth)
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the embargo server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
