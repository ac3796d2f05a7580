"""recalls at the centre and their progress per site

Revision ID: s0002
Revises: s0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.schema import UtcText

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recalls",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("di", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("issued_at", UtcText(), nullable=False),
        sa.Column("origin_site", sa.String(64)),
        sa.Column("drill", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "recall_sites",
        sa.Column("recall_id", sa.String(64), primary_key=True),
        sa.Column("site", sa.String(64), primary_key=True),
        sa.Column("locked_at", UtcText()),
        sa.Column("received_at", UtcText()),
        sa.Column("lots", sa.Text(), nullable=False),
        sa.Column("recovered", sa.BigInteger(), nullable=False),
        sa.Column("affected", sa.BigInteger(), nullable=False),
        sa.Column("unaccounted", sa.BigInteger(), nullable=False),
        sa.Column("progress_at", UtcText()),
        sa.Column("closed_at", UtcText()),
    )


def downgrade() -> None:
    op.drop_table("recall_sites")
    op.drop_table("recalls")
