"""Upload through the browser behind the admin login: CSRF, size limits,
file names kept inside the uploads folder, the session secret, the
security headers and the optional read gate.

Uploads are real files of ``tests/data`` and ``corpus``; only the refused
".exe" is a few junk bytes (it is never read as a document).
"""

from __future__ import annotations

import io
import re
import stat
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash

from kb.web import create_app
from kb.web.security import CONTENT_SECURITY_POLICY
from kb.web.upload import safe_filename

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DOCX = DATA / "docx" / "an-le-26-2018-no-table.docx"  # Án lệ 26/2018/AL
PDF = DATA / "pdf" / "nghi-dinh-21-2021-two-column-header.pdf"  # Nghị định 21/2021/NĐ-CP
BIG_HTML = DATA / "html" / "vbpl-english-decree-34-2016.html"  # 1.3 MB
NEWS_TXT = next((ROOT / "corpus" / "tin-bai").glob("000_*.txt"))  # plan 1747/KH-SLĐTBXH

USER = "quantri"
PASSWORD = "mật-khẩu đúng 123"
ENV_VARS = (
    "KB_HOME", "KB_DATABASE_URL", "KB_MAX_FILE_MB", "KB_MAX_UPLOAD_FILES", "KB_ADMIN_USER", "KB_ADMIN_PASSWORD",
    "KB_ADMIN_PASSWORD_HASH", "KB_SECRET_KEY", "KB_READ_REQUIRES_LOGIN", "KB_COOKIE_SECURE",
)
TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """The operator's environment must not leak into these tests."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def make_app(home: Path, **config):
    """An app on ``home`` with the admin account (unless config says otherwise)."""
    settings = {"TESTING": True, "KB_HOME": str(home), "KB_ADMIN_USER": USER, "KB_ADMIN_PASSWORD": PASSWORD}
    settings.update(config)
    return create_app(settings)


def close(app) -> None:
    from kb.web.knowledge import close_kb

    close_kb(app)


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("kb-upload")


@pytest.fixture(scope="module")
def app(shared_home):
    app = make_app(shared_home)
    yield app
    close(app)


@pytest.fixture()
def client(app):
    return app.test_client()


def csrf_from(client, path: str) -> str:
    """The CSRF token of the form on ``path``."""
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    match = TOKEN_RE.search(response.get_data(as_text=True))
    assert match, f"no csrf_token field on {path}"
    return match.group(1)


def log_in(client, user: str = USER, password: str = PASSWORD, **extra):
    token = csrf_from(client, "/dang-nhap")
    return client.post("/dang-nhap", data={"username": user, "password": password, "csrf_token": token, **extra})


def upload(client, *files: tuple[bytes, str]):
    """POST files (content, name) to /tai-len as the logged-in browser would."""
    token = csrf_from(client, "/tai-len")
    data = {"csrf_token": token, "files": [(_stream(content), name) for content, name in files]}
    return client.post("/tai-len", data=data, content_type="multipart/form-data")


def _stream(content: bytes) -> io.BytesIO:
    return io.BytesIO(content)


def report_items(html: str) -> list[str]:
    """The report lines of an upload page, as plain text."""
    items = re.findall(r'<li class="report-item status-(\w+)">(.*?)</li>\s*(?=<li class="report-item|</ul>)', html, re.S)
    return [f"{status}: " + " ".join(re.sub(r"<[^>]+>", " ", body).split()) for status, body in items]


# --- login ----------------------------------------------------------------


def test_anonymous_upload_page_redirects_to_login(client):
    response = client.get("/tai-len")
    assert response.status_code == 302
    assert response.headers["Location"] == "/dang-nhap?next=/tai-len"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Đăng nhập quản trị" in page and 'name="password"' in page


def test_wrong_password_is_refused(client):
    response = log_in(client, password="sai mật khẩu")
    assert response.status_code == 401
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.get_data(as_text=True)
    assert client.get("/tai-len").status_code == 302
    assert log_in(client, user="admin").status_code == 401  # wrong user, right password


def test_right_password_logs_in_and_logout_ends_it(client):
    response = log_in(client, next="/tai-len")
    assert response.status_code == 302 and response.headers["Location"] == "/tai-len"
    page = client.get("/tai-len")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'type="file"' in html and 'accept=".pdf,.docx,.html,.htm,.txt"' in html
    assert f"Đăng xuất ({USER})" in html
    token = TOKEN_RE.search(html).group(1)
    assert client.post("/dang-xuat", data={"csrf_token": token}).status_code == 302
    assert client.get("/tai-len").status_code == 302


def test_login_does_not_redirect_off_site(app):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = log_in(app.test_client(), next=target)
        assert response.headers["Location"] == "/tai-len", target


def test_session_cookie_flags(tmp_path):
    for secure in (False, True):
        app = make_app(tmp_path / str(secure), KB_COOKIE_SECURE=secure)
        try:
            cookie = app.test_client().get("/dang-nhap").headers["Set-Cookie"]
        finally:
            close(app)
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is secure


def test_password_hash_setting(tmp_path):
    app = make_app(tmp_path, KB_ADMIN_PASSWORD=None, KB_ADMIN_PASSWORD_HASH=generate_password_hash(PASSWORD))
    try:
        client = app.test_client()
        assert log_in(client, password="sai").status_code == 401
        assert log_in(client).status_code == 302
        assert client.get("/tai-len").status_code == 200
    finally:
        close(app)


def test_changing_the_password_ends_open_logins(tmp_path):
    app = make_app(tmp_path)
    try:
        client = app.test_client()
        log_in(client)
        assert client.get("/tai-len").status_code == 200
        app.config["KB_ADMIN_PASSWORD"] = "mật khẩu mới"
        assert client.get("/tai-len").status_code == 302
    finally:
        close(app)


def test_repeated_failures_are_throttled(tmp_path):
    app = make_app(tmp_path)
    try:
        client = app.test_client()
        for _ in range(5):
            assert log_in(client, password="sai").status_code == 401
        blocked = log_in(client)  # even the right password, for a while
        assert blocked.status_code == 429
        assert "Đăng nhập sai quá nhiều lần" in blocked.get_data(as_text=True)
        assert client.get("/tai-len").status_code == 302
    finally:
        close(app)


def test_without_admin_account_upload_is_disabled(tmp_path):
    app = make_app(tmp_path, KB_ADMIN_USER=None, KB_ADMIN_PASSWORD=None)
    try:
        client = app.test_client()
        page = client.get("/tai-len")
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        assert "Chức năng tải lên đang tắt" in html and "KB_ADMIN_USER" in html and 'type="file"' not in html
        assert "Đăng nhập</a>" not in html  # no login link when nobody can log in
        assert "KB_ADMIN_PASSWORD_HASH" in client.get("/dang-nhap").get_data(as_text=True)
        # no form to send; a hand-made POST with a valid token is refused too
        with client.session_transaction() as session:
            session["csrf_token"] = "jeton"
        refused = client.post("/dang-nhap", data={"username": USER, "password": PASSWORD, "csrf_token": "jeton"})
        assert refused.status_code == 403
        assert client.post("/tai-len", data={"csrf_token": "jeton"}).status_code == 403
    finally:
        close(app)


# --- CSRF -----------------------------------------------------------------


def test_post_without_csrf_token_is_refused(client):
    response = client.post("/dang-nhap", data={"username": USER, "password": PASSWORD})
    assert response.status_code == 400
    assert "mã bảo vệ CSRF" in response.get_data(as_text=True)
    log_in(client)
    no_token = client.post(
        "/tai-len", data={"files": [(_stream(NEWS_TXT.read_bytes()), "a.txt")]}, content_type="multipart/form-data"
    )
    assert no_token.status_code == 400
    assert "Hãy tải lại trang rồi gửi lại" in no_token.get_data(as_text=True)
    wrong = client.post("/tai-len", data={"csrf_token": "x" * 43}, content_type="multipart/form-data")
    assert wrong.status_code == 400
    assert client.post("/dang-xuat").status_code == 400  # still logged in
    assert client.get("/tai-len").status_code == 200


def test_csrf_token_in_header_and_json_error_under_api(client):
    token = csrf_from(client, "/dang-nhap")
    api = client.post("/api/search")
    assert api.status_code == 400 and "CSRF" in api.json["error"]
    # the header works like the form field: past the check, the route only takes GET
    assert client.post("/api/search", headers={"X-CSRF-Token": token}).status_code == 405


# --- upload ---------------------------------------------------------------


def test_upload_docx_pdf_and_refused_exe(client, app, shared_home):
    log_in(client)
    response = upload(client, (DOCX.read_bytes(), DOCX.name), (PDF.read_bytes(), PDF.name),
                      (b"MZ\x90\x00\x03\x00\x00\x00", "cai-dat.exe"))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    items = report_items(html)
    assert len(items) == 3, items
    assert items[0].startswith("added: Đã thêm an-le-26-2018-no-table.docx") and "26/2018/AL" in items[0]
    assert items[1].startswith("added: Đã thêm nghi-dinh-21-2021") and "21/2021/NĐ-CP" in items[1]
    assert items[2].startswith("refused: Bị từ chối cai-dat.exe")
    assert "Định dạng không được nhận (“.exe”). Chỉ nhận tệp PDF, DOCX, HTML, TXT." in items[2]
    assert "Đã thêm <strong>2</strong>" in html

    # searchable afterwards, and the report links to the document pages
    links = re.findall(r'href="(/documents/[^"#]+)"', html.split('class="upload-report"')[1])
    assert len(links) == 2
    for number in ("26/2018/AL", "21/2021/NĐ-CP"):
        hits = client.get("/api/search", query_string={"q": number}).json["hits"]
        assert hits and hits[0]["number"] == number
        assert f"/documents/{hits[0]['doc_id']}" in links
        assert client.get(f"/documents/{hits[0]['doc_id']}").status_code == 200
    # kept in this request's own folder; the refused file was never written
    folders = [p for p in (shared_home / "uploads").iterdir() if (p / DOCX.name).exists()]
    assert len(folders) == 1
    assert sorted(p.name for p in folders[0].iterdir()) == sorted([DOCX.name, PDF.name])


def test_same_content_again_is_reported_as_already_there(client):
    log_in(client)
    first = report_items(upload(client, (NEWS_TXT.read_bytes(), "tin-1747.txt")).get_data(as_text=True))
    again = upload(client, (NEWS_TXT.read_bytes(), "bản sao.txt")).get_data(as_text=True)
    items = report_items(again)
    assert first[0].startswith("added:")
    assert items[0].startswith("unchanged: Đã có sẵn bản sao.txt") and "1747/KH-SLĐTBXH" in items[0]
    assert "đã có trong cơ sở dữ liệu" in items[0]


def test_file_name_cannot_escape_the_uploads_folder(client, shared_home):
    log_in(client)
    content = (ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt").read_bytes()
    response = upload(client, (content, "../../evil.txt"))
    items = report_items(response.get_data(as_text=True))
    assert items[0].startswith("added: Đã thêm ../../evil.txt (lưu thành “evil.txt”)"), items
    uploads = (shared_home / "uploads").resolve()
    saved = [p.resolve() for p in uploads.rglob("evil.txt")]
    assert len(saved) == 1 and saved[0].is_relative_to(uploads)
    assert not (shared_home / "evil.txt").exists() and not (shared_home.parent / "evil.txt").exists()
    assert not (uploads / "evil.txt").exists()  # inside its batch folder, not beside it


@pytest.mark.parametrize(
    "given, expected",
    [
        ("../../evil.txt", "evil.txt"),
        ("..\\..\\windows\\evil.txt", "evil.txt"),
        ("/etc/passwd", "passwd"),
        ("..", "tep-tai-len"),
        (".bashrc", "bashrc"),
        ("Quyết định 525 QĐ-LĐTBXH.pdf", "Quyết định 525 QĐ-LĐTBXH.pdf"),
        ("Quye\u0302\u0301t đi\u0323nh.docx", "Quyết định.docx"),  # decomposed accents become NFC
        ("kế hoạch\u202e\u0000<1>:|?*.txt ", "kế hoạch1.txt"),
        ("a" * 300 + ".docx", "a" * 195 + ".docx"),
    ],
)
def test_safe_filename(given, expected):
    assert safe_filename(given) == expected


def test_over_size_request_gets_a_vietnamese_413_page(tmp_path):
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=64 * 1024)
    try:
        client = app.test_client()
        log_in(client)
        response = upload(client, (PDF.read_bytes(), PDF.name))
        assert response.status_code == 413
        html = response.get_data(as_text=True)
        assert "Dữ liệu quá lớn" in html and "mỗi lần gửi tối đa 0.1 MiB" in html
        assert not any((tmp_path / "uploads").glob("*/*"))
    finally:
        close(app)


def test_request_limit_follows_the_file_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_MAX_FILE_MB", "1")
    monkeypatch.setenv("KB_MAX_UPLOAD_FILES", "3")
    app = make_app(tmp_path)
    try:
        assert app.config["MAX_CONTENT_LENGTH"] == 3 * 1024 * 1024 + 1024 * 1024
        client = app.test_client()
        log_in(client)
        # one file over the per-file limit is refused, the others still ingested
        response = upload(client, (BIG_HTML.read_bytes(), BIG_HTML.name), (DOCX.read_bytes(), DOCX.name))
        items = report_items(response.get_data(as_text=True))
        assert items[0].startswith("refused:") and "Tệp quá lớn: mỗi tệp tối đa 1 MiB." in items[0]
        assert items[1].startswith("added:")
        assert not list((tmp_path / "uploads").rglob(BIG_HTML.name))
        too_many = upload(client, *[(NEWS_TXT.read_bytes(), f"{i}.txt") for i in range(4)])
        assert too_many.status_code == 400
        assert "tối đa 3 tệp" in too_many.get_data(as_text=True)
    finally:
        close(app)


# --- secret, headers, read gate -------------------------------------------


def test_secret_key_file_is_created_private_and_reused(tmp_path):
    first = make_app(tmp_path)
    second = make_app(tmp_path)
    try:
        key_file = tmp_path / "secret_key"
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert len(first.config["SECRET_KEY"]) == 64
        assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"] == key_file.read_text().strip()
        # a login made by one process is valid in the other
        client = first.test_client()
        log_in(client)
        cookie = client.get_cookie("session")
        other = second.test_client()
        other.set_cookie("session", cookie.value)
        assert other.get("/tai-len").status_code == 200
    finally:
        close(first)
        close(second)


def test_operator_secret_key_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_SECRET_KEY", "khoa-bi-mat-cua-nguoi-van-hanh")
    app = make_app(tmp_path / "home")
    try:
        assert app.config["SECRET_KEY"] == "khoa-bi-mat-cua-nguoi-van-hanh"
        assert not (tmp_path / "home" / "secret_key").exists()
    finally:
        close(app)


@pytest.mark.parametrize("path", ["/", "/dang-nhap", "/tai-len", "/khong-co", "/api/search?q=nghi+dinh",
                                  "/api/openapi.json", "/static/forms.css"])
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_read_requires_login(tmp_path):
    app = make_app(tmp_path, KB_READ_REQUIRES_LOGIN=True)
    try:
        client = app.test_client()
        home = client.get("/")
        assert home.status_code == 302 and home.headers["Location"] == "/dang-nhap?next=/"
        assert client.get("/search?q=mua+b%C3%A1n").headers["Location"].startswith("/dang-nhap?next=/search")
        api = client.get("/api/search?q=mua+ban")
        assert api.status_code == 401 and api.json == {"error": "Cần đăng nhập để dùng chức năng này."}
        assert client.get("/dang-nhap").status_code == 200
        assert client.get("/static/style.css").status_code == 200
        log_in(client)
        assert client.get("/").status_code == 200
        assert client.get("/api/search?q=mua+ban").status_code == 200
    finally:
        close(app)


def test_read_gate_is_off_by_default(client):
    assert client.get("/").status_code == 200
    assert client.get("/api/search?q=mua+ban").status_code == 200
