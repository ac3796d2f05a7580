"""KPIs: per-month totals of closed months, and the covering indexes the lot-based KPIs read

Revision ID: 0014_kpi_months
Revises: 0013_alerts_by_lot

The movement totals of a closed UTC month (app.adapters.kpi_queries.close_month) so a
month's KPIs do not re-aggregate its movements. A month counts as summed only while its
row in kpi_months stands; the triggers strike that row out whenever something the sums
rest on changes (a movement written, changed or removed in that month, its audit entry,
a lot's item, supplier or expiry, a location's kind), and the KPIs then read that month
from the movements until it is summed again. The triggers only delete a marker row:
a write stays a write.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_kpi_months"
down_revision = "0013_alerts_by_lot"
branch_labels = None
depends_on = None

_MONTH = "substr({}.at, 1, 7)"

TRIGGERS = {
    "kpi_movement_added": f"""
        AFTER INSERT ON movements
        WHEN EXISTS (SELECT 1 FROM kpi_months WHERE month = {_MONTH.format("NEW")})
        BEGIN DELETE FROM kpi_months WHERE month = {_MONTH.format("NEW")}; END""",
    "kpi_movement_changed": f"""
        AFTER UPDATE ON movements
        BEGIN DELETE FROM kpi_months
              WHERE month IN ({_MONTH.format("OLD")}, {_MONTH.format("NEW")}); END""",
    "kpi_movement_removed": f"""
        AFTER DELETE ON movements
        BEGIN DELETE FROM kpi_months WHERE month = {_MONTH.format("OLD")}; END""",
    "kpi_movement_audited": """
        AFTER INSERT ON audit WHEN NEW.entity = 'movement'
        BEGIN DELETE FROM kpi_months
              WHERE month = (SELECT substr(at, 1, 7) FROM movements WHERE id = NEW.entity_id);
        END""",
    "kpi_audit_changed": """
        AFTER UPDATE OF entity, entity_id ON audit
        BEGIN DELETE FROM kpi_months WHERE month IN
              (SELECT substr(at, 1, 7) FROM movements WHERE id IN (OLD.entity_id, NEW.entity_id));
        END""",
    "kpi_audit_removed": """
        AFTER DELETE ON audit WHEN OLD.entity = 'movement'
        BEGIN DELETE FROM kpi_months
              WHERE month = (SELECT substr(at, 1, 7) FROM movements WHERE id = OLD.entity_id);
        END""",
    "kpi_lot_changed": """
        AFTER UPDATE OF item_id, supplier_id, expiry ON lots
        WHEN OLD.item_id IS NOT NEW.item_id OR OLD.supplier_id IS NOT NEW.supplier_id
          OR OLD.expiry IS NOT NEW.expiry
        BEGIN DELETE FROM kpi_months WHERE month IN
              (SELECT substr(at, 1, 7) FROM movements WHERE lot_id = NEW.id); END""",
    "kpi_location_kind_changed": """
        AFTER UPDATE OF kind ON locations WHEN OLD.kind IS NOT NEW.kind
        BEGIN DELETE FROM kpi_months; END""",
}


def upgrade() -> None:
    op.create_table(
        "kpi_months",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("summed_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "kpi_month_totals",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("movements", sa.Integer(), nullable=False),
        sa.Column("audited", sa.Integer(), nullable=False),
        sa.Column("scanned", sa.Integer(), nullable=False),
        sa.Column("picks", sa.Integer(), nullable=False),
        sa.Column("unplanned", sa.Integer(), nullable=False),
        sa.Column("overrides", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=False),
        sa.Column("expired_written_off", sa.Integer(), nullable=False),
    )
    op.create_table(
        "kpi_item_months",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("item_id", sa.Integer(), primary_key=True),
        sa.Column("picked", sa.Integer(), nullable=False),
        sa.Column("flow", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_department_months",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("location_id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), primary_key=True),
        sa.Column("units", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    # The same per department alone: a month's department bars without its item lines.
    op.create_table(
        "kpi_department_totals",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("location_id", sa.Integer(), primary_key=True),
        sa.Column("units", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_supplier_months",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("supplier_id", sa.Integer()),
        sa.Column("days_left", sa.Float()),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
    )
    op.create_index("ix_kpi_supplier_months_month", "kpi_supplier_months", ["month"])
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # Risk stock and expired-unused walk lots by expiry: from the index alone.
    op.drop_index("ix_lots_expiry_on_hand", "lots")
    op.create_index(
        "ix_lots_expiry_on_hand", "lots", ["expiry", "on_hand", "item_id", "supplier_id"]
    )
    # Each item's units on hand now, from the narrowest index that has them.
    op.drop_index("ix_lots_item", "lots")
    op.create_index("ix_lots_item", "lots", ["item_id", "on_hand"])
    # Risk stock reads the stock lines of the lots near expiry: their quantity and
    # location from the index alone, not a table row per line.
    op.create_index("ix_stock_lot_quantity", "stock", ["lot_id", "quantity", "location_id"])


def downgrade() -> None:
    op.drop_index("ix_stock_lot_quantity", "stock")
    op.drop_index("ix_lots_item", "lots")
    op.create_index("ix_lots_item", "lots", ["item_id"])
    op.drop_index("ix_lots_expiry_on_hand", "lots")
    op.create_index("ix_lots_expiry_on_hand", "lots", ["expiry", "on_hand"])
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_kpi_supplier_months_month", "kpi_supplier_months")
    for table in (
        "kpi_supplier_months",
        "kpi_department_totals",
        "kpi_department_months",
        "kpi_item_months",
        "kpi_month_totals",
        "kpi_months",
    ):
        op.drop_table(table)
