"""an index of the open warnings whose disposition is chosen, by lot: what a movement
may close (app.services.dispositions), found without walking every open warning

Revision ID: 0012_chosen_open_alerts
Revises: 0011_kpis
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_chosen_open_alerts"
down_revision = "0011_kpis"
branch_labels = None
depends_on = None

_CHOSEN_OPEN = sa.text("disposition IS NOT NULL AND closed_at IS NULL")


def upgrade() -> None:
    op.create_index("ix_alerts_chosen_open", "alerts", ["lot_id"], sqlite_where=_CHOSEN_OPEN)


def downgrade() -> None:
    op.drop_index("ix_alerts_chosen_open", "alerts")
