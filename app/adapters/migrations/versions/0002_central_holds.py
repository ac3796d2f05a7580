"""holds received from the centre, kept for lots the site has not received yet

Revision ID: 0002_central_holds
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_central_holds"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "central_holds",
        sa.Column("reference", sa.String(100), primary_key=True),
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("lot", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("central_holds")
