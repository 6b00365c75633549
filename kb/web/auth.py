"""The admin login, CSRF protection and the optional read gate.

One admin account is configured by the operator (``KB_ADMIN_USER`` with
``KB_ADMIN_PASSWORD_HASH`` or ``KB_ADMIN_PASSWORD``); without it nobody can
log in and uploading is disabled. The login lives in the signed session
cookie together with a fingerprint of the account, so changing the
password or the secret ends every open login.

Every state-changing request (POST, PUT, PATCH, DELETE) must carry the
session's CSRF token, as the form field ``csrf_token`` or the header
``X-CSRF-Token``; templates get it from ``csrf_token()``.

With ``KB_READ_REQUIRES_LOGIN`` every page but the login page and the
static files needs the login (the API answers 401).
"""

from __future__ import annotations

import functools
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import NamedTuple

from flask import (
    Blueprint,
    Flask,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash

from kb.config import Settings
from kb.errors import KBError

bp = Blueprint("auth", __name__)

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
# pages an anonymous visitor may open when reading requires the login
OPEN_ENDPOINTS = frozenset({"auth.login", "static"})

LOGIN_REQUIRED_MESSAGE = "Cần đăng nhập để dùng chức năng này."
WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng."
NOT_CONFIGURED = (
    "Chưa có tài khoản quản trị. Người quản trị máy chủ cần đặt biến môi trường KB_ADMIN_USER và "
    "KB_ADMIN_PASSWORD_HASH (hoặc KB_ADMIN_PASSWORD) rồi khởi động lại kb serve."
)


class CSRFError(KBError):
    """A state-changing request without the session's CSRF token."""

    status = 400

    def __init__(self) -> None:
        super().__init__(
            "Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã bảo vệ CSRF). "
            "Hãy tải lại trang rồi gửi lại."
        )


# --- the admin account -----------------------------------------------------


class Account(NamedTuple):
    """The operator's admin account, as configured."""

    user: str | None
    password: str | None
    password_hash: str | None

    @property
    def configured(self) -> bool:
        return bool(self.user and (self.password or self.password_hash))

    def check(self, user: str, password: str) -> bool:
        """Whether ``user``/``password`` are this account's, in constant time
        for the plain password (a hash, when set, is preferred)."""
        if not self.configured:
            return False
        user_ok = hmac.compare_digest(user.encode("utf-8"), self.user.encode("utf-8"))
        if self.password_hash:
            try:
                password_ok = check_password_hash(self.password_hash, password)
            except ValueError:  # not a werkzeug hash string
                current_app.logger.error("KB_ADMIN_PASSWORD_HASH is not a werkzeug password hash")
                password_ok = False
        else:
            password_ok = hmac.compare_digest(password.encode("utf-8"), self.password.encode("utf-8"))
        return user_ok and password_ok

    def fingerprint(self, secret: str) -> str:
        """A value that changes when the account or the secret changes."""
        material = f"{self.user}\0{self.password_hash or self.password}".encode("utf-8")
        return hmac.new(secret.encode("utf-8"), material, "sha256").hexdigest()[:32]


def account() -> Account:
    """The current application's admin account."""
    config = current_app.config
    return Account(config.get("KB_ADMIN_USER"), config.get("KB_ADMIN_PASSWORD"), config.get("KB_ADMIN_PASSWORD_HASH"))


def current_user() -> str | None:
    """The logged-in admin's name, or None."""
    admin = account()
    if not admin.configured or session.get("user") != admin.user:
        return None
    expected = admin.fingerprint(current_app.config["SECRET_KEY"])
    if not hmac.compare_digest(str(session.get("account", "")), expected):
        return None
    return admin.user


def _log_in(admin: Account) -> None:
    """Start a fresh session for the admin (no fixation: the old one is dropped)."""
    session.clear()
    session.permanent = True
    session["user"] = admin.user
    session["account"] = admin.fingerprint(current_app.config["SECRET_KEY"])
    session[CSRF_FIELD] = secrets.token_urlsafe(32)


# --- guarding views --------------------------------------------------------


def _is_api() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def safe_next(target: str | None) -> str | None:
    """``target`` if it is a path on this site, else None (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target


def login_response():
    """What an anonymous request to a guarded page gets: 401 JSON under
    ``/api/``, else a redirect to the login page that comes back here."""
    if _is_api():
        return jsonify({"error": LOGIN_REQUIRED_MESSAGE}), 401
    here = request.full_path.rstrip("?") if request.method == "GET" else request.path
    return redirect(url_for("auth.login", next=safe_next(here)))


def login_required(view: Callable) -> Callable:
    """Decorator: the view runs only for the logged-in admin."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        if current_user() is None:
            return login_response()
        return view(*args, **kwargs)

    return guarded


def read_gate():
    """before_request: with ``KB_READ_REQUIRES_LOGIN``, everything but the
    login page and static files needs the login."""
    if not current_app.config.get("KB_READ_REQUIRES_LOGIN"):
        return None
    if request.endpoint in OPEN_ENDPOINTS or current_user() is not None:
        return None
    return login_response()


# --- CSRF ------------------------------------------------------------------


def csrf_token() -> str:
    """The session's CSRF token (created on first use); for templates."""
    token = session.get(CSRF_FIELD)
    if not token:
        token = session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """before_request: a state-changing request must carry the session's token."""
    if request.method not in STATE_CHANGING:
        return
    expected = session.get(CSRF_FIELD)
    given = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD)
    if not expected or not given or not hmac.compare_digest(str(given), str(expected)):
        raise CSRFError()


# --- login throttling ------------------------------------------------------


class LoginThrottle:
    """Failed logins per client address, in memory (per process).

    After ``limit`` failures within ``window`` seconds the address must
    wait until the oldest of them is older than the window.
    """

    def __init__(self, limit: int = 5, window: float = 300.0, max_clients: int = 10_000):
        self.limit = limit
        self.window = window
        self.max_clients = max_clients
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        failures = self._failures.get(client, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def wait_seconds(self, client: str) -> int:
        """Seconds before ``client`` may try again (0: now)."""
        now = time.monotonic()
        with self._lock:
            failures = self._recent(client, now)
            if len(failures) < self.limit:
                return 0
            return max(1, int(self.window - (now - failures[0])) + 1)

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) >= self.max_clients:
                self._prune(now)
            failures = self._recent(client, now)
            failures.append(now)
            self._failures[client] = failures

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)

    def _prune(self, now: float) -> None:
        for client in list(self._failures):
            if not self._recent(client, now):
                del self._failures[client]
        if len(self._failures) >= self.max_clients:  # still full: forget the lot
            self._failures.clear()


def throttle() -> LoginThrottle:
    return current_app.extensions["kb_login_throttle"]


# --- views -----------------------------------------------------------------


def _login_page(error: str | None = None, status: int = 200):
    admin = account()
    return (
        render_template(
            "login.html",
            error=error,
            configured=admin.configured,
            not_configured=NOT_CONFIGURED,
            next=safe_next(request.values.get("next")) or "",
        ),
        status,
    )


@bp.route("/dang-nhap", methods=["GET", "POST"])
def login():
    """The login form (GET) and its check (POST)."""
    target = safe_next(request.values.get("next")) or url_for("upload.index")
    if request.method == "GET":
        if current_user() is not None:
            return redirect(target)
        return _login_page()
    admin = account()
    if not admin.configured:
        return _login_page(NOT_CONFIGURED, 403)
    client = request.remote_addr or "?"
    wait = throttle().wait_seconds(client)
    if wait:
        minutes = (wait + 59) // 60
        return _login_page(f"Đăng nhập sai quá nhiều lần. Hãy thử lại sau khoảng {minutes} phút.", 429)
    if not admin.check(request.form.get("username", ""), request.form.get("password", "")):
        throttle().failed(client)
        current_app.logger.warning("failed admin login from %s", client)
        return _login_page(WRONG_CREDENTIALS, 401)
    throttle().succeeded(client)
    _log_in(admin)
    return redirect(target)


@bp.route("/dang-xuat", methods=["POST"])
def logout():
    """End the session (POST only, so it is CSRF-protected)."""
    session.clear()
    return redirect(url_for("search.index"))


# --- wiring ----------------------------------------------------------------


def _template_context() -> dict:
    return {"current_user": current_user(), "login_enabled": account().configured}


def init_app(app: Flask, settings: Settings) -> None:
    """Read the account settings (explicit config wins), install the CSRF
    check and the read gate, and register the login pages."""
    app.config.setdefault("KB_ADMIN_USER", settings.admin_user)
    app.config.setdefault("KB_ADMIN_PASSWORD", settings.admin_password)
    app.config.setdefault("KB_ADMIN_PASSWORD_HASH", settings.admin_password_hash)
    app.config.setdefault("KB_READ_REQUIRES_LOGIN", settings.read_requires_login)
    if app.config["KB_READ_REQUIRES_LOGIN"] and not app.config["KB_ADMIN_USER"]:
        app.logger.warning("KB_READ_REQUIRES_LOGIN is on but no admin account is set: nobody can read")
    app.extensions["kb_login_throttle"] = LoginThrottle()
    app.before_request(check_csrf)
    app.before_request(read_gate)
    app.add_template_global(csrf_token)
    app.context_processor(_template_context)
    app.register_blueprint(bp)
