"""The set-based reads the KPIs rest on (app.services.kpis holds the formulas).

Each query is one aggregate over the ledger, alerts or recalls for a period
[since, until) given as aware datetimes; they return plain tuples, and the
service turns them into figures. Stock "at a moment" is today's stock less
what the movements since that moment added to stock-holding locations.

Movement totals come per UTC month ("YYYY-MM"). A closed month, once summed
(`close_month`), is read from its stored totals (tables kpi_*) as long as its
kpi_months row stands; triggers strike that row out when anything the totals
rest on changes (migration 0014_kpi_months), and every month not summed, and
the parts of months a period only partly covers, are read from the movements
with the very statement that sums a month. Either way the figure is the same.

Stock now is read from summaries triggers keep in the transaction of every write to
stock and lots (migration 0017_kpi_stock_summaries): kpi_stock_expiry per expiry day,
location and category (risk stock; tiers are summed from expiry days at read time,
since they depend on "today"), kpi_item_on_hand per item.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection

from app.adapters.driver import run
from app.adapters.tables import utc_text
from app.domain.disposition import DISPOSALS

# Departments consume and suppliers take back: stock there has left the store.
_HOLDING = "(SELECT id FROM locations WHERE kind NOT IN ('department', 'supplier_return'))"
_WRITE_OFF = "('dispose', 'return_to_supplier')"
_DISPOSALS = "(" + ", ".join(f"'{m}'" for m in sorted(DISPOSALS)) + ")"
# How a warning closed by a disposal movement was closed (alerts.closed_how).
_CLOSED_BY_DISPOSAL = "(" + ", ".join(f"'movement:{m}'" for m in sorted(DISPOSALS)) + ")"
_EVER = datetime(9999, 12, 31, tzinfo=UTC)
"""The end of "since then": after every movement."""

# A lot's unit cost: its latest receipt that gave one, else its item's (the stock summaries'
# triggers, migration 0017_kpi_stock_summaries, hold the same rule as their own SQL).
_LOT_COST = """COALESCE(
    (SELECT c.unit_cost FROM movements c
     WHERE c.lot_id = l.id AND c.unit_cost IS NOT NULL ORDER BY c.seq DESC LIMIT 1),
    i.unit_cost)"""

# Kept by the writes that move stock (triggers: migration 0017_kpi_stock_summaries), one
# row per expiry day, location and category; the tiers are summed from it at read time.
_RISK_STOCK = """
    SELECT c.code, c.name, x.category, x.expiry, x.lines, x.units, x.value, x.uncosted
    FROM kpi_stock_expiry x JOIN locations c ON c.id = x.location_id
    WHERE x.expiry <= :horizon AND x.lines > 0
"""

# Units of each lot expiring in [:first, :last] that reached its expiry unused: still
# on hand, or left on or after its expiry day by a write-off (picking an expired
# lot is refused, so nothing else takes it out then). Those write-offs are found from
# the disposals since :first (ix_movements_usage), not by walking every lot's movements.
_EXPIRED_UNUSED = f"""
    WITH gone AS MATERIALIZED (
        SELECT m.lot_id, SUM(m.quantity) AS units
        FROM movements m JOIN lots l ON l.id = m.lot_id
        WHERE m.type IN {_DISPOSALS} AND m.at >= :first
          AND l.expiry >= :first AND l.expiry <= :last AND substr(m.at, 1, 10) >= l.expiry
        GROUP BY m.lot_id),
    k AS MATERIALIZED (
        SELECT l.supplier_id, l.item_id, l.on_hand + COALESCE(g.units, 0) AS units,
               {_LOT_COST} AS cost
        FROM lots l JOIN items i ON i.id = l.item_id LEFT JOIN gone g ON g.lot_id = l.id
        WHERE l.expiry >= :first AND l.expiry <= :last)
    SELECT s.code, i.di, i.name, i.name_zh, SUM(k.units), SUM(k.units * k.cost),
           SUM(CASE WHEN k.cost IS NULL THEN k.units ELSE 0 END)
    FROM k
    JOIN items i ON i.id = k.item_id
    LEFT JOIN suppliers s ON s.id = k.supplier_id
    WHERE k.units > 0
    GROUP BY k.supplier_id, k.item_id
"""


@dataclass(frozen=True, slots=True)
class _Sums:
    """One per-month aggregate of movements: its table of closed months' totals, and the
    statement that sums movements in [{since}, {until}) per month (close_month stores
    what it gives; a read runs it for what is not stored)."""

    table: str
    columns: tuple[str, ...]
    """The table's columns after `month`, as the statement names them."""
    sums: str


_TOTALS = _Sums(
    "kpi_month_totals",
    (
        "movements",
        "audited",
        "scanned",
        "picks",
        "unplanned",
        "overrides",
        "received",
        "issued",
        "expired_written_off",
    ),
    f"""
    SELECT substr(m.at, 1, 7) AS month, COUNT(*) AS movements,
           SUM(EXISTS (SELECT 1 FROM audit a
                       WHERE a.entity = 'movement' AND a.entity_id = m.id)) AS audited,
           SUM(m.raw_scan != '') AS scanned,
           SUM(m.type = 'pick') AS picks,
           SUM(m.type = 'pick' AND trim(m.reference) = '') AS unplanned,
           SUM(m.type = 'pick' AND m.override_by IS NOT NULL) AS overrides,
           SUM(CASE WHEN m.type = 'receive' THEN m.quantity ELSE 0 END) AS received,
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE 0 END) AS issued,
           SUM(CASE WHEN m.type IN {_WRITE_OFF} AND m.reason_code = 'expired'
                    THEN m.quantity ELSE 0 END) AS expired_written_off
    FROM movements m WHERE m.at >= {{since}} AND m.at < {{until}}
    GROUP BY month
    """,
)

# Per item: units picked, and the net units into stock-holding locations.
_ITEMS = _Sums(
    "kpi_item_months",
    ("item_id", "picked", "flow"),
    f"""
    SELECT substr(m.at, 1, 7) AS month, l.item_id AS item_id,
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE 0 END) AS picked,
           SUM((CASE WHEN m.to_location_id IN {_HOLDING} THEN m.quantity ELSE 0 END)
             - (CASE WHEN m.from_location_id IN {_HOLDING} THEN m.quantity ELSE 0 END)) AS flow
    FROM movements m JOIN lots l ON l.id = m.lot_id
    WHERE m.at >= {{since}} AND m.at < {{until}}
    GROUP BY month, l.item_id
    """,
)

# Per location and item: units picked to it less units returned from it (a read keeps
# the departments).
_DEPARTMENTS = _Sums(
    "kpi_department_months",
    ("location_id", "item_id", "units"),
    """
    SELECT substr(m.at, 1, 7) AS month,
           CASE WHEN m.type = 'pick' THEN m.to_location_id
                ELSE m.from_location_id END AS location_id,
           l.item_id AS item_id,
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE -m.quantity END) AS units
    FROM movements m JOIN lots l ON l.id = m.lot_id
    WHERE m.type IN ('pick', 'return') AND m.at >= {since} AND m.at < {until}
    GROUP BY month, location_id, l.item_id
    """,
)

# The same per location alone (a month has a line per item each department used; its
# bars need only the totals).
_DEPARTMENT_TOTALS = _Sums(
    "kpi_department_totals",
    ("location_id", "units"),
    """
    SELECT substr(m.at, 1, 7) AS month,
           CASE WHEN m.type = 'pick' THEN m.to_location_id
                ELSE m.from_location_id END AS location_id,
           SUM(CASE WHEN m.type = 'pick' THEN m.quantity ELSE -m.quantity END) AS units
    FROM movements m
    WHERE m.type IN ('pick', 'return') AND m.at >= {since} AND m.at < {until}
    GROUP BY month, location_id
    """,
)

# Receipts per supplier and days of shelf life left on arrival.
_RECEIPTS = _Sums(
    "kpi_supplier_months",
    ("supplier_id", "days_left", "deliveries", "units"),
    """
    SELECT substr(m.at, 1, 7) AS month, l.supplier_id AS supplier_id,
           julianday(l.expiry) - julianday(substr(m.at, 1, 10)) AS days_left,
           COUNT(*) AS deliveries, SUM(m.quantity) AS units
    FROM movements m JOIN lots l ON l.id = m.lot_id
    WHERE m.type = 'receive' AND m.at >= {since} AND m.at < {until}
    GROUP BY month, l.supplier_id, days_left
    """,
)

_SUMS = (_TOTALS, _ITEMS, _DEPARTMENTS, _DEPARTMENT_TOTALS, _RECEIPTS)


@cache
def _source(sums: _Sums, prefix: str, spans: int) -> str:
    """`sums`' rows for the months named by :{prefix}months (a JSON list) from its table,
    and for each of `spans` stretches [:{prefix}since<n>, :{prefix}until<n>) from the
    movements: one row source, its parameters named after `prefix`."""
    columns = ", ".join(("month", *sums.columns))
    parts = [
        f"SELECT {columns} FROM {sums.table}"
        f" WHERE month IN (SELECT value FROM json_each(:{prefix}months))"
    ]
    parts += [
        f"SELECT {columns} FROM ("
        + sums.sums.format(since=f":{prefix}since{n}", until=f":{prefix}until{n}")
        + ")"
        for n in range(spans)
    ]
    return "\nUNION ALL\n".join(parts)


def _median(value: str, where: str) -> str:
    """The median of `value` over the rows of w that `where` picks (None for none)."""
    return f"""
        SELECT AVG(v) FROM (
            SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS n, COUNT(*) OVER () AS size
            FROM (SELECT {value} AS v FROM w WHERE {where}))
        WHERE n IN ((size + 1) / 2, (size + 2) / 2)"""


def _month_start(month: str) -> datetime:
    return datetime(int(month[:4]), int(month[5:7]), 1, tzinfo=UTC)


def _month_after(month: str) -> datetime:
    year, number = int(month[:4]), int(month[5:7])
    return datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC)


def _bound(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: utc_text(v) if isinstance(v, datetime) else v for k, v in params.items()}


class SqlKpiQueries:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._summed: list[str] | None = None

    def _rows(self, query: str, **params: Any) -> list[tuple[Any, ...]]:
        return run(self.conn, query, _bound(params)).fetchall()

    def _months_summed(self) -> list[str]:
        if self._summed is None:
            self._summed = [
                r[0] for r in run(self.conn, "SELECT month FROM kpi_months ORDER BY month")
            ]
        return self._summed

    def _spans(self, prefix: str, since: datetime, until: datetime) -> tuple[int, dict[str, Any]]:
        """How [since, until) is read: the summed months wholly inside it, and the
        stretches between them from the movements. (stretches, their parameters)."""
        months: list[str] = []
        stretches: list[tuple[datetime, datetime]] = []
        at = since
        for month in self._months_summed():
            start, end = _month_start(month), _month_after(month)
            if start < since or end > until:
                continue
            if start > at:
                stretches.append((at, start))
            months.append(month)
            at = end
        if at < until:
            stretches.append((at, until))
        params: dict[str, Any] = {f"{prefix}months": "[" + ",".join(f'"{m}"' for m in months) + "]"}
        for n, (start, end) in enumerate(stretches):
            params[f"{prefix}since{n}"], params[f"{prefix}until{n}"] = start, end
        return len(stretches), params

    def close_month(self, month: str, at: datetime) -> None:
        """Sum a closed UTC month's movements into the kpi_* tables and mark it summed
        (anew if it was: a movement came in since)."""
        since, until = _month_start(month), _month_after(month)
        for sums in _SUMS:
            run(self.conn, f"DELETE FROM {sums.table} WHERE month = ?", (month,))
            columns = ", ".join(("month", *sums.columns))
            run(
                self.conn,
                f"INSERT INTO {sums.table} ({columns}) SELECT {columns} FROM ("
                + sums.sums.format(since=":since", until=":until")
                + ")",
                _bound({"since": since, "until": until}),
            )
        run(
            self.conn,
            "INSERT OR REPLACE INTO kpi_months (month, summed_at) VALUES (?, ?)",
            (month, utc_text(at)),
        )
        self._summed = None

    def months_to_close(self, before: date) -> list[str]:
        """Months with movements, before `before`'s month, not summed (or struck out)."""
        first = run(self.conn, "SELECT MIN(at) FROM movements").fetchone()[0]
        if first is None:
            return []
        summed = set(self._months_summed())
        out, month, last = [], first[:7], f"{before:%Y-%m}"
        while month < last:
            if month not in summed:
                out.append(month)
            following = _month_after(month)
            month = f"{following:%Y-%m}"
        return out

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
        spans, params = self._spans("", since, until)
        query = f"""
            SELECT s.code, s.name, SUM(x.deliveries), SUM(x.units),
                   SUM(CASE WHEN x.days_left < :min_days THEN x.deliveries ELSE 0 END)
            FROM ({_source(_RECEIPTS, "", spans)}) x
            LEFT JOIN suppliers s ON s.id = x.supplier_id
            GROUP BY x.supplier_id
        """
        return [
            (r[0], r[1], r[2], r[3] or 0, r[4] or 0)
            for r in self._rows(query, min_days=min_days, **params)
        ]

    def expired_unused(
        self, first: date, last: date
    ) -> list[tuple[str | None, str, str, str, int, float, int]]:
        """Per supplier and item: (supplier, di, item, item_zh, units, value, uncosted
        units) of lots expiring from `first` to `last` that reached their expiry unused
        (on hand, or written off on or after it)."""
        rows = self._rows(_EXPIRED_UNUSED, first=first.isoformat(), last=last.isoformat())
        return [(r[0], r[1], r[2], r[3] or "", r[4] or 0, r[5] or 0.0, r[6] or 0) for r in rows]

    def department_use(self, since: datetime, until: datetime) -> list[tuple[str, str, int]]:
        """(department, name, units picked less units returned) per department."""
        spans, params = self._spans("", since, until)
        query = f"""
            SELECT d.code, d.name, SUM(x.units)
            FROM ({_source(_DEPARTMENT_TOTALS, "", spans)}) x
            JOIN locations d ON d.id = x.location_id
            WHERE d.kind = 'department'
            GROUP BY d.id
        """
        return self._rows(query, **params)

    def department_items(
        self,
        since: datetime,
        until: datetime,
        department: str | None = None,
        dis: Sequence[str] | None = None,
    ) -> list[tuple[str, str, str, str, int]]:
        """(department, di, item, item_zh, units picked less units returned) per department
        and item, for one department and/or only the items `dis` (None: every one). The
        narrowing is on the summed rows' key (month, location, item), not after the join."""
        spans, params = self._spans("", since, until)
        where = ["d.kind = 'department'"]
        if department is not None:
            where.append("x.location_id IN (SELECT id FROM locations WHERE code = :department)")
            params["department"] = department
        if dis is not None:
            where.append(
                "x.item_id IN"
                " (SELECT id FROM items WHERE di IN (SELECT value FROM json_each(:dis)))"
            )
            params["dis"] = json.dumps(list(dis))
        query = f"""
            SELECT d.code, i.di, i.name, i.name_zh, SUM(x.units)
            FROM ({_source(_DEPARTMENTS, "", spans)}) x
            JOIN locations d ON d.id = x.location_id JOIN items i ON i.id = x.item_id
            WHERE {" AND ".join(where)}
            GROUP BY d.id, i.id
            ORDER BY d.code, i.di
        """
        return self._rows(query, **params)

    def item_stock(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int, int, int, int, int, int]]:
        """(di, name, name_zh, min, max, units picked, on hand now, flow since `since`,
        flow since `until`): the flows are units the movements since then added to stock
        (negative: took out), read in one pass over [since, ever)."""
        picked_spans, picked = self._spans("p", since, until)
        later_spans, later = self._spans("f", until, _EVER)
        query = f"""
            WITH picked AS (SELECT item_id, SUM(picked) AS units, SUM(flow) AS flow
                            FROM ({_source(_ITEMS, "p", picked_spans)}) GROUP BY item_id),
            after_end AS (SELECT item_id, SUM(flow) AS flow
                          FROM ({_source(_ITEMS, "f", later_spans)}) GROUP BY item_id),
            held AS (SELECT item_id, on_hand FROM kpi_item_on_hand)
            SELECT i.di, i.name, i.name_zh, i.min_stock, i.max_stock,
                   COALESCE(p.units, 0), COALESCE(h.on_hand, 0),
                   COALESCE(p.flow, 0) + COALESCE(a.flow, 0), COALESCE(a.flow, 0)
            FROM items i
            LEFT JOIN picked p ON p.item_id = i.id
            LEFT JOIN held h ON h.item_id = i.id
            LEFT JOIN after_end a ON a.item_id = i.id
            WHERE COALESCE(p.units, 0) > 0 OR COALESCE(h.on_hand, 0) > 0 OR i.min_stock > 0
        """
        return self._rows(query, **picked, **later)

    def _totals(self, since: datetime, until: datetime) -> tuple[Any, ...]:
        spans, params = self._spans("", since, until)
        columns = ", ".join(f"SUM({c})" for c in _TOTALS.columns)
        query = f"SELECT {columns} FROM ({_source(_TOTALS, '', spans)})"
        return tuple(v or 0 for v in self._rows(query, **params)[0])

    def warning_loop(
        self, since: datetime, until: datetime
    ) -> tuple[int, int, int, int, int, int, int, float | None, float | None, float | None]:
        """Over the warnings raised in [since, until) (a tier superseded by a higher one
        is not counted: the lot's higher tier is): (raised, disposition chosen, closed,
        open with a due time before `until`, closed by their due time, closed by a
        disposal movement (dispose, return to supplier, count adjustment), of those by
        their due time, median hours raised -> chosen, median hours raised -> closed,
        median days raised -> closed by a disposal), summed in SQL: a month's tens of
        thousands of warnings are not read out row by row. Times to the millisecond
        (julianday); a median of none is None, of an even count the mean of the middle
        two."""
        query = f"""
            WITH w AS MATERIALIZED (
                SELECT julianday(raised) AS r, julianday(disposition_at) AS c,
                       julianday(closed_at) AS x, julianday(due_at) AS d,
                       closed_how IN {_CLOSED_BY_DISPOSAL} AS disposal
                FROM alerts
                WHERE raised >= :since AND raised < :until AND superseded_at IS NULL)
            SELECT COUNT(*), COUNT(c), COUNT(x),
                   COALESCE(SUM(x IS NULL AND d < julianday(:until)), 0),
                   COALESCE(SUM(x IS NOT NULL AND (d IS NULL OR x <= d)), 0),
                   COALESCE(SUM(x IS NOT NULL AND disposal), 0),
                   COALESCE(SUM(x IS NOT NULL AND disposal AND (d IS NULL OR x <= d)), 0),
                   ({_median("(c - r) * 24", "c IS NOT NULL")}),
                   ({_median("(x - r) * 24", "x IS NOT NULL")}),
                   ({_median("x - r", "x IS NOT NULL AND disposal")})
            FROM w
        """
        return (*self._rows(query, since=since, until=until)[0],)

    def picks(self, since: datetime, until: datetime) -> tuple[int, int, int]:
        """(picks, picks naming no pick list or requisition, picks under an override)."""
        totals = self._totals(since, until)
        return totals[3], totals[4], totals[5]

    def scans(self, since: datetime, until: datetime) -> tuple[int, int, dict[str, int]]:
        """(scans the ledger kept, DATA_MISMATCH alerts, refused scans per code)."""
        kept = self._totals(since, until)[2]
        mismatched = self._rows(
            "SELECT COUNT(*) FROM alerts WHERE kind = 'data_mismatch' AND raised >= :since"
            " AND raised < :until",
            since=since,
            until=until,
        )[0][0]
        refused = {
            r[0]: r[1]
            for r in self._rows(
                "SELECT code, COUNT(*) FROM scan_refusals WHERE at >= :since AND at < :until"
                " GROUP BY code",
                since=since,
                until=until,
            )
        }
        return kept, mismatched, refused

    def audited_movements(self, since: datetime, until: datetime) -> tuple[int, int]:
        """(movements in the period, those with their audit entry)."""
        totals = self._totals(since, until)
        return totals[0], totals[1]

    def recalls_active(self, since: datetime, until: datetime) -> list[str]:
        """Recalls issued before the period ends and not closed before it began."""
        query = """
            SELECT id FROM recalls
            WHERE issued_at < :until AND (closed_at IS NULL OR closed_at >= :since)
            ORDER BY issued_at, id
        """
        return [r[0] for r in self._rows(query, since=since, until=until)]

    def lot_costs(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], float | None]:
        """Each (di, lot)'s unit cost: its latest costed receipt, else its item's."""
        query = (
            f"SELECT {_LOT_COST} FROM lots l JOIN items i ON i.id = l.item_id"
            " WHERE l.di = ? AND l.lot = ?"
        )
        out: dict[tuple[str, str], float | None] = {}
        for di, lot in keys:
            row = run(self.conn, query, (di, lot)).fetchone()
            out[(di, lot)] = row[0] if row else None
        return out

    def monthly(self, since: datetime, until: datetime) -> list[tuple[str, int, int, int]]:
        """(YYYY-MM in UTC, units received, units picked, units written off for expiry)."""
        spans, params = self._spans("", since, until)
        query = f"""
            SELECT month, SUM(received), SUM(issued), SUM(expired_written_off)
            FROM ({_source(_TOTALS, "", spans)}) GROUP BY month ORDER BY month
        """
        return [(r[0], r[1] or 0, r[2] or 0, r[3] or 0) for r in self._rows(query, **params)]
