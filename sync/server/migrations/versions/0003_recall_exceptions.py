"""what each site's lots were produced on, and which recall an exception belongs to

Revision ID: s0003
Revises: s0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.schema import UtcText

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_lots",
        sa.Column("site", sa.String(64), primary_key=True),
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("lot", sa.String(64), primary_key=True),
        sa.Column("production_date", sa.Date()),
        sa.Column("seen_at", UtcText(), nullable=False),
    )
    op.create_index("ix_site_lots_lot", "site_lots", ["di", "lot"])
    with op.batch_alter_table("exceptions") as batch:
        batch.add_column(sa.Column("reference", sa.String(100)))
    op.create_index("ix_exceptions_reference", "exceptions", ["reference"])


def downgrade() -> None:
    op.drop_index("ix_exceptions_reference", "exceptions")
    with op.batch_alter_table("exceptions") as batch:
        batch.drop_column("reference")
    op.drop_index("ix_site_lots_lot", "site_lots")
    op.drop_table("site_lots")
