"""recalls: the case, its affected lots, tasks, accounts and evidence

Revision ID: 0003_recalls
Revises: 0002_central_holds
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_recalls"
down_revision = "0002_central_holds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recalls",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("di", sa.String(64), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("drill", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("applied_at", sa.String(32)),
        sa.Column("closed_at", sa.String(32)),
        sa.Column("closed_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_recalls_di_status", "recalls", ["di", "status"])
    op.create_table(
        "recall_lots",
        sa.Column("recall_id", sa.String(64), sa.ForeignKey("recalls.id"), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lots.id"), primary_key=True),
        sa.Column("blocked_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_recall_lots_lot", "recall_lots", ["lot_id"])
    op.create_table(
        "recall_tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recall_id", sa.String(64), sa.ForeignKey("recalls.id"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("location_id", sa.Integer(), sa.ForeignKey("locations.id"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("notified_at", sa.String(32)),
        sa.UniqueConstraint("recall_id", "kind", "location_id"),
    )
    op.create_table(
        "recall_accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recall_id", sa.String(64), sa.ForeignKey("recalls.id"), nullable=False),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lots.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), sa.ForeignKey("locations.id")),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
    )
    op.create_index("ix_recall_accounts_recall", "recall_accounts", ["recall_id"])
    op.create_table(
        "recall_evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recall_id", sa.String(64), sa.ForeignKey("recalls.id"), nullable=False),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lots.id")),
        sa.Column("movement_id", sa.String(36)),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("stored_as", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
    )
    op.create_index("ix_recall_evidence_recall", "recall_evidence", ["recall_id"])


def downgrade() -> None:
    for index, table in (
        ("ix_recall_evidence_recall", "recall_evidence"),
        ("ix_recall_accounts_recall", "recall_accounts"),
        ("ix_recall_lots_lot", "recall_lots"),
        ("ix_recalls_di_status", "recalls"),
    ):
        op.drop_index(index, table)
    for table in ("recall_evidence", "recall_accounts", "recall_tasks", "recall_lots", "recalls"):
        op.drop_table(table)
