"""Hostile and malformed requests get a 4xx answer, never a 500, and never
a file from outside the knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import new_postgres_database

from kb.config import load_settings
from kb.core import KnowledgeBase
from kb.web import create_app
from kb.web.knowledge import close_kb

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def client(request, tmp_path_factory):
    """The app on the default SQLite + FTS5, and on PostgreSQL (store and
    search index), where NUL bytes and odd text reach a real server."""
    home = tmp_path_factory.mktemp("kb-hostile")
    url = new_postgres_database(request.getfixturevalue("postgres_url")) if request.param == "postgres" else None
    engine = "postgres" if url else None
    kb = KnowledgeBase(load_settings(home, url, engine))
    try:
        assert not kb.ingest([PLAN]).failed
    finally:
        kb.close()
    app = create_app({"TESTING": True, "KB_HOME": str(home), "DATABASE_URL": url, "SEARCH_ENGINE": engine})
    yield app.test_client()
    close_kb(app)


HOSTILE = [
    "/search?q=*", "/search?q=" + "a OR " * 400 + "b", "/search?q=%22", "/search?q=" + "x" * 5000,
    "/search?q=%00", "/search?q=(((", "/search?q=a:b", "/search?q=NOT", "/search?q=%F0%9F%98%80",
    "/search?q=%ED%A0%80", "/search?q=tr%E1%BA%BB&page=abc", "/search?q=a&page=-1",
    "/search?q=a&page=99999999999999999999", "/search?year=abcd&q=a", "/search?q=a&year=99999999999999999999999",
    "/api/search?q=a&limit=-1", "/api/search?q=a&limit=1000000000", "/api/search?q=a&offset=-5",
    "/api/search?q=" + "%E1%BA%BB" * 3000, "/api/search?q=%2A%3F%5B%5D%7B%7D",
    "/documents/%3Cscript%3E", "/documents/x%00y", "/co-quan/%3Cscript%3Ealert(1)%3C/script%3E",
    "/co-quan/x.xlsx?vai-tro=%3Cb%3E", "/api/sections?ref=" + "a%23b&ref=" * 500, "/quyen-loi-nan-nhan?loai=%3Cx%3E",
    "/api/duties?agency=" + "%E1%BA%BB" * 3000, "/api/documents/%00",
    # NUL where a filter or a name reaches the database (PostgreSQL text cannot hold it)
    "/api/search?q=x&issuer=%00", "/search?q=a&type=%00", "/api/duties?agency=%00", "/co-quan/?ten=%00",
    "/documents/%00/original", "/search?q=a%00b",
]


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p[:60])
def test_no_server_error(client, path):
    response = client.get(path)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert "<script>alert" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", [
    "/documents/../../etc/passwd", "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/original",
    "/documents/..%2F..%2F..%2Fetc%2Fpasswd/original", "/api/documents/..%2F..%2Fkb.sqlite3",
    "/documents/%2Fetc%2Fpasswd/original", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/../kb.sqlite3",
])
def test_no_file_outside_the_data_folder(client, path):
    response = client.get(path)
    assert response.status_code in (308, 400, 404), response.status_code
    body = response.get_data()
    assert b"root:" not in body and b"SQLite format" not in body
