"""Agency pages: which document assigns which duty to an agency, as lead
(chủ trì), partner (phối hợp), standing body (thường trực) or monitor
(theo dõi), by when, with XLSX and CSV downloads.

:func:`duty_rows` builds the rows once; the HTML tables, the JSON API
(``/api/duties``) and both downloads all show them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from urllib.parse import urljoin

from flask import Blueprint, redirect, render_template, request, url_for
from sqlalchemy import select

from kb.errors import NotFound
from kb.ingest.agencies import agency_key
from kb.ingest.duties import ROLES
from kb.ingest.normalize import fold_diacritics
from kb.store import list_duties
from kb.store.models import Section
from kb.web.knowledge import get_kb
from kb.web.tables import Column, InvalidFilter, csv_response, slugify, xlsx_response

bp = Blueprint("agencies", __name__, url_prefix="/co-quan")

ROLE_PARAM = "vai-tro"  # query parameter of the role filter on the pages
NAME_PARAM = "ten"  # the index's filter box ("q" belongs to the header's search box)
ALL_SLUG = "tat-ca"  # /co-quan/tat-ca.xlsx: every duty of every agency
EXPORT_FORMATS = "any(xlsx,csv)"

# the columns of both downloads, in order (see :func:`duty_cells`)
DUTY_COLUMNS = (
    Column("Cơ quan", 30),
    Column("Vai trò", 12),
    Column("Nhiệm vụ", 80),
    Column("Thời hạn", 20),
    Column("Văn bản", 40),
    Column("Số hiệu", 18),
    Column("Ngày ban hành", 14, "date"),
    Column("Phần", 10),
    Column("Liên kết", 45, "link"),
)


class AgencyNotFound(NotFound):
    """No duty is assigned to an agency of that name."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"Không tìm thấy cơ quan “{name}” trong các nhiệm vụ đã nhập.")


# --- data ----------------------------------------------------------------------


def parse_role(value: str | None) -> str | None:
    """A role in its canonical spelling, typed with or without diacritics.

    >>> parse_role("chu tri")
    'chủ trì'

    Raises:
        InvalidFilter: not one of :data:`~kb.ingest.duties.ROLES`.
    """
    value = (value or "").strip()
    if not value:
        return None
    folded = fold_diacritics(value).lower()
    for role in ROLES:
        if fold_diacritics(role) == folded:
            return role
    raise InvalidFilter(f"Vai trò “{value}” không hợp lệ; chọn một trong: {', '.join(ROLES)}.")


def agency_slug(key: str) -> str:
    """The URL part of an agency key: ``so ngoai vu`` → ``so-ngoai-vu``."""
    return key.replace(" ", "-")


def duty_rows(agency: str | None = None, role: str | None = None) -> list[dict]:
    """Duties with their documents, as ``kb duties --json`` rows plus links.

    Args:
        agency: an agency name in any spelling (as ``kb duties --agency``:
            every agency whose key contains that name's key); None for all.
        role: keep one role only (any spelling, see :func:`parse_role`).

    Returns:
        Rows with the CONTRACT keys ``agency``, ``role``, ``task``,
        ``deadline``, ``doc_id``, ``number``, ``section``, plus ``doc_type``,
        ``title``, ``issued``, ``agency_key``, ``agency_slug``, ``anchor``
        (the section's anchor on the document page, or None) and ``url``.

    Raises:
        InvalidFilter: unknown role.
    """
    role = parse_role(role)
    with get_kb().store.session() as session:
        rows = list_duties(session, agency)
        anchors = _section_anchors(session, {row["doc_id"] for row in rows})
    for row in rows:
        key = agency_key(row["agency"])
        row["agency_key"] = key
        row["agency_slug"] = agency_slug(key)
        row["anchor"] = anchors.get((row["doc_id"], row["section"]))
        row["url"] = url_for("documents.show", ref=row["doc_id"], _anchor=row["anchor"])
    return filter_role(rows, role)


def filter_role(rows: list[dict], role: str | None) -> list[dict]:
    """The rows of one role (all of them when ``role`` is None)."""
    return rows if role is None else [row for row in rows if row["role"] == role]


def _section_anchors(session, doc_ids: set[str]) -> dict[tuple[str, str], str]:
    """``(doc_id, section label) -> anchor``; the first section wins when a
    label repeats."""
    if not doc_ids:
        return {}
    query = (
        select(Section.document_id, Section.label, Section.anchor)
        .where(Section.document_id.in_(doc_ids))
        .order_by(Section.document_id, Section.ordinal)
    )
    anchors: dict[tuple[str, str], str] = {}
    for doc_id, label, anchor in session.execute(query):
        anchors.setdefault((doc_id, label), anchor)
    return anchors


def summarise_agencies(rows: list[dict]) -> list[dict]:
    """One entry per agency: its most used spelling, key, slug, number of
    duties per role, of documents, and in all; sorted by name."""
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["agency_key"], []).append(row)
    agencies = []
    for key, duties in grouped.items():
        roles = Counter(row["role"] for row in duties)
        agencies.append(
            {
                "name": Counter(row["agency"] for row in duties).most_common(1)[0][0],
                "key": key,
                "slug": agency_slug(key),
                "roles": {role: roles.get(role, 0) for role in ROLES},
                "documents": len({row["doc_id"] for row in duties}),
                "total": len(duties),
            }
        )
    return sorted(agencies, key=lambda agency: agency["key"])


def agency_matches(query: str, key: str) -> bool:
    """Whether a user's filter text names the agency of ``key``.

    Every word of the query (folded, abbreviations expanded as in
    :func:`~kb.ingest.duties.agency_key`) must start a word of the name, or
    occur in the name's initials ("tttt" in Sở Thông tin và Truyền thông).

    >>> agency_matches("so ldtbxh", "so lao dong thuong binh va xa hoi")
    True
    >>> agency_matches("Sở GD", "so giao duc va dao tao")
    True
    >>> agency_matches("ngoai vu", "cong an tinh")
    False
    """
    wanted = agency_key(query).split()
    words = key.split()
    initials = "".join(word[0] for word in words if word != "va")
    return all(any(word.startswith(token) for word in words) or token in initials for token in wanted)


def agencies_context(query: str | None = None) -> dict:
    """The agencies index: every agency with duties, those matching ``query``.

    Returns:
        ``{"query", "agencies": [summary], "total": number of agencies,
        "roles"}`` (see :func:`summarise_agencies`).
    """
    query = (query or "").strip()
    agencies = summarise_agencies(duty_rows())
    shown = [agency for agency in agencies if agency_matches(query, agency["key"])] if query else agencies
    return {"query": query, "agencies": shown, "total": len(agencies), "roles": ROLES}


def resolve_agency(ref: str, agencies: list[dict]) -> dict:
    """The agency a URL part names: its exact key in any spelling, else the
    only agency that :func:`agency_matches` it.

    Raises:
        AgencyNotFound: no agency, or several, match.
    """
    key = agency_key(ref)
    for agency in agencies:
        if agency["key"] == key:
            return agency
    matches = [agency for agency in agencies if key and agency_matches(key, agency["key"])]
    if len(matches) == 1:
        return matches[0]
    raise AgencyNotFound(ref)


def agency_context(ref: str, role: str | None = None) -> dict:
    """One agency's page: its summary and its duties across documents.

    Args:
        ref: the agency's slug, or its name in any spelling.
        role: keep one role only.

    Returns:
        ``{"agency": summary, "role", "roles", "duties": rows}``.

    Raises:
        AgencyNotFound: no such agency.
        InvalidFilter: unknown role.
    """
    role = parse_role(role)
    rows = duty_rows()
    agency = resolve_agency(ref, summarise_agencies(rows))
    duties = [row for row in rows if row["agency_key"] == agency["key"]]
    return {"agency": agency, "role": role, "roles": ROLES, "duties": filter_role(duties, role)}


# --- downloads -------------------------------------------------------------------


def document_label(row: dict) -> str:
    """The source document in words: kind and title (its number has a column)."""
    return " – ".join(part for part in (row.get("doc_type"), row.get("title")) if part)


def duty_cells(row: dict) -> tuple:
    """One download row, in :data:`DUTY_COLUMNS` order."""
    return (
        row["agency"],
        row["role"],
        row["task"],
        row["deadline"],
        document_label(row),
        row["number"],
        date.fromisoformat(row["issued"]) if row.get("issued") else None,
        row["section"],
        urljoin(request.host_url, row["url"]),
    )


def export_duties(rows: list[dict], fmt: str, name: str, sheet_title: str):
    """The rows as an XLSX or CSV download named ``nhiem-vu-<slug of name>``."""
    cells = [duty_cells(row) for row in rows]
    filename = f"nhiem-vu-{slugify(name)}.{fmt}"
    if fmt == "xlsx":
        return xlsx_response(cells, DUTY_COLUMNS, sheet_title=sheet_title, filename=filename)
    return csv_response(cells, DUTY_COLUMNS, filename=filename)


# --- views -----------------------------------------------------------------------


@bp.route("/")
def index():
    """Every agency that has duties, with a filter box."""
    return render_template("agencies.html", ctx=agencies_context(request.args.get(NAME_PARAM)), name_param=NAME_PARAM)


@bp.route(f"/{ALL_SLUG}.<{EXPORT_FORMATS}:fmt>")
def export_all(fmt: str):
    """Every duty of every agency as XLSX or CSV."""
    rows = duty_rows(role=request.args.get(ROLE_PARAM))
    return export_duties(rows, fmt, "tat ca co quan", "Nhiệm vụ các cơ quan")


@bp.route(f"/<ref>.<{EXPORT_FORMATS}:fmt>")
def export(ref: str, fmt: str):
    """One agency's duties as XLSX or CSV (the page's role filter applies)."""
    ctx = agency_context(ref, request.args.get(ROLE_PARAM))
    return export_duties(ctx["duties"], fmt, ctx["agency"]["slug"], "Nhiệm vụ " + ctx["agency"]["name"])


@bp.route("/<ref>")
def show(ref: str):
    """One agency's duties; any spelling of its name redirects to its slug."""
    ctx = agency_context(ref, request.args.get(ROLE_PARAM))
    slug = ctx["agency"]["slug"]
    if ref != slug:
        return redirect(url_for("agencies.show", ref=slug, **_role_args(ctx["role"])))
    return render_template("agency.html", ctx=ctx, role_param=ROLE_PARAM, role_args=_role_args)


def _role_args(role: str | None) -> dict:
    """Query parameters that keep a role filter in a link."""
    return {ROLE_PARAM: role} if role else {}
