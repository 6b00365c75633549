"""The catalogue of victim-entitlement provisions (chế độ hỗ trợ nạn nhân).

:func:`entitlement_rows` builds the rows once; the page and the JSON API
(``/api/entitlements``) both show them.
"""

from __future__ import annotations

import re
from collections import Counter

from flask import Blueprint, render_template, request, url_for

from kb.ingest.entitlements import SUPPORT_KINDS
from kb.ingest.normalize import fold_diacritics
from kb.store import list_entitlements
from kb.web.knowledge import get_kb
from kb.web.tables import InvalidFilter

bp = Blueprint("entitlements", __name__, url_prefix="/quyen-loi")

KINDS = tuple(SUPPORT_KINDS)
KIND_PARAM = "loai"  # query parameters of the page's filters
STATUS_PARAM = "hieu-luc"
UNKNOWN_STATUS = "Không rõ"  # shown, and accepted as a filter, for a document without status
EXCERPT_CHARS = 280


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(text).lower().split())


def parse_kind(value: str | None) -> str | None:
    """A kind of support in its canonical spelling, with or without diacritics.

    >>> parse_kind("tro giup phap ly")
    'trợ giúp pháp lý'

    Raises:
        InvalidFilter: not one of :data:`KINDS`.
    """
    value = (value or "").strip()
    if not value:
        return None
    for kind in KINDS:
        if _fold(kind) == _fold(value):
            return kind
    raise InvalidFilter(f"Loại hỗ trợ “{value}” không hợp lệ; chọn một trong: {', '.join(KINDS)}.")


def status_label(status: str | None) -> str:
    """A document's effect status as shown (and filtered) on the page."""
    return status or UNKNOWN_STATUS


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a provision, whitespace collapsed, cut at a word.

    >>> excerpt("Điều 7.  Người được\\ntrợ giúp pháp lý", 20)
    'Điều 7. Người được…'
    """
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def entitlement_rows(kind: str | None = None, status: str | None = None) -> list[dict]:
    """Entitlement provisions, as ``kb entitlements --json`` rows plus links.

    Args:
        kind: keep provisions granting this kind of support (any spelling).
        status: keep provisions of documents with this effect status (any
            spelling; "Không rõ" for documents whose status is unknown).

    Returns:
        Rows with the keys of ``kb entitlements --json`` (``doc_id``,
        ``number``, ``doc_type``, ``title``, ``provision``, ``anchor``,
        ``kinds``, ``beneficiaries``, ``status``, ``text``) plus ``excerpt``
        and ``url`` (the provision on its document page).

    Raises:
        InvalidFilter: unknown kind.
    """
    kind = parse_kind(kind)
    with get_kb().store.session() as session:
        rows = list_entitlements(session, kind)
    wanted = _fold(status) if status and status.strip() else None
    if wanted is not None:
        rows = [row for row in rows if _fold(status_label(row["status"])) == wanted]
    for row in rows:
        row["excerpt"] = excerpt(row["text"])
        row["url"] = url_for("documents.show", ref=row["doc_id"], _anchor=row["anchor"])
    return rows


def entitlements_context(kind: str | None = None, status: str | None = None) -> dict:
    """The catalogue page: filtered rows, and every kind and status with its
    number of provisions in the whole catalogue.

    Returns:
        ``{"rows", "kind", "status", "kinds": [(kind, count)],
        "statuses": [(label, count)], "total"}``.
    """
    catalogue = entitlement_rows()
    kind_counts = Counter(k for row in catalogue for k in row["kinds"])
    status_counts = Counter(status_label(row["status"]) for row in catalogue)
    status = (status or "").strip() or None
    if status:  # the label as the page spells it
        status = next((label for label in status_counts if _fold(label) == _fold(status)), status)
    return {
        "rows": entitlement_rows(kind, status),
        "kind": parse_kind(kind),
        "status": status,
        "kinds": [(k, kind_counts.get(k, 0)) for k in KINDS],
        "statuses": sorted(status_counts.items()),
        "total": len(catalogue),
    }


@bp.route("/")
def index():
    """The catalogue, filtered by kind of support and by effect status."""
    ctx = entitlements_context(request.args.get(KIND_PARAM), request.args.get(STATUS_PARAM))
    return render_template("entitlements.html", ctx=ctx, kind_param=KIND_PARAM, status_param=STATUS_PARAM)
