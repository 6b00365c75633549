"""Settings, declared once.

Every setting has a name, an environment variable, a default and a help
text; the CLI and the web app read them through :func:`load_settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class Setting(NamedTuple):
    name: str
    env: str
    default: str | None
    help: str


SETTINGS = (
    Setting("home", "KB_HOME", "./kb-data", "folder holding the database, the search index and the originals"),
    Setting("database_url", "KB_DATABASE_URL", None, "SQLAlchemy URL of the store (default: SQLite in KB_HOME)"),
    Setting("max_file_mb", "KB_MAX_FILE_MB", "100", "files larger than this many MiB are refused"),
)


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_file_mb: int

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def files_dir(self) -> Path:
        return self.home / "files"


def load_settings(home: str | os.PathLike | None = None, database_url: str | None = None) -> Settings:
    """Settings from explicit arguments, else the environment, else defaults."""
    values = {s.name: os.environ.get(s.env, s.default) for s in SETTINGS}
    home_path = Path(home if home is not None else values["home"]).expanduser().resolve()
    url = database_url or values["database_url"] or f"sqlite:///{home_path / 'kb.sqlite3'}"
    return Settings(home=home_path, database_url=url, max_file_mb=int(values["max_file_mb"]))
