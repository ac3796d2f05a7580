"""an index of the warnings by lot and kind: a lot's warnings of one kind (has this
received lot had its WITHDRAWN warning yet?) found without walking every warning

Revision ID: 0013_alerts_by_lot
Revises: 0012_chosen_open_alerts
"""

from __future__ import annotations

from alembic import op

revision = "0013_alerts_by_lot"
down_revision = "0012_chosen_open_alerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_alerts_lot_kind", "alerts", ["lot_id", "kind"])


def downgrade() -> None:
    op.drop_index("ix_alerts_lot_kind", "alerts")
