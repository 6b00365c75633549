"""SQLAlchemy models of the store.

Text taken from documents (numbers, names, labels) is ``Text``, not
``String(n)``: SQLite ignores a length but PostgreSQL enforces it, and a
store must accept on one backend what it accepts on the other. Lists are
ordered by position, then by id, so ties come back in one order everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One ingested file and the document it holds (or reports on)."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    # bibliographic metadata
    number: Mapped[str | None] = mapped_column(Text, index=True)
    number_raw: Mapped[str | None] = mapped_column(Text)
    number_key: Mapped[str | None] = mapped_column(Text, index=True)
    doc_type: Mapped[str | None] = mapped_column(String(40), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(Text, index=True)
    issued: Mapped[date | None] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(Text)
    signer: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(Text)
    effective_date: Mapped[date | None] = mapped_column(Date)
    province: Mapped[str | None] = mapped_column(Text, index=True)
    source_kind: Mapped[str] = mapped_column(String(20), default="document")
    language: Mapped[str] = mapped_column(String(8), default="vi")
    # the file
    path: Mapped[str] = mapped_column(Text, unique=True)
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    file_size: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(10))
    site: Mapped[str | None] = mapped_column(String(20))
    stored_name: Mapped[str] = mapped_column(String(120))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    warnings: Mapped[str] = mapped_column(Text, default="")  # one per line
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    # how the text was obtained: OCR'd pages ("3,4"), their mean word
    # confidence, and a legacy 8-bit font encoding converted to Unicode
    ocr_pages: Mapped[str | None] = mapped_column(Text, default="")
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    legacy_encoding: Mapped[str | None] = mapped_column(String(10))
    # text: loaded only when read (a list of duties joins each duty to its
    # document; loading a whole code's text per row took gigabytes)
    text: Mapped[str] = mapped_column(Text, deferred=True)
    source_text: Mapped[str] = mapped_column(Text, deferred=True)

    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Section.ordinal"
    )
    duties: Mapped[list[Duty]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="[Duty.start, Duty.id]"
    )
    entitlements: Mapped[list[Entitlement]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="[Entitlement.start, Entitlement.id]"
    )
    citations: Mapped[list[Citation]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="[Citation.start, Citation.id]",
        foreign_keys="Citation.document_id",
    )


class Section(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    parent_ordinal: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(Text)
    heading: Mapped[str] = mapped_column(Text, default="")
    anchor: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer, default=0)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="sections")

    def text_of(self, document: Document) -> str:
        return document.text[self.start:self.end]


class Citation(Base):
    """A reference from one document to another, resolved by number.

    ``status`` is "resolved" (``target_id`` set), "ambiguous" (several
    documents carry the number and nothing decides) or "unresolved" (the
    target is not in the knowledge base yet; resolved when it arrives).
    """

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    raw: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(Text)
    number_key: Mapped[str] = mapped_column(Text, index=True)
    doc_type: Mapped[str | None] = mapped_column(String(40))
    relation: Mapped[str] = mapped_column(String(20))
    pin: Mapped[str | None] = mapped_column(Text)
    issued: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    target_id: Mapped[str | None] = mapped_column(String(80), index=True)
    target_anchor: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="unresolved")

    document: Mapped[Document] = relationship(back_populates="citations", foreign_keys=[document_id])


class Duty(Base):
    """A task a document assigns to an agency (kb duties)."""

    __tablename__ = "duties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    agency: Mapped[str] = mapped_column(Text)
    agency_key: Mapped[str] = mapped_column(Text, index=True)
    role: Mapped[str | None] = mapped_column(String(20))
    task: Mapped[str] = mapped_column(Text)
    deadline: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="duties")


class Entitlement(Base):
    """A provision granting support to trafficking victims (kb entitlements)."""

    __tablename__ = "entitlements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    provision: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str] = mapped_column(Text)
    kinds: Mapped[str] = mapped_column(Text)  # "; "-separated
    beneficiaries: Mapped[str] = mapped_column(Text)  # "; "-separated
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="entitlements")


class Original(Base):
    """An ingested file's bytes, kept in the database when the store is
    shared (PostgreSQL), so every app machine can serve every original;
    ``name`` is the document's ``stored_name`` (content hash + suffix). On
    SQLite the originals live only in KB_HOME/files."""

    __tablename__ = "originals"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
