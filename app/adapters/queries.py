"""Read models for screens and reports: plain dict rows, paged where large."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, or_, select

from app.adapters import tables as t
from app.domain.model import AlertKind, Level, LocationKind, MovementType
from app.domain.rules import TierWindow
from app.services.ports import WarningCounts, WarningFilter

_LOT_ROW = (
    t.lots.c.id.label("lot_id"),
    t.lots.c.di,
    t.lots.c.lot,
    t.lots.c.expiry,
    t.lots.c.production_date,
    t.lots.c.qc,
    t.lots.c.hold,
    t.lots.c.hold_reason,
    t.lots.c.on_hand,
    t.items.c.name,
    t.items.c.name_zh,
    t.items.c.category,
    t.items.c.unit,
)


def _window_condition(w: TierWindow) -> Any:
    cond = t.lots.c.expiry <= w.last
    return and_(t.lots.c.expiry >= w.first, cond) if w.first is not None else cond


def _level_case(windows: Sequence[TierWindow]) -> Any:
    return case(*[(_window_condition(w), w.level.value) for w in windows], else_=None)


def _overdue(now: datetime) -> Any:
    """A warning past its due time at `now` (gone to the supervisor)."""
    return t.alerts.c.due_at < now


class SqlQueries:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def expiry_rows(
        self, windows: Sequence[TierWindow], categories: Mapping[str, Sequence[TierWindow]]
    ) -> Iterator[dict[str, Any]]:
        """Lots in stock inside any warning tier on the windows' day, most severe first,
        each with its alert for that tier (if raised); streamed, not loaded whole."""
        default_level = _level_case(windows)
        level = (
            case(
                *[(t.items.c.category == cat, _level_case(ws)) for cat, ws in categories.items()],
                else_=default_level,
            )
            if categories
            else default_level
        )
        latest = max([w.last for w in windows] + [w.last for ws in categories.values() for w in ws])
        # The location holding most of the lot: where it is, and who answers for it.
        main_location = (
            select(t.stock.c.location_id)
            .where(t.stock.c.lot_id == t.lots.c.id, t.stock.c.quantity > 0)
            .order_by(t.stock.c.quantity.desc())
            .limit(1)
            .scalar_subquery()
        )
        inner = (
            select(*_LOT_ROW, level.label("level"), main_location.label("location_id"))
            .join_from(t.lots, t.items, t.items.c.id == t.lots.c.item_id)
            .where(t.lots.c.on_hand > 0, t.lots.c.expiry <= latest)
            .subquery()
        )
        a = t.alerts
        outer = (
            select(
                *[c for c in inner.c if c.name != "location_id"],
                t.locations.c.code.label("location"),
                t.locations.c.responsible.label("responsible"),
                a.c.id.label("alert_id"),
                a.c.acknowledged_by,
            )
            .select_from(inner)
            .outerjoin(t.locations, t.locations.c.id == inner.c.location_id)
            .outerjoin(
                a,
                and_(
                    a.c.lot_id == inner.c.lot_id,
                    a.c.kind == AlertKind.EXPIRY.value,
                    a.c.level == inner.c.level,
                ),
            )
            .where(inner.c.level.is_not(None))
            .order_by(t.level_rank(inner.c.level).desc(), inner.c.expiry, inner.c.lot_id)
        )
        for r in self.conn.execution_options(yield_per=2000).execute(outer).mappings():
            yield dict(r)

    def _open_warnings(self, where: WarningFilter, *columns: Any) -> Select[Any]:
        """`columns` of the open warnings `where` selects, from the alerts and their lots
        (an expiry warning counts while its lot has stock); no other table is joined, so a
        count reads no more than it must."""
        a, lots = t.alerts, t.lots
        query = (
            select(*columns)
            .select_from(a)
            .outerjoin(lots, lots.c.id == a.c.lot_id)
            .where(
                a.c.closed_at.is_(None),
                a.c.superseded_at.is_(None),
                or_(a.c.kind != AlertKind.EXPIRY.value, lots.c.on_hand > 0),
            )
        )
        if where.overdue_at is not None:
            query = query.where(_overdue(where.overdue_at))
        if where.level is not None:
            query = query.where(a.c.level == where.level.value)
        if where.kind is not None:
            query = query.where(a.c.kind == where.kind.value)
        if where.location:
            query = query.where(
                a.c.location_id.in_(
                    select(t.locations.c.id).where(t.locations.c.code == where.location)
                )
            )
        if where.responsible:
            query = query.where(a.c.assigned_to == where.responsible)
        return query

    def _warning_rows(self, where: WarningFilter) -> Select[Any]:
        a, loc, lots, items = t.alerts, t.locations, t.lots, t.items
        return (
            self._open_warnings(
                where,
                a.c.id.label("alert_id"),
                a.c.kind,
                a.c.level,
                a.c.raised,
                a.c.message,
                a.c.assigned_to,
                a.c.acknowledged_by,
                a.c.due_at,
                a.c.disposition,
                a.c.disposition_by,
                a.c.disposition_reason,
                a.c.disposition_target,
                a.c.escalated_at,
                loc.c.code.label("location"),
                lots.c.id.label("lot_id"),
                func.coalesce(items.c.di, "").label("di"),
                func.coalesce(lots.c.lot, "").label("lot"),
                lots.c.expiry,
                func.coalesce(lots.c.on_hand, 0).label("on_hand"),
                func.coalesce(items.c.name, "").label("name"),
                func.coalesce(items.c.name_zh, "").label("name_zh"),
                items.c.category,
                items.c.unit,
            )
            # A logger's no-data warning is a location's: no lot, no item.
            .outerjoin(items, items.c.id == func.coalesce(a.c.item_id, lots.c.item_id))
            .outerjoin(loc, loc.c.id == a.c.location_id)
        )

    def warnings(self, where: WarningFilter, offset: int, limit: int) -> list[dict[str, Any]]:
        query = (
            self._warning_rows(where)
            .order_by(t.level_rank(t.alerts.c.level).desc(), t.lots.c.expiry, t.alerts.c.id)
            .offset(offset)
            .limit(limit)
        )
        return [dict(r) for r in self.conn.execute(query).mappings()]

    def count_warnings(self, where: WarningFilter) -> int:
        return int(self.conn.execute(self._open_warnings(where, func.count())).scalar_one())

    def warning_counts(self, severe: Sequence[Level], now: datetime) -> WarningCounts:
        a = t.alerts
        total, critical, overdue = self.conn.execute(
            self._open_warnings(
                WarningFilter(),
                func.count(),
                func.count().filter(a.c.level.in_([level.value for level in severe])),
                func.count().filter(_overdue(now)),
            )
        ).one()
        return WarningCounts(total, critical, overdue)

    def warning_choices(self) -> tuple[list[str], list[str]]:
        sub = self._warning_rows(WarningFilter()).subquery()
        places = self.conn.execute(select(sub.c.location).distinct()).scalars()
        people = self.conn.execute(select(sub.c.assigned_to).distinct()).scalars()
        return sorted(p for p in places if p), sorted(p for p in people if p)

    def _search(self, text: str) -> Select[Any]:
        query = select(*_LOT_ROW).join_from(t.lots, t.items, t.items.c.id == t.lots.c.item_id)
        text = text.strip()
        if text:
            like = f"%{text}%"
            query = query.where(
                or_(
                    t.lots.c.di == text,
                    t.lots.c.lot == text,
                    t.items.c.name.like(like),
                    t.items.c.name_zh.like(like),
                    t.lots.c.lot.like(f"{text}%"),
                    t.lots.c.di.like(f"{text}%"),
                )
            )
        return query

    def search_lots(self, text: str, offset: int, limit: int) -> list[dict[str, Any]]:
        query = self._search(text).order_by(t.lots.c.id).offset(offset).limit(limit)
        return [dict(r) for r in self.conn.execute(query).mappings()]

    def count_lots(self, text: str) -> int:
        if not text.strip():
            # max(id) is instant on a million lots where count(*) is not; lots are never deleted.
            return int(
                self.conn.execute(select(func.coalesce(func.max(t.lots.c.id), 0))).scalar_one()
            )
        sub = self._search(text).subquery()
        return int(self.conn.execute(select(func.count()).select_from(sub)).scalar_one())

    def _attention(self, today: date) -> Select[Any]:
        """Stock QC or QA must decide on: held, not QC-released, unregistered, or expired."""
        items, lots = t.items, t.lots
        return (
            select(
                *_LOT_ROW,
                items.c.provisional,
                items.c.registration_no,
                t.locations.c.code.label("location"),
                t.locations.c.kind.label("location_kind"),
                t.stock.c.quantity.label("quantity"),
            )
            .join_from(t.stock, lots, lots.c.id == t.stock.c.lot_id)
            .join(items, items.c.id == lots.c.item_id)
            .join(t.locations, t.locations.c.id == t.stock.c.location_id)
            .where(
                t.stock.c.quantity > 0,
                or_(
                    lots.c.hold != "none",
                    lots.c.qc != "released",
                    items.c.provisional.is_(True),
                    items.c.registration_no == "",
                    lots.c.expiry < today,
                ),
            )
        )

    def attention(self, today: date, offset: int, limit: int) -> list[dict[str, Any]]:
        query = (
            self._attention(today)
            .order_by(t.lots.c.expiry, t.lots.c.id, t.locations.c.code)
            .offset(offset)
            .limit(limit)
        )
        return [dict(r) for r in self.conn.execute(query).mappings()]

    def count_attention(self, today: date) -> int:
        sub = self._attention(today).subquery()
        return int(self.conn.execute(select(func.count()).select_from(sub)).scalar_one())

    def issued_by_department(self, lot_id: int) -> list[dict[str, Any]]:
        """Net quantity per department: issued minus returned."""
        m, loc = t.movements, t.locations
        issued = (
            select(
                loc.c.code.label("department"),
                loc.c.name.label("name"),
                func.sum(m.c.quantity).label("issued"),
                func.min(m.c.at).label("first"),
                func.max(m.c.at).label("last"),
            )
            .join_from(m, loc, loc.c.id == m.c.to_location_id)
            .where(
                m.c.lot_id == lot_id,
                m.c.type == MovementType.PICK.value,
                loc.c.kind == LocationKind.DEPARTMENT.value,
            )
            .group_by(loc.c.code, loc.c.name)
        )
        returned = dict(
            self.conn.execute(
                select(loc.c.code, func.sum(m.c.quantity))
                .join_from(m, loc, loc.c.id == m.c.from_location_id)
                .where(m.c.lot_id == lot_id, m.c.type == MovementType.RETURN.value)
                .group_by(loc.c.code)
            ).all()
        )
        rows = []
        for r in self.conn.execute(issued).mappings():
            row = dict(r)
            row["returned"] = int(returned.get(row["department"], 0))
            row["net"] = int(row["issued"]) - row["returned"]
            rows.append(row)
        return rows

    def lot_stock(
        self, hold: str | None = None, expiring_by: date | None = None
    ) -> list[dict[str, Any]]:
        """Stock per lot and location (and the location's kind), optionally held or expiring."""
        query = (
            select(
                *_LOT_ROW,
                t.locations.c.code.label("location"),
                t.locations.c.kind.label("location_kind"),
                t.stock.c.quantity.label("quantity"),
            )
            .join_from(t.stock, t.lots, t.lots.c.id == t.stock.c.lot_id)
            .join(t.items, t.items.c.id == t.lots.c.item_id)
            .join(t.locations, t.locations.c.id == t.stock.c.location_id)
            .where(t.stock.c.quantity > 0)
        )
        if hold is not None:
            query = query.where(t.lots.c.hold == hold)
        if expiring_by is not None:
            query = query.where(t.lots.c.expiry <= expiring_by)
        query = query.order_by(t.lots.c.expiry, t.lots.c.di, t.lots.c.lot, t.locations.c.code)
        return [dict(r) for r in self.conn.execute(query).mappings()]
