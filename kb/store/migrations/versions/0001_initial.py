"""Initial schema: documents and their sections, citations, duties and
entitlements (kb/store/models.py when kb migrate was introduced).

Revision ID: 0001
Revises:
Create Date: 2026-12-01

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """The tables of kb/store/models.py as of kb 0.1."""
    op.create_table('documents',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('number', sa.Text(), nullable=True),
    sa.Column('number_raw', sa.Text(), nullable=True),
    sa.Column('number_key', sa.Text(), nullable=True),
    sa.Column('doc_type', sa.String(length=40), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.Column('issued', sa.Date(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('signer', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('province', sa.Text(), nullable=True),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('site', sa.String(length=20), nullable=True),
    sa.Column('stored_name', sa.String(length=120), nullable=False),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('ocr_pages', sa.Text(), nullable=True),
    sa.Column('ocr_confidence', sa.Float(), nullable=True),
    sa.Column('legacy_encoding', sa.String(length=10), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('path')
    )
    op.create_index(op.f('ix_documents_doc_type'), 'documents', ['doc_type'], unique=False)
    op.create_index(op.f('ix_documents_file_hash'), 'documents', ['file_hash'], unique=False)
    op.create_index(op.f('ix_documents_issued'), 'documents', ['issued'], unique=False)
    op.create_index(op.f('ix_documents_issuer'), 'documents', ['issuer'], unique=False)
    op.create_index(op.f('ix_documents_number'), 'documents', ['number'], unique=False)
    op.create_index(op.f('ix_documents_number_key'), 'documents', ['number_key'], unique=False)
    op.create_index(op.f('ix_documents_province'), 'documents', ['province'], unique=False)
    op.create_table('citations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.Column('number', sa.Text(), nullable=False),
    sa.Column('number_key', sa.Text(), nullable=False),
    sa.Column('doc_type', sa.String(length=40), nullable=True),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('pin', sa.Text(), nullable=True),
    sa.Column('issued', sa.Date(), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.String(length=80), nullable=True),
    sa.Column('target_anchor', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_citations_document_id'), 'citations', ['document_id'], unique=False)
    op.create_index(op.f('ix_citations_number_key'), 'citations', ['number_key'], unique=False)
    op.create_index(op.f('ix_citations_target_id'), 'citations', ['target_id'], unique=False)
    op.create_table('duties',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('agency_key', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=True),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Text(), nullable=True),
    sa.Column('section', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_duties_agency_key'), 'duties', ['agency_key'], unique=False)
    op.create_index(op.f('ix_duties_document_id'), 'duties', ['document_id'], unique=False)
    op.create_table('entitlements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('provision', sa.Text(), nullable=False),
    sa.Column('anchor', sa.Text(), nullable=False),
    sa.Column('kinds', sa.Text(), nullable=False),
    sa.Column('beneficiaries', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_entitlements_document_id'), 'entitlements', ['document_id'], unique=False)
    op.create_table('sections',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('parent_ordinal', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('anchor', sa.Text(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_sections_document_id'), 'sections', ['document_id'], unique=False)


def downgrade() -> None:
    """Drop every table (children first)."""
    op.drop_table('sections')
    op.drop_table('entitlements')
    op.drop_table('duties')
    op.drop_table('citations')
    op.drop_table('documents')
