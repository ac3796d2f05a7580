"""KPIs: items' unit cost and target maximum, a receipt's own unit cost, refused scans

Revision ID: 0011_kpis
Revises: 0007_udi
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_kpis"
down_revision = "0010_transfers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN, not a table copy: the ledger may hold millions of movements.
    op.add_column("items", sa.Column("unit_cost", sa.Float()))
    op.add_column("items", sa.Column("max_stock", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("movements", sa.Column("unit_cost", sa.Float()))
    op.create_index(
        "ix_movements_costed",
        "movements",
        ["lot_id", "seq"],
        sqlite_where=sa.text("unit_cost IS NOT NULL"),
    )
    op.create_index("ix_movements_at", "movements", ["at"])
    op.create_index("ix_alerts_raised", "alerts", ["raised"])
    op.create_table(
        "scan_refusals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("command", sa.String(40), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("di", sa.String(64)),
        sa.Column("lot", sa.String(64)),
    )
    op.create_index("ix_scan_refusals_at", "scan_refusals", ["at"])


def downgrade() -> None:
    op.drop_index("ix_scan_refusals_at", "scan_refusals")
    op.drop_table("scan_refusals")
    op.drop_index("ix_alerts_raised", "alerts")
    op.drop_index("ix_movements_at", "movements")
    op.drop_index("ix_movements_costed", "movements")
    with op.batch_alter_table("movements") as batch:
        batch.drop_column("unit_cost")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("max_stock")
        batch.drop_column("unit_cost")
