"""embargo keys, embargo search and embargo serve, run as a user runs them."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import run_cli


def test_keys_create_list_revoke(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    created = run_cli(db, "keys", "create", "--role", "screener", "--name", "onboarding")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("emb_")
    assert "shown once" in created.stderr
    listed = json.loads(run_cli(db, "keys", "list", "--json").stdout)
    assert [(k["id"], k["role"], k["name"], k["revoked_at"]) for k in listed] == [
        (1, "screener", "onboarding", None)
    ]
    assert listed[0]["prefix"] == token[:12]
    assert token not in run_cli(db, "keys", "list").stdout
    revoked = run_cli(db, "keys", "revoke", "1")
    assert revoked.returncode == 0
    assert "revoked" in revoked.stdout
    assert json.loads(run_cli(db, "keys", "list", "--json").stdout)[0]["revoked_at"] is not None
    missing = run_cli(db, "keys", "revoke", "9")
    assert (missing.returncode, missing.stderr.strip()) == (2, "error: no API key with id 9")
    bad = run_cli(db, "keys", "create", "--role", "root")
    assert bad.returncode == 2


def test_search(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    assert run_cli(db, "ingest", "curated").returncode == 0
    result = run_cli(db, "search", "bensouda", "--designated-on", "2020-12-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "1 entities for 'bensouda'; showing 1-1",
        "  BENSOUDA, Fatou [icc-fatou-bensouda] person: designated on 2020-12-01",
    ]
    page = json.loads(run_cli(db, "search", "khan", "--json").stdout)
    assert [i["entity_id"] for i in page["items"]][:2] == [
        "icc-karim-khan",
        "icc-nazhat-shameem-khan",
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_loads_the_bundled_case_and_answers(tmp_path: Path) -> None:
    db, port = tmp_path / "e.db", free_port()
    command = [sys.executable, "-m", "embargo", "--db", str(db), "serve", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        ready = _wait(base + "/readyz")
        assert ready == {"status": "ready", "lists": 1}
        answer = httpx.post(base + "/screen", json={"name": "Fatou Bensuda", "as_of": "2020-12-01"})
        assert answer.json()["results"][0]["hits"][0]["status"]["verdict"] == "designated"
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=20)
    assert f"embargo is serving {db} at http://127.0.0.1:{port}/" in out
    assert "loaded icc_case v1" in out
    assert "API keys: not required" in out


def _wait(url: str) -> object:
    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.get(url).json()
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
