"""The store: documents and their sections in any SQLAlchemy database.

Public surface:
    open_store(url)               engine + session factory, schema created
    make_engine(url)              an engine set up for its backend (SQLite, PostgreSQL)
    Store.session()               a session in a transaction (commit on success)
    find_document(session, ref)   by id or by number in any spelling
    save_document(...)            insert or replace one document
    document_dict(doc)            the JSON shape of ``kb show``
    keep_original(session, ...)   an original's bytes into a shared (non-SQLite) store
    load_original(session, name)  those bytes back, or None
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from sqlalchemy import String, create_engine, event, inspect, make_url, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from kb.errors import DocumentNotFound
from kb.ingest.models import ParsedDocument
from kb.ingest.normalize import fold_diacritics, number_key
from kb.ingest.agencies import agency_key
from kb.store.models import Base, Citation, Document, Duty, Entitlement, Original, Section

# PostgreSQL advisory lock key of a knowledge base's writers (ingest,
# repair, reindex, import, migrate): "kb-write" as a bigint. Advisory locks
# are per database, so two knowledge bases on one server do not collide.
PG_WRITE_LOCK_KEY = int.from_bytes(b"kb-write", "big")
# ... and of schema changes (open_store creating tables, kb migrate).
PG_SCHEMA_LOCK_KEY = int.from_bytes(b"kb-schem", "big")


class Store:
    """An engine and its session factory."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on a clean exit and rolls
        back on any exception."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Open (and create if needed) the store at a SQLAlchemy URL.

    The schema is created with ``create_all`` when missing; ``kb migrate``
    (:mod:`kb.store.migrate`) manages it with Alembic instead.
    """
    engine = make_engine(url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # processes opening a new database together: one creates the tables
            conn.execute(sql_text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_SCHEMA_LOCK_KEY})
        Base.metadata.create_all(conn)
        _add_missing_columns(conn)
    return Store(engine)


def make_engine(url: str) -> Engine:
    """An engine for the store's URL, set up for its backend (SQLite
    pragmas; PostgreSQL: connections checked before use, NUL-safe text)."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg":
            event.listen(engine, "connect", _psycopg_nul_safe)
    return engine


def _add_missing_columns(bind: Engine | Connection) -> None:
    """Add nullable columns that a newer version declares to a store made
    by an older one (``create_all`` adds missing tables, not columns)."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            return _add_missing_columns(conn)
    existing = inspect(bind)
    for table in Base.metadata.sorted_tables:
        have = {c["name"] for c in existing.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have and column.nullable:
                kind = column.type.compile(dialect=bind.dialect)
                bind.execute(sql_text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets searches and page views read while an ingest writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _psycopg_nul_safe(dbapi_connection, _record) -> None:
    # PostgreSQL text cannot hold NUL, which SQLite stores and a PDF's text
    # layer may carry: it becomes U+FFFD, one character for one, so the
    # sections' character spans stay right.
    dbapi_connection.adapters.register_dumper(str, _nul_safe_dumper())


_NUL_SAFE_DUMPER = None


def _nul_safe_dumper():
    global _NUL_SAFE_DUMPER
    if _NUL_SAFE_DUMPER is None:
        from psycopg.types.string import StrDumperUnknown

        class NulSafeStrDumper(StrDumperUnknown):
            def dump(self, obj: str):
                return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)

        _NUL_SAFE_DUMPER = NulSafeStrDumper
    return _NUL_SAFE_DUMPER


def portable_order(bind: Session | Connection, *columns) -> list:
    """ORDER BY terms that sort alike on every backend: SQLite's order
    (NULLs first, strings by code point), which PostgreSQL gives only when
    asked (it puts NULLs last and compares by the database's collation)."""
    dialect = bind.dialect if isinstance(bind, Connection) else bind.get_bind().dialect
    if dialect.name != "postgresql":
        return list(columns)
    return [
        (column.collate("C") if isinstance(column.type, String) else column).asc().nulls_first()
        for column in columns
    ]


def make_document_id(number: str | None, path: str) -> str:
    """A stable, readable id: the number's slug plus a hash of the path.

    >>> make_document_id("113/KH-UBND", "/data/tay-ninh.txt")[:12]
    '113-kh-ubnd-'
    """
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:6]
    base = fold_diacritics(number).lower() if number else ""
    slug = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:60]
    return f"{slug}-{digest}" if slug else f"doc-{digest}"


def find_by_hash(session: Session, file_hash: str) -> Document | None:
    return session.scalars(select(Document).where(Document.file_hash == file_hash).limit(1)).first()


def find_by_path(session: Session, path: str) -> Document | None:
    return session.scalars(select(Document).where(Document.path == path)).first()


def find_document(session: Session, ref: str) -> Document:
    """A document by id, or by number in any spelling ("525⁄QĐ- LĐTBXH").

    A number shared by several documents (the same "…/QĐ-UBND" in two
    provinces) gives the real document before news reports of it, then the
    newest.

    Raises:
        DocumentNotFound: nothing matches.
    """
    doc = session.get(Document, ref)
    if doc is not None:
        return doc
    key = number_key(ref)
    if key:
        candidates = session.scalars(select(Document).where(Document.number_key == key)).all()
        if candidates:
            return sorted(
                candidates,
                key=lambda d: (d.source_kind != "document", -(d.issued.toordinal() if d.issued else 0)),
            )[0]
    raise DocumentNotFound(ref)


def save_document(
    session: Session,
    parsed: ParsedDocument,
    *,
    path: str,
    file_hash: str,
    file_size: int,
    stored_name: str,
) -> tuple[Document, str | None]:
    """Insert the document, replacing whatever was stored for ``path``.

    Returns:
        The new document, and the id of the one it replaced (or None).
    """
    old = find_by_path(session, path)
    replaced_id = old.id if old is not None else None
    replaced_key = old.number_key if old is not None else None
    if old is not None:
        session.delete(old)
        session.flush()
    meta = parsed.metadata
    doc = Document(
        id=make_document_id(meta.number, path),
        number=meta.number,
        number_raw=meta.number_raw,
        number_key=number_key(meta.number) if meta.number else None,
        doc_type=meta.doc_type,
        title=meta.title,
        issuer=meta.issuer,
        issued=meta.issued,
        place=meta.place,
        signer=meta.signer,
        status=meta.status,
        effective_date=meta.effective_date,
        province=meta.province,
        source_kind=meta.source_kind,
        language=parsed.language,
        path=path,
        file_hash=file_hash,
        file_size=file_size,
        format=parsed.format,
        site=parsed.site,
        stored_name=stored_name,
        ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
        warnings="\n".join(parsed.warnings),
        page_count=len(parsed.pages),
        ocr_pages=",".join(map(str, parsed.ocr_pages)),
        ocr_confidence=parsed.ocr_confidence,
        legacy_encoding=parsed.legacy_encoding,
        text=parsed.text,
        source_text=parsed.source_text,
    )
    for i, s in enumerate(parsed.sections):
        doc.sections.append(
            Section(
                ordinal=i,
                parent_ordinal=s.parent,
                kind=s.kind,
                label=s.label,
                heading=s.heading,
                anchor=s.anchor,
                level=s.level,
                start=s.start,
                end=s.end,
                page=_page_of(parsed, s.start),
            )
        )
    for d in parsed.duties:
        doc.duties.append(
            Duty(
                agency=d.agency,
                agency_key=agency_key(d.agency),
                role=d.role,
                task=d.task,
                deadline=d.deadline,
                section=d.section,
                start=d.start,
                end=d.end,
            )
        )
    for e in parsed.entitlements:
        doc.entitlements.append(
            Entitlement(
                provision=e.provision,
                anchor=parsed.sections[e.section_index].anchor,
                kinds="; ".join(e.kinds),
                beneficiaries="; ".join(e.beneficiaries),
                start=e.start,
                end=e.end,
            )
        )
    for c in parsed.citations:
        doc.citations.append(
            Citation(
                raw=c.raw,
                number=c.number,
                number_key=number_key(c.number) or c.number,
                doc_type=c.doc_type,
                relation=c.relation,
                pin=c.pin,
                issued=c.issued,
                issuer=c.issuer,
                start=c.start,
                end=c.end,
            )
        )
    session.add(doc)
    session.flush()
    keys = {c.number_key for c in doc.citations}
    keys |= {k for k in (doc.number_key, replaced_key) if k}
    resolve_citations(session, keys)
    return doc, replaced_id


def resolve_citations(session: Session, keys: set[str] | None = None) -> None:
    """(Re)link citations to the documents their numbers name.

    Runs on every ingest for the numbers the new document carries or cites,
    so a citation ingested before its target becomes resolved when the
    target arrives, in either order.

    Args:
        keys: number keys to resolve; None resolves every citation.
    """
    query = select(Citation)
    if keys is not None:
        if not keys:
            return
        query = query.where(Citation.number_key.in_(keys))
    citations = session.scalars(query).all()
    wanted = {c.number_key for c in citations}
    candidates: dict[str, list[Document]] = {}
    if wanted:
        for doc in session.scalars(select(Document).where(Document.number_key.in_(wanted))):
            candidates.setdefault(doc.number_key, []).append(doc)
    for cite in citations:
        targets = [d for d in candidates.get(cite.number_key, []) if d.id != cite.document_id]
        target = _choose_target(cite, targets)
        if target is None:
            cite.status = "ambiguous" if len(targets) > 1 else "unresolved"
            cite.target_id = cite.target_anchor = None
        else:
            cite.status, cite.target_id = "resolved", target.id
            cite.target_anchor = _pinned_anchor(session, target, cite.pin)


def _choose_target(cite: Citation, targets: list[Document]) -> Document | None:
    """One document, or None when none or several fit.

    The same "…/QĐ-UBND" exists in many provinces: the citation's date, the
    issuer it names ("của UBND tỉnh Nghệ An"), the citing document's own
    province (a provincial plan cites its province's decisions), then the
    real document over news reports of it, decide.
    """
    if len(targets) > 1 and cite.issued:
        dated = [d for d in targets if d.issued == cite.issued]
        targets = dated or targets
    named = [d for d in targets if _issued_by(d, cite.issuer)] if len(targets) > 1 and cite.issuer else []
    if named:
        targets = named
    elif (len(targets) > 1 and cite.document is not None and cite.document.province
          and not (cite.issuer and _NAMED_PLACE_RE.search(cite.issuer))):
        # "của UBND tỉnh" with no name, or no issuer: the citing province's own
        local = [d for d in targets if d.province == cite.document.province]
        targets = local or targets
    if len(targets) > 1:
        documents = [d for d in targets if d.source_kind == "document"]
        if len(documents) == 1:
            targets = documents
    return targets[0] if len(targets) == 1 else None


# "tỉnh Nghệ An", "thành phố Hà Nội": an issuer that names its place
_NAMED_PLACE_RE = re.compile(r"(?:tỉnh|thành phố)\s+[A-ZĐÀ-Ỹ]")


def _issued_by(doc: Document, issuer: str) -> bool:
    """Whether ``doc`` fits the issuer a citation names: its province named
    there, or its issuer's name (any spelling of UBND)."""
    named = agency_key(issuer)
    if doc.province and fold_diacritics(doc.province).lower() in named:
        return True
    return bool(doc.issuer) and agency_key(doc.issuer) == named


def _pinned_anchor(session: Session, target: Document, pin: str | None) -> str | None:
    if not pin:
        return None
    section = session.scalars(
        select(Section).where(Section.document_id == target.id, Section.label == pin).limit(1)
    ).first()
    return section.anchor if section else None


def _page_of(parsed: ParsedDocument, offset: int) -> int | None:
    for page in parsed.pages:
        if page.start <= offset < page.end:
            return page.number
    return None


def duty_dict(duty: Duty, doc: Document | None = None) -> dict:
    """A duty in the JSON of ``kb show`` (and, with its document, ``kb duties``)."""
    out = {
        "agency": duty.agency,
        "role": duty.role,
        "task": duty.task,
        "deadline": duty.deadline,
        "section": duty.section,
    }
    if doc is not None:
        out.update(doc_id=doc.id, number=doc.number, doc_type=doc.doc_type, title=doc.title, issued=(
            doc.issued.isoformat() if doc.issued else None))
    return out


def list_duties(session: Session, agency: str | None = None) -> list[dict]:
    """Every stored duty, or those of one agency named in any spelling
    ("Sở LĐTBXH" finds "Sở Lao động - Thương binh và Xã hội")."""
    query = select(Duty, Document).join(Document, Duty.document_id == Document.id)
    if agency:
        key = agency_key(agency)
        query = query.where((Duty.agency_key == key) | Duty.agency_key.like(f"%{key}%"))
    order = portable_order(session, Duty.agency_key, Document.issued, Duty.start, Document.id, Duty.id)
    query = query.order_by(*order)
    return [duty_dict(duty, doc) for duty, doc in session.execute(query)]


def list_entitlements(session: Session, kind: str | None = None) -> list[dict]:
    """The victim-entitlement catalogue, optionally of one kind of support."""
    query = select(Entitlement, Document).join(Document, Entitlement.document_id == Document.id)
    rows = []
    order = portable_order(session, Document.issued, Document.id, Entitlement.start, Entitlement.id)
    for ent, doc in session.execute(query.order_by(*order)):
        kinds = ent.kinds.split("; ")
        if kind and fold_diacritics(kind).lower() not in [fold_diacritics(k).lower() for k in kinds]:
            continue
        rows.append(
            {
                "doc_id": doc.id,
                "number": doc.number,
                "doc_type": doc.doc_type,
                "title": doc.title,
                "provision": ent.provision,
                "anchor": ent.anchor,
                "kinds": kinds,
                "beneficiaries": ent.beneficiaries.split("; "),
                "status": doc.status,
                "text": doc.text[ent.start:ent.end],
            }
        )
    return rows


def document_dict(doc: Document, session: Session | None = None) -> dict:
    """The JSON shape of ``kb show`` (CONTRACT.md); ``cited_by`` needs the session."""
    cited_by = []
    if session is not None:
        rows = session.execute(
            select(Citation, Document)
            .join(Document, Citation.document_id == Document.id)
            .where(Citation.target_id == doc.id)
            .order_by(*portable_order(session, Document.issued, Document.id, Citation.start, Citation.id))
        ).all()
        cited_by = [
            {"doc_id": d.id, "number": d.number, "relation": c.relation, "doc_type": d.doc_type, "title": d.title,
             "pin": c.pin}
            for c, d in rows
        ]
    return {
        "id": doc.id,
        "number": doc.number,
        "number_raw": doc.number_raw,
        "doc_type": doc.doc_type,
        "title": doc.title,
        "issuer": doc.issuer,
        "issued": doc.issued.isoformat() if doc.issued else None,
        "place": doc.place,
        "signer": doc.signer,
        "status": doc.status,
        "effective_date": doc.effective_date.isoformat() if doc.effective_date else None,
        "province": doc.province,
        "source_kind": doc.source_kind,
        "language": doc.language,
        "format": doc.format,
        "path": doc.path,
        "warnings": [w for w in doc.warnings.split("\n") if w],
        "ocr_pages": [int(p) for p in (doc.ocr_pages or "").split(",") if p],
        "ocr_confidence": doc.ocr_confidence,
        "legacy_encoding": doc.legacy_encoding,
        "sections": [
            {
                "id": s.anchor,
                "label": s.label,
                "heading": s.heading,
                "kind": s.kind,
                "level": s.level,
                "page": s.page,
                "text": s.text_of(doc),
            }
            for s in doc.sections
        ],
        "citations": [
            {
                "raw": c.raw,
                "number": c.number,
                "doc_type": c.doc_type,
                "relation": c.relation,
                "pin": c.pin,
                "issued": c.issued.isoformat() if c.issued else None,
                "target_id": c.target_id,
                "target_anchor": c.target_anchor,
                "status": c.status,
            }
            for c in doc.citations
        ],
        "cited_by": cited_by,
        "duties": [duty_dict(d) for d in doc.duties],
    }


def keeps_originals(session: Session) -> bool:
    """Whether this store holds the originals' bytes: a shared database
    does (every app machine serves every original), SQLite does not (they
    are in KB_HOME/files beside it)."""
    return session.get_bind().dialect.name != "sqlite"


def keep_original(session: Session, name: str, data: bytes) -> None:
    """Store an original's bytes under its stored name (once: the name is
    its content hash), in the session's transaction; nothing on SQLite."""
    if keeps_originals(session) and session.get(Original, name) is None:
        session.add(Original(name=name, size=len(data), data=data))


def load_original(session: Session, name: str) -> bytes | None:
    """The bytes of a stored original, or None (SQLite, or not there)."""
    if not keeps_originals(session):
        return None
    return session.scalar(select(Original.data).where(Original.name == name))


__all__ = [
    "Store",
    "keep_original",
    "load_original",
    "Original",
    "open_store",
    "make_engine",
    "portable_order",
    "PG_WRITE_LOCK_KEY",
    "PG_SCHEMA_LOCK_KEY",
    "find_document",
    "find_by_hash",
    "find_by_path",
    "save_document",
    "resolve_citations",
    "list_duties",
    "list_entitlements",
    "Duty",
    "Citation",
    "document_dict",
    "make_document_id",
    "Document",
    "Section",
]
