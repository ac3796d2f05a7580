"""transfers between sites, the centre's transfer suggestions, lot expiries and site usage

Revision ID: s0008_transfers
Revises: s0006_udi
"""

from __future__ import annotations

from alembic import op

from sync.server import schema as s

revision = "s0008_transfers"
down_revision = "s0006_udi"
branch_labels = None
depends_on = None

_TABLES = (s.transfers, s.transfer_suggestions, s.lot_expiries, s.site_usage)


def upgrade() -> None:
    # New tables only, created from their definition in sync.server.schema.
    bind = op.get_bind()
    for table in _TABLES:
        table.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(_TABLES):
        table.drop(bind)
