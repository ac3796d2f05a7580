"""The SQLite schema (SQLAlchemy Core). Alembic migrations create it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    CursorResult,
    Date,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    case,
)
from sqlalchemy.types import TypeDecorator

from app.domain.model import Level


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC ISO text, so they sort and compare as text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        return utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


def utc_text(value: datetime) -> str:
    """A datetime as UtcDateTime stores it (for statements run without its bind processing)."""
    stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).isoformat(timespec="microseconds")


def level_rank(level: Any) -> Any:
    """A warning level column as its rank (notice 1 .. expired 4), for ordering in SQL."""
    return case(*[(level == lv.value, lv.rank) for lv in Level], else_=0)


def inserted_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


metadata = MetaData()

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("di", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_zh", String(200), nullable=False, default=""),
    Column("model", String(200), nullable=False, default=""),
    Column("manufacturer", String(200), nullable=False, default=""),
    Column("registration_no", String(100), nullable=False, default=""),
    Column("category", String(100), nullable=False, default=""),
    Column("unit", String(20), nullable=False, default=""),
    Column("storage", String(200), nullable=False, default=""),
    Column("serialised", Boolean, nullable=False, default=False),
    Column("min_stock", Integer, nullable=False, default=0),
    Column("auto_release", Boolean, nullable=False, default=False),
    Column("provisional", Boolean, nullable=False, default=False),
    Column("expiry_required", Boolean, nullable=False, default=True),
    Column("lot_required", Boolean, nullable=False, default=True),
    Column("production_date_required", Boolean, nullable=False, default=False),
    # What one each costs (the items import), and the top of its target stock range (0: none).
    Column("unit_cost", Float),
    Column("max_stock", Integer, nullable=False, default=0),
)
Index("ix_items_name", items.c.name)
Index("ix_items_name_zh", items.c.name_zh)

suppliers = Table(
    "suppliers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("auto_release", Boolean, nullable=False, default=False),
    # Days after receipt within which the supplier takes a lot back; 0: it takes none.
    Column("return_window_days", Integer, nullable=False, default=0),
)

locations = Table(
    "locations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("responsible", String(100), nullable=False, default=""),
    Column("zone", String(64), nullable=False, default=""),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("pin_hash", String(200), nullable=False),
    Column("badge", String(100), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
)

lots = Table(
    "lots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", ForeignKey("items.id"), nullable=False),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("expiry", Date),
    Column("production_date", Date),
    Column("supplier_id", ForeignKey("suppliers.id")),
    Column("qc", String(10), nullable=False),
    Column("hold", String(10), nullable=False),
    Column("hold_reason", Text, nullable=False, default=""),
    Column("first_received", UtcDateTime),
    # Total on hand over stock-holding locations, kept in step with `stock`.
    Column("on_hand", Integer, nullable=False, default=0),
    UniqueConstraint("di", "lot"),
)
# Also each item's units on hand from the index alone (the KPIs' stock now).
Index("ix_lots_item", lots.c.item_id, lots.c.on_hand)
# Risk stock and expired-unused walk lots by expiry from the index alone (app.services.kpis).
Index("ix_lots_expiry_on_hand", lots.c.expiry, lots.c.on_hand, lots.c.item_id, lots.c.supplier_id)
Index("ix_lots_lot", lots.c.lot)
# The forecast's walk: every lot by item in FEFO order, from the index alone.
Index(
    "ix_lots_fefo",
    lots.c.item_id,
    lots.c.expiry,
    lots.c.first_received,
    lots.c.lot,
    lots.c.qc,
    lots.c.hold,
    lots.c.on_hand,
    lots.c.di,
)

stock = Table(
    "stock",
    metadata,
    Column("lot_id", ForeignKey("lots.id"), primary_key=True),
    Column("location_id", ForeignKey("locations.id"), primary_key=True),
    Column("item_id", ForeignKey("items.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("received_at", UtcDateTime),
)
Index("ix_stock_item_location", stock.c.item_id, stock.c.location_id)
Index("ix_stock_location", stock.c.location_id)
# Risk stock: a lot's stock lines from the index alone (migration 0014_kpi_months).
Index("ix_stock_lot_quantity", stock.c.lot_id, stock.c.quantity, stock.c.location_id)

serials = Table(
    "serials",
    metadata,
    Column("lot_id", ForeignKey("lots.id"), primary_key=True),
    Column("serial", String(64), primary_key=True),
    Column("location_id", ForeignKey("locations.id")),
)

movements = Table(
    "movements",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("at", UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
    Column("device", String(64), nullable=False),
    Column("type", String(20), nullable=False),
    Column("lot_id", ForeignKey("lots.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("from_location_id", ForeignKey("locations.id")),
    Column("to_location_id", ForeignKey("locations.id")),
    Column("serial", String(64)),
    Column("reference", String(200), nullable=False, default=""),
    Column("reason", Text, nullable=False, default=""),
    Column("override_by", String(64)),
    Column("override_reason", Text),
    Column("raw_scan", Text, nullable=False, default=""),
    # Why stock left for good (app.domain.model.WriteOffReason), and who countersigned.
    Column("reason_code", String(20), nullable=False, default=""),
    Column("countersigned_by", String(64)),
    # What one each cost on this receipt, when the receipt said.
    Column("unit_cost", Float),
)
Index("ix_movements_lot_type", movements.c.lot_id, movements.c.type)
Index(
    "ix_movements_costed",
    movements.c.lot_id,
    movements.c.seq,
    sqlite_where=movements.c.unit_cost.isnot(None),
)
Index("ix_movements_at", movements.c.at)
# Usage over a period (picks and returns), from the index alone: app.services.forecast.
Index(
    "ix_movements_usage",
    movements.c.type,
    movements.c.at,
    movements.c.lot_id,
    movements.c.quantity,
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    # None for an item's own warning (low stock); item_id is always set.
    Column("lot_id", ForeignKey("lots.id")),
    Column("kind", String(30), nullable=False),
    Column("level", String(10), nullable=False),
    Column("raised", UtcDateTime, nullable=False),
    Column("message", Text, nullable=False, default=""),
    Column("location_id", ForeignKey("locations.id")),
    Column("assigned_to", String(100), nullable=False, default=""),
    Column("acknowledged_by", String(64)),
    Column("acknowledged_at", UtcDateTime),
    # A lot that enters a higher tier closes its lower tiers' open alerts.
    Column("superseded_at", UtcDateTime),
    # The closed loop (app.services.dispositions): who owns it, by when, what was
    # chosen, when it went to the supervisor, and when and how it closed.
    Column("item_id", ForeignKey("items.id")),
    Column("due_at", UtcDateTime),
    Column("disposition", String(30)),
    Column("disposition_by", String(64)),
    Column("disposition_at", UtcDateTime),
    Column("disposition_reason", Text, nullable=False, default=""),
    Column("disposition_target", String(100), nullable=False, default=""),
    Column("escalated_at", UtcDateTime),
    Column("closed_at", UtcDateTime),
    Column("closed_by", String(64)),
    Column("closed_how", String(40)),
)
# One expiry alert per lot and tier: crossing into a tier raises it once.
Index(
    "ux_alerts_expiry_tier",
    alerts.c.lot_id,
    alerts.c.kind,
    alerts.c.level,
    unique=True,
    sqlite_where=alerts.c.kind == "expiry",
)
Index("ix_alerts_open", alerts.c.acknowledged_at, alerts.c.level)
Index("ix_alerts_closed", alerts.c.closed_at, alerts.c.level)
# One open low-stock warning per item.
Index(
    "ux_alerts_low_stock_open",
    alerts.c.item_id,
    unique=True,
    sqlite_where=(alerts.c.kind == "low_stock") & alerts.c.closed_at.is_(None),
)
# Warnings not yet given their owner and due time (set in the transaction that raised them).
Index("ix_alerts_unassigned", alerts.c.id, sqlite_where=alerts.c.due_at.is_(None))
# A lot's warnings of one kind (a received lot's WITHDRAWN warning, a lot's history).
Index("ix_alerts_lot_kind", alerts.c.lot_id, alerts.c.kind)
# Open warnings with a chosen disposition, by lot: what a movement of the lot may close.
Index(
    "ix_alerts_chosen_open",
    alerts.c.lot_id,
    sqlite_where=alerts.c.disposition.is_not(None) & alerts.c.closed_at.is_(None),
)
Index("ix_alerts_raised", alerts.c.raised)

counts = Table(
    "counts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("lot_id", ForeignKey("lots.id"), nullable=False),
    Column("location_id", ForeignKey("locations.id"), nullable=False),
    Column("expected", Integer, nullable=False),
    Column("counted", Integer, nullable=False),
    Column("counted_by", String(64), nullable=False),
    Column("counted_at", UtcDateTime, nullable=False),
    Column("approved_by", String(64)),
    Column("approved_at", UtcDateTime),
    Column("movement_id", String(36)),
)

audit = Table(
    "audit",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
    Column("device", String(64), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("before", Text),
    Column("after", Text),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # How the person was known (a vouched batch line, an upload and when it was replayed).
    Column("meta", Text),
)
Index("ix_audit_entity", audit.c.entity, audit.c.entity_id)

# Consecutive wrong PINs per user since their last success, and the lock they caused.
login_failures = Table(
    "login_failures",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure", UtcDateTime, nullable=False),
    Column("locked_until", UtcDateTime),
)

# Every change's event, written in the change's transaction, waiting for sync.
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("type", String(40), nullable=False),
    Column("payload", Text, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
    Column("sent_at", UtcDateTime),
    # The audit entry that sealed this event (its meta holds the event's SHA-256).
    Column("audit_seq", Integer),
)
Index("ix_outbox_unsent", outbox.c.sent_at, outbox.c.seq)

# The national UDI database (NMPA UDID) as imported: every device, millions of
# rows, keyed by the sales unit's DI. Reference data, not master data: items
# are made or filled from it (app.services.udi). WITHOUT ROWID: the DI is the
# only way in, so one B-tree instead of a table and an index.
udi_devices = Table(
    "udi_devices",
    metadata,
    Column("di", String(64), primary_key=True),
    Column("coding_system", String(40), nullable=False, default=""),
    Column("generic_name", Text, nullable=False, default=""),
    Column("trade_name", Text, nullable=False, default=""),
    Column("model", Text, nullable=False, default=""),
    Column("registration_no", String(100), nullable=False, default=""),
    Column("registrant", Text, nullable=False, default=""),
    Column("registrant_en", Text, nullable=False, default=""),
    Column("registrant_credit_code", String(40), nullable=False, default=""),
    Column("classification_code", String(40), nullable=False, default=""),
    Column("device_kind", String(40), nullable=False, default=""),
    Column("product_kind", String(40), nullable=False, default=""),
    Column("use_unit_di", String(64), nullable=False, default=""),
    Column("use_units", Integer),
    Column("direct_mark_di", String(64), nullable=False, default=""),
    # The label's production identifier carries: 1 是, 0 否, NULL not said.
    Column("pi_has_lot", Boolean),
    Column("pi_has_serial", Boolean),
    Column("pi_has_production_date", Boolean),
    Column("pi_has_expiry", Boolean),
    Column("single_use", Boolean),
    Column("sterile_package", Boolean),
    Column("sterilisation", String(100), nullable=False, default=""),
    Column("withdrawn_on", Date),
    Column("record_key", String(100), nullable=False, default=""),
    Column("version", Integer),
    Column("version_date", Date),
    Column("change", String(20), nullable=False, default=""),
    # The storage temperature condition (储存温度), as given and as numbers (℃).
    Column("storage_condition", String(40), nullable=False, default=""),
    Column("storage_min", String(20), nullable=False, default=""),
    Column("storage_max", String(20), nullable=False, default=""),
    Column("storage_unit", String(20), nullable=False, default=""),
    sqlite_with_rowid=False,
)

# Each device's packaging levels (packingList), keyed by the package's DI.
udi_packages = Table(
    "udi_packages",
    metadata,
    Column("di", String(64), primary_key=True),
    Column("device_di", String(64), nullable=False),
    Column("level", String(40), nullable=False, default=""),
    Column("contains", Integer, nullable=False),
    Column("contains_di", String(64), nullable=False),
    sqlite_with_rowid=False,
)
Index("ix_udi_packages_device", udi_packages.c.device_di)

# An item's packaging levels, the ledger's each units per package (app.domain.packaging).
item_packages = Table(
    "item_packages",
    metadata,
    Column("di", String(64), primary_key=True),
    Column("item_id", ForeignKey("items.id"), nullable=False),
    Column("level", String(40), nullable=False),
    Column("contains", Integer, nullable=False),
    Column("contains_di", String(64), nullable=False),
    Column("units", Integer, nullable=False),
)
Index("ix_item_packages_item", item_packages.c.item_id)

# --- cold chain (issue 13) ----------------------------------------------------------
# Storage classes a site keeps (seeded with the GSP defaults, app.domain.climate);
# humidity_low/high both NULL: the class says nothing about humidity.
storage_classes = Table(
    "storage_classes",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("temperature_low", Float),
    Column("temperature_high", Float),
    Column("humidity_low", Float),
    Column("humidity_high", Float),
    Column("above_minutes", Integer, nullable=False),
    Column("below_minutes", Integer, nullable=False),
    Column("daily_minutes", Integer),
)

# What an item needs: a class, or its own range (the UDI database's min/max), and how
# long it may travel (a transport logger's run longer than that quarantines the goods).
item_storage = Table(
    "item_storage",
    metadata,
    Column("item_id", ForeignKey("items.id"), primary_key=True),
    Column("class_name", String(40)),
    Column("temperature_low", Float),
    Column("temperature_high", Float),
    Column("transit_hours", Float),
)

# The class a location keeps.
location_storage = Table(
    "location_storage",
    metadata,
    Column("location_id", ForeignKey("locations.id"), primary_key=True),
    Column("class_name", String(40), nullable=False),
)

# A logger at a place: a location (fridge, room) or a delivery (its transport logger).
# `place` is "location:CODE" or "delivery:REF"; `zone` the logger's configured zone.
climate_loggers = Table(
    "climate_loggers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("serial", String(64), nullable=False),
    Column("place", String(240), nullable=False),
    Column("location_id", ForeignKey("locations.id")),
    Column("delivery", String(200)),
    Column("zone", String(64), nullable=False, default=""),
    Column("device", String(100), nullable=False, default=""),
    Column("alarm_limits", Text, nullable=False, default="[]"),
    Column("interval_seconds", Integer),
    Column("activation_energy", Float),
    Column("device_mkt", Float),
    Column("started", UtcDateTime),
    Column("stopped", UtcDateTime),
    UniqueConstraint("serial", "place"),
)

# Every file imported, by its SHA-256: the same file twice is recognised and changes nothing.
climate_files = Table(
    "climate_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("logger_id", ForeignKey("climate_loggers.id"), nullable=False),
    Column("file_name", String(255), nullable=False),
    Column("format", String(20), nullable=False),
    Column("readings", Integer, nullable=False),
    Column("imported_at", UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
)

# One reading per logger and instant: overlapping files merge into one series. `at` is
# whole seconds since the epoch (UTC), not ISO text: a year of 5-minute readings is
# 105,120 rows, and formatting and comparing the text cost more than finding excursions.
climate_readings = Table(
    "climate_readings",
    metadata,
    Column("logger_id", Integer, primary_key=True),
    Column("at", Integer, primary_key=True),
    Column("temperature", Float, nullable=False),
    Column("humidity", Float),
    Column("out_of_limits", Boolean, nullable=False, default=False),
    sqlite_with_rowid=False,
)

# A logger's own daily summaries (Fridge-tag `Hist`), for files without readings.
climate_days = Table(
    "climate_days",
    metadata,
    Column("logger_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("start", UtcDateTime, nullable=False),
    Column("end", UtcDateTime, nullable=False),
    Column("lowest", Float, nullable=False),
    Column("highest", Float, nullable=False),
    Column("mean", Float),
    Column("minutes_below", Integer, nullable=False),
    Column("minutes_above", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# Steps between readings longer than twice the logging interval: no data.
climate_gaps = Table(
    "climate_gaps",
    metadata,
    Column("logger_id", Integer, primary_key=True),
    Column("start", UtcDateTime, primary_key=True),
    Column("end", UtcDateTime, nullable=False),
    sqlite_with_rowid=False,
)

# An excursion found in a logger's readings, and QA's decision on it (the assessment task).
excursions = Table(
    "excursions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("logger_id", ForeignKey("climate_loggers.id"), nullable=False),
    Column("location_id", ForeignKey("locations.id")),
    Column("delivery", String(200)),
    Column("kind", String(20), nullable=False),
    Column("measure", String(20), nullable=False),
    Column("side", String(10), nullable=False),
    Column("start", UtcDateTime, nullable=False),
    Column("end", UtcDateTime, nullable=False),
    Column("minutes", Float, nullable=False),
    Column("lowest", Float, nullable=False),
    Column("highest", Float, nullable=False),
    Column("limit_value", Float, nullable=False),
    Column("range_low", Float),
    Column("range_high", Float),
    Column("storage_class", String(40)),
    Column("open_ended", Boolean, nullable=False, default=False),
    Column("mkt", Float),
    Column("activation_energy", Float, nullable=False),
    Column("device_mkt", Float),
    Column("logger_limits", Text, nullable=False, default="[]"),
    Column("found_at", UtcDateTime, nullable=False),
    Column("found_by", String(64), nullable=False),
    Column("status", String(10), nullable=False, default="open"),
    Column("decided_by", String(64)),
    Column("decided_at", UtcDateTime),
    Column("justification", Text),
    UniqueConstraint("logger_id", "measure", "side", "kind", "start"),
)
Index("ix_excursions_status", excursions.c.status)

# The lots that were where an excursion happened while it lasted (from the ledger).
excursion_lots = Table(
    "excursion_lots",
    metadata,
    Column("excursion_id", ForeignKey("excursions.id"), primary_key=True),
    Column("lot_id", ForeignKey("lots.id"), primary_key=True),
    Column("quantity", Integer, nullable=False),
    # This excursion put the hold on (a lot held before for another reason keeps that hold).
    Column("held", Boolean, nullable=False),
)
Index("ix_excursion_lots_lot", excursion_lots.c.lot_id)
# Scans an action refused (NOT_FEFO, an unknown item...), for the mismatch rate: an
# observation like a wrong PIN, not a change to the store, so neither audited nor synced.
# A DATA_MISMATCH refusal is not here: it keeps its alert.
scan_refusals = Table(
    "scan_refusals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("user", String(64), nullable=False),
    Column("device", String(64), nullable=False),
    Column("command", String(40), nullable=False),
    Column("code", String(40), nullable=False),
    Column("di", String(64)),
    Column("lot", String(64)),
)
Index("ix_scan_refusals_at", scan_refusals.c.at)

# The carriers or routes a supplier's deliveries may come by (none listed: not checked).
supplier_carriers = Table(
    "supplier_carriers",
    metadata,
    Column("supplier_id", ForeignKey("suppliers.id"), primary_key=True),
    Column("carrier", String(100), primary_key=True),
)

# The movement totals of closed UTC months ("YYYY-MM"), which the KPIs read instead of the
# month's movements while the month's kpi_months row stands (triggers strike it out when
# what the totals rest on changes: migration 0014_kpi_months; app.adapters.kpi_queries).
kpi_months = Table(
    "kpi_months",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("summed_at", String(32), nullable=False),
)
kpi_month_totals = Table(
    "kpi_month_totals",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("movements", Integer, nullable=False),
    Column("audited", Integer, nullable=False),
    Column("scanned", Integer, nullable=False),
    Column("picks", Integer, nullable=False),
    Column("unplanned", Integer, nullable=False),
    Column("overrides", Integer, nullable=False),
    Column("received", Integer, nullable=False),
    Column("issued", Integer, nullable=False),
    Column("expired_written_off", Integer, nullable=False),
)
kpi_item_months = Table(
    "kpi_item_months",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("item_id", Integer, primary_key=True),
    Column("picked", Integer, nullable=False),
    # Net units into stock-holding locations.
    Column("flow", Integer, nullable=False),
    sqlite_with_rowid=False,
)
kpi_department_months = Table(
    "kpi_department_months",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("location_id", Integer, primary_key=True),
    Column("item_id", Integer, primary_key=True),
    # Units picked to the location less units returned from it.
    Column("units", Integer, nullable=False),
    sqlite_with_rowid=False,
)
kpi_department_totals = Table(
    "kpi_department_totals",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("location_id", Integer, primary_key=True),
    # kpi_department_months summed over items: a month's bars without its item lines.
    Column("units", Integer, nullable=False),
    sqlite_with_rowid=False,
)
kpi_supplier_months = Table(
    "kpi_supplier_months",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("month", String(7), nullable=False),
    Column("supplier_id", Integer),
    # The lot's expiry less the receipt's day (None: no expiry).
    Column("days_left", Float),
    Column("deliveries", Integer, nullable=False),
    Column("units", Integer, nullable=False),
)
Index("ix_kpi_supplier_months_month", kpi_supplier_months.c.month)

# Stock summaries kept in step with stock and lots by triggers, in the write's own
# transaction (migration 0017_kpi_stock_summaries): the KPIs' risk stock and stock now.
kpi_stock_expiry = Table(
    "kpi_stock_expiry",
    metadata,
    Column("expiry", Date, primary_key=True),
    Column("location_id", Integer, primary_key=True),
    Column("category", String(100), primary_key=True),
    # Stock lines with stock, of lots with an expiry.
    Column("lines", Integer, nullable=False),
    Column("units", Integer, nullable=False),
    # Units × the lot's unit cost (its latest costed receipt, else its item's).
    Column("value", Float, nullable=False),
    Column("uncosted", Integer, nullable=False),
    sqlite_with_rowid=False,
)
kpi_item_on_hand = Table(
    "kpi_item_on_hand",
    metadata,
    Column("item_id", Integer, primary_key=True),
    Column("on_hand", Integer, nullable=False),
)


# Units picked to / returned from each location (0: none named), per item and UTC day
# ("YYYY-MM-DD" of the movement's stored time), kept equal to the ledger by triggers
# (migration 0016_usage_by_day); the usage reads take whole UTC days from here
# (app.adapters.loop SqlLoop.usage).
usage_days = Table(
    "usage_days",
    metadata,
    Column("item_id", Integer, primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("location_id", Integer, primary_key=True),
    Column("picked", Integer, nullable=False),
    Column("returned", Integer, nullable=False),
    sqlite_with_rowid=False,
)
