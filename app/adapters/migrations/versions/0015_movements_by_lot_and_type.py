"""the index of the movements by lot also by type: a lot's movements of some types
(a recall's where-used: its returns, moves and exits beside tens of thousands of
picks) found without reading every movement of the lot

Revision ID: 0015_movements_by_lot_and_type
Revises: 0014_kpi_months
"""

from __future__ import annotations

from alembic import op

revision = "0015_movements_by_lot_and_type"
down_revision = "0014_kpi_months"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Serves every look-up by lot alone too (its first column): it replaces that index.
    op.create_index("ix_movements_lot_type", "movements", ["lot_id", "type"])
    op.drop_index("ix_movements_lot", "movements")


def downgrade() -> None:
    op.create_index("ix_movements_lot", "movements", ["lot_id"])
    op.drop_index("ix_movements_lot_type", "movements")
