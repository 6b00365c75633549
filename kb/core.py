"""The knowledge base as one object: settings -> store (+ search index).

The CLI and the web app both go through :class:`KnowledgeBase`, so the
command line and the pages cannot drift apart.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from kb import indexdir
from kb.config import Settings, load_settings
from kb.errors import KBError, ParseError
from kb.ingest import SUPPORTED_SUFFIXES, parse_file
from kb.store import (
    Document,
    Store,
    document_dict,
    find_by_hash,
    find_by_path,
    find_document,
    keep_original,
    list_duties,
    list_entitlements,
    load_original,
    open_store,
    save_document,
)

log = logging.getLogger("kb.ingest")

# How long an ingest waits for another one on the same knowledge base.
WRITE_LOCK_TIMEOUT_S = 600.0
# How long an index replaced by a reindex stays open for searches other
# threads started on it.
RETIRED_INDEX_GRACE_S = 60.0
_FIXED = object()  # token of an index the caller gave


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (readers never see part of it)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _close_index(index, lease) -> None:
    try:
        index.close()
    finally:
        if lease is not None:
            lease.release()


@dataclass
class IngestReport:
    """What ``kb ingest`` did (CONTRACT.md JSON)."""

    ingested: int = 0
    unchanged: int = 0
    failed: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "documents": self.documents,
        }


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and supported files inside folders named (recursively,
    sorted, hidden files skipped). A missing path raises ``FileNotFoundError``."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    yield child
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(str(path))


class KnowledgeBase:
    """Settings, store and index of one knowledge base folder."""

    def __init__(self, settings: Settings | None = None, index=None):
        """Args:
            settings: where the knowledge base lives (default: environment).
            index: an open search index to use instead of the one in the
                home folder (benchmarks pass their own segmenter/ranking).
        """
        self.settings = settings or load_settings()
        self.settings.home.mkdir(parents=True, exist_ok=True)
        self.settings.files_dir.mkdir(exist_ok=True)
        self.store: Store = open_store(self.settings.database_url)
        # (token, index, lease): the open index and what the index link
        # named when it was opened (_FIXED: one given by the caller)
        self._current: tuple | None = (_FIXED, index, None) if index is not None else None
        self._retired: list[tuple[float, object, object]] = []  # replaced, closed after a grace period
        self._index_lock = threading.Lock()

    @property
    def index(self):
        """The search index, opened on first use, and opened again when
        another process's reindex swapped in a new generation (checked with
        one readlink per use; see :mod:`kb.indexdir`)."""
        current = self._current
        if current is not None and self.index_in_database:
            return current[1]
        if current is not None and (current[0] is _FIXED or current[0] == indexdir.token(self.settings.index_dir)):
            if self._retired and time.monotonic() - self._retired[0][0] >= RETIRED_INDEX_GRACE_S:
                self._close_retired()
            return current[1]
        return self._open_index()

    def _open_index(self):
        from kb.search import open_index

        with self._index_lock:
            current = self._current
            if current is not None and (current[0] is _FIXED or current[0] == indexdir.token(self.settings.index_dir)):
                return current[1]
            if self.index_in_database:  # no directory, nothing to swap
                index = open_index(self.settings.index_dir, engine="postgres", database_url=self.settings.database_url)
                self._current = (_FIXED, index, None)
                return index
            lease = indexdir.acquire(self.settings.index_dir)
            try:
                index = open_index(lease.path, engine=self.settings.search_engine)
            except BaseException:
                lease.release()
                raise
            if current is not None:
                # other threads may still be searching it: close it later
                self._retired.append((time.monotonic(), current[1], current[2]))
            self._current = (lease.token, index, lease)
            return index

    def _close_retired(self, grace: float | None = None) -> None:
        grace = RETIRED_INDEX_GRACE_S if grace is None else grace
        with self._index_lock:
            now, keep = time.monotonic(), []
            for retired in self._retired:
                if now - retired[0] >= grace:
                    _close_index(retired[1], retired[2])
                else:
                    keep.append(retired)
            self._retired = keep

    def _drop_index(self) -> None:
        """Close the open index and every replaced one (their generations
        can then be removed)."""
        self._close_retired(grace=0.0)
        with self._index_lock:
            current, self._current = self._current, None
        if current is not None:
            _close_index(current[1], current[2])

    def close(self) -> None:
        self._drop_index()
        self.store.close()

    # --- ingest -------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | os.PathLike],
        progress: Callable[[Path], None] | None = None,
    ) -> IngestReport:
        """Ingest files and folders; one bad file never stops the batch."""
        report = IngestReport()
        files = list(iter_files(paths))
        with self.writing():
            self._repair()  # finish what an interrupted ingest left half done
            for path in files:
                if progress:
                    progress(path)
                try:
                    self._ingest_one(path, report)
                except KBError as exc:
                    reason = exc.reason if isinstance(exc, ParseError) else str(exc)
                    report.failed.append({"path": str(path), "error": reason})
                except Exception as exc:  # a bug must not lose the rest of the batch
                    log.exception("unexpected error on %s", path)
                    report.failed.append({"path": str(path), "error": f"lỗi không mong đợi — unexpected error: {exc!r}"})
            if report.ingested:
                from kb.search import optimize

                optimize(self.index)
        return report

    @contextmanager
    def writing(self, timeout: float = WRITE_LOCK_TIMEOUT_S) -> Iterator[None]:
        """Hold this knowledge base's write lock (one ingest, repair or
        reindex at a time, across processes; readers never wait).

        The lock is the file ``KB_HOME/write.lock`` and, when the store is
        PostgreSQL, an advisory lock in the database too: machines that
        share one database (each with its own KB_HOME) write one at a time.

        Raises:
            KBError: another writer held it for ``timeout`` seconds.
        """
        path = self.settings.home / "write.lock"
        with open(path, "a+") as handle, self._database_lock() as lock_database:
            deadline = time.monotonic() + timeout
            told = False
            have_file = False
            while True:
                if not have_file:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        have_file = True
                    except BlockingIOError:
                        pass
                if have_file and lock_database():
                    break
                if time.monotonic() > deadline:
                    if have_file:  # the file is ours: the writer is on another machine
                        raise KBError(
                            f"một lần nhập khác (có thể trên máy khác dùng chung cơ sở dữ liệu) vẫn đang ghi sau "
                            f"{timeout:.0f} giây — another ingest, perhaps on another machine sharing the database, "
                            f"is still writing to this knowledge base"
                        )
                    raise KBError(
                        f"một lần nhập khác vẫn đang ghi vào {self.settings.home} sau {timeout:.0f} giây — "
                        f"another ingest is still writing to this knowledge base"
                    )
                if not told:
                    log.warning("waiting for another ingest to finish (%s)", path if not have_file else "database")
                    told = True
                time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def _database_lock(self) -> Iterator[Callable[[], bool]]:
        """The store's part of :meth:`writing`: yields a function that tries
        once to take the lock and says whether it is held. On PostgreSQL it
        is a session-level advisory lock (``pg_try_advisory_lock``) on a
        connection of its own, held until the write ends; other stores need
        none."""
        engine = self.store.engine
        if engine.dialect.name != "postgresql":
            yield lambda: True
            return
        from sqlalchemy import text

        from kb.store import PG_WRITE_LOCK_KEY

        key = {"key": PG_WRITE_LOCK_KEY}
        # autocommit: no transaction stays open (and idle) for the whole ingest
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        held = False

        def attempt() -> bool:
            nonlocal held
            held = held or bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"), key).scalar())
            return held

        try:
            yield attempt
        finally:
            try:
                if held:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), key)
            except Exception:
                conn.invalidate()  # the server drops the lock with the session
            finally:
                conn.close()

    def _ingest_one(self, path: Path, report: IngestReport) -> None:
        limit = self.settings.max_file_mb * 1024 * 1024
        size = path.stat().st_size
        if size > limit:
            raise ParseError(path, f"tệp quá lớn ({size // 1048576} MiB > {self.settings.max_file_mb} MiB) — file over the size limit")
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        key = str(path.resolve())
        with self.store.session() as session:
            same = find_by_path(session, key)
            if (same is not None and same.file_hash == digest) or (
                same is None and find_by_hash(session, digest) is not None
            ):
                report.unchanged += 1
                return
        parsed = parse_file(path, data)
        stored_name = f"{digest[:32]}{path.suffix.lower()}"
        target = self.settings.files_dir / stored_name
        if not target.exists():
            _write_atomically(target, data)
        from kb.search import delete_documents, index_documents

        # Write order, so that a crash (kill -9) at any point leaves every
        # stored document searchable: the new version is indexed before the
        # store commits it, the replaced one leaves the index only after.
        # A crash in between leaves an index entry the store does not have:
        # searches hide it (:meth:`search`) and the next ingest removes it.
        with self.store.session() as session:
            doc, old_id = save_document(
                session, parsed, path=key, file_hash=digest, file_size=size, stored_name=stored_name
            )
            keep_original(session, stored_name, data)  # a shared store: for the other app machines
            # if indexing fails the document is not stored either
            index_documents(self.index, [index_doc(doc)])
            entry = {
                "id": doc.id,
                "path": str(path),
                "number": doc.number,
                "doc_type": doc.doc_type,
                "warnings": list(parsed.warnings),
            }
        if old_id is not None and old_id != entry["id"]:
            delete_documents(self.index, [old_id])
        report.ingested += 1
        report.documents.append(entry)

    def check(self) -> dict:
        """Compare the store with the search index.

        Returns:
            ``{"ok", "documents", "indexed", "missing_from_index",
            "not_stored"}``: stored documents the index lacks (they cannot be
            found), and index entries of documents the store lacks (left by
            an interrupted ingest; searches hide them, :meth:`repair` and the
            next ingest remove them).
        """
        from kb.search import indexed_ids

        with self.store.session() as session:
            stored = set(session.scalars(select(Document.id)))
        indexed = indexed_ids(self.index)
        missing, orphans = sorted(stored - indexed), sorted(indexed - stored)
        return {
            "ok": not missing and not orphans,
            "documents": len(stored),
            "indexed": len(indexed),
            "missing_from_index": missing,
            "not_stored": orphans,
        }

    def repair(self) -> dict:
        """Make the index agree with the store: index the stored documents it
        lacks, drop the entries of documents the store lacks. Returns the
        :meth:`check` report from before the repair."""
        with self.writing():
            return self._repair()

    def _repair(self) -> dict:
        # only under the write lock: another writer's document is indexed
        # before its store commit and would look like a leftover
        from kb.search import delete_documents, index_writer

        self._tidy_index()
        report = self.check()
        if report["not_stored"]:
            delete_documents(self.index, report["not_stored"])
        if report["missing_from_index"]:
            with self.store.session() as session, index_writer(self.index) as writer:
                for doc in session.scalars(select(Document).where(Document.id.in_(report["missing_from_index"]))):
                    writer.add(index_doc(doc))
        return report

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the search index from the store (also moves an index made
        by an older engine to the current default one).

        The new index is built beside the old one and swapped in at the
        end, so searches keep working and a failure leaves the old index.

        Returns:
            the number of documents indexed.
        """
        with self.writing():
            return self._reindex(progress)

    def _reindex(self, progress: Callable[[int], None] | None) -> int:
        from kb.search import index_writer, open_index, optimize

        # Crash safety (kill -9 at any instant): the new index is built in a
        # new generation directory nobody reads, and becomes live in one
        # rename of the `index` link (kb.indexdir); the old generation is
        # removed once no reader holds it, here or by the next writer.
        if self.index_in_database:
            return self._reindex_in_place(progress)
        link = self.settings.index_dir
        self._tidy_index()
        building = indexdir.new_generation(link)
        fresh = open_index(building, engine=self.settings.search_engine)
        indexdir.step("building")
        count = 0
        try:
            with self.store.session() as session, index_writer(fresh) as writer:
                for doc in session.scalars(select(Document).order_by(Document.id)):
                    writer.add(index_doc(doc))
                    count += 1
                    if progress:
                        progress(count)
            optimize(fresh, force=True)
        except BaseException:
            fresh.close()
            shutil.rmtree(building, ignore_errors=True)  # the live index stays as it was
            raise
        fresh.close()
        indexdir.step("built")
        indexdir.publish(link, building)
        self._drop_index()  # our own lease on the old generation goes too
        indexdir.step("released")
        indexdir.tidy(link)
        return count

    def _reindex_in_place(self, progress: Callable[[int], None] | None) -> int:
        """Reindex an index kept in the database: one transaction drops every
        entry and writes every stored document; readers see the old index
        until it commits, and a crash leaves it as it was."""
        from kb.search import index_writer, indexed_ids

        count = 0
        with self.store.session() as session, index_writer(self.index) as writer:
            for doc_id in indexed_ids(self.index):
                writer.delete(doc_id)
            for doc in session.scalars(select(Document).order_by(Document.id)):
                writer.add(index_doc(doc))
                count += 1
                if progress:
                    progress(count)
        return count

    @property
    def index_in_database(self) -> bool:
        """Whether the search index lives in the store's database (the
        postgres engine) rather than in KB_HOME/index."""
        from kb.search import default_engine

        return (self.settings.search_engine or default_engine()) == "postgres"

    def _tidy_index(self) -> None:
        """Writers only: restore the index link after a crash, remove old
        generations and leftovers no reader holds."""
        if self.index_in_database:
            return
        indexdir.ensure(self.settings.index_dir)
        indexdir.tidy(self.settings.index_dir)

    # --- reading ------------------------------------------------------------

    def search(self, query: str, **options):
        """Search through the facade; see :func:`kb.search.search`. Hits of
        documents the store does not hold (an ingest killed between its index
        and store commits) are left out."""
        from kb.search import search

        result = search(self.index, query, **options)
        ids = {hit.doc_id for hit in result.hits}
        if ids:
            with self.store.session() as session:
                stored = set(session.scalars(select(Document.id).where(Document.id.in_(ids))))
            if stored != ids:
                result.hits = [hit for hit in result.hits if hit.doc_id in stored]
        return result

    def version(self) -> tuple:
        """Changes whenever a document is added or replaced (for caches of
        pages that show other documents' data, such as cited-by lists)."""
        from sqlalchemy import func

        with self.store.session() as session:
            return tuple(session.execute(select(func.count(Document.id), func.max(Document.ingested_at))).one())

    def show(self, ref: str) -> dict:
        """The ``kb show`` record of a document (by id or number)."""
        with self.store.session() as session:
            return document_dict(find_document(session, ref), session)

    def duties(self, agency: str | None = None) -> list[dict]:
        """Duties across all documents, optionally of one agency."""
        with self.store.session() as session:
            return list_duties(session, agency)

    def entitlements(self, kind: str | None = None) -> list[dict]:
        """The victim-entitlement catalogue, optionally of one kind of support."""
        with self.store.session() as session:
            return list_entitlements(session, kind)

    def original_path(self, ref: str) -> Path:
        """The stored original of a document in KB_HOME/files; one ingested
        on another machine sharing the store is fetched from the database
        first. The path may not exist (the copy was removed)."""
        with self.store.session() as session:
            name = find_document(session, ref).stored_name
            path = self.settings.files_dir / name
            if not path.is_file():
                data = load_original(session, name)
                if data is not None:
                    _write_atomically(path, data)
        return path


# Section kinds that are units of retrieval: an article of a law, a
# numbered item of a plan; a plan part without items is a unit by itself.
_UNIT_KINDS = ("dieu", "item")


def index_doc(doc: Document):
    """The search index's view of a stored document: its retrieval units,
    plus the text outside them (preamble, news body) as one more unit."""
    from kb.search import IndexDoc, IndexSection

    sections = doc.sections
    has_items = {s.parent_ordinal for s in sections if s.kind == "item"}
    units = [
        s
        for s in sections
        if s.kind in _UNIT_KINDS
        or (s.kind == "part" and s.ordinal not in has_items)
    ]
    # a unit nested in another unit (an item inside an article) stays in its parent
    covered: list[tuple[int, int]] = []
    chosen = []
    for s in units:
        if any(a <= s.start and s.end <= b for a, b in covered):
            continue
        chosen.append(s)
        covered.append((s.start, s.end))
    rest, pos = [], 0
    for a, b in sorted(covered):
        rest.append(doc.text[pos:a])
        pos = max(pos, b)
    rest.append(doc.text[pos:])
    rest_text = "\n".join(part.strip() for part in rest if part.strip())
    index_sections = [
        IndexSection(section_id=s.anchor, label=s.label, heading=s.heading, text=s.text_of(doc)) for s in chosen
    ]
    if len(rest_text) > 40 or not index_sections:
        index_sections.insert(0, IndexSection(section_id="van-ban", label=None, heading="", text=rest_text))
    return IndexDoc(
        doc_id=doc.id,
        number=doc.number,
        doc_type=doc.doc_type,
        title=doc.title,
        issuer=doc.issuer,
        issued=doc.issued,
        province=doc.province,
        status=doc.status,
        path=doc.path,
        sections=index_sections,
        text=doc.text,
    )
