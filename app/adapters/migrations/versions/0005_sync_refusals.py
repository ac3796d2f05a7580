"""events the centre refused, kept for a supervisor to correct or discard

Revision ID: 0005_sync_refusals
Revises: 0004_one_path
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_sync_refusals"
down_revision = "0004_one_path"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_refusals",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("di", sa.String(64)),
        sa.Column("lot", sa.String(64)),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.String(32), nullable=False),
        sa.Column("resolution", sa.String(20)),
        sa.Column("resolved_by", sa.String(64)),
        sa.Column("resolved_at", sa.String(32)),
        sa.Column("replacement_seq", sa.Integer()),
    )


def downgrade() -> None:
    op.drop_table("sync_refusals")
