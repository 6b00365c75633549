"""Session secret, cookie flags, request size limit and security headers.

:func:`init_app` reads the settings of :mod:`kb.config` into the Flask
configuration, unless the application's configuration already sets them
(tests and ``instance/config.py`` may):

- ``SECRET_KEY`` from ``KB_SECRET_KEY``, else from ``KB_HOME/secret_key``,
  generated on first run (mode 0600) and reused afterwards;
- session cookie HttpOnly, SameSite=Lax, Secure when ``KB_COOKIE_SECURE``;
- ``MAX_CONTENT_LENGTH``: one upload request holds at most
  ``KB_MAX_UPLOAD_FILES`` files of ``KB_MAX_FILE_MB`` each;
- security headers (CSP and friends) on every response.
"""

from __future__ import annotations

import logging
import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, Response, current_app, request

from kb.config import Settings
from kb.errors import KBError

log = logging.getLogger("kb.web")

SECRET_FILE = "secret_key"
SESSION_LIFETIME = timedelta(hours=8)
# room for the multipart framing and the form fields around the files
FORM_OVERHEAD = 1024 * 1024

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def load_secret_key(home: Path) -> str:
    """The session secret kept in ``home/secret_key``, created on first use.

    The file is created exclusively with mode 0600, so two processes
    starting together agree on one key and other users cannot read it.
    """
    path = home / SECRET_FILE
    try:
        key = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        key = ""
    if key:
        return key
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race, or the file was empty
        existing = path.read_text(encoding="ascii").strip()
        if existing:
            return existing
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
        os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    log.info("generated a new session secret in %s", path)
    return key


def request_size_limit(settings: Settings) -> int:
    """Bytes one request may carry: a full upload batch plus form overhead."""
    return settings.max_file_mb * 1024 * 1024 * settings.max_upload_files + FORM_OVERHEAD


def configure(app: Flask, settings: Settings) -> None:
    """Fill the Flask configuration from the settings (explicit config wins)."""
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = settings.secret_key or load_secret_key(settings.home)
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = request_size_limit(settings)
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config.setdefault("KB_COOKIE_SECURE", settings.cookie_secure)
    app.config["SESSION_COOKIE_SECURE"] = bool(app.config["KB_COOKIE_SECURE"])
    # a signed session cookie is accepted for this long after it was set
    app.config["PERMANENT_SESSION_LIFETIME"] = SESSION_LIFETIME


class RequestTooLarge(KBError):
    """The request body is over ``MAX_CONTENT_LENGTH``."""

    status = 413


def _mib(size: int) -> str:
    return f"{size / 1048576:.1f}".rstrip("0").rstrip(".")


def check_request_size() -> None:
    """Refuse an over-size request from its Content-Length, before its body
    is parsed, with a message naming the limits (werkzeug still stops a body
    without Content-Length at the same limit)."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    size = request.content_length
    if limit is not None and size is not None and size > limit:
        per_file = current_app.config.get("KB_MAX_FILE_MB")
        detail = f", mỗi tệp tối đa {per_file} MiB" if per_file else ""
        raise RequestTooLarge(
            f"Dữ liệu gửi lên quá lớn ({_mib(size)} MiB): mỗi lần gửi tối đa {_mib(limit)} MiB{detail}. "
            "Hãy gửi ít tệp hơn trong một lần, hoặc tệp nhỏ hơn."
        )


def add_security_headers(response: Response) -> Response:
    """Set the security headers a view did not set itself."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask, settings: Settings) -> None:
    configure(app, settings)
    app.config.setdefault("KB_MAX_FILE_MB", settings.max_file_mb)
    app.before_request(check_request_size)
    app.after_request(add_security_headers)
