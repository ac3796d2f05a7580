"""KPIs: stock summaries kept by the writes that move stock, so the KPI set reads small tables

Revision ID: 0017_kpi_stock_summaries
Revises: 0015_movements_by_lot_and_type

kpi_stock_expiry: per expiry day, location and item category, the stock lines with
stock of lots with an expiry, their units, value (units × the lot's unit cost: its
latest costed receipt, else its item's) and the units with no cost. Risk stock is read
from it and summed into tiers at read time (a tier depends on "today"; an expiry day
does not). kpi_item_on_hand: each item's units on hand (lots.on_hand summed).

Both are kept by triggers in the same transaction as the write, whatever writes it:
stock lines added, changed or removed; a costed receipt changing a lot's cost; an
item's category or unit cost, a lot's item or expiry changing. Each trigger takes out
what the lines gave before and puts in what they give now, in one statement. The
cost rule is app.adapters.kpi_queries' _LOT_COST, repeated here as this revision's SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_kpi_stock_summaries"
down_revision = "0016_usage_by_day"
branch_labels = None
depends_on = None


def _cost(lot: str, item_cost: str, skip_movement: str | None = None) -> str:
    """A lot's unit cost: its latest costed receipt (not `skip_movement`), else `item_cost`."""
    skip = "" if skip_movement is None else f" AND c.seq IS NOT {skip_movement}"
    return f"""COALESCE(
        (SELECT c.unit_cost FROM movements c
         WHERE c.lot_id = {lot} AND c.unit_cost IS NOT NULL{skip}
         ORDER BY c.seq DESC LIMIT 1),
        {item_cost})"""


def _apply(lines: str) -> str:
    """Add `lines` — rows (sign, expiry, location_id, category, q, cost), sign -1 for
    what a line gave before, +1 for what it gives now — to kpi_stock_expiry."""
    return f"""
        INSERT INTO kpi_stock_expiry (expiry, location_id, category, lines, units, value,
                                      uncosted)
        SELECT expiry, location_id, category, SUM(sign), SUM(sign * q),
               COALESCE(SUM(sign * q * cost), 0),
               SUM(CASE WHEN cost IS NULL THEN sign * q ELSE 0 END)
        FROM ({lines}) WHERE true
        GROUP BY expiry, location_id, category
        ON CONFLICT (expiry, location_id, category) DO UPDATE SET
            lines = lines + excluded.lines, units = units + excluded.units,
            value = value + excluded.value, uncosted = uncosted + excluded.uncosted;"""


def _line(sign: int, row: str) -> str:
    """What stock row `row` (OLD or NEW) gives, with the lot and item as they are now."""
    return f"""
        SELECT {sign} AS sign, l.expiry AS expiry, {row}.location_id AS location_id,
               i.category AS category, {row}.quantity AS q,
               {_cost("l.id", "i.unit_cost")} AS cost
        FROM lots l JOIN items i ON i.id = l.item_id
        WHERE l.id = {row}.lot_id AND l.expiry IS NOT NULL AND {row}.quantity > 0"""


def _item_lines(sign: int, item: str, lots: str) -> str:
    """The stock lines of `lots` (a condition on lot l) as item `item` (OLD or NEW) has them."""
    return f"""
        SELECT {sign} AS sign, l.expiry AS expiry, s.location_id AS location_id,
               {item}.category AS category, s.quantity AS q,
               {_cost("l.id", f"{item}.unit_cost")} AS cost
        FROM lots l JOIN stock s ON s.lot_id = l.id
        WHERE {lots} AND l.expiry IS NOT NULL AND s.quantity > 0"""


def _lot_lines(sign: int, lot: str) -> str:
    """The stock lines of lot `lot` (OLD or NEW) as it has them, its item as it is now."""
    return f"""
        SELECT {sign} AS sign, {lot}.expiry AS expiry, s.location_id AS location_id,
               i.category AS category, s.quantity AS q,
               {_cost(f"{lot}.id", "i.unit_cost")} AS cost
        FROM stock s JOIN items i ON i.id = {lot}.item_id
        WHERE s.lot_id = {lot}.id AND {lot}.expiry IS NOT NULL AND s.quantity > 0"""


def _stock_lines(sign: int, where: str, skip_movement: str | None = None) -> str:
    """The stock lines `where` picks (s, lot l, item i), costed as if movement
    `skip_movement` were not there."""
    return f"""
        SELECT {sign} AS sign, l.expiry AS expiry, s.location_id AS location_id,
               i.category AS category, s.quantity AS q,
               {_cost("l.id", "i.unit_cost", skip_movement)} AS cost
        FROM stock s JOIN lots l ON l.id = s.lot_id JOIN items i ON i.id = l.item_id
        WHERE {where} AND l.expiry IS NOT NULL AND s.quantity > 0"""


def _units(row: str) -> str:
    return f"(CASE WHEN {row}.quantity > 0 THEN {row}.quantity ELSE 0 END)"


# A stock line's quantity changed in place (every pick, move and receipt): one row of
# kpi_stock_expiry changes by the difference, without the general form's grouping.
_QUANTITY_CHANGED = f"""
        INSERT INTO kpi_stock_expiry (expiry, location_id, category, lines, units, value,
                                      uncosted)
        SELECT expiry, NEW.location_id, category,
               (NEW.quantity > 0) - (OLD.quantity > 0), du, COALESCE(du * cost, 0),
               CASE WHEN cost IS NULL THEN du ELSE 0 END
        FROM (SELECT l.expiry AS expiry, i.category AS category,
                     {_units("NEW")} - {_units("OLD")} AS du,
                     {_cost("l.id", "i.unit_cost")} AS cost
              FROM lots l JOIN items i ON i.id = l.item_id
              WHERE l.id = NEW.lot_id AND l.expiry IS NOT NULL)
        WHERE true
        ON CONFLICT (expiry, location_id, category) DO UPDATE SET
            lines = lines + excluded.lines, units = units + excluded.units,
            value = value + excluded.value, uncosted = uncosted + excluded.uncosted;"""


def _on_hand(rows: str) -> str:
    """Add `rows` — (item_id, units) — to kpi_item_on_hand."""
    return f"""
        INSERT INTO kpi_item_on_hand (item_id, on_hand)
        SELECT item_id, SUM(units) FROM ({rows}) WHERE true GROUP BY item_id
        ON CONFLICT (item_id) DO UPDATE SET on_hand = on_hand + excluded.on_hand;"""


TRIGGERS = {
    "kpi_stock_line_added": f"""
        AFTER INSERT ON stock WHEN NEW.quantity > 0
        BEGIN {_apply(_line(1, "NEW"))} END""",
    "kpi_stock_quantity_changed": f"""
        AFTER UPDATE OF quantity ON stock
        WHEN OLD.quantity IS NOT NEW.quantity
          AND OLD.lot_id = NEW.lot_id AND OLD.location_id = NEW.location_id
        BEGIN {_QUANTITY_CHANGED} END""",
    "kpi_stock_line_changed": f"""
        AFTER UPDATE OF lot_id, location_id ON stock
        WHEN OLD.lot_id IS NOT NEW.lot_id OR OLD.location_id IS NOT NEW.location_id
        BEGIN {_apply(_line(-1, "OLD") + " UNION ALL " + _line(1, "NEW"))} END""",
    "kpi_stock_line_removed": f"""
        AFTER DELETE ON stock WHEN OLD.quantity > 0
        BEGIN {_apply(_line(-1, "OLD"))} END""",
    "kpi_lot_costed": f"""
        AFTER INSERT ON movements WHEN NEW.unit_cost IS NOT NULL
        BEGIN {
        _apply(
            _stock_lines(-1, "s.lot_id = NEW.lot_id", "NEW.seq")
            + " UNION ALL "
            + _stock_lines(1, "s.lot_id = NEW.lot_id")
        )
    } END""",
    "kpi_item_costed": f"""
        AFTER UPDATE OF category, unit_cost ON items
        WHEN OLD.category IS NOT NEW.category OR OLD.unit_cost IS NOT NEW.unit_cost
        BEGIN {
        _apply(
            _item_lines(-1, "OLD", "l.item_id = OLD.id")
            + " UNION ALL "
            + _item_lines(1, "NEW", "l.item_id = NEW.id")
        )
    } END""",
    "kpi_lot_moved": f"""
        AFTER UPDATE OF item_id, expiry ON lots
        WHEN OLD.item_id IS NOT NEW.item_id OR OLD.expiry IS NOT NEW.expiry
        BEGIN {_apply(_lot_lines(-1, "OLD") + " UNION ALL " + _lot_lines(1, "NEW"))} END""",
    "kpi_on_hand_added": f"""
        AFTER INSERT ON lots WHEN NEW.on_hand != 0
        BEGIN {_on_hand("SELECT NEW.item_id AS item_id, NEW.on_hand AS units")} END""",
    "kpi_on_hand_changed": """
        AFTER UPDATE OF on_hand ON lots
        WHEN OLD.on_hand IS NOT NEW.on_hand AND OLD.item_id = NEW.item_id
        BEGIN INSERT INTO kpi_item_on_hand (item_id, on_hand)
              VALUES (NEW.item_id, NEW.on_hand - OLD.on_hand)
              ON CONFLICT (item_id) DO UPDATE SET on_hand = on_hand + excluded.on_hand; END""",
    "kpi_on_hand_moved": f"""
        AFTER UPDATE OF item_id ON lots
        WHEN OLD.item_id IS NOT NEW.item_id
        BEGIN {
        _on_hand(
            "SELECT OLD.item_id AS item_id, -OLD.on_hand AS units"
            " UNION ALL SELECT NEW.item_id, NEW.on_hand"
        )
    } END""",
    "kpi_on_hand_removed": f"""
        AFTER DELETE ON lots WHEN OLD.on_hand != 0
        BEGIN {_on_hand("SELECT OLD.item_id AS item_id, -OLD.on_hand AS units")} END""",
}


def upgrade() -> None:
    op.create_table(
        "kpi_stock_expiry",
        sa.Column("expiry", sa.Date(), primary_key=True),
        sa.Column("location_id", sa.Integer(), primary_key=True),
        sa.Column("category", sa.String(100), primary_key=True),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("uncosted", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_item_on_hand",
        sa.Column("item_id", sa.Integer(), primary_key=True),
        sa.Column("on_hand", sa.Integer(), nullable=False),
    )
    op.execute(_apply(_stock_lines(1, "true")).rstrip(";"))
    op.execute(
        "INSERT INTO kpi_item_on_hand (item_id, on_hand)"
        " SELECT item_id, SUM(on_hand) FROM lots GROUP BY item_id"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("kpi_item_on_hand")
    op.drop_table("kpi_stock_expiry")
