"""Set-based cross-checks of the ledger against its audit trail (for `audit verify`).

Each query returns what disagrees, so a sound store of millions of rows costs
a few table scans and returns nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, text

# A movement whose audit entry is missing, or says another type, quantity or lot.
_MOVEMENTS = text(
    """
    WITH audited AS (
        SELECT seq, entity_id, action,
               CASE WHEN json_valid(after) THEN json_extract(after, '$.quantity') END AS quantity,
               CASE WHEN json_valid(after)
                    THEN json_extract(after, '$.di') || '/' || json_extract(after, '$.lot')
               END AS lot
        FROM audit WHERE entity = 'movement'
    )
    SELECT m.id, m.type, m.quantity, l.di || '/' || l.lot AS lot, a.seq
    FROM movements m
    JOIN lots l ON l.id = m.lot_id
    LEFT JOIN audited a ON a.entity_id = m.id
    WHERE a.seq IS NULL OR a.action != m.type
       OR a.quantity IS NOT m.quantity
       OR a.lot IS NOT l.di || '/' || l.lot
    """
)

# Stock per lot and location as the ledger's movements leave it, beside the stock row.
_STOCK = text(
    """
    WITH holding AS (
        SELECT id FROM locations WHERE kind NOT IN ('department', 'supplier_return')
    ),
    flows AS (
        SELECT lot_id, to_location_id AS location_id, quantity AS delta FROM movements
        WHERE to_location_id IN (SELECT id FROM holding)
        UNION ALL
        SELECT lot_id, from_location_id, -quantity FROM movements
        WHERE from_location_id IN (SELECT id FROM holding)
    ),
    ledger AS (SELECT lot_id, location_id, SUM(delta) AS quantity FROM flows
               GROUP BY lot_id, location_id)
    SELECT l.di || '/' || l.lot AS lot, c.code AS location, g.quantity AS ledger,
           s.quantity AS stock
    FROM ledger g
    LEFT JOIN stock s ON s.lot_id = g.lot_id AND s.location_id = g.location_id
    JOIN lots l ON l.id = g.lot_id JOIN locations c ON c.id = g.location_id
    WHERE COALESCE(s.quantity, 0) != g.quantity
    UNION ALL
    SELECT l.di || '/' || l.lot, c.code, 0, s.quantity
    FROM stock s JOIN lots l ON l.id = s.lot_id JOIN locations c ON c.id = s.location_id
    WHERE s.quantity != 0 AND NOT EXISTS (
        SELECT 1 FROM ledger g WHERE g.lot_id = s.lot_id AND g.location_id = s.location_id)
    """
)

_ON_HAND = text(
    """
    SELECT l.di || '/' || l.lot AS lot, l.on_hand,
           COALESCE((SELECT SUM(s.quantity) FROM stock s WHERE s.lot_id = l.id), 0) AS stock
    FROM lots l
    WHERE l.on_hand != COALESCE((SELECT SUM(s.quantity) FROM stock s WHERE s.lot_id = l.id), 0)
    """
)

_UNSENT = text(
    """
    SELECT o.id, o.type, o.payload, o.audit_seq, a.meta
    FROM outbox o LEFT JOIN audit a ON a.seq = o.audit_seq
    WHERE o.sent_at IS NULL AND o.audit_seq IS NOT NULL
    """
)


class SqlAuditChecks:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _rows(self, query: Any) -> Iterator[dict[str, Any]]:
        for row in self.conn.execution_options(yield_per=2000).execute(query).mappings():
            yield dict(row)

    def movements_unlike_their_audit(self) -> Iterator[dict[str, Any]]:
        return self._rows(_MOVEMENTS)

    def stock_unlike_the_ledger(self) -> Iterator[dict[str, Any]]:
        return self._rows(_STOCK)

    def on_hand_unlike_stock(self) -> Iterator[dict[str, Any]]:
        return self._rows(_ON_HAND)

    def unsent_events(self) -> Iterator[dict[str, Any]]:
        return self._rows(_UNSENT)
