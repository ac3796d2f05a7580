"""The things a store keeps track of, as plain typed Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    QA = "qa"
    ADMIN = "admin"


class LocationKind(StrEnum):
    RECEIVING = "receiving"
    STORAGE = "storage"
    QUARANTINE = "quarantine"
    DEPARTMENT = "department"
    SUPPLIER_RETURN = "supplier_return"
    # Stock sent to another site and not yet arrived there: counted, never picked.
    TRANSIT = "transit"

    @property
    def holds_stock(self) -> bool:
        """Departments consume and suppliers take back: stock there has left the store."""
        return self not in (LocationKind.DEPARTMENT, LocationKind.SUPPLIER_RETURN)


class QcStatus(StrEnum):
    PENDING = "pending"
    RELEASED = "released"
    REJECTED = "rejected"


class Hold(StrEnum):
    NONE = "none"
    QUARANTINE = "quarantine"
    RECALL = "recall"


class MovementType(StrEnum):
    RECEIVE = "receive"
    MOVE = "move"
    PICK = "pick"
    RETURN = "return"
    QUARANTINE = "quarantine"
    RELEASE = "release"
    QC_RELEASE = "qc_release"
    QC_REJECT = "qc_reject"
    DISPOSE = "dispose"
    RETURN_TO_SUPPLIER = "return_to_supplier"
    COUNT_ADJUST = "count_adjust"
    # Between sites: out of a shelf into transit (and out of transit once it arrived),
    # and the arrival scanned at the receiving site.
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"


class WriteOffReason(StrEnum):
    """Why stock leaves for good outside a sale: the code a disposal or return carries."""

    EXPIRED = "expired"
    DAMAGED = "damaged"
    QC_REJECTED = "qc_rejected"
    RECALLED = "recalled"
    OTHER = "other"


class AlertKind(StrEnum):
    EXPIRY = "expiry"
    DATA_MISMATCH = "data_mismatch"
    COUNT_DISCREPANCY = "count_discrepancy"
    RECALL = "recall"
    # The national UDI database says the device left the market (退市) while lots are on hand.
    WITHDRAWN = "withdrawn"
    # An item's stock in the store below its (or its category's) minimum: the item's, no lot.
    LOW_STOCK = "low_stock"
    # A delivery came by a carrier or route not on its supplier's approved list (运输途径异常).
    TRANSPORT_ROUTE = "transport_route"
    # A logger's readings stop for longer than twice its interval (无数据): a no-data period.
    LOGGER_GAP = "logger_gap"


class Level(StrEnum):
    NOTICE = "notice"
    WARNING = "warning"
    CRITICAL = "critical"
    EXPIRED = "expired"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.NOTICE: 1, Level.WARNING: 2, Level.CRITICAL: 3, Level.EXPIRED: 4}


@dataclass(slots=True)
class Item:
    di: str
    name: str
    name_zh: str = ""
    model: str = ""
    manufacturer: str = ""
    registration_no: str = ""
    category: str = ""
    unit: str = ""
    storage: str = ""
    serialised: bool = False
    min_stock: int = 0
    auto_release: bool = False
    provisional: bool = False
    # What the label's production identifier must carry (the national UDI
    # database states it per device); a serialised item also needs its serial.
    expiry_required: bool = True
    lot_required: bool = True
    production_date_required: bool = False
    # What one each costs (None: not known), and the top of its target stock range (0: none).
    unit_cost: float | None = None
    max_stock: int = 0
    id: int | None = None

    @property
    def registered(self) -> bool:
        """A registration certificate or filing number (注册证/备案凭证) from master data."""
        return not self.provisional and bool(self.registration_no.strip())


@dataclass(slots=True)
class Supplier:
    code: str
    name: str
    auto_release: bool = False
    return_window_days: int = 0
    """Days after receipt within which the supplier takes a lot back; 0: it takes none."""
    id: int | None = None


@dataclass(slots=True)
class Location:
    code: str
    name: str
    kind: LocationKind
    responsible: str = ""
    zone: str = ""
    id: int | None = None


@dataclass(slots=True)
class User:
    username: str
    display_name: str
    role: Role
    pin_hash: str
    badge: str = ""
    active: bool = True
    id: int | None = None


@dataclass(slots=True)
class Lot:
    item_id: int
    di: str
    lot: str
    expiry: date | None
    production_date: date | None = None
    supplier_id: int | None = None
    qc: QcStatus = QcStatus.PENDING
    hold: Hold = Hold.NONE
    hold_reason: str = ""
    first_received: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Override:
    supervisor: str
    reason: str


@dataclass(frozen=True, slots=True)
class Movement:
    id: str
    at: datetime
    user: str
    device: str
    type: MovementType
    lot_id: int
    quantity: int
    from_location_id: int | None
    to_location_id: int | None
    reference: str = ""
    reason: str = ""
    override: Override | None = None
    raw_scan: str = ""
    reason_code: str = ""
    countersigned_by: str | None = None
    # What one each cost, as a receipt said (None: the item's cost applies).
    unit_cost: float | None = None


@dataclass(slots=True)
class Alert:
    lot_id: int | None
    kind: AlertKind
    level: Level
    raised: datetime
    message: str = ""
    assigned_to: str = ""
    location_id: int | None = None
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    id: int | None = None
    item_id: int | None = None
    # The closed loop (app.domain.disposition): due, chosen, closed.
    due_at: datetime | None = None
    disposition: str | None = None
    disposition_by: str | None = None
    disposition_at: datetime | None = None
    disposition_reason: str = ""
    disposition_target: str = ""
    closed_at: datetime | None = None


@dataclass(slots=True)
class Count:
    lot_id: int
    location_id: int
    expected: int
    counted: int
    counted_by: str
    counted_at: datetime
    approved_by: str | None = None
    approved_at: datetime | None = None
    movement_id: str | None = None
    id: int | None = None

    @property
    def variance(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True, slots=True)
class StockLine:
    lot: Lot
    location: Location
    quantity: int
    received_at: datetime | None = field(default=None)

    @property
    def location_id(self) -> int:
        assert self.location.id is not None
        return self.location.id
