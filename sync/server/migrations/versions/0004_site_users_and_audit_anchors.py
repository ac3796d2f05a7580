"""users for some sites only; the audit chain heads sites push, and flags on them; the
device a store enrolled as before

Revision ID: s0004
Revises: s0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.schema import SeqInt, UtcText

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes") as batch:
        batch.add_column(sa.Column("sites", sa.Text()))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("predecessor", sa.String(36)))
    op.create_table(
        "audit_anchors",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger(), primary_key=True),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", UtcText(), nullable=False),
    )
    op.create_index("ix_audit_anchors_site", "audit_anchors", ["site"])
    op.create_table(
        "audit_flags",
        sa.Column("id", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("raised_at", UtcText(), nullable=False),
    )
    op.create_index("ix_audit_flags_site", "audit_flags", ["site"])


def downgrade() -> None:
    op.drop_index("ix_audit_flags_site", "audit_flags")
    op.drop_table("audit_flags")
    op.drop_index("ix_audit_anchors_site", "audit_anchors")
    op.drop_table("audit_anchors")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("predecessor")
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("sites")
