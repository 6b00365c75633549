"""Generations of the search index directory, swapped atomically.

Layout in the home folder::

    index -> index.7        a symbolic link to the live generation
    index.7/                a complete index (FTS5 or Whoosh files)
    index.7/.kb-readers     the generation's lease file

``kb reindex`` builds ``index.<n+1>`` beside the live one, seals it (writes
its lease file) and then replaces the link with ``os.replace`` of a new
link: the path readers open always names a complete index, whatever
instant a crash (kill -9) hits. An older home holds a plain ``index``
directory (made by every version before this one and still by a first
ingest); it keeps working as is, and the first reindex moves it aside and
puts the link in its place. Between those two renames there is no
``index``: readers then take the newest sealed generation (the one being
linked) and the next writer restores the link (:func:`ensure`).

Readers hold a shared ``flock`` on the lease file of the generation they
use (:func:`acquire`); writers delete a generation that is no longer live
only when they can take an exclusive lock on it (:func:`tidy`), so a
process that still reads an old generation keeps it until it lets go. A
generation without a lease file is incomplete (a build a crash cut short)
or half deleted, and nobody reads it.

A reader notices a swap by :func:`token`: one ``readlink`` per use.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LEASE = ".kb-readers"
_GENERATION = re.compile(r"\.(\d+)$")
# what writers may remove beside the link: generations, moved plain
# directories, a temporary link, the old `index.new` / `index.old`
_LEFTOVER = r"\.(\d+|legacy-\d+|new|old|link-tmp)"
_PLAIN = "plain"

# Test hook (tests/test_consistency.py): "STEP=SECONDS" makes a reindex
# announce STEP on stderr when it gets there and sleep SECONDS, so that a
# kill -9 can land right after any step of the swap.
PAUSE_ENV = "KB_TEST_REINDEX_PAUSE"


def step(name: str) -> None:
    hook = os.environ.get(PAUSE_ENV)
    if hook and hook.partition("=")[0] == name:
        print(f"kb-reindex-step {name}", file=sys.stderr, flush=True)
        time.sleep(float(hook.partition("=")[2] or 1))


def token(link: Path):
    """What ``link`` names now, cheaply: the link's target (a str), a
    ``(_PLAIN, dev, inode)`` tuple for a plain directory, or None when
    there is nothing there."""
    try:
        return os.readlink(link)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
    try:
        st = os.stat(link)
    except FileNotFoundError:
        return None
    return (_PLAIN, st.st_dev, st.st_ino)


@dataclass
class Lease:
    """A generation a reader holds: ``path`` is its real directory, ``token``
    what the link said when it was taken."""

    path: Path
    token: object
    fd: int | None

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # drops the flock
            self.fd = None


def acquire(link: Path, attempts: int = 200) -> Lease:
    """Take a shared lease on the generation ``link`` names now (a fresh
    knowledge base gets a plain empty directory, as before generations)."""
    for _ in range(attempts):
        tok = token(link)
        if _missing(link, tok):
            path = _recover(link)
            if path is None:
                _make_empty(link, tok)
                continue
            create = path.name == link.name + ".new"  # an older version's leftover has no lease file
        elif isinstance(tok, str):
            path, create = link.parent / tok, False
        else:
            path, create = link, True  # a plain directory is moved aside, never removed in place
        lease = path / LEASE
        try:
            fd = os.open(lease, os.O_RDONLY | (os.O_CREAT if create else 0), 0o644)
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            if token(link) == tok and path.is_dir():
                # live, so never removed, but without a lease file (a
                # restored copy, a read-only home): read it unleased
                return Lease(path, tok, None)
            continue  # swapped and removed meanwhile: look again
        fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            held, now = os.fstat(fd), os.stat(lease)
            same = (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)
        except FileNotFoundError:
            same = False
        # still what the link names: a live generation is never removed, so
        # from here on the lease keeps it
        if same and token(link) == tok:
            return Lease(path, tok, fd)
        os.close(fd)
    raise OSError(f"the search index at {link} kept changing while being opened")


def _missing(link: Path, tok) -> bool:
    """Nothing at ``link``, or a link to a directory that is gone (removed
    by hand: a live generation is never removed by kb)."""
    return tok is None or (isinstance(tok, str) and not (link.parent / tok).is_dir())


def _make_empty(link: Path, tok) -> None:
    """An empty index directory where nothing is left to read (a fresh
    knowledge base; `kb check --repair` or `kb reindex` fills it)."""
    if tok is None:
        try:
            os.mkdir(link)  # the plain layout, as before generations
        except FileExistsError:
            pass
        return
    target = link.parent / tok
    if token(link) != tok:
        return  # swapped meanwhile
    target.mkdir(parents=True, exist_ok=True)
    os.close(os.open(target / LEASE, os.O_RDONLY | os.O_CREAT, 0o644))


def _generations(home: Path, name: str) -> list[tuple[int, Path]]:
    found = []
    for entry in home.glob(name + ".*"):
        match = _GENERATION.search(entry.name)
        if match and entry.name == f"{name}.{match.group(1)}" and entry.is_dir() and not entry.is_symlink():
            found.append((int(match.group(1)), entry))
    return sorted(found)


def _sealed(path: Path) -> bool:
    return (path / LEASE).is_file()


def _recover(link: Path) -> Path | None:
    """What to read when ``link`` is missing: the newest sealed generation
    (a crash between moving a plain directory aside and linking), or the
    complete ``index.new`` an older version left between its two renames."""
    for _, path in reversed(_generations(link.parent, link.name)):
        if _sealed(path):
            return path
    new, old = link.with_name(link.name + ".new"), link.with_name(link.name + ".old")
    if new.is_dir() and old.is_dir():
        return new
    return None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` in one rename (it may be a link or absent)."""
    tmp = link.with_name(link.name + ".link-tmp")
    try:
        tmp.unlink()
    except FileNotFoundError:
        pass
    os.symlink(target.name, tmp)
    os.replace(tmp, link)
    _fsync_dir(link.parent)


# --- writers only (under the knowledge base's write lock) ---------------------


def ensure(link: Path) -> None:
    """Give ``link`` back what a crash took: link the newest sealed
    generation, or finish an older version's interrupted swap."""
    tok = token(link)
    if not _missing(link, tok):
        return
    found = _recover(link)
    if found is None:
        return
    if found.name == link.name + ".new":
        if tok is not None:
            link.unlink()
        os.replace(found, link)
        _fsync_dir(link.parent)
    else:
        _link(link, found)


def new_generation(link: Path) -> Path:
    """A new empty directory, numbered after every generation there is."""
    tok = token(link)
    numbers = [n for n, _ in _generations(link.parent, link.name)]
    if isinstance(tok, str) and (match := _GENERATION.search(tok)):
        numbers.append(int(match.group(1)))
    number = max(numbers, default=0) + 1
    while True:
        path = link.with_name(f"{link.name}.{number}")
        try:
            os.mkdir(path)
            return path
        except FileExistsError:
            number += 1


def publish(link: Path, path: Path) -> None:
    """Make the complete index in ``path`` the live one."""
    fd = os.open(path / LEASE, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(path)
    step("sealed")
    if token(link) is not None and not link.is_symlink():
        # a plain directory: a link cannot replace it in one rename
        os.replace(link, link.with_name(f"{link.name}.legacy-{_GENERATION.search(path.name).group(1)}"))
        step("moved")
    _link(link, path)
    step("swapped")


def tidy(link: Path) -> list[str]:
    """Remove what is beside ``link`` and no longer live (crash leftovers,
    replaced generations), except what a reader still holds. Returns the
    names removed."""
    live = token(link)
    if live is None:
        return []  # nothing is surely live: keep everything for now
    live_name = os.path.basename(live) if isinstance(live, str) else None
    leftover = re.compile(re.escape(link.name) + _LEFTOVER)
    removed = []
    for entry in sorted(link.parent.glob(link.name + ".*")):
        if not leftover.fullmatch(entry.name) or entry.name == live_name:
            continue
        if entry.is_symlink():
            entry.unlink(missing_ok=True)
            continue
        if not entry.is_dir():
            continue
        lease = entry / LEASE
        try:
            fd = os.open(lease, os.O_RDONLY)
        except FileNotFoundError:
            fd = None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)  # a reader still uses it: next time
                continue
            # unsealed first, so that nobody takes a half-removed generation
            lease.unlink(missing_ok=True)
        try:
            step("removing")
            shutil.rmtree(entry, ignore_errors=True)
        finally:
            if fd is not None:
                os.close(fd)
        removed.append(entry.name)
    return removed
