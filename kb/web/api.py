"""The JSON API: the same data functions as the pages, as JSON."""

from __future__ import annotations

from flask import Blueprint, jsonify, request, url_for

from kb.ingest.duties import ROLES
from kb.web.agencies import duty_rows
from kb.web.documents import document_context
from kb.web.entitlements import KINDS, entitlement_rows
from kb.web.graph import graph_data
from kb.web.knowledge import get_kb
from kb.web.pack import MAX_ITEMS, load_excerpts, parse_refs
from kb.web.search import FILTERS, MAX_LIMIT, search_context

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/search")
def search():
    """Search results as JSON (``kb search --json`` keys, plus facets and paging)."""
    return jsonify(search_context(request.args))


@bp.route("/documents/<path:ref>")
def document(ref: str):
    """A document as JSON (``kb show --json`` keys, plus ``text``)."""
    return jsonify(document_context(ref))


@bp.route("/documents/<path:ref>/graph")
def document_graph(ref: str):
    """A document's relationship graph: nodes (merged citations) and edges."""
    return jsonify(graph_data(get_kb().show(ref)))


@bp.route("/sections")
def sections():
    """Excerpts for the course pack: ``?ref=DOC%23SECTION`` (repeatable)."""
    found, missing = load_excerpts(parse_refs(request.args.getlist("ref")))
    for excerpt in found:
        excerpt["url"] = url_for("documents.show", ref=excerpt["doc_id"]) + "#" + excerpt["section_id"]
    return jsonify({"sections": found, "missing": missing})


@bp.route("/duties")
def duties():
    """Duties assigned to agencies (``kb duties --json`` keys, plus links)."""
    return jsonify({"duties": duty_rows(request.args.get("agency"), request.args.get("role"))})


@bp.route("/entitlements")
def entitlements():
    """The victim-entitlement catalogue (``kb entitlements --json`` keys, plus links)."""
    return jsonify({"entitlements": entitlement_rows(request.args.get("kind"), request.args.get("status"))})


@bp.route("/openapi.json")
def openapi():
    """A hand-written OpenAPI 3 description of this API."""
    return jsonify(openapi_document())


def _string_param(name: str, description: str, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": {"type": "string"}}


def openapi_document() -> dict:
    nullable_string = {"type": "string", "nullable": True}
    error = {"description": "Lỗi", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "kb — Cơ sở tri thức văn bản phòng, chống mua bán người",
            "version": "0.1.0",
            "description": "Tìm kiếm và đọc văn bản, nhiệm vụ của các cơ quan và quyền lợi của nạn nhân. Các khóa "
                           "JSON giống lệnh `kb search --json`, `kb show --json`, `kb duties --json` và "
                           "`kb entitlements --json`.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Tìm kiếm văn bản (có dấu hoặc không dấu, số hiệu viết kiểu nào cũng được)",
                    "parameters": [
                        _string_param("q", "Từ khóa tìm kiếm", required=True),
                        *(_string_param(param, label) for param, _, label in FILTERS),
                        {"name": "page", "in": "query", "description": "Trang, từ 1",
                         "schema": {"type": "integer", "minimum": 1, "default": 1}},
                        {"name": "limit", "in": "query", "description": "Số kết quả mỗi trang",
                         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 10}},
                    ],
                    "responses": {
                        "200": {"description": "Kết quả",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}},
                        "400": error,
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "Một văn bản: thuộc tính, các phần và toàn văn",
                    "parameters": [{"name": "id", "in": "path", "required": True,
                                    "description": "Mã văn bản hoặc số hiệu (viết kiểu nào cũng được)",
                                    "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "Văn bản",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
                        "404": error,
                    },
                }
            },
            "/api/documents/{id}/graph": {
                "get": {
                    "summary": "Lược đồ quan hệ của một văn bản: các văn bản nó dẫn chiếu và các văn bản dẫn chiếu nó",
                    "parameters": [{"name": "id", "in": "path", "required": True,
                                    "description": "Mã văn bản hoặc số hiệu", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "Nút và cạnh (mỗi bên tối đa 20 nút; `hidden` đếm số nút bị ẩn)",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Graph"}}}},
                        "404": error,
                    },
                }
            },
            "/api/sections": {
                "get": {
                    "summary": "Trích đoạn cho tập tài liệu: nội dung một phần văn bản kèm dòng trích nguồn",
                    "parameters": [{"name": "ref", "in": "query", "required": True,
                                    "description": f"`mã-văn-bản#mã-phần` (ký tự # viết %23); lặp lại được, tối đa {MAX_ITEMS}",
                                    "schema": {"type": "array", "items": {"type": "string"}, "maxItems": MAX_ITEMS},
                                    "style": "form", "explode": True}],
                    "responses": {
                        "200": {"description": "Các trích đoạn tìm thấy (theo thứ tự) và các mã không tìm thấy",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Excerpts"}}}},
                        "400": error,
                    },
                }
            },
            "/api/duties": {
                "get": {
                    "summary": "Nhiệm vụ giao cho các cơ quan (chủ trì, phối hợp, thường trực, theo dõi)",
                    "parameters": [
                        _string_param("agency", "Tên cơ quan, viết kiểu nào cũng được (“Sở LĐTBXH”, “so ldtbxh”)"),
                        {"name": "role", "in": "query", "description": "Vai trò (có dấu hoặc không dấu)",
                         "schema": {"type": "string", "enum": list(ROLES)}},
                    ],
                    "responses": {
                        "200": {"description": "Các nhiệm vụ",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Duties"}}}},
                        "400": error,
                    },
                }
            },
            "/api/entitlements": {
                "get": {
                    "summary": "Điều khoản về chế độ hỗ trợ nạn nhân bị mua bán",
                    "parameters": [
                        {"name": "kind", "in": "query", "description": "Loại hỗ trợ (có dấu hoặc không dấu)",
                         "schema": {"type": "string", "enum": list(KINDS)}},
                        _string_param("status", "Tình trạng hiệu lực của văn bản (“Không rõ” khi chưa có thông tin)"),
                    ],
                    "responses": {
                        "200": {"description": "Các điều khoản",
                                "content": {"application/json": {
                                    "schema": {"$ref": "#/components/schemas/Entitlements"}}}},
                        "400": error,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
                "Duty": {
                    "type": "object",
                    "properties": {
                        "agency": {"type": "string"},
                        "role": {"type": "string", "nullable": True, "description": ", ".join(ROLES)},
                        "task": {"type": "string"},
                        "deadline": nullable_string,
                        "doc_id": {"type": "string"},
                        "number": nullable_string,
                        "section": {"type": "string", "nullable": True, "description": "Nhãn phần (“II.1”)"},
                        "doc_type": nullable_string,
                        "title": nullable_string,
                        "issued": {"type": "string", "format": "date", "nullable": True},
                        "agency_key": {"type": "string", "description": "Khóa tên cơ quan, không dấu"},
                        "agency_slug": {"type": "string",
                                        "description": "Đường dẫn trang cơ quan: /co-quan/{agency_slug}"},
                        "anchor": {"type": "string", "nullable": True,
                                   "description": "Neo của phần trên trang văn bản"},
                        "url": {"type": "string", "description": "Đường dẫn đến phần trên trang văn bản"},
                    },
                },
                "GraphNode": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "side": {"type": "string", "enum": ["center", "cites", "cited_by"]},
                        "doc_id": {"type": "string", "nullable": True,
                                   "description": "Mã văn bản; null khi chưa có trong cơ sở dữ liệu"},
                        "number": nullable_string,
                        "doc_type": nullable_string,
                        "title": nullable_string,
                        "label": {"type": "string"},
                        "status": {"type": "string", "enum": ["resolved", "ambiguous", "unresolved"]},
                        "note": nullable_string,
                        "relations": {"type": "array", "items": {"type": "string"}},
                        "count": {"type": "integer", "description": "Số lần dẫn chiếu đã gộp"},
                    },
                },
                "Graph": {
                    "type": "object",
                    "properties": {
                        "center": {"type": "string"},
                        "nodes": {"type": "array", "items": {"$ref": "#/components/schemas/GraphNode"}},
                        "edges": {"type": "array", "items": {"type": "object", "properties": {
                            "source": {"type": "string"}, "target": {"type": "string"},
                            "relations": {"type": "array", "items": {"type": "string"}},
                            "status": {"type": "string"}}}},
                        "hidden": {"type": "object", "properties": {
                            "cites": {"type": "integer"}, "cited_by": {"type": "integer"}}},
                    },
                },
                "Excerpts": {
                    "type": "object",
                    "properties": {
                        "sections": {"type": "array", "items": {"type": "object", "properties": {
                            "ref": {"type": "string"}, "doc_id": {"type": "string"},
                            "section_id": {"type": "string"}, "label": {"type": "string"},
                            "heading": {"type": "string"}, "text": {"type": "string"},
                            "source": {"type": "string"}, "citation": {"type": "string"},
                            "document": {"type": "object"}, "url": {"type": "string"}}}},
                        "missing": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Duties": {
                    "type": "object",
                    "properties": {"duties": {"type": "array", "items": {"$ref": "#/components/schemas/Duty"}}},
                },
                "Entitlement": {
                    "type": "object",
                    "properties": {
                        "doc_id": {"type": "string"},
                        "number": nullable_string,
                        "doc_type": nullable_string,
                        "title": nullable_string,
                        "provision": {"type": "string", "description": "Điều/khoản (“Điều 7 Luật số 11/2017/QH14”)"},
                        "anchor": {"type": "string", "description": "Neo của điều trên trang văn bản"},
                        "kinds": {"type": "array", "items": {"type": "string", "enum": list(KINDS)}},
                        "beneficiaries": {"type": "array", "items": {"type": "string"}},
                        "status": nullable_string,
                        "text": {"type": "string", "description": "Toàn văn điều khoản"},
                        "excerpt": {"type": "string", "description": "Đoạn trích ngắn"},
                        "url": {"type": "string", "description": "Đường dẫn đến điều trên trang văn bản"},
                    },
                },
                "Entitlements": {
                    "type": "object",
                    "properties": {
                        "entitlements": {"type": "array", "items": {"$ref": "#/components/schemas/Entitlement"}},
                    },
                },
                "Hit": {
                    "type": "object",
                    "properties": {
                        "doc_id": {"type": "string"},
                        "number": nullable_string,
                        "title": nullable_string,
                        "doc_type": nullable_string,
                        "issued": {"type": "string", "format": "date", "nullable": True},
                        "section": nullable_string,
                        "section_id": {"type": "string"},
                        "score": {"type": "number"},
                        "snippet": {"type": "string", "description": "HTML đã thoát ký tự, từ khớp nằm trong <mark>"},
                        "path": nullable_string,
                        "issuer": nullable_string,
                    },
                },
                "SearchResult": {
                    "type": "object",
                    "properties": {
                        "total": {"type": "integer"},
                        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                        "facets": {"type": "object", "additionalProperties": {
                            "type": "object", "additionalProperties": {"type": "integer"}}},
                        "query": {"type": "string"},
                        "filters": {"type": "object", "additionalProperties": {"type": "string"}},
                        "page": {"type": "integer"},
                        "per_page": {"type": "integer"},
                        "pages": {"type": "integer"},
                    },
                },
                "Section": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "description": "Neo trên trang văn bản (#dieu-5)"},
                        "label": {"type": "string"},
                        "heading": {"type": "string"},
                        "kind": {"type": "string"},
                        "level": {"type": "integer"},
                        "page": {"type": "integer", "nullable": True},
                        "text": {"type": "string"},
                    },
                },
                "Document": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "number": nullable_string,
                        "doc_type": nullable_string,
                        "title": nullable_string,
                        "issuer": nullable_string,
                        "issued": {"type": "string", "format": "date", "nullable": True},
                        "place": nullable_string,
                        "signer": nullable_string,
                        "status": nullable_string,
                        "effective_date": {"type": "string", "format": "date", "nullable": True},
                        "path": nullable_string,
                        "warnings": {"type": "array", "items": {"type": "string"}},
                        "sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
                        "citations": {"type": "array", "items": {"type": "object"}},
                        "cited_by": {"type": "array", "items": {"type": "object"}},
                        "duties": {"type": "array", "items": {"type": "object"}},
                        "text": {"type": "string", "description": "Toàn văn"},
                    },
                },
            }
        },
    }
