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
    with op.batch_alter_table("items") as items:
        items.add_column(
            sa.Column("expiry_required", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        items.add_column(
            sa.Column("lot_required", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        items.add_column(
            sa.Column(
                "production_date_required", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("locations") as locations:
        locations.add_column(sa.Column("zone", sa.String(64), nullable=False, server_default=""))
    with op.batch_alter_table("alerts") as alerts:
        alerts.add_column(sa.Column("superseded_at", sa.String(32)))
    with op.batch_alter_table("audit") as audit:
        audit.add_column(sa.Column("meta", sa.Text()))
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("audit_seq", sa.Integer()))
    with op.batch_alter_table("movements") as movements:
        movements.add_column(
            sa.Column("reason_code", sa.String(20), nullable=False, server_default="")
        )
        movements.add_column(sa.Column("countersigned_by", sa.String(64)))
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
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_column("audit_seq")
    with op.batch_alter_table("movements") as movements:
        movements.drop_column("countersigned_by")
        movements.drop_column("reason_code")
    with op.batch_alter_table("audit") as audit:
        audit.drop_column("meta")
    with op.batch_alter_table("alerts") as alerts:
        alerts.drop_column("superseded_at")
    with op.batch_alter_table("locations") as locations:
        locations.drop_column("zone")
    with op.batch_alter_table("items") as items:
        for column in ("production_date_required", "lot_required", "expiry_required"):
            items.drop_column(column)
