"""usage by day: the units picked to and returned from each location, per item and UTC day,
kept by triggers, so the usage behind a forecast (90 days of picks) is read from a
summary, not from the movements joined to their lots

Revision ID: 0016_usage_by_day
Revises: 0015_movements_by_lot_and_type

A row of usage_days sums the pick and return movements of an item on a UTC calendar
day (the date of the movement's stored UTC time), per location: the department a pick
went to, the one a return came from (0 when the movement names none). The triggers
keep it equal to the ledger whatever changes it: a movement written, changed or
removed, a lot moved to another item. A site's usage window runs between the site's
midnights, which a trigger cannot place (the site's time zone and its daylight saving
are Python's); the reads take the UTC days wholly inside the window from here and the
hours at its two edges from the movements (app.adapters.loop).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_usage_by_day"
down_revision = "0015_movements_by_lot_and_type"
branch_labels = None
depends_on = None

# One movement's contribution, signed: +1 written, -1 taken back.
_ROW = """
    SELECT item_id, substr({m}.at, 1, 10),
           coalesce(CASE {m}.type WHEN 'pick' THEN {m}.to_location_id
                                  ELSE {m}.from_location_id END, 0),
           CASE {m}.type WHEN 'pick' THEN {sign}{m}.quantity ELSE 0 END,
           CASE {m}.type WHEN 'return' THEN {sign}{m}.quantity ELSE 0 END
    FROM lots WHERE id = {m}.lot_id AND {m}.type IN ('pick', 'return')"""
# A lot's movements, per day and location, signed, under one of its items.
_LOT = """
    SELECT {item}, substr(at, 1, 10),
           coalesce(CASE type WHEN 'pick' THEN to_location_id ELSE from_location_id END, 0),
           {sign}sum(CASE type WHEN 'pick' THEN quantity ELSE 0 END),
           {sign}sum(CASE type WHEN 'return' THEN quantity ELSE 0 END)
    FROM movements WHERE lot_id = NEW.id AND type IN ('pick', 'return') GROUP BY 2, 3"""
_ADD = """
    INSERT INTO usage_days (item_id, day, location_id, picked, returned) {rows}
    ON CONFLICT (item_id, day, location_id) DO UPDATE SET
        picked = picked + excluded.picked, returned = returned + excluded.returned;"""
# Rows taken back to nothing go: the table holds only days something was used.
_EMPTIED = """
    DELETE FROM usage_days WHERE picked = 0 AND returned = 0 AND item_id = {item}
        AND day = substr({m}.at, 1, 10);"""
_EMPTIED_ITEM = (
    "DELETE FROM usage_days WHERE item_id = OLD.item_id AND picked = 0 AND returned = 0;"
)


def _add(m: str, sign: str) -> str:
    return _ADD.format(rows=_ROW.format(m=m, sign=sign))


TRIGGERS = {
    "usage_movement_added": f"""
        AFTER INSERT ON movements WHEN NEW.type IN ('pick', 'return')
        BEGIN {_add("NEW", "")} END""",
    "usage_movement_changed": f"""
        AFTER UPDATE OF at, type, lot_id, quantity, from_location_id, to_location_id
        ON movements
        WHEN OLD.type IN ('pick', 'return') OR NEW.type IN ('pick', 'return')
        BEGIN {_add("OLD", "-")} {_add("NEW", "")}
              {_EMPTIED.format(item="(SELECT item_id FROM lots WHERE id = OLD.lot_id)", m="OLD")}
        END""",
    "usage_movement_removed": f"""
        AFTER DELETE ON movements WHEN OLD.type IN ('pick', 'return')
        BEGIN {_add("OLD", "-")}
              {_EMPTIED.format(item="(SELECT item_id FROM lots WHERE id = OLD.lot_id)", m="OLD")}
        END""",
    "usage_lot_item_changed": f"""
        AFTER UPDATE OF item_id ON lots WHEN OLD.item_id IS NOT NEW.item_id
        BEGIN {_ADD.format(rows=_LOT.format(item="OLD.item_id", sign="-"))}
              {_ADD.format(rows=_LOT.format(item="NEW.item_id", sign=""))}
              {_EMPTIED_ITEM}
        END""",
}


def upgrade() -> None:
    op.create_table(
        "usage_days",
        sa.Column("item_id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("location_id", sa.Integer(), primary_key=True),
        sa.Column("picked", sa.Integer(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    # The ledger so far, in one pass, in the table's own order.
    op.execute(
        "INSERT INTO usage_days (item_id, day, location_id, picked, returned) "
        "SELECT l.item_id, substr(m.at, 1, 10), coalesce(CASE m.type WHEN 'pick' "
        "THEN m.to_location_id ELSE m.from_location_id END, 0) AS location, "
        "sum(CASE m.type WHEN 'pick' THEN m.quantity ELSE 0 END), "
        "sum(CASE m.type WHEN 'return' THEN m.quantity ELSE 0 END) "
        "FROM movements m JOIN lots l ON l.id = m.lot_id "
        "WHERE m.type IN ('pick', 'return') GROUP BY l.item_id, 2, location"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("usage_days")
