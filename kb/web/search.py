"""The search box and the results page."""

from __future__ import annotations

import math
from collections.abc import Mapping

from flask import Blueprint, current_app, render_template, request, url_for

from kb.errors import SearchQueryError
from kb.web.knowledge import get_kb

bp = Blueprint("search", __name__)

# (query parameter, search keyword / facet name, label shown on the page)
FILTERS = (
    ("type", "doc_type", "Loại văn bản"),
    ("issuer", "issuer", "Cơ quan ban hành"),
    ("year", "year", "Năm ban hành"),
    ("province", "province", "Tỉnh/thành phố"),
    ("status", "status", "Tình trạng hiệu lực"),
)
MAX_LIMIT = 100


def _positive_int(args: Mapping[str, str], name: str, default: int, message: str) -> int:
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise SearchQueryError(message)
    return int(raw)


def search_context(args: Mapping[str, str]) -> dict:
    """Run the search described by query parameters.

    Args:
        args: ``q``, the filters of :data:`FILTERS` (``type``, ``issuer``,
            ``year``, ``province``, ``status``), ``page`` (from 1) and
            ``limit`` (hits per page).

    Returns:
        The CONTRACT keys ``total`` and ``hits`` (each hit also carries
        ``issuer``), plus ``facets``, ``query``, ``filters``, ``page``,
        ``per_page`` and ``pages``.

    Raises:
        SearchQueryError: empty or malformed query, bad page or limit.
    """
    query = (args.get("q") or "").strip()
    filters = {param: args[param].strip() for param, _, _ in FILTERS if (args.get(param) or "").strip()}
    per_page = _positive_int(
        args, "limit", current_app.config["RESULTS_PER_PAGE"], f"Số kết quả mỗi trang phải từ 1 đến {MAX_LIMIT}."
    )
    if per_page > MAX_LIMIT:
        raise SearchQueryError(f"Số kết quả mỗi trang phải từ 1 đến {MAX_LIMIT}.")
    page = _positive_int(args, "page", 1, "Số trang phải là số nguyên dương.")
    keywords = {key: filters.get(param) for param, key, _ in FILTERS}
    result = get_kb().search(query, limit=per_page, offset=(page - 1) * per_page, **keywords)
    hits = []
    for hit in result.hits:
        record = hit.to_json()
        record["issuer"] = hit.issuer
        hits.append(record)
    return {
        "query": query,
        "filters": filters,
        "page": page,
        "per_page": per_page,
        "pages": max(1, math.ceil(result.total / per_page)),
        "total": result.total,
        "hits": hits,
        "facets": result.facets,
    }


@bp.app_template_global()
def search_url(**changes: str | int | None) -> str:
    """This results page with some parameters changed (None removes one).

    Any change other than the page goes back to page 1.
    """
    params = {key: value for key, value in request.args.items() if value}
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    if params.get("page") in (1, "1"):
        params.pop("page")
    return url_for("search.results", **params)


@bp.app_template_global()
def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """Page links to show: first, last and a window around ``page``; None marks a gap."""
    shown = sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})
    out: list[int | None] = []
    for number in shown:
        if out and number - out[-1] > 1:
            out.append(None)
        out.append(number)
    return out


@bp.app_template_filter("vn_date")
def vn_date(value: str | None) -> str:
    """``2020-01-20`` → ``20/01/2020``."""
    if not value:
        return ""
    year, month, day = str(value)[:10].split("-")
    return f"{day}/{month}/{year}"


@bp.route("/")
def index():
    """The search box."""
    return render_template("search.html", ctx=None, filters=FILTERS, hint=False)


@bp.route("/search")
def results():
    """The results page; an empty query shows the search box with a hint."""
    if not (request.args.get("q") or "").strip():
        return render_template("search.html", ctx=None, filters=FILTERS, hint=True)
    ctx = search_context(request.args)
    return render_template("search.html", ctx=ctx, filters=FILTERS, hint=False)
