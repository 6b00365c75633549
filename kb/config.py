"""Settings, declared once.

Every setting has a name, an environment variable, a default and a help
text; the CLI and the web app read them through :func:`load_settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple


# The search engines kb.search offers (named here so the CLI can offer them
# without importing the search stack at start-up).
SEARCH_ENGINES = ("fts5", "whoosh", "postgres")


class Setting(NamedTuple):
    name: str
    env: str
    default: str | None
    help: str


SETTINGS = (
    Setting("home", "KB_HOME", "./kb-data", "folder holding the database, the search index and the originals"),
    Setting("database_url", "KB_DATABASE_URL", None, "SQLAlchemy URL of the store (default: SQLite in KB_HOME)"),
    Setting(
        "search_engine", "KB_SEARCH_ENGINE", None,
        "search engine: fts5 (default), whoosh, or postgres (the index in the PostgreSQL store, shared by several "
        "app processes or machines)",
    ),
    Setting("max_file_mb", "KB_MAX_FILE_MB", "100", "files larger than this many MiB are refused"),
    Setting("max_upload_files", "KB_MAX_UPLOAD_FILES", "10", "most files accepted by one upload in the web app"),
    Setting("admin_user", "KB_ADMIN_USER", None, "user name of the web app's admin account (uploads); unset: upload disabled"),
    Setting("admin_password", "KB_ADMIN_PASSWORD", None, "the admin's password, in plain text"),
    Setting(
        "admin_password_hash", "KB_ADMIN_PASSWORD_HASH", None,
        "the admin's password as a werkzeug generate_password_hash() string (preferred to KB_ADMIN_PASSWORD)",
    ),
    Setting(
        "secret_key", "KB_SECRET_KEY", None,
        "key signing the web sessions (default: generated once into KB_HOME/secret_key, mode 0600)",
    ),
    Setting("read_requires_login", "KB_READ_REQUIRES_LOGIN", "0", "1: reading the web app needs the admin login too"),
    Setting("cookie_secure", "KB_COOKIE_SECURE", "0", "1: session cookie only over HTTPS (set it behind an HTTPS proxy)"),
    Setting("ocr_max_pages", "KB_OCR_MAX_PAGES", "200", "most pages of one PDF read by OCR (scanned pages beyond are skipped)"),
)

_TRUE = {"1", "true", "yes", "on"}


def _flag(value: str | None) -> bool:
    """An on/off setting: 1/true/yes/on (any case) is on."""
    return (value or "").strip().lower() in _TRUE


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_file_mb: int
    search_engine: str | None = None
    max_upload_files: int = 10
    admin_user: str | None = None
    admin_password: str | None = field(default=None, repr=False)
    admin_password_hash: str | None = field(default=None, repr=False)
    secret_key: str | None = field(default=None, repr=False)
    read_requires_login: bool = False
    cookie_secure: bool = False
    ocr_max_pages: int = 200

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def files_dir(self) -> Path:
        return self.home / "files"


def load_settings(
    home: str | os.PathLike | None = None,
    database_url: str | None = None,
    search_engine: str | None = None,
) -> Settings:
    """Settings from explicit arguments, else the environment, else defaults."""
    values = {s.name: os.environ.get(s.env, s.default) for s in SETTINGS}
    home_path = Path(home if home is not None else values["home"]).expanduser().resolve()
    url = database_url or values["database_url"] or f"sqlite:///{home_path / 'kb.sqlite3'}"
    return Settings(
        home=home_path,
        database_url=url,
        max_file_mb=int(values["max_file_mb"]),
        search_engine=(search_engine or values["search_engine"] or "").strip().lower() or None,
        max_upload_files=int(values["max_upload_files"]),
        admin_user=values["admin_user"] or None,
        admin_password=values["admin_password"] or None,
        admin_password_hash=values["admin_password_hash"] or None,
        secret_key=values["secret_key"] or None,
        read_requires_login=_flag(values["read_requires_login"]),
        cookie_secure=_flag(values["cookie_secure"]),
        ocr_max_pages=int(values["ocr_max_pages"]),
    )
