"""Document pages and downloads of the original files."""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from flask import Blueprint, abort, current_app, redirect, render_template, send_file, url_for

from kb.store import find_document
from kb.web.auth import current_user
from kb.web.graph import graph_views
from kb.web.knowledge import get_kb

bp = Blueprint("documents", __name__, url_prefix="/documents")

# rows of the "Thuộc tính" table: (key of the kb show record, label)
PROPERTIES = (
    ("doc_type", "Loại văn bản"),
    ("number", "Số hiệu"),
    ("issuer", "Cơ quan ban hành"),
    ("issued", "Ngày ban hành"),
    ("place", "Nơi ban hành"),
    ("signer", "Người ký"),
    ("status", "Tình trạng hiệu lực"),
    ("effective_date", "Ngày có hiệu lực"),
)
DATE_KEYS = {"issued", "effective_date"}


def document_context(ref: str) -> dict:
    """The ``kb show`` record of a document, plus its full plain ``text``.

    Args:
        ref: a document id, or a number in any spelling.

    Raises:
        DocumentNotFound: nothing matches ``ref``.
    """
    kb = get_kb()
    record = kb.show(ref)
    # the show record has section texts only; a news report has no sections
    # and a plan has a preamble before its first one, so add the whole text
    with kb.store.session() as session:
        record["text"] = find_document(session, record["id"]).text
    return record


def text_blocks(text: str, sections: list[dict]) -> list[dict]:
    """Cut a document's text into blocks, each owned by its innermost section.

    A section's text is a slice of ``text`` that contains its children's
    slices, so each section is located in order and the text is cut at every
    section start and end. The first block of a section carries its anchor
    (``id``), so ``/documents/ID#dieu-5`` lands on it; anchors of sections
    that own no text of their own go into ``ids``.

    Returns:
        ``[{"id": str | None, "ids": [str], "level": int, "kind": str | None,
        "start": bool, "text": str}]`` in reading order.
    """
    spans = []  # (start, end, section)
    prev: tuple[int, int, dict] | None = None
    for section in sections:
        body = section["text"]
        # a child starts inside the previous section; anything else after it
        pos = 0 if prev is None else (prev[0] if section["level"] > prev[2]["level"] else prev[1])
        start = text.find(body, pos) if body else pos
        if start < 0:
            start = text.find(body)
        if start < 0:  # not a slice of the text: skip, keep the text whole
            continue
        prev = (start, start + len(body), section)
        spans.append(prev)

    blocks: list[dict] = []
    pending: list[str] = []  # anchors waiting for the next block
    stack: list[tuple[int, int, dict]] = []
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto <= pos:
            return
        chunk = text[pos:upto].strip("\n")
        pos = upto
        if not chunk.strip():
            return
        owner = stack[-1][2] if stack else None
        if pending:
            blocks.append(
                {"id": pending[0], "ids": pending[1:], "level": owner["level"] if owner else 0,
                 "kind": owner["kind"] if owner else None, "start": True, "text": chunk}
            )
            pending.clear()
        else:
            blocks.append(
                {"id": None, "ids": [], "level": owner["level"] if owner else 0,
                 "kind": owner["kind"] if owner else None, "start": False, "text": chunk}
            )

    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        while stack and stack[-1][1] <= span[0]:
            emit(stack[-1][1])
            stack.pop()
        emit(span[0])
        stack.append(span)
        pending.append(span[2]["id"])
    while stack:
        emit(stack[-1][1])
        stack.pop()
    emit(len(text))
    if pending:  # sections with no text at the very end
        blocks.append({"id": pending[0], "ids": pending[1:], "level": 0, "kind": None, "start": True, "text": ""})
    return blocks


# a table of contents with more entries than this is shown folded
TOC_OPEN_MAX = 40


def table_of_contents(sections: list[dict]) -> list[dict]:
    """Top sections (level ≤ 1) worth a link; bare dash items are left out."""
    return [s for s in sections if s["level"] <= 1 and s["kind"] != "dash"]


# Rendered pages for readers who are not logged in (the page of a whole
# code is megabytes of HTML and ~0.4 s to render), until the next ingest.
PAGE_CACHE_SIZE = 32
_pages: OrderedDict[tuple, str] = OrderedDict()
_pages_lock = threading.Lock()


@bp.route("/<path:ref>")
def show(ref: str):
    """A document page: properties, table of contents and full text."""
    key = (current_app.config["KB_HOME"], ref, get_kb().version()) if current_user() is None else None
    with _pages_lock:
        page = _pages.get(key) if key else None
        if page is not None:
            _pages.move_to_end(key)
    if page is None:
        doc = document_context(ref)
        if ref != doc["id"]:  # reached by number: send to the canonical address
            return redirect(url_for("documents.show", ref=doc["id"]))
        page = _render(doc)
        if key:
            with _pages_lock:
                _pages[key] = page
                while len(_pages) > PAGE_CACHE_SIZE:
                    _pages.popitem(last=False)
    return page


def clear_page_cache() -> None:
    with _pages_lock:
        _pages.clear()


def _render(doc: dict) -> str:
    return render_template(
        "document.html",
        doc=doc,
        properties=PROPERTIES,
        date_keys=DATE_KEYS,
        toc=table_of_contents(doc["sections"]),
        toc_open_max=TOC_OPEN_MAX,
        blocks=text_blocks(doc["text"], doc["sections"]),
        filename=Path(doc["path"]).name if doc["path"] else None,
        graph=graph_views(doc),
    )


@bp.route("/<path:ref>/original")
def original(ref: str):
    """Download the original file under its original name."""
    kb = get_kb()
    record = kb.show(ref)
    name = Path(record["path"]).name if record["path"] else None
    stored = kb.original_path(record["id"])
    if not stored.is_file():  # the copy was removed from KB_HOME/files
        abort(404)
    return send_file(stored, as_attachment=True, download_name=name)
