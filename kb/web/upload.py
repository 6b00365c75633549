"""Upload through the browser: files go through the normal ingest.

Each upload request gets its own folder ``KB_HOME/uploads/<time>-<random>/``;
file names are cleaned (Vietnamese letters kept, no path separators, no
leading dots) and the resolved path is checked to stay inside it. Files of
a type the readers do not take, empty or over ``KB_MAX_FILE_MB`` are
refused with a reason; the others go to :meth:`KnowledgeBase.ingest` and
every file gets its line in the report: added (with a link), already there,
refused or failed. Only the files that became documents are kept.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from flask import Blueprint, render_template, request, url_for
from werkzeug.datastructures import FileStorage

from kb.ingest import SUPPORTED_SUFFIXES
from kb.store import find_by_hash, find_document
from kb.web.auth import NOT_CONFIGURED, account, login_required
from kb.web.knowledge import get_kb

bp = Blueprint("upload", __name__)

UPLOADS_DIR = "uploads"
FIELD = "files"
FALLBACK_NAME = "tep-tai-len"
MAX_NAME_BYTES = 200  # ext4 allows 255 bytes; keep room for a "-2" suffix
CHUNK = 1024 * 1024
# characters never kept in a file name: path separators and what Windows refuses
_FORBIDDEN = frozenset('<>:"/\\|?*')
ACCEPT = ",".join(SUPPORTED_SUFFIXES)
KINDS_TEXT = "PDF, DOCX, HTML, TXT"

# KnowledgeBase.ingest is not meant to run twice at once on one store
_ingest_lock = threading.Lock()

STATUS_LABELS = {
    "added": "Đã thêm",
    "unchanged": "Đã có sẵn",
    "refused": "Bị từ chối",
    "failed": "Lỗi",
}


@dataclass
class FileResult:
    """One line of the upload report."""

    name: str  # as sent by the browser
    status: str = "pending"  # added | unchanged | refused | failed
    saved_as: str | None = None  # cleaned name, when it differs from ``name``
    reason: str | None = None
    doc_id: str | None = None
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    path: Path | None = field(default=None, repr=False)
    digest: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def doc_label(self) -> str:
        """Kind, number and title of the document, as far as known."""
        head = " ".join(part for part in (self.doc_type, self.number) if part)
        if head and self.title:
            return f"{head} — {self.title}"
        return head or self.title or self.doc_id or ""

    @property
    def url(self) -> str | None:
        return url_for("documents.show", ref=self.doc_id) if self.doc_id else None


class FileTooLarge(Exception):
    pass


# --- file names and places ------------------------------------------------


def safe_filename(name: str | None) -> str:
    """A file name safe to create in a folder, keeping Vietnamese letters.

    Only the last path component is kept (``/`` and ``\\``), control and
    invisible formatting characters and ``<>:"|?*`` are dropped, spaces
    are collapsed and leading/trailing dots and spaces removed (so no
    ``..`` and no hidden files). Too long names are cut, keeping the
    extension. An empty result becomes ``tep-tai-len``.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in _FORBIDDEN)
    name = " ".join(name.split()).strip(" .")
    stem, suffix = os.path.splitext(name)
    if len(suffix.encode("utf-8")) > 16:
        stem, suffix = name, ""
    while stem and len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    name = (stem.rstrip(" .") + suffix) if stem else ""
    return name or FALLBACK_NAME


def uploads_root() -> Path:
    return get_kb().settings.home / UPLOADS_DIR


def new_batch_folder(root: Path) -> Path:
    """A fresh folder for one upload request."""
    folder = root / f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True)
    return folder


def target_path(folder: Path, name: str) -> Path:
    """Where ``name`` goes in ``folder``: a free name, checked to be inside it.

    Raises:
        ValueError: the name would leave the folder (never for a name
            made by :func:`safe_filename`).
    """
    stem, suffix = os.path.splitext(name)
    candidate, n = folder / name, 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    if candidate.resolve().parent != folder.resolve():
        raise ValueError(f"file name {name!r} leaves the upload folder")
    return candidate


def save_limited(storage: FileStorage, target: Path, limit: int) -> str:
    """Copy an uploaded file to ``target`` (a new file), at most ``limit``
    bytes; returns its SHA-256.

    Raises:
        FileTooLarge: the file is over ``limit`` (nothing is left behind).
    """
    digest, size = hashlib.sha256(), 0
    try:
        with open(target, "xb") as out:
            while chunk := storage.stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FileTooLarge()
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return digest.hexdigest()


# --- the upload itself ---------------------------------------------------


def accept_file(storage: FileStorage, folder: Path, limit_mb: int) -> FileResult:
    """Check and save one uploaded file; refused files get their reason."""
    result = FileResult(name=unicodedata.normalize("NFC", storage.filename or ""))
    name = safe_filename(storage.filename)
    if name != result.name:
        result.saved_as = name
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"“{suffix}”" if suffix else "không có phần mở rộng"
        result.status, result.reason = "refused", f"Định dạng không được nhận ({shown}). Chỉ nhận tệp {KINDS_TEXT}."
        return result
    result.path = target_path(folder, name)
    try:
        result.digest = save_limited(storage, result.path, limit_mb * 1024 * 1024)
    except FileTooLarge:
        result.status, result.reason = "refused", f"Tệp quá lớn: mỗi tệp tối đa {limit_mb} MiB."
        result.path = None
        return result
    if result.path.stat().st_size == 0:
        result.status, result.reason = "refused", "Tệp rỗng."
        result.path.unlink()
        result.path = None
    return result


def ingest_saved(results: list[FileResult]) -> None:
    """Run the normal ingest on the saved files and fill in their lines."""
    pending = {str(r.path): r for r in results if r.status == "pending"}
    if not pending:
        return
    kb = get_kb()
    with _ingest_lock:
        report = kb.ingest(list(pending))
    for doc in report.documents:
        line = pending[doc["path"]]
        line.status, line.doc_id = "added", doc["id"]
        line.number, line.doc_type, line.warnings = doc["number"], doc["doc_type"], list(doc.get("warnings") or [])
    for failure in report.failed:
        line = pending[failure["path"]]
        line.status, line.reason = "failed", failure["error"]
    with kb.store.session() as session:
        for line in pending.values():
            if line.status == "pending":  # same content already stored
                line.status = "unchanged"
                doc = find_by_hash(session, line.digest)
            elif line.status == "added":
                doc = find_document(session, line.doc_id)
            else:
                continue
            if doc is not None:
                line.doc_id, line.number, line.doc_type, line.title = doc.id, doc.number, doc.doc_type, doc.title


def discard_unused(results: list[FileResult], folder: Path) -> None:
    """Delete the saved files that did not become documents (and the
    folder, if nothing is left in it)."""
    for line in results:
        if line.path is not None and line.status != "added":
            line.path.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:  # not empty: some file was added
        pass


def upload_files(files: list[FileStorage]) -> list[FileResult]:
    """Save, check and ingest one batch of uploaded files."""
    kb = get_kb()
    folder = new_batch_folder(uploads_root())
    results = [accept_file(storage, folder, kb.settings.max_file_mb) for storage in files]
    try:
        ingest_saved(results)
    finally:
        discard_unused(results, folder)
    return results


# --- the page ------------------------------------------------------------


def requires_admin_account(view: Callable) -> Callable:
    """Decorator: without a configured admin account the page only says
    that uploading is disabled and how the operator enables it."""

    @functools.wraps(view)
    def checked(*args, **kwargs):
        if not account().configured:
            status = 200 if request.method == "GET" else 403
            return _page(disabled=True, status=status)
        return view(*args, **kwargs)

    return checked


def _page(results: list[FileResult] | None = None, error: str | None = None, disabled: bool = False,
          status: int = 200):
    settings = get_kb().settings
    return (
        render_template(
            "upload.html",
            results=results,
            error=error,
            disabled=disabled,
            not_configured=NOT_CONFIGURED,
            accept=ACCEPT,
            kinds=KINDS_TEXT,
            max_file_mb=settings.max_file_mb,
            max_files=settings.max_upload_files,
        ),
        status,
    )


@bp.route("/tai-len", methods=["GET", "POST"])
@requires_admin_account
@login_required
def index():
    """The upload form (GET) and the upload with its report (POST)."""
    if request.method == "GET":
        return _page()
    files = [f for f in request.files.getlist(FIELD) if f.filename]
    if not files:
        return _page(error="Chưa chọn tệp nào để tải lên.", status=400)
    max_files = get_kb().settings.max_upload_files
    if len(files) > max_files:
        return _page(error=f"Mỗi lần chỉ tải lên được tối đa {max_files} tệp.", status=400)
    return _page(results=upload_files(files))
