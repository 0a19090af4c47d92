"""Lists by URL: a stand-in for the government server on loopback (the one thing we mock)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from embargo import registry
from embargo.exc import SourceUnavailable
from embargo.registry.fetch import read_source
from embargo.store import Store
from tests.conftest import FIXTURES

ROUTES = {
    "/consolidated.xml": (200, (FIXTURES / "un" / "consolidated.xml").read_bytes()),
    "/broken.xml": (503, b"down for maintenance"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, body = ROUTES.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_by_url_records_the_url_and_sha(server: str, store: Store) -> None:
    report = registry.ingest_list(store, "un-sc", [f"{server}/consolidated.xml"])
    assert report.unchanged is False
    assert report.version.files[0]["name"] == f"{server}/consolidated.xml"
    assert report.counts["added"] == report.counts["records"] > 0


def test_server_error_is_named(server: str) -> None:
    with pytest.raises(SourceUnavailable, match=r"broken.xml: server answered HTTP 503"):
        read_source(f"{server}/broken.xml")


def test_gzip_files_are_unpacked(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "sdn.csv.gz"
    path.write_bytes(gzip.compress(b'36,"X"\r\n'))
    source = read_source(str(path))
    assert (source.name, source.content) == (str(tmp_path / "sdn.csv"), b'36,"X"\r\n')
