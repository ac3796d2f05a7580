"""the national UDI database (device table and its packaging levels), and items' package levels

Revision ID: 0007_udi
Revises: 0005_sync_refusals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_udi"
down_revision = "0005_sync_refusals"
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    kind: sa.types.TypeEngine[str] = sa.String(length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default="")


def upgrade() -> None:
    # New tables only: nothing existing is copied or altered.
    op.create_table(
        "udi_devices",
        sa.Column("di", sa.String(64), primary_key=True),
        _text("coding_system", 40),
        _text("generic_name"),
        _text("trade_name"),
        _text("model"),
        _text("registration_no", 100),
        _text("registrant"),
        _text("registrant_en"),
        _text("registrant_credit_code", 40),
        _text("classification_code", 40),
        _text("device_kind", 40),
        _text("product_kind", 40),
        _text("use_unit_di", 64),
        sa.Column("use_units", sa.Integer()),
        _text("direct_mark_di", 64),
        sa.Column("pi_has_lot", sa.Boolean()),
        sa.Column("pi_has_serial", sa.Boolean()),
        sa.Column("pi_has_production_date", sa.Boolean()),
        sa.Column("pi_has_expiry", sa.Boolean()),
        sa.Column("single_use", sa.Boolean()),
        sa.Column("sterile_package", sa.Boolean()),
        _text("sterilisation", 100),
        sa.Column("withdrawn_on", sa.Date()),
        _text("record_key", 100),
        sa.Column("version", sa.Integer()),
        sa.Column("version_date", sa.Date()),
        _text("change", 20),
        _text("storage_condition", 40),
        _text("storage_min", 20),
        _text("storage_max", 20),
        _text("storage_unit", 20),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "udi_packages",
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("device_di", sa.String(64), nullable=False),
        _text("level", 40),
        sa.Column("contains", sa.Integer(), nullable=False),
        sa.Column("contains_di", sa.String(64), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_udi_packages_device", "udi_packages", ["device_di"])
    op.create_table(
        "item_packages",
        sa.Column("di", sa.String(64), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("level", sa.String(40), nullable=False),
        sa.Column("contains", sa.Integer(), nullable=False),
        sa.Column("contains_di", sa.String(64), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
    )
    op.create_index("ix_item_packages_item", "item_packages", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_item_packages_item", "item_packages")
    op.drop_table("item_packages")
    op.drop_index("ix_udi_packages_device", "udi_packages")
    op.drop_table("udi_packages")
    op.drop_table("udi_devices")
