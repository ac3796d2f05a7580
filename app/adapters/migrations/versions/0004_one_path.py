"""one command path: lot-data rules per item, zones, alert supersession, audit meta,
log-in failures, and evidence for write-offs outside a recall

Revision ID: 0004_one_path
Revises: 0003_recalls
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_one_path"
down_revision = "0003_recalls"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (no batch copy): items, locations and movements are
    # referenced by foreign keys, and a table copy would have to drop them.
    op.add_column(
        "items", sa.Column("expiry_required", sa.Boolean(), nullable=False, server_default="1")
    )
    op.add_column(
        "items", sa.Column("lot_required", sa.Boolean(), nullable=False, server_default="1")
    )
    op.add_column(
        "items",
        sa.Column("production_date_required", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.add_column("locations", sa.Column("zone", sa.String(64), nullable=False, server_default=""))
    op.add_column("alerts", sa.Column("superseded_at", sa.String(32)))
    op.add_column("audit", sa.Column("meta", sa.Text()))
    op.add_column("outbox", sa.Column("audit_seq", sa.Integer()))
    op.add_column(
        "movements", sa.Column("reason_code", sa.String(20), nullable=False, server_default="")
    )
    op.add_column("movements", sa.Column("countersigned_by", sa.String(64)))
    op.create_table(
        "login_failures",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure", sa.String(32), nullable=False),
        sa.Column("locked_until", sa.String(32)),
    )
    # A disposal's photo outside a recall is the same kind of record as a recall's.
    op.drop_index("ix_recall_evidence_recall", "recall_evidence")
    op.rename_table("recall_evidence", "evidence")
    with op.batch_alter_table("evidence") as evidence:
        evidence.alter_column("recall_id", existing_type=sa.String(64), nullable=True)
    op.create_index("ix_evidence_recall", "evidence", ["recall_id"])
    op.create_index("ix_evidence_movement", "evidence", ["movement_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_movement", "evidence")
    op.drop_index("ix_evidence_recall", "evidence")
    op.execute("DELETE FROM evidence WHERE recall_id IS NULL")
    with op.batch_alter_table("evidence") as evidence:
        evidence.alter_column("recall_id", existing_type=sa.String(64), nullable=False)
    op.rename_table("evidence", "recall_evidence")
    op.create_index("ix_recall_evidence_recall", "recall_evidence", ["recall_id"])
    op.drop_table("login_failures")
    # SQLite 3.35 and later drop a column in place (no table copy, no foreign keys dropped).
    for table, column in (
        ("movements", "countersigned_by"),
        ("movements", "reason_code"),
        ("outbox", "audit_seq"),
        ("audit", "meta"),
        ("alerts", "superseded_at"),
        ("locations", "zone"),
        ("items", "production_date_required"),
        ("items", "lot_required"),
        ("items", "expiry_required"),
    ):
        op.drop_column(table, column)
