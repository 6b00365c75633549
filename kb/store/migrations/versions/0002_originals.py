"""Originals in the database: the bytes of ingested files, for deployments
whose app machines share one PostgreSQL store.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # kb opened on the store since its upgrade (open_store creates missing tables) may have made it
    if sa.inspect(op.get_bind()).has_table("originals"):
        return
    op.create_table(
        "originals",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("originals")
