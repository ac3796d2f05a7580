"""the national UDI database at the centre (devices and their packaging levels)

Revision ID: s0006_udi
Revises: s0004
"""

from __future__ import annotations

from alembic import op

from sync.server import schema as s

revision = "s0006_udi"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only, as the site has them (sync.server.schema copies their definition).
    bind = op.get_bind()
    s.udi_devices.create(bind)
    s.udi_packages.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    s.udi_packages.drop(bind)
    s.udi_devices.drop(bind)
