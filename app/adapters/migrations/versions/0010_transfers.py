"""transfers between sites, the centre's transfer suggestions, and the notification queue

Revision ID: 0010_transfers
Revises: 0007_udi
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_transfers"
down_revision = "0009_closed_loop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: nothing existing is copied or altered.
    op.create_table(
        "transfers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("di", sa.String(64), nullable=False),
        sa.Column("lot", sa.String(64), nullable=False),
        sa.Column("expiry", sa.Date()),
        sa.Column("production_date", sa.Date()),
        sa.Column("qc", sa.String(10), nullable=False),
        sa.Column("from_site", sa.String(64), nullable=False),
        sa.Column("to_site", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("sent_at", sa.String(32), nullable=False),
        sa.Column("sent_by", sa.String(64), nullable=False, server_default=""),
        sa.Column("suggestion_id", sa.String(36)),
        sa.Column("received", sa.Integer()),
        sa.Column("arrived_at", sa.String(32)),
        sa.Column("arrived_by", sa.String(64)),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_transfers_lot", "transfers", ["di", "lot"])
    op.create_table(
        "transfer_suggestions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("di", sa.String(64), nullable=False),
        sa.Column("lot", sa.String(64), nullable=False),
        sa.Column("expiry", sa.Date()),
        sa.Column("to_site", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unused", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("computed_at", sa.String(32), nullable=False),
        sa.Column("decided_at", sa.String(32)),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("transfer_id", sa.String(36)),
    )

    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("cause", sa.String(200), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("next_attempt_at", sa.String(32), nullable=False),
        sa.Column("sent_at", sa.String(32)),
        sa.Column("via", sa.String(20), nullable=False, server_default=""),
        sa.Column("last_error", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_notifications_due", "notifications", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_notifications_due", "notifications")
    op.drop_table("notifications")
    op.drop_table("transfer_suggestions")
    op.drop_index("ix_transfers_lot", "transfers")
    op.drop_table("transfers")
