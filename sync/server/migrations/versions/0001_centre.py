"""the centre's first schema

Revision ID: s0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.schema import SeqInt, UtcText

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("created_at", UtcText(), nullable=False),
        sa.Column("used_at", UtcText()),
        sa.Column("device_id", sa.String(36)),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("enrolled_at", UtcText(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seen", UtcText()),
        sa.Column("clock_skew_seconds", sa.Float()),
        sa.Column("retired_reason", sa.Text()),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("at", UtcText(), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("received_at", UtcText(), nullable=False),
        sa.Column("skew_seconds", sa.Float()),
        sa.UniqueConstraint("device_id", "seq", name="uq_events_device_seq"),
    )
    op.create_index("ix_events_site", "events", ["site"])
    op.create_table(
        "site_stock",
        sa.Column("site", sa.String(64), primary_key=True),
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("lot", sa.String(64), primary_key=True),
        sa.Column("location", sa.String(64), primary_key=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_site_stock_lot", "site_stock", ["di", "lot"])
    op.create_table(
        "holds",
        sa.Column("reference", sa.String(100), primary_key=True),
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("lot", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("issued_at", UtcText(), nullable=False),
        sa.Column("lifted_at", UtcText()),
    )
    op.create_index("ix_holds_lot", "holds", ["di", "lot"])
    op.create_table(
        "exceptions",
        sa.Column("id", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("di", sa.String(64), nullable=False),
        sa.Column("lot", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("raised_at", UtcText(), nullable=False),
        sa.Column("resolved_at", UtcText()),
    )
    op.create_table(
        "changes",
        sa.Column("seq", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("at", UtcText(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_changes_live", "changes", ["channel", "superseded", "seq"])
    op.create_index("ix_changes_record", "changes", ["kind", "key"])


def downgrade() -> None:
    for table in ("changes", "exceptions", "holds", "site_stock", "events", "devices"):
        op.drop_table(table)
    op.drop_table("enrolment_codes")
