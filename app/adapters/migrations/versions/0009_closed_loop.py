"""the closed loop: warnings owned, due, disposed and closed; item-level (low-stock) alerts;
items' unit cost, suppliers' return window; movements indexed by type and time (usage)

Revision ID: 0009_closed_loop
Revises: 0007_udi
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_closed_loop"
down_revision = "0008_cold_chain"
branch_labels = None
depends_on = None

_EXPIRY_TIER = sa.text("kind = 'expiry'")
_LOW_STOCK_OPEN = sa.text("kind = 'low_stock' AND closed_at IS NULL")
_UNASSIGNED = sa.text("due_at IS NULL")


def upgrade() -> None:
    op.add_column(
        "suppliers",
        sa.Column("return_window_days", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_movements_type_at", "movements", ["type", "at"])
    # A low-stock warning is the item's, not a lot's: lot_id becomes optional (a copy
    # of the table, SQLite's way), its indexes made again after.
    op.drop_index("ux_alerts_expiry_tier", "alerts")
    op.drop_index("ix_alerts_open", "alerts")
    with op.batch_alter_table("alerts", recreate="always") as batch:
        batch.alter_column("lot_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("item_id", sa.Integer()))
        batch.create_foreign_key("fk_alerts_item", "items", ["item_id"], ["id"])
        batch.add_column(sa.Column("due_at", sa.String(32)))
        batch.add_column(sa.Column("disposition", sa.String(30)))
        batch.add_column(sa.Column("disposition_by", sa.String(64)))
        batch.add_column(sa.Column("disposition_at", sa.String(32)))
        batch.add_column(
            sa.Column("disposition_reason", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("disposition_target", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("escalated_at", sa.String(32)))
        batch.add_column(sa.Column("closed_at", sa.String(32)))
        batch.add_column(sa.Column("closed_by", sa.String(64)))
        batch.add_column(sa.Column("closed_how", sa.String(40)))
    # Under the old rules an acknowledgement closed a warning: it stays closed.
    op.execute(
        "UPDATE alerts SET closed_at = acknowledged_at, closed_by = acknowledged_by, "
        "closed_how = 'acknowledged' WHERE acknowledged_at IS NOT NULL"
    )
    op.execute("UPDATE alerts SET item_id = (SELECT item_id FROM lots WHERE lots.id = lot_id)")
    op.create_index(
        "ux_alerts_expiry_tier",
        "alerts",
        ["lot_id", "kind", "level"],
        unique=True,
        sqlite_where=_EXPIRY_TIER,
    )
    op.create_index("ix_alerts_open", "alerts", ["acknowledged_at", "level"])
    op.create_index("ix_alerts_closed", "alerts", ["closed_at", "level"])
    op.create_index(
        "ux_alerts_low_stock_open", "alerts", ["item_id"], unique=True, sqlite_where=_LOW_STOCK_OPEN
    )
    op.create_index("ix_alerts_unassigned", "alerts", ["id"], sqlite_where=_UNASSIGNED)


def downgrade() -> None:
    op.drop_index("ix_alerts_unassigned", "alerts")
    op.drop_index("ux_alerts_low_stock_open", "alerts")
    op.drop_index("ix_alerts_closed", "alerts")
    op.drop_index("ix_alerts_open", "alerts")
    op.drop_index("ux_alerts_expiry_tier", "alerts")
    op.execute("DELETE FROM alerts WHERE lot_id IS NULL")
    with op.batch_alter_table("alerts", recreate="always") as batch:
        for name in (
            "closed_how",
            "closed_by",
            "closed_at",
            "escalated_at",
            "disposition_target",
            "disposition_reason",
            "disposition_at",
            "disposition_by",
            "disposition",
            "due_at",
            "item_id",
        ):
            batch.drop_column(name)
        batch.alter_column("lot_id", existing_type=sa.Integer(), nullable=False)
    op.create_index(
        "ux_alerts_expiry_tier",
        "alerts",
        ["lot_id", "kind", "level"],
        unique=True,
        sqlite_where=_EXPIRY_TIER,
    )
    op.create_index("ix_alerts_open", "alerts", ["acknowledged_at", "level"])
    op.drop_index("ix_movements_type_at", "movements")
    op.drop_column("suppliers", "return_window_days")
