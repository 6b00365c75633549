"""Several ``kb serve`` processes on one PostgreSQL database (store and
search index): each sees the others' ingests at once.

Real processes: two ``kb serve`` (waitress) with their own KB_HOME and the
same KB_DATABASE_URL, KB_SEARCH_ENGINE=postgres; ingests by ``kb ingest``
subprocesses on either home; a real PostgreSQL server (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PLAN = CORPUS / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
# Pháp điển topic 4.5 cites Luật Trẻ em 102/2016/QH13; vbpl ships that law's page.
CITING = CORPUS / "phap-dien" / "de-muc-4.5-tro-giup-phap-ly.html"
CITED = CORPUS / "vbpl" / "luat-tre-em-102-2016-qh13.html"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Node:
    """One app machine: its own KB_HOME, the shared database."""

    def __init__(self, home: Path, env: dict):
        self.home, self.env = home, env
        self.proc = None
        self.url = None

    def kb(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kb.cli", "--home", str(self.home), *args],
                              env=self.env, capture_output=True, text=True, timeout=600)

    def serve(self) -> None:
        port = _free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kb.cli", "--home", str(self.home), "serve", "--port", str(port)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert self.proc.poll() is None, f"kb serve exited: {self.proc.stderr.read().decode()}"
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5):
                    return
            except OSError:
                assert time.monotonic() < deadline, "kb serve did not answer within 60 s"
                time.sleep(0.2)

    def get(self, path: str, **params) -> dict:
        query = ("?" + urllib.parse.urlencode(params)) if params else ""
        with urllib.request.urlopen(self.url + path + query, timeout=30) as response:
            assert response.status == 200
            return json.loads(response.read())

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def nodes(tmp_path, postgres_db):
    env = {**os.environ, "KB_DATABASE_URL": postgres_db, "KB_SEARCH_ENGINE": "postgres"}
    env.pop("KB_HOME", None)
    made = [Node(tmp_path / "may-a", env), Node(tmp_path / "may-b", env)]
    try:
        for node in made:
            node.serve()
        yield made
    finally:
        for node in made:
            node.stop()


def test_two_servers_see_each_others_ingests(nodes):
    a, b = nodes
    assert b.get("/api/search", q="Kế hoạch 113")["hits"] == []

    done = a.kb("ingest", str(PLAN), "--json")
    assert done.returncode == 0, done.stderr
    plan_id = json.loads(done.stdout)["documents"][0]["id"]
    for node in (a, b):  # no restart, no wait
        hits = node.get("/api/search", q="ke hoach 113/kh-ubnd")["hits"]
        assert hits and hits[0]["doc_id"] == plan_id and hits[0]["number"] == "113/KH-UBND"
        assert node.get(f"/api/documents/{plan_id}")["number"] == "113/KH-UBND"
        duties = node.get("/api/duties", agency="Sở Ngoại vụ")["duties"]
        assert any(d["doc_id"] == plan_id for d in duties)

    # the original, ingested on machine A, downloads from machine B too (the shared store keeps its bytes)
    with urllib.request.urlopen(f"{b.url}/documents/{plan_id}/original", timeout=30) as response:
        assert response.read() == PLAN.read_bytes()
    assert list((b.home / "files").iterdir()) and list((a.home / "files").iterdir())

    # a citation made on one machine resolves to a document ingested on the other,
    # and the cited document's page on the first machine lists it as cited-by
    cited = json.loads(b.kb("ingest", str(CITED), "--json").stdout)["documents"][0]["id"]
    b.get(f"/api/documents/{cited}")  # rendered (and cached) before the citing document exists
    citing = json.loads(a.kb("ingest", str(CITING), "--json").stdout)["documents"][0]["id"]
    for node in (a, b):
        record = node.get(f"/api/documents/{citing}")
        links = [c for c in record["citations"] if c["number"] == "102/2016/QH13"]
        assert links and all(c["status"] == "resolved" and c["target_id"] == cited for c in links)
        assert any(c["doc_id"] == citing for c in node.get(f"/api/documents/{cited}")["cited_by"])
        html = urllib.request.urlopen(f"{node.url}/documents/{cited}", timeout=30).read().decode()
        assert f"/documents/{citing}" in html

    # the index lives in the database: nothing in either home's index folder
    assert not (a.home / "index").exists() and not (b.home / "index").exists()
    for node in (a, b):
        check = json.loads(node.kb("check", "--json").stdout)
        assert check["ok"] and check["documents"] == 3
