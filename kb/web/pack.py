"""The course pack ("Tập tài liệu"): excerpts a trainer collects, exported as DOCX.

The pack itself lives in the browser (``static/pack.js``, localStorage); the
server only turns references ``DOC_ID#SECTION_ID`` into excerpts with their
Vietnamese citation lines (:func:`load_excerpts`, also served as JSON by
``/api/sections``) and writes them into a Word document.
"""

from __future__ import annotations

import io
import re
from datetime import date

from docx import Document as WordDocument
from docx.shared import Pt
from flask import Blueprint, render_template, request, send_file

from kb.core import index_doc
from kb.errors import DocumentNotFound, KBError, NotFound
from kb.store import find_document
from kb.web.graph import document_label
from kb.web.knowledge import get_kb
from kb.web.search import vn_date

bp = Blueprint("pack", __name__, url_prefix="/tap-tai-lieu")

MAX_ITEMS = 200
MAX_TITLE = 200
DEFAULT_TITLE = "Tập tài liệu phòng, chống mua bán người"
# the search index's unit for the text outside every Điều / mục
WHOLE_TEXT = "van-ban"
# sections offered on the document page: the units of search hits (Điều, plan parts and items)
ADDABLE_KINDS = frozenset({"dieu", "part", "item"})
PLAN_KINDS = frozenset({"part", "item"})  # labelled "I", "II.1": shown as "Mục II.1"
DOC_KEYS = ("id", "number", "doc_type", "title", "issuer", "issued")
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class PackRequestError(KBError):
    """A malformed list of references; the message is shown to users."""

    status = 400


class ExcerptNotFound(NotFound):
    """References whose document or section is not in the knowledge base."""

    def __init__(self, refs: list[str]):
        self.refs = refs
        shown = ", ".join(f"“{ref}”" for ref in refs[:5]) + (f" và {len(refs) - 5} trích đoạn khác" if len(refs) > 5 else "")
        super().__init__(
            f"Không tìm thấy trích đoạn {shown} trong cơ sở dữ liệu. Hãy bỏ trích đoạn này khỏi tập tài liệu rồi thử lại."
        )


# --- references and excerpts ---------------------------------------------------


def parse_refs(values: list[str]) -> list[tuple[str, str]]:
    """``["DOC#SECTION", …]`` → ``[(doc, section), …]``, in order.

    Raises:
        PackRequestError: no reference, more than :data:`MAX_ITEMS`, or one
            without a "#" between a document and a section.
    """
    if not values:
        raise PackRequestError("Tập tài liệu chưa có trích đoạn nào.")
    if len(values) > MAX_ITEMS:
        raise PackRequestError(f"Tập tài liệu có tối đa {MAX_ITEMS} trích đoạn (đang có {len(values)}).")
    refs = []
    for value in values:
        doc, _, section = value.strip().partition("#")
        if not doc.strip() or not section.strip():
            raise PackRequestError(f"Trích đoạn “{value}” không hợp lệ: cần dạng mã-văn-bản#mã-phần.")
        refs.append((doc.strip(), section.strip()))
    return refs


def load_excerpts(refs: list[tuple[str, str]]) -> tuple[list[dict], list[str]]:
    """The excerpts of ``refs`` (see :func:`excerpt_of`), and the references not found."""
    kb = get_kb()
    records: dict[str, dict | None] = {}
    found, missing = [], []
    for doc_ref, section_id in refs:
        if doc_ref not in records:
            try:
                records[doc_ref] = kb.show(doc_ref)
            except DocumentNotFound:
                records[doc_ref] = None
        record = records[doc_ref]
        section = _find_section(record, section_id) if record else None
        if section is None:
            missing.append(f"{doc_ref}#{section_id}")
        else:
            found.append(excerpt_of(record, section))
    return found, missing


def _find_section(record: dict, section_id: str) -> dict | None:
    if section_id == WHOLE_TEXT:
        return _whole_text_section(record)
    return next((s for s in record["sections"] if s["id"] == section_id), None)


def _whole_text_section(record: dict) -> dict | None:
    """The text outside every unit, as search hits show it (``#van-ban``)."""
    with get_kb().store.session() as session:
        units = index_doc(find_document(session, record["id"])).sections
    unit = next((u for u in units if u.section_id == WHOLE_TEXT), None)
    if unit is None:
        return None
    label = "Phần mở đầu" if record["sections"] else "Toàn văn"
    return {"id": WHOLE_TEXT, "label": label, "heading": "", "kind": None, "text": unit.text}


def excerpt_of(record: dict, section: dict) -> dict:
    """One excerpt: a section of a document with its label and citation.

    Returns:
        ``{"ref", "doc_id", "section_id", "label", "heading", "text",
        "source", "citation", "document"}``; ``source`` names the document
        briefly ("Luật 102/2016/QH13"), ``citation`` is the "Nguồn: …" line.
    """
    label = section_label(section)
    return {
        "ref": f"{record['id']}#{section['id']}",
        "doc_id": record["id"],
        "section_id": section["id"],
        "label": label,
        "heading": section.get("heading") or "",
        "text": section["text"],
        "source": document_label(record["doc_type"], record["number"], record["title"], record["id"]),
        "citation": citation_line(record, label),
        "document": {key: record.get(key) for key in DOC_KEYS},
    }


def section_label(section: dict) -> str:
    """A section's label as a heading: "Điều 5", "Khoản 2 Điều 5", "Mục II.1"."""
    label = section.get("label") or "Toàn văn"
    if section.get("kind") in PLAN_KINDS:
        return f"Mục {label}"
    return label[:1].upper() + label[1:]


def citation_line(record: dict, label: str) -> str:
    """"Nguồn: Điều 7, Luật số 11/2017/QH14 ngày 20/06/2017 của Quốc hội".

    A document is named by its kind and number, or by its title when it
    has no number; its date and issuer follow when known.
    """
    if record.get("number"):
        name = f"{record.get('doc_type') or 'Văn bản'} số {record['number']}"
    else:
        name = record.get("title") or record.get("doc_type") or record["id"]
    if record.get("issued"):
        name += f" ngày {vn_date(record['issued'])}"
    if record.get("issuer"):
        name += f" của {record['issuer']}"
    return f"Nguồn: {label}, {name}"


def pack_title(value: str | None) -> str:
    """The title asked for, cleaned and capped, else :data:`DEFAULT_TITLE`."""
    title = " ".join(_NOT_XML.sub("", value or "").split())[:MAX_TITLE]
    return title or DEFAULT_TITLE


# --- DOCX ----------------------------------------------------------------------


def build_docx(title: str, excerpts: list[dict], made: date | None = None) -> bytes:
    """A Word document: the title, then per excerpt a heading, its
    paragraphs and its citation line."""
    word = WordDocument()
    normal = word.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    word.add_heading(_xml_safe(title), level=0)
    made = made or date.today()
    word.add_paragraph(f"Gồm {len(excerpts)} trích đoạn, tạo ngày {made:%d/%m/%Y}.")
    for number, excerpt in enumerate(excerpts, 1):
        word.add_heading(_xml_safe(f"{number}. {excerpt['label']} — {excerpt['source']}"), level=1)
        for line in excerpt["text"].split("\n"):
            if line.strip():
                word.add_paragraph(_xml_safe(line.strip()))
        citation = word.add_paragraph()
        citation.add_run(_xml_safe(excerpt["citation"])).italic = True
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    """Text without the control characters XML (and so DOCX) cannot hold."""
    return _NOT_XML.sub("", text)


# --- routes and template helpers -----------------------------------------------


@bp.route("")
def index():
    """The pack page; its items are read from localStorage by ``pack.js``."""
    return render_template("pack.html", max_items=MAX_ITEMS, default_title=DEFAULT_TITLE)


@bp.route("/xuat.docx")
def export():
    """The pack as DOCX: ``?s=DOC%23SECTION&s=…[&title=…]``, in that order."""
    excerpts, missing = load_excerpts(parse_refs(request.args.getlist("s")))
    if missing:
        raise ExcerptNotFound(missing)
    data = build_docx(pack_title(request.args.get("title")), excerpts)
    return send_file(io.BytesIO(data), mimetype=DOCX_MIME, as_attachment=True, download_name="tap-tai-lieu.docx")


@bp.app_template_global()
def pack_targets(sections: list[dict]) -> dict[str, str]:
    """Anchors of a document's sections that get a "Thêm vào tập tài liệu"
    button, with their labels."""
    return {s["id"]: section_label(s) for s in sections if s.get("kind") in ADDABLE_KINDS}
