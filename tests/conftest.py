"""Shared fixtures: where the real inputs live, and how to drive the CLI.

The shared data folder (../shared/data next to the project) is required:
tests that use it fail, rather than skip, when it is missing. So is a
PostgreSQL server installation for the tests that use ``postgres_url``.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = SHARED / "seeds"
SHARED_DOCS = SHARED / "docs"


def official_numbers() -> dict[str, str]:
    """source_registry.json: official number per real file, keyed by the
    file stem without underscores (the registry's doc_id spelling differs)."""
    docs = json.loads((SHARED_DOCS / "source_registry.json").read_text(encoding="utf-8"))["documents"]
    return {d["doc_id"].replace("_", ""): d["official_number"] for d in docs}


def seed_file(prefix: str) -> Path:
    """The real seed whose name starts with ``prefix`` ("000" ... "004")."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert len(matches) == 1, f"expected one seed {prefix}_*.txt in {SEEDS}, found {matches}"
    return matches[0]


def copy_seeds(dest: Path, prefixes=("000", "001", "002", "003", "004")) -> list[Path]:
    """Copy real seeds into ``dest``; returns the copies."""
    dest.mkdir(parents=True, exist_ok=True)
    copies = []
    for prefix in prefixes:
        src = seed_file(prefix)
        copies.append(Path(shutil.copy2(src, dest / src.name)))
    return copies


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (object 1 the catalog), with its xref
    table and trailer: for hand-built test PDFs."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    def json(self) -> dict:
        """stdout parsed as exactly one JSON object."""
        try:
            value = json.loads(self.stdout)
        except json.JSONDecodeError as exc:
            raise AssertionError(f"stdout is not one JSON object: {exc}\n--- stdout ---\n{self.stdout}") from exc
        assert isinstance(value, dict), f"stdout JSON is not an object: {value!r}"
        return value


class Kb:
    """The ``kb`` command on one home folder, run in-process through click."""

    def __init__(self, home: Path):
        self.home = home
        self._runner = CliRunner()

    def __call__(self, *args: str | Path) -> CliResult:
        argv = ["--home", str(self.home), *map(str, args)]
        result = self._runner.invoke(main, argv, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"kb {' '.join(argv)} crashed") from result.exception
        return CliResult(result.exit_code, result.stdout, result.stderr, result.exception)

    def ingest(self, *paths: str | Path) -> tuple[int, dict]:
        result = self("ingest", *paths, "--json")
        return result.exit_code, result.json()

    def show(self, ref: str) -> dict:
        result = self("show", ref, "--json")
        assert result.exit_code == 0, f"kb show {ref!r} exited {result.exit_code}: {result.stdout}{result.stderr}"
        return result.json()

    # --- the SQLite file, read directly ---------------------------------

    @property
    def db_path(self) -> Path:
        return self.home / "kb.sqlite3"

    def query(self, sql: str, params=()) -> list[tuple]:
        assert self.db_path.exists(), f"no database at {self.db_path}"
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture
def make_kb(tmp_path: Path) -> Callable[[str], Kb]:
    """A factory of ``Kb`` drivers with homes under this test's tmp_path."""

    def factory(name: str = "home") -> Kb:
        return Kb(tmp_path / name)

    return factory


@pytest.fixture
def kb(make_kb) -> Kb:
    return make_kb("home")


# ---------------------------------------------------------------------------
# A real PostgreSQL server, started once per test session
# ---------------------------------------------------------------------------


def _postgres_bindir() -> Path:
    """The folder of initdb/pg_ctl: Debian's /usr/lib/postgresql/N/bin (the
    newest), else wherever PATH has them. Fails (never skips) without."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    pytest.fail(
        "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: "
        "install Debian's `postgresql` package (.ci/run does) — the PostgreSQL tests need a real server",
        pytrace=False,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL server for the session: its SQLAlchemy URL
    (database ``postgres``, user ``kb``, no password, 127.0.0.1).

    initdb refuses to run as root, so as root the server runs as the
    ``postgres`` system user (made by Debian's package), else ``nobody``.
    The collation is ICU's en-US, as on a typical production database
    (not the byte order SQLite compares strings in).
    """
    bindir = _postgres_bindir()
    base = Path(tempfile.mkdtemp(prefix="kb-postgres-"))  # not under pytest's 0700 root-owned tmp
    run_as: dict = {}
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            account = pwd.getpwnam("nobody")
        os.chown(base, account.pw_uid, account.pw_gid)
        run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "HOME": str(base)}
    data, log = base / "data", base / "server.log"

    def pg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bindir / args[0]), *args[1:]], cwd=base, env=env, capture_output=True,
                              text=True, check=False, **run_as)
        if check and done.returncode != 0:
            server_log = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            pytest.fail(
                f"PostgreSQL test server: {' '.join(map(str, done.args))} exited {done.returncode}\n"
                f"{done.stdout}{done.stderr}{server_log}",
                pytrace=False,
            )
        return done

    pg("initdb", "-D", str(data), "-U", "kb", "--auth=trust", "-E", "UTF8", "--locale=C",
       "--locale-provider=icu", "--icu-locale=en-US")
    for attempt in range(3):  # the free port may be taken before the server binds it
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={base} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        started = pg("pg_ctl", "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start",
                     check=attempt == 2)
        if started.returncode == 0:
            break
    try:
        yield f"postgresql+psycopg://kb@127.0.0.1:{port}/postgres"
    finally:
        pg("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(base, ignore_errors=True)


def new_postgres_database(server_url: str) -> str:
    """CREATE DATABASE with a unique name on the server; its URL."""
    from sqlalchemy import create_engine, make_url
    from sqlalchemy import text as sql_text

    name = f"kb_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sql_text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(server_url: str, url: str) -> None:
    """DROP DATABASE (closing whatever connections are still open on it)."""
    from sqlalchemy import create_engine, make_url
    from sqlalchemy import text as sql_text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sql_text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    finally:
        engine.dispose()


@pytest.fixture
def postgres_db(postgres_url: str) -> Iterator[str]:
    """The URL of a fresh, empty database for this test only."""
    url = new_postgres_database(postgres_url)
    yield url
    drop_postgres_database(postgres_url, url)
