"""The closed loop's storage: warnings' owners, due times, dispositions and closing;
low stock; the usage, forecast and priority reads."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
    update,
)

from app.adapters import tables as t
from app.adapters.driver import run
from app.domain.model import AlertKind, Level, LocationKind

# Driver statements (app.adapters.driver) of what the executor runs after every command.
# Ids go in as one JSON array (json_each): one prepared statement for one lot or a recall's
# thousands. INDEXED BY: with a list of lots the planner would walk ix_alerts_closed, every
# open warning of the store.
_CHOSEN = (
    "SELECT id, lot_id, disposition FROM alerts INDEXED BY ix_alerts_chosen_open "
    "WHERE lot_id {} "
    "AND disposition IS NOT NULL AND closed_at IS NULL AND superseded_at IS NULL ORDER BY id"
)
_CHOSEN_FOR_LOTS = _CHOSEN.format("IN (SELECT value FROM json_each(?))")
# One lot (as a pick or a move reports): a point look-up, half the cost of json_each.
_CHOSEN_FOR_LOT = _CHOSEN.format("= ?")
_ANY_UNASSIGNED = "SELECT 1 FROM alerts WHERE due_at IS NULL LIMIT 1"
# A warning named for its digest line: its lot's GTIN and lot, or its item's GTIN (low stock).
_OVERDUE_LINES = (
    "SELECT a.id, coalesce(l.di, i.di, ''), coalesce(l.lot, ''), a.due_at FROM alerts a "
    "LEFT JOIN lots l ON l.id = a.lot_id LEFT JOIN items i ON i.id = a.item_id "
    "WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id"
)

# Usage: picks and returns per item (and the location a pick went to, a return came
# from) over whole UTC days from usage_days, and over the hours at a window's edges from
# the movements, as the summary sums them (migration 0016_usage_by_day). Per item, one
# seek of usage_days' key (item, day) each: no sort, none of the days outside the window.
_DAYS = (
    "SELECT i.id, 0, sum(u.picked), sum(u.returned) FROM items i CROSS JOIN usage_days u "
    "ON u.item_id = i.id AND u.day >= ? AND u.day < ? GROUP BY i.id"
)
_DAYS_BY_PLACE = (
    "SELECT item_id, location_id, sum(picked), sum(returned) FROM usage_days "
    "WHERE day >= ? AND day < ? GROUP BY item_id, location_id"
)
_PLACE = "coalesce(CASE m.type WHEN 'pick' THEN m.to_location_id ELSE m.from_location_id END, 0)"
_LEDGER_OF = (
    "SELECT l.item_id, {place}, sum(CASE m.type WHEN 'pick' THEN m.quantity ELSE 0 END), "
    "sum(CASE m.type WHEN 'return' THEN m.quantity ELSE 0 END) "
    "FROM movements m JOIN lots l ON l.id = m.lot_id "
    "WHERE m.type IN ('pick', 'return') AND m.at >= ? AND m.at < ? GROUP BY l.item_id{by}"
)
_LEDGER = _LEDGER_OF.format(place="0", by="")
_LEDGER_BY_PLACE = _LEDGER_OF.format(place=_PLACE, by=f", {_PLACE}")


def _open(a: Any = t.alerts) -> Any:
    """An alert still open: not closed, not superseded by a higher tier, its lot in stock."""
    return and_(
        a.c.closed_at.is_(None),
        a.c.superseded_at.is_(None),
        or_(a.c.kind != AlertKind.EXPIRY.value, t.lots.c.on_hand > 0),
    )


def owner_and_due(
    responsible: Any,
    category: Any,
    level: Any,
    raised: Any,
    due_days: Mapping[str, int],
    owners: Mapping[str, str],
) -> tuple[Any, Any]:
    """The assignment rule, as SQL over a new warning's values: (owner, due time).

    Owner: the responsible person of the warning's location (`responsible`, "" for
    none), else the owner of its item's category (`owners`); due: `raised` (stored UTC
    text) + `due_days[level]` days, the text keeping its form (only the date part
    moves). The day's raising and a recall write it in their INSERT ... SELECT;
    `assign_unassigned` gives it to warnings raised one at a time.
    """
    owner = case(
        (responsible != "", responsible),
        *[(category == cat, name) for cat, name in owners.items()],
        else_="",
    )
    days = case(*[(level == name, n) for name, n in due_days.items()], else_=1)
    stamp = type_coerce(raised, String)
    due = func.date(func.substr(stamp, 1, 10), func.printf("+%d days", days)).concat(
        func.substr(stamp, 11)
    )
    return owner, due


def _utc_days(since: datetime, until: datetime) -> tuple[str, str, list[tuple[datetime, datetime]]]:
    """[first, end) of the UTC days ("YYYY-MM-DD", as usage_days has them) wholly inside
    [since, until), and the spans of [since, until) outside them.

    The usage window runs between the site's midnights; off UTC they fall inside a UTC
    day, whose movements on the window's side are read from the ledger.
    """
    start, stop = since.astimezone(UTC), until.astimezone(UTC)
    first = start.date() + timedelta(days=0 if start.time() == time() else 1)
    end = stop.date()
    if first >= end:
        return "", "", [(start, stop)] if start < stop else []
    edges = [
        (a, b)
        for a, b in (
            (start, datetime.combine(first, time(), UTC)),
            (datetime.combine(end, time(), UTC), stop),
        )
        if a < b
    ]
    return first.isoformat(), end.isoformat(), edges


class SqlLoop:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- owners and due times -----------------------------------------------------------

    def assign_unassigned(
        self, due_days: Mapping[str, int], owners: Mapping[str, str]
    ) -> tuple[int, int, int] | None:
        """Give every alert without a due time its item, owner and due time (owner_and_due),
        in one statement. Returns (how many, first id, last id), or None."""
        a = t.alerts
        span = self.conn.execute(
            select(func.count(), func.min(a.c.id), func.max(a.c.id)).where(a.c.due_at.is_(None))
        ).one()
        if not span[0]:
            return None
        item_id = func.coalesce(
            a.c.item_id,
            select(t.lots.c.item_id).where(t.lots.c.id == a.c.lot_id).scalar_subquery(),
        )
        category = select(t.items.c.category).where(t.items.c.id == item_id).scalar_subquery()
        owner, due = owner_and_due(
            a.c.assigned_to, category, a.c.level, a.c.raised, due_days, owners
        )
        self.conn.execute(
            update(a)
            .where(a.c.due_at.is_(None))
            .values(item_id=item_id, assigned_to=owner, due_at=due)
        )
        return int(span[0]), int(span[1]), int(span[2])

    def escalate(self, now: datetime) -> dict[str, list[int]]:
        """Mark open warnings past their due time as gone to the supervisor, in one
        statement: the ids of those marked now by owner ("" for none), each in id order.
        Only (id, owner) comes back, row by row: a store may have 100,000 overdue."""
        a = t.alerts
        overdue = (
            select(a.c.id)
            .select_from(a)
            .outerjoin(t.lots, t.lots.c.id == a.c.lot_id)
            .where(_open(), a.c.escalated_at.is_(None), a.c.due_at < now)
        )
        marked = self.conn.execute(
            update(a)
            .where(a.c.id.in_(overdue.scalar_subquery()))
            .values(escalated_at=now)
            .returning(a.c.id, a.c.assigned_to)
        )
        by_owner: dict[str, list[int]] = {}
        for alert_id, owner in marked:
            by_owner.setdefault(owner or "", []).append(alert_id)
        for ids in by_owner.values():
            ids.sort()
        return by_owner

    def overdue_lines(self, alert_ids: Sequence[int]) -> list[tuple[int, str, str, datetime]]:
        """(alert id, GTIN, lot or "", due time) of these escalated warnings, in id order."""
        rows = run(self.conn, _OVERDUE_LINES, (json.dumps(list(alert_ids)),))
        return [(int(r[0]), r[1], r[2], datetime.fromisoformat(r[3])) for r in rows]

    # --- dispositions and closing -------------------------------------------------------

    def is_open(self, alert_id: int) -> bool:
        a = t.alerts
        found = self.conn.execute(
            select(a.c.id)
            .select_from(a)
            .outerjoin(t.lots, t.lots.c.id == a.c.lot_id)
            .where(a.c.id == alert_id, _open())
        ).first()
        return found is not None

    def choose(
        self, alert_id: int, disposition: str, by: str, at: datetime, reason: str, target: str
    ) -> None:
        self.conn.execute(
            update(t.alerts)
            .where(t.alerts.c.id == alert_id)
            .values(
                disposition=disposition,
                disposition_by=by,
                disposition_at=at,
                disposition_reason=reason,
                disposition_target=target,
            )
        )

    def chosen_for_lots(self, lot_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        """The lots' open warnings with a disposition, by id: (alert id, lot id, disposition).
        Read from ix_alerts_chosen_open: a pick looks here, whatever the store holds."""
        if not lot_ids:
            return []
        if len(lot_ids) == 1:
            rows = run(self.conn, _CHOSEN_FOR_LOT, (lot_ids[0],))
        else:
            rows = run(self.conn, _CHOSEN_FOR_LOTS, (json.dumps(list(lot_ids)),))
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    def any_unassigned(self) -> bool:
        """Is there a warning without its owner and due time (ix_alerts_unassigned)?"""
        return run(self.conn, _ANY_UNASSIGNED).fetchone() is not None

    def close(self, alert_id: int, at: datetime, by: str, how: str) -> None:
        self.conn.execute(
            update(t.alerts)
            .where(t.alerts.c.id == alert_id)
            .values(closed_at=at, closed_by=by, closed_how=how)
        )

    def use_first(self) -> list[tuple[str, str, str]]:
        """Lots whose open warning's owner chose "use first": (di, lot, department or "")."""
        a = t.alerts
        rows = self.conn.execute(
            select(t.lots.c.di, t.lots.c.lot, a.c.disposition_target)
            .select_from(a)
            .join(t.lots, t.lots.c.id == a.c.lot_id)
            .where(_open(), a.c.disposition == "use_first")
        )
        return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    # --- low stock ----------------------------------------------------------------------

    def below_minimum(
        self, item_ids: Sequence[int] | None, category_min: Mapping[str, int]
    ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
        """Items with a minimum: (item, usable on hand, minimum) below it, and (item, alert)
        of open low-stock warnings whose item is back at or above it."""
        items, lots, a = t.items, t.lots, t.alerts
        minimum = case(
            (items.c.min_stock > 0, items.c.min_stock),
            *[(items.c.category == cat, n) for cat, n in category_min.items() if n > 0],
            else_=0,
        )
        usable = (
            select(func.coalesce(func.sum(lots.c.on_hand), 0))
            .where(
                lots.c.item_id == items.c.id,
                lots.c.qc == "released",
                lots.c.hold == "none",
            )
            .scalar_subquery()
        )
        open_alert = (
            select(a.c.id)
            .where(
                a.c.item_id == items.c.id,
                a.c.kind == AlertKind.LOW_STOCK.value,
                a.c.closed_at.is_(None),
            )
            .limit(1)
            .scalar_subquery()
        )
        # An item with no minimum and no open low-stock warning can be neither below one
        # nor restocked: its lots' stock is not summed (20,000 items, 1,000,000 lots: the
        # day's raise, beside the main window's first screen, spent 0.34 s here).
        query = select(
            items.c.id, usable.label("usable"), minimum.label("minimum"), open_alert.label("open")
        ).where(or_(minimum > 0, open_alert.is_not(None)))
        if item_ids is not None:
            query = query.where(items.c.id.in_(list(item_ids)))
        below, restocked = [], []
        for item_id, on_hand, least, alert_id in self.conn.execute(query):
            if on_hand < least:
                if alert_id is None:
                    below.append((int(item_id), int(on_hand), int(least)))
            elif alert_id is not None:
                restocked.append((int(item_id), int(alert_id)))
        return below, restocked

    def raise_low_stock(
        self, item_id: int, on_hand: int, minimum: int, owner: str, at: datetime
    ) -> int:
        level = Level.CRITICAL if on_hand == 0 else Level.WARNING
        result = self.conn.execute(
            insert(t.alerts),
            {
                "lot_id": None,
                "item_id": item_id,
                "kind": AlertKind.LOW_STOCK.value,
                "level": level.value,
                "raised": at,
                "message": f"{on_hand} < {minimum}",
                "assigned_to": owner,
            },
        )
        return t.inserted_id(result)

    # --- usage, forecast and the priority list ------------------------------------------

    def usage(self, since: datetime, until: datetime) -> dict[int, tuple[int, int]]:
        """Per item: (units picked, units returned to stock) in [since, until)."""
        totals: dict[int, tuple[int, int]] = {}
        for item_id, _, picked, returned in self._usage(since, until, by_location=False):
            before = totals.get(item_id, (0, 0))
            totals[item_id] = (before[0] + picked, before[1] + returned)
        return totals

    def usage_by_department(
        self, since: datetime, until: datetime
    ) -> list[tuple[int, str, int, int]]:
        """(item, department, picked to it, returned from it) in [since, until)."""
        loc = t.locations
        departments = dict(
            self.conn.execute(
                select(loc.c.id, loc.c.code).where(loc.c.kind == LocationKind.DEPARTMENT.value)
            ).all()
        )
        totals: dict[tuple[int, str], tuple[int, int]] = {}
        for item_id, location_id, picked, returned in self._usage(since, until, by_location=True):
            code = departments.get(location_id)
            if code is not None:
                before = totals.get((item_id, code), (0, 0))
                totals[item_id, code] = (before[0] + picked, before[1] + returned)
        return [(item, code, p, r) for (item, code), (p, r) in sorted(totals.items())]

    def _usage(
        self, since: datetime, until: datetime, *, by_location: bool
    ) -> Iterator[tuple[int, int, int, int]]:
        """(item, location or 0, picked, returned) in [since, until): the UTC days wholly
        inside it from usage_days, the hours at its edges from the movements. An item
        (and location) can come once from each."""
        first, end, edges = _utc_days(since, until)
        if first < end:
            yield from run(self.conn, _DAYS_BY_PLACE if by_location else _DAYS, (first, end))
        for a, b in edges:
            span = (t.utc_text(a), t.utc_text(b))
            yield from run(self.conn, _LEDGER_BY_PLACE if by_location else _LEDGER, span)

    def forecast_lots(self) -> Iterator[tuple[int, list[str], list[int], list[str]]]:
        """Released, unheld lots in stock with an expiry, per item in FEFO order:
        (item_id, expiry ISO dates, units on hand, lot numbers), one row per item.

        A whole store's lots pass through here: SQLite walks ix_lots_fefo in FEFO
        order and packs each item's lots into a few strings, which the standard
        library unpacks in C (json reads a list of numbers faster than int() each
        of them) — a 1,000,000-lot store is 20,000 rows, not a million
        (turning a million rows into Python tuples costs more than the forecast).
        Lots without expiry are left out: the rule gives them no days, so they
        never expire unused and delay no other lot. A lot is named by its number
        within its item (lots are unique by GTIN and number): its id would be a
        million more numbers to unpack for the few lots with a chosen disposition.
        """
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(
            "SELECT item_id, group_concat(expiry, ' '), json_group_array(on_hand), "
            "json_group_array(lot) "
            # The scan of ix_lots_fefo (item, expiry, first received, lot: the FEFO
            # key) feeds each item's group in FEFO order with no sort; the ordered
            # subquery a sort would need costs a temporary B-tree that need not keep
            # that order within an item. The index is the migrations': naming it
            # makes a plan that loses the order an error, not a wrong forecast.
            "FROM lots INDEXED BY ix_lots_fefo "
            "WHERE on_hand > 0 AND qc = 'released' AND hold = 'none' AND expiry IS NOT NULL "
            "GROUP BY item_id"
        )
        try:
            while block := cursor.fetchmany(1000):
                for item_id, expiries, quantities, lots in block:
                    yield (
                        item_id,
                        expiries.split(" "),
                        json.loads(quantities),
                        json.loads(lots),
                    )
        finally:
            cursor.close()

    def item_costs(self) -> dict[int, tuple[str, float, str]]:
        """Every item's (GTIN, unit cost, category)."""
        i = t.items
        rows = self.conn.execute(select(i.c.id, i.c.di, i.c.unit_cost, i.c.category))
        return {int(r[0]): (str(r[1]), float(r[2] or 0), str(r[3])) for r in rows}

    def open_dispositions(self) -> dict[int, str]:
        """Per lot, the disposition chosen on its open warning (the most severe one's)."""
        return {lot_id: disposition for lot_id, _, _, disposition in self._chosen()}

    def dispositions_by_item(self) -> dict[int, dict[str, str]]:
        """`open_dispositions` per item, each lot by its number (as `forecast_lots` names it)."""
        chosen: dict[int, dict[str, str]] = {}
        for _, item_id, lot, disposition in self._chosen():
            chosen.setdefault(item_id, {})[lot] = disposition
        return chosen

    def _chosen(self) -> Iterator[tuple[int, int, str, str]]:
        """(lot id, item id, lot number, disposition) of each open warning with a chosen
        disposition, the most severe last (a lot's last one is the one that counts)."""
        a, lots = t.alerts, t.lots
        rows = self.conn.execute(
            select(a.c.lot_id, lots.c.item_id, lots.c.lot, a.c.disposition)
            .select_from(a)
            .join(lots, lots.c.id == a.c.lot_id)
            .where(_open(), a.c.disposition.is_not(None))
            .order_by(t.level_rank(a.c.level))
        )
        for lot_id, item_id, lot, disposition in rows:
            yield int(lot_id), int(item_id), str(lot), str(disposition)

    def _priority(self, today: date) -> Any:
        a, lots, items = t.alerts, t.lots, t.items
        days_left = func.julianday(lots.c.expiry) - func.julianday(literal(today.isoformat()))
        days_due = func.julianday(func.substr(a.c.due_at, 1, 10)) - func.julianday(
            literal(today.isoformat())
        )
        days = func.max(1, func.coalesce(days_left, days_due, 1))
        quantity = func.coalesce(lots.c.on_hand, 0)
        risk = (quantity * func.coalesce(items.c.unit_cost, 0) / days).label("risk")
        return (
            select(
                a.c.id.label("alert_id"),
                a.c.kind,
                a.c.level,
                a.c.due_at,
                a.c.assigned_to.label("owner"),
                a.c.disposition,
                a.c.escalated_at,
                lots.c.id.label("lot_id"),
                items.c.di,
                func.coalesce(lots.c.lot, "").label("lot"),
                lots.c.expiry,
                lots.c.first_received,
                items.c.name,
                items.c.name_zh,
                items.c.category,
                items.c.unit_cost,
                quantity.label("quantity"),
                t.suppliers.c.code.label("supplier"),
                func.coalesce(t.suppliers.c.return_window_days, 0).label("return_window_days"),
                risk,
            )
            .select_from(a)
            .outerjoin(lots, lots.c.id == a.c.lot_id)
            .join(items, items.c.id == func.coalesce(a.c.item_id, lots.c.item_id))
            .outerjoin(t.suppliers, t.suppliers.c.id == lots.c.supplier_id)
            .where(_open())
        )

    def priority(self, today: date, offset: int, limit: int) -> list[dict[str, Any]]:
        query = self._priority(today)
        rows = self.conn.execute(
            query.order_by(query.selected_columns.risk.desc(), t.alerts.c.id)
            .offset(offset)
            .limit(limit)
        ).mappings()
        return [dict(r) for r in rows]
