"""Every refusal Lotkeeper's core gives, as a stable code with the data to explain it.

Only ``ui/`` (``ui/reasons.py``) and the printed documents turn a code into
words; the English ``message`` an error carries is for logs and the command
line. The tree of what the core raises on purpose::

    Exception
     └── LotkeeperError          .code (a Code), .detail (the data behind it)
          ├── Refused            a rule, a check or a credential said no: the
          │   │                  action changed nothing (Code tells which)
          │   └── RefusedWithAlert   ... but the alert it raises is kept
          │                          (DATA_MISMATCH: a supervisor must look)
          └── StoreError         the store cannot be opened or written:
                                 missing, not ours, damaged, read-only, full
                                 (app.adapters.database raises it)

Other layers keep their own trees, drawn the same way: ``scanning.errors``
(ScanError: a barcode that is not a UDI), ``printing.errors`` (PrintError),
``sync.client.errors`` (SyncError) and the centre's ``sync.server.errors``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.model import Alert


class Code(StrEnum):
    ACCEPTED = "ACCEPTED"
    # blocks on use
    EXPIRED = "EXPIRED"
    NEAR_EXPIRY = "NEAR_EXPIRY"
    QC_PENDING = "QC_PENDING"
    QC_REJECTED = "QC_REJECTED"
    QUARANTINED = "QUARANTINED"
    RECALLED = "RECALLED"
    NOT_REGISTERED = "NOT_REGISTERED"
    NOT_FEFO = "NOT_FEFO"
    # stock and master data
    INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK"
    UNKNOWN_ITEM = "UNKNOWN_ITEM"
    UNKNOWN_LOT = "UNKNOWN_LOT"
    UNKNOWN_LOCATION = "UNKNOWN_LOCATION"
    UNKNOWN_SUPPLIER = "UNKNOWN_SUPPLIER"
    WRONG_LOCATION = "WRONG_LOCATION"
    WRONG_LOCATION_KIND = "WRONG_LOCATION_KIND"
    SAME_LOCATION = "SAME_LOCATION"
    NO_RECEIVING_LOCATION = "NO_RECEIVING_LOCATION"
    DATA_MISMATCH = "DATA_MISMATCH"
    SHORT_SHELF_LIFE = "SHORT_SHELF_LIFE"
    DUPLICATE_SERIAL = "DUPLICATE_SERIAL"
    QUANTITY_MISMATCH = "QUANTITY_MISMATCH"
    ITEM_IN_MASTER_DATA = "ITEM_IN_MASTER_DATA"
    # packaging levels: a case's DI whose count of eaches is not known, a serialised item's case
    UNKNOWN_PACKAGE_LEVEL = "UNKNOWN_PACKAGE_LEVEL"
    PACKAGE_OF_SERIALISED = "PACKAGE_OF_SERIALISED"
    # a national UDI database download that cannot be read (its UdidCode in the detail)
    BAD_UDI_FILE = "BAD_UDI_FILE"
    LOT_NOT_HELD = "LOT_NOT_HELD"
    # lot data as scanned
    BAD_BARCODE = "BAD_BARCODE"
    INCOMPLETE_SCAN = "INCOMPLETE_SCAN"
    PRODUCTION_AFTER_EXPIRY = "PRODUCTION_AFTER_EXPIRY"
    PRODUCTION_IN_FUTURE = "PRODUCTION_IN_FUTURE"
    # what a request says
    MISSING_FIELD = "MISSING_FIELD"
    BAD_FIELD = "BAD_FIELD"
    BAD_QUANTITY = "BAD_QUANTITY"
    REASON_REQUIRED = "REASON_REQUIRED"
    BAD_JSON = "BAD_JSON"
    BAD_ENCODING = "BAD_ENCODING"
    UNKNOWN_ACTION = "UNKNOWN_ACTION"
    UNKNOWN_SETTING = "UNKNOWN_SETTING"
    BAD_SETTING = "BAD_SETTING"
    BAD_POLICY = "BAD_POLICY"
    UNKNOWN_ALERT = "UNKNOWN_ALERT"
    UNKNOWN_COUNT = "UNKNOWN_COUNT"
    IMPORT_PROBLEMS = "IMPORT_PROBLEMS"
    NOTHING_TO_DO = "NOTHING_TO_DO"
    # recalls
    UNKNOWN_RECALL = "UNKNOWN_RECALL"
    RECALL_CLOSED = "RECALL_CLOSED"
    NOT_IN_RECALL = "NOT_IN_RECALL"
    BAD_RECALL = "BAD_RECALL"
    EVIDENCE_REQUIRED = "EVIDENCE_REQUIRED"
    BAD_EVIDENCE = "BAD_EVIDENCE"
    UNITS_UNACCOUNTED = "UNITS_UNACCOUNTED"
    # people
    UNKNOWN_USER = "UNKNOWN_USER"
    BAD_CREDENTIALS = "BAD_CREDENTIALS"
    LOCKED_OUT = "LOCKED_OUT"
    WEAK_PIN = "WEAK_PIN"
    NOT_PERMITTED = "NOT_PERMITTED"
    NOT_OVERRIDABLE = "NOT_OVERRIDABLE"
    SECOND_PERSON_REQUIRED = "SECOND_PERSON_REQUIRED"
    # the store itself
    STORE_DAMAGED = "STORE_DAMAGED"
    STORE_READ_ONLY = "STORE_READ_ONLY"
    DISK_FULL = "DISK_FULL"
    STORE_BUSY = "STORE_BUSY"
    # cold chain: storage classes, logger files, excursions (issue 13)
    STORAGE_MISMATCH = "STORAGE_MISMATCH"
    TEMPERATURE_EXCURSION = "TEMPERATURE_EXCURSION"
    UNKNOWN_STORAGE_CLASS = "UNKNOWN_STORAGE_CLASS"
    BAD_STORAGE_CLASS = "BAD_STORAGE_CLASS"
    BAD_LOGGER_FILE = "BAD_LOGGER_FILE"
    UNKNOWN_EXCURSION = "UNKNOWN_EXCURSION"
    EXCURSION_OPEN = "EXCURSION_OPEN"
    EXCURSION_DECIDED = "EXCURSION_DECIDED"
    # the closed loop: a warning's disposition (app.services.dispositions)
    NOT_OWNER = "NOT_OWNER"
    NOT_FIRST_IN_FEFO = "NOT_FIRST_IN_FEFO"
    NO_SUPPLIER = "NO_SUPPLIER"
    RETURN_WINDOW_PASSED = "RETURN_WINDOW_PASSED"
    ALERT_CLOSED = "ALERT_CLOSED"
    NOTHING_TO_ACCEPT = "NOTHING_TO_ACCEPT"
    NOT_FOR_ITEM_WARNING = "NOT_FOR_ITEM_WARNING"
    # transfers between sites
    IN_TRANSIT = "IN_TRANSIT"
    NOT_ENROLLED = "NOT_ENROLLED"
    SAME_SITE = "SAME_SITE"
    UNKNOWN_TRANSFER = "UNKNOWN_TRANSFER"
    TRANSFER_ARRIVED = "TRANSFER_ARRIVED"
    UNKNOWN_SUGGESTION = "UNKNOWN_SUGGESTION"
    SUGGESTION_DECIDED = "SUGGESTION_DECIDED"


class LotkeeperError(Exception):
    """An error the core raises on purpose: a code, an English message, the data."""

    def __init__(self, code: Code, message: str, **detail: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.detail = detail


class Refused(LotkeeperError):
    """A rule, a check or a credential said no; the action changed nothing."""


class StoreError(LotkeeperError):
    """The store cannot be opened or written (missing, not ours, damaged, read-only, full)."""


class RefusedWithAlert(Refused):
    """A refusal whose alert is still recorded (the refused action's own writes are not)."""

    def __init__(self, code: Code, message: str, alert: Alert, **detail: object) -> None:
        super().__init__(code, message, **detail)
        self.alert = alert
