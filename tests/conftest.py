"""Shared fixtures: where the real inputs live, and how to drive the CLI.

The shared data folder (../shared/data next to the project) is required:
tests that use it fail, rather than skip, when it is missing.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
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
