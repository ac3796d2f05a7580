"""The set-based reads the KPIs rest on (app.services.kpis holds the formulas).

Each query is one aggregate over the ledger, alerts or recalls for a period
[since, until) given as aware datetimes; they return plain tuples, and the
service turns them into figures. Stock "at a moment" is today's stock less
what the movements since that moment added to stock-holding locations.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.disposition import DISPOSALS

# Departments consume and suppliers take back: stock there has left the store.
_HOLDING = "kind NOT IN ('department', 'supplier_return')"
_WRITE_OFF = "('dispose', 'return_to_supplier')"
_DISPOSALS = "(" + ", ".join(f"'{m}'" for m in sorted(DISPOSALS)) + ")"

# A lot's unit cost: its latest receipt that gave one, else its item's.
_LOT_COST = """COALESCE(
    (SELECT c.unit_cost FROM movements c
     WHERE c.lot_id = l.id AND c.unit_cost IS NOT NULL ORDER BY c.seq DESC LIMIT 1),
    i.unit_cost)"""

_RISK_STOCK = text(
    f"""
    SELECT c.code, c.name, i.category, l.expiry, COUNT(*), SUM(s.quantity),
           SUM(s.quantity * cost), SUM(CASE WHEN cost IS NULL THEN s.quantity ELSE 0 END)
    FROM (SELECT l.id AS lot_id, {_LOT_COST} AS cost
          FROM lots l JOIN items i ON i.id = l.item_id
          WHERE l.expiry IS NOT NULL AND l.expiry <= :horizon AND l.on_hand > 0) k
    JOIN stock s ON s.lot_id = k.lot_id
    JOIN lots l ON l.id = k.lot_id JOIN items i ON i.id = l.item_id
    JOIN locations c ON c.id = s.location_id
    WHERE s.quantity > 0
    GROUP BY c.id, i.category, l.expiry
    """
)

# Net units each movement since :at put into (or took out of) stock-holding locations.
_FLOW_SINCE = f"""
    SELECT m.lot_id,
           (CASE WHEN m.to_location_id IN (SELECT id FROM locations WHERE {_HOLDING})
                 THEN m.quantity ELSE 0 END)
         - (CASE WHEN m.from_location_id IN (SELECT id FROM locations WHERE {_HOLDING})
                 THEN m.quantity ELSE 0 END) AS delta
    FROM movements m WHERE m.at >= :at
"""

_RECEIVED = text(
    """
    SELECT s.code, s.name, COUNT(*), SUM(m.quantity),
           SUM(CASE WHEN l.expiry IS NOT NULL
                     AND julianday(l.expiry) - julianday(substr(m.at, 1, 10)) < :min_days
                    THEN 1 ELSE 0 END)
    FROM movements m JOIN lots l ON l.id = m.lot_id
    LEFT JOIN suppliers s ON s.id = l.supplier_id
    WHERE m.type = 'receive' AND m.at >= :since AND m.at < :until
    GROUP BY l.supplier_id
    """
)

# Units of each lot expiring in [:first, :last] that reached its expiry unused: still
# on hand, or left on or after its expiry day by a write-off (picking an expired
# lot is refused, so nothing else takes it out then).
_EXPIRED_UNUSED = text(
    f"""
    SELECT s.code, i.di, i.name, i.name_zh, SUM(k.units), SUM(k.units * k.cost),
           SUM(CASE WHEN k.cost IS NULL THEN k.units ELSE 0 END)
    FROM (SELECT l.supplier_id, l.item_id,
                 l.on_hand + (SELECT COALESCE(SUM(m.quantity), 0) FROM movements m
                              WHERE m.lot_id = l.id AND m.type IN {_DISPOSALS}
                                AND substr(m.at, 1, 10) >= l.expiry) AS units,
                 {_LOT_COST} AS cost
          FROM lots l JOIN items i ON i.id = l.item_id
          WHERE l.expiry >= :first AND l.expiry <= :last) k
    JOIN items i ON i.id = k.item_id
    LEFT JOIN suppliers s ON s.id = k.supplier_id
    WHERE k.units > 0
    GROUP BY k.supplier_id, k.item_id
    """
)

_DEPARTMENT_USE = text(
    """
    SELECT d.code, d.name, i.di, i.name, i.name_zh,
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE -m.quantity END)
    FROM movements m
    JOIN locations d ON d.id = CASE WHEN m.type = 'pick' THEN m.to_location_id
                                    ELSE m.from_location_id END
    JOIN lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
    WHERE m.type IN ('pick', 'return') AND d.kind = 'department'
      AND m.at >= :since AND m.at < :until
    GROUP BY d.id, i.id
    """
)

# Per item: units picked in the period, on hand now, and the net flow since the
# period's start (so on hand then = now - flow since then).
_ITEM_STOCK = text(
    f"""
    WITH later AS ({_FLOW_SINCE}),
    since_start AS (SELECT l.item_id, SUM(g.delta) AS delta FROM later g
                    JOIN lots l ON l.id = g.lot_id GROUP BY l.item_id),
    picked AS (SELECT l.item_id, SUM(m.quantity) AS units FROM movements m
               JOIN lots l ON l.id = m.lot_id
               WHERE m.type = 'pick' AND m.at >= :at AND m.at < :until
               GROUP BY l.item_id),
    held AS (SELECT item_id, SUM(on_hand) AS on_hand FROM lots GROUP BY item_id)
    SELECT i.di, i.name, i.name_zh, i.min_stock, i.max_stock,
           COALESCE(p.units, 0), COALESCE(h.on_hand, 0), COALESCE(a.delta, 0)
    FROM items i
    LEFT JOIN picked p ON p.item_id = i.id
    LEFT JOIN held h ON h.item_id = i.id
    LEFT JOIN since_start a ON a.item_id = i.id
    WHERE COALESCE(p.units, 0) > 0 OR COALESCE(h.on_hand, 0) > 0 OR i.min_stock > 0
    """
)

_FLOW_PER_ITEM = text(
    f"""
    WITH later AS ({_FLOW_SINCE})
    SELECT i.di, SUM(g.delta) FROM later g
    JOIN lots l ON l.id = g.lot_id JOIN items i ON i.id = l.item_id
    GROUP BY l.item_id
    """
)

# The closed loop's record of each warning raised in the period (a tier superseded
# by a higher one is not counted: the lot's higher tier is).
_WARNINGS = text(
    """
    SELECT raised, disposition_at, closed_at, due_at, COALESCE(closed_how, '')
    FROM alerts WHERE raised >= :since AND raised < :until AND superseded_at IS NULL
    """
)

_PICKS = text(
    """
    SELECT COUNT(*), SUM(CASE WHEN trim(reference) = '' THEN 1 ELSE 0 END),
           SUM(CASE WHEN override_by IS NOT NULL THEN 1 ELSE 0 END)
    FROM movements WHERE type = 'pick' AND at >= :since AND at < :until
    """
)

_SCANNED = text(
    "SELECT COUNT(*) FROM movements WHERE raw_scan != '' AND at >= :since AND at < :until"
)
_REFUSED_SCANS = text(
    "SELECT code, COUNT(*) FROM scan_refusals WHERE at >= :since AND at < :until GROUP BY code"
)
_MISMATCH_ALERTS = text(
    "SELECT COUNT(*) FROM alerts WHERE kind = 'data_mismatch' AND raised >= :since"
    " AND raised < :until"
)

_AUDITED_MOVEMENTS = text(
    """
    SELECT COUNT(*), SUM(EXISTS (SELECT 1 FROM audit a
                                WHERE a.entity = 'movement' AND a.entity_id = m.id))
    FROM movements m WHERE m.at >= :since AND m.at < :until
    """
)

_RECALLS = text(
    """
    SELECT id FROM recalls
    WHERE issued_at < :until AND (closed_at IS NULL OR closed_at >= :since)
    ORDER BY issued_at, id
    """
)

_MONTHLY = text(
    f"""
    SELECT substr(m.at, 1, 7) AS month,
           SUM(CASE WHEN m.type = 'receive' THEN m.quantity ELSE 0 END),
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE 0 END),
           SUM(CASE WHEN m.type IN {_WRITE_OFF} AND m.reason_code = 'expired'
                    THEN m.quantity ELSE 0 END)
    FROM movements m WHERE m.at >= :since AND m.at < :until
    GROUP BY month ORDER BY month
    """
)


def utc_text(moment: datetime) -> str:
    """A moment as the schema stores it (tables.UtcDateTime), to compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class SqlKpiQueries:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _rows(self, query: Any, **params: Any) -> list[tuple[Any, ...]]:
        bound = {k: utc_text(v) if isinstance(v, datetime) else v for k, v in params.items()}
        return [tuple(r) for r in self.conn.execute(query, bound)]

    def risk_stock(self, horizon: date) -> list[tuple[str, str, str, date, int, int, float, int]]:
        """(location, name, category, expiry, lots, units, value, uncosted units) of stock
        whose lot expires on or before `horizon`, per location, category and expiry."""
        rows = self._rows(_RISK_STOCK, horizon=horizon.isoformat())
        return [
            (r[0], r[1], r[2] or "", date.fromisoformat(r[3]), r[4], r[5], r[6] or 0.0, r[7])
            for r in rows
        ]

    def received(
        self, since: datetime, until: datetime, min_days: int
    ) -> list[tuple[str | None, str | None, int, int, int]]:
        """(supplier, name, deliveries, units, deliveries with under `min_days` left)."""
        return [
            (r[0], r[1], r[2], r[3] or 0, r[4] or 0)
            for r in self._rows(_RECEIVED, since=since, until=until, min_days=min_days)
        ]

    def expired_unused(
        self, first: date, last: date
    ) -> list[tuple[str | None, str, str, str, int, float, int]]:
        """Per supplier and item: (supplier, di, item, item_zh, units, value, uncosted
        units) of lots expiring from `first` to `last` that reached their expiry unused
        (on hand, or written off on or after it)."""
        rows = self._rows(_EXPIRED_UNUSED, first=first.isoformat(), last=last.isoformat())
        return [(r[0], r[1], r[2], r[3] or "", r[4] or 0, r[5] or 0.0, r[6] or 0) for r in rows]

    def department_use(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, str, str, int]]:
        """(department, name, di, item, item_zh, units picked less units returned)."""
        return self._rows(_DEPARTMENT_USE, since=since, until=until)

    def item_stock(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int, int, int, int, int]]:
        """(di, name, name_zh, min, max, units picked, on hand now, flow since `since`)."""
        return self._rows(_ITEM_STOCK, at=since, until=until)

    def flow_per_item(self, at: datetime) -> dict[str, int]:
        """Per item: units the movements since `at` added to stock (negative: took out)."""
        return {r[0]: r[1] or 0 for r in self._rows(_FLOW_PER_ITEM, at=at)}

    def warnings(
        self, since: datetime, until: datetime
    ) -> list[tuple[datetime, datetime | None, datetime | None, datetime | None, str]]:
        """(raised, disposition chosen, closed, due, how closed) per warning raised."""
        return [
            (datetime.fromisoformat(r[0]), _moment(r[1]), _moment(r[2]), _moment(r[3]), r[4])
            for r in self._rows(_WARNINGS, since=since, until=until)
        ]

    def picks(self, since: datetime, until: datetime) -> tuple[int, int, int]:
        """(picks, picks naming no pick list or requisition, picks under an override)."""
        row = self._rows(_PICKS, since=since, until=until)[0]
        return row[0], row[1] or 0, row[2] or 0

    def scans(self, since: datetime, until: datetime) -> tuple[int, int, dict[str, int]]:
        """(scans the ledger kept, DATA_MISMATCH alerts, refused scans per code)."""
        kept = self._rows(_SCANNED, since=since, until=until)[0][0]
        mismatched = self._rows(_MISMATCH_ALERTS, since=since, until=until)[0][0]
        refused = {r[0]: r[1] for r in self._rows(_REFUSED_SCANS, since=since, until=until)}
        return kept, mismatched, refused

    def audited_movements(self, since: datetime, until: datetime) -> tuple[int, int]:
        """(movements in the period, those with their audit entry)."""
        row = self._rows(_AUDITED_MOVEMENTS, since=since, until=until)[0]
        return row[0], row[1] or 0

    def recalls_active(self, since: datetime, until: datetime) -> list[str]:
        """Recalls issued before the period ends and not closed before it began."""
        return [r[0] for r in self._rows(_RECALLS, since=since, until=until)]

    def lot_costs(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], float | None]:
        """Each (di, lot)'s unit cost: its latest costed receipt, else its item's."""
        out: dict[tuple[str, str], float | None] = {}
        for di, lot in keys:
            row = self.conn.execute(
                text(
                    f"SELECT {_LOT_COST} FROM lots l JOIN items i ON i.id = l.item_id"
                    " WHERE l.di = :di AND l.lot = :lot"
                ),
                {"di": di, "lot": lot},
            ).first()
            out[(di, lot)] = row[0] if row else None
        return out

    def monthly(self, since: datetime, until: datetime) -> list[tuple[str, int, int, int]]:
        """(YYYY-MM in UTC, units received, units picked, units written off for expiry)."""
        return [
            (r[0], r[1] or 0, r[2] or 0, r[3] or 0)
            for r in self._rows(_MONTHLY, since=since, until=until)
        ]
