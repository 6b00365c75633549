"""The knowledge base as one object: settings -> store (+ search index).

The CLI and the web app both go through :class:`KnowledgeBase`, so the
command line and the pages cannot drift apart.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kb.config import Settings, load_settings
from kb.errors import KBError, ParseError
from kb.ingest import SUPPORTED_SUFFIXES, parse_file
from kb.store import Store, document_dict, find_by_hash, find_by_path, find_document, open_store, save_document

log = logging.getLogger("kb.ingest")


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

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or load_settings()
        self.settings.home.mkdir(parents=True, exist_ok=True)
        self.settings.files_dir.mkdir(exist_ok=True)
        self.store: Store = open_store(self.settings.database_url)

    def close(self) -> None:
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
        return report

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
            tmp = target.with_suffix(target.suffix + ".part")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        with self.store.session() as session:
            doc = save_document(
                session, parsed, path=key, file_hash=digest, file_size=size, stored_name=stored_name
            )
            report.ingested += 1
            report.documents.append(
                {"id": doc.id, "path": str(path), "number": doc.number, "doc_type": doc.doc_type}
            )

    # --- reading ------------------------------------------------------------

    def show(self, ref: str) -> dict:
        """The ``kb show`` record of a document (by id or number)."""
        with self.store.session() as session:
            return document_dict(find_document(session, ref))

    def original_path(self, ref: str) -> Path:
        with self.store.session() as session:
            return self.settings.files_dir / find_document(session, ref).stored_name


def copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, dirs_exist_ok=True)
