"""Reason codes in words: every app.domain.codes.Code as a translated sentence.

The services give a stable code and the data to explain it (the lot to take,
the expiry, the days left); this module turns them into what the band shows.
Strings use QCoreApplication.translate with the "Reasons" context so that
pyside6-lupdate finds them; arguments are filled in after translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.codes import Code
from app.domain.rules import OVERRIDABLE, days_left
from app.services.action import ActionResult


class Tone(StrEnum):
    IDLE = "idle"
    OK = "ok"
    DECIDE = "decide"
    BLOCKED = "blocked"


# Amber: someone can decide (a supervisor override, a check, the second symbol).
DECIDE_CODES = OVERRIDABLE | {Code.DATA_MISMATCH, Code.INCOMPLETE_SCAN}


@dataclass(frozen=True, slots=True)
class Verdict:
    tone: Tone
    headline: str
    detail: str = ""


def tone_of(result: ActionResult) -> Tone:
    if result.ok:
        return Tone.OK
    return Tone.DECIDE if result.code in DECIDE_CODES else Tone.BLOCKED


def expiry_text(expiry: date | None, today: date) -> str:
    if expiry is None:
        return QCoreApplication.translate("Reasons", "no expiry date")
    left = days_left(expiry, today)
    if left < 0:
        return QCoreApplication.translate("Reasons", "expired {date} ({days} days ago)").format(
            date=expiry.isoformat(), days=-left
        )
    return QCoreApplication.translate("Reasons", "expires {date} ({days} days left)").format(
        date=expiry.isoformat(), days=left
    )


def missing_text(missing: Iterable[str]) -> str:
    names = {
        "gtin": QCoreApplication.translate("Reasons", "product code (GTIN)"),
        "lot": QCoreApplication.translate("Reasons", "lot"),
        "expiry": QCoreApplication.translate("Reasons", "expiry"),
        "serial": QCoreApplication.translate("Reasons", "serial number"),
    }
    return QCoreApplication.translate("Reasons", ", ").join(names.get(m, m) for m in missing)


def waiting(missing: Iterable[str]) -> Verdict:
    """The pack's first symbol is in; the band says what to scan next."""
    return Verdict(
        Tone.DECIDE,
        QCoreApplication.translate("Reasons", "Waiting for the {missing} barcode").format(
            missing=missing_text(missing)
        ),
        QCoreApplication.translate("Reasons", "Scan the other barcode on the same pack."),
    )


def _done_headline(action: str, qty: object, lot: str) -> str:
    headlines = {
        "receive": QCoreApplication.translate("Reasons", "Received {qty} of lot {lot}"),
        "move": QCoreApplication.translate("Reasons", "Moved {qty} of lot {lot}"),
        "pick": QCoreApplication.translate("Reasons", "Picked {qty} of lot {lot}"),
    }
    text = headlines.get(action, QCoreApplication.translate("Reasons", "Done: lot {lot}"))
    return text.format(qty=qty, lot=lot)


def _accepted(result: ActionResult, action: str, today: date) -> Verdict:
    d = result.detail
    lines = [expiry_text(result.expiry, today)]
    if d.get("hold") == "quarantine":
        lines.append(QCoreApplication.translate("Reasons", "Put in quarantine on receipt"))
    elif d.get("qc") == "pending":
        lines.append(QCoreApplication.translate("Reasons", "Waiting for QC release before use"))
    if d.get("override_by"):
        lines.append(
            QCoreApplication.translate("Reasons", "Approved by supervisor {name}").format(
                name=d["override_by"]
            )
        )
    return Verdict(
        Tone.OK, _done_headline(action, d.get("quantity", ""), result.lot or ""), "\n".join(lines)
    )


def _refused_headline(result: ActionResult, today: date) -> str:
    d: Mapping[str, Any] = result.detail
    lot = result.lot or ""
    fill: dict[str, object] = {
        "lot": lot,
        "di": result.di or d.get("di", ""),
        "expiry": result.expiry.isoformat() if result.expiry else "—",
        "days": d.get("days_left", ""),
    }
    sentences: dict[Code, str] = {
        Code.EXPIRED: QCoreApplication.translate(
            "Reasons", "Lot {lot} expired on {expiry}: do not use"
        ),
        Code.NEAR_EXPIRY: QCoreApplication.translate(
            "Reasons", "Lot {lot} is inside the do-not-issue window ({days} days left)"
        ),
        Code.QC_PENDING: QCoreApplication.translate(
            "Reasons", "Lot {lot} is waiting for QC release"
        ),
        Code.QC_REJECTED: QCoreApplication.translate(
            "Reasons", "Lot {lot} was rejected by QC: do not use"
        ),
        Code.QUARANTINED: QCoreApplication.translate("Reasons", "Lot {lot} is in quarantine"),
        Code.RECALLED: QCoreApplication.translate("Reasons", "Lot {lot} is recalled: do not use"),
        Code.NOT_FEFO: QCoreApplication.translate("Reasons", "Wrong lot: take lot {fefo} first"),
        Code.INSUFFICIENT_STOCK: QCoreApplication.translate(
            "Reasons", "Not enough of lot {lot} here: {on_hand} on hand, {asked} asked"
        ),
        Code.UNKNOWN_ITEM: QCoreApplication.translate("Reasons", "Item {di} is not known here"),
        Code.UNKNOWN_LOT: QCoreApplication.translate(
            "Reasons", "Lot {lot} was never received here"
        ),
        Code.UNKNOWN_LOCATION: QCoreApplication.translate(
            "Reasons", "There is no location {location}"
        ),
        Code.WRONG_LOCATION: QCoreApplication.translate(
            "Reasons", "Lot {lot} is not at this location"
        ),
        Code.DATA_MISMATCH: QCoreApplication.translate(
            "Reasons", "The label does not match lot {lot} as recorded"
        ),
        Code.SHORT_SHELF_LIFE: QCoreApplication.translate(
            "Reasons", "Short-dated: lot {lot} has only {days} days left"
        ),
        Code.DUPLICATE_SERIAL: QCoreApplication.translate(
            "Reasons", "This serial number was already received"
        ),
        Code.QUANTITY_MISMATCH: QCoreApplication.translate(
            "Reasons", "The quantity entered does not match the label"
        ),
        Code.BAD_BARCODE: QCoreApplication.translate(
            "Reasons", "This barcode cannot be read as a UDI"
        ),
        Code.INCOMPLETE_SCAN: QCoreApplication.translate(
            "Reasons", "Waiting for the {missing} barcode"
        ),
        Code.BAD_REQUEST: QCoreApplication.translate("Reasons", "This cannot be done as asked"),
        Code.UNKNOWN_USER: QCoreApplication.translate("Reasons", "Unknown or inactive user"),
        Code.BAD_CREDENTIALS: QCoreApplication.translate("Reasons", "Wrong user name or PIN"),
        Code.NOT_PERMITTED: QCoreApplication.translate("Reasons", "Your role may not do this"),
        Code.NOT_OVERRIDABLE: QCoreApplication.translate(
            "Reasons", "This block cannot be overridden"
        ),
        Code.NOTHING_TO_DO: QCoreApplication.translate("Reasons", "Nothing to do"),
        Code.ACCEPTED: QCoreApplication.translate("Reasons", "Accepted"),
    }
    fill.update(
        fefo=result.fefo_lot or "",
        on_hand=d.get("on_hand", ""),
        asked=d.get("asked", ""),
        location=d.get("location", ""),
        missing=missing_text(d.get("missing", ["lot"])),
    )
    return sentences[result.code].format(**fill)


def _refused_detail(result: ActionResult, today: date) -> str:
    d = result.detail
    code = result.code
    if code is Code.NOT_FEFO:
        return QCoreApplication.translate(
            "Reasons", "First expiry first out: lot {fefo} at {location}, {expiry}"
        ).format(
            fefo=result.fefo_lot or "",
            location=result.fefo_location or "",
            expiry=expiry_text(d.get("fefo_expiry"), today),
        )
    if code is Code.SHORT_SHELF_LIFE:
        return QCoreApplication.translate(
            "Reasons", "At least {limit} days are required: a supervisor must accept it."
        ).format(limit=d.get("limit", ""))
    if code is Code.NEAR_EXPIRY:
        return QCoreApplication.translate(
            "Reasons", "Do-not-issue window: {window} days. A supervisor may override."
        ).format(window=d.get("window", ""))
    if code in (Code.QUARANTINED, Code.RECALLED) and d.get("reason"):
        return QCoreApplication.translate("Reasons", "Reason: {reason}").format(reason=d["reason"])
    if code is Code.WRONG_LOCATION and d.get("found_at"):
        return QCoreApplication.translate("Reasons", "It is at: {places}").format(
            places=", ".join(str(p) for p in d["found_at"])
        )
    if code is Code.DATA_MISMATCH:
        return QCoreApplication.translate(
            "Reasons", "Do not use it: a supervisor must check the label and the record."
        )
    if code is Code.QUANTITY_MISMATCH:
        return QCoreApplication.translate("Reasons", "Label: {scanned}, entered: {entered}").format(
            scanned=d.get("scanned", ""), entered=d.get("entered", "")
        )
    if code is Code.NOT_OVERRIDABLE:
        return QCoreApplication.translate(
            "Reasons", "Expired, held, recalled or QC-blocked stock goes through quarantine."
        )
    if code is Code.BAD_REQUEST:
        return result.message  # names the field the request lacked
    if result.expiry is not None:
        return expiry_text(result.expiry, today)
    return ""


def describe(result: ActionResult, action: str, today: date) -> Verdict:
    """What the result band shows for an action's result."""
    if result.ok:
        return _accepted(result, action, today)
    return Verdict(
        tone_of(result), _refused_headline(result, today), _refused_detail(result, today)
    )
