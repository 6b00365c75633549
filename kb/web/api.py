"""The JSON API: the same data functions as the pages, as JSON."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from kb.web.documents import document_context
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
            "description": "Tìm kiếm và đọc văn bản. Các khóa JSON giống lệnh `kb search --json` và `kb show --json`.",
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
        },
        "components": {
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
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
