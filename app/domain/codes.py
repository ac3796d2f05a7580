"""Stable reason codes. Only ui/ turns them into translated words."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    ACCEPTED = "ACCEPTED"
    # blocks on use
    EXPIRED = "EXPIRED"
    NEAR_EXPIRY = "NEAR_EXPIRY"
    QC_PENDING = "QC_PENDING"
    QC_REJECTED = "QC_REJECTED"
    QUARANTINED = "QUARANTINED"
    RECALLED = "RECALLED"
    NOT_FEFO = "NOT_FEFO"
    # stock and master data
    INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK"
    UNKNOWN_ITEM = "UNKNOWN_ITEM"
    UNKNOWN_LOT = "UNKNOWN_LOT"
    UNKNOWN_LOCATION = "UNKNOWN_LOCATION"
    WRONG_LOCATION = "WRONG_LOCATION"
    DATA_MISMATCH = "DATA_MISMATCH"
    SHORT_SHELF_LIFE = "SHORT_SHELF_LIFE"
    DUPLICATE_SERIAL = "DUPLICATE_SERIAL"
    QUANTITY_MISMATCH = "QUANTITY_MISMATCH"
    # input and people
    BAD_BARCODE = "BAD_BARCODE"
    INCOMPLETE_SCAN = "INCOMPLETE_SCAN"
    BAD_REQUEST = "BAD_REQUEST"
    UNKNOWN_USER = "UNKNOWN_USER"
    BAD_CREDENTIALS = "BAD_CREDENTIALS"
    NOT_PERMITTED = "NOT_PERMITTED"
    NOT_OVERRIDABLE = "NOT_OVERRIDABLE"
    NOTHING_TO_DO = "NOTHING_TO_DO"


class DomainError(Exception):
    """A refusal that carries its code and the data to explain it."""

    def __init__(self, code: Code, message: str, **detail: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.detail = detail
