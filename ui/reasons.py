"""Reason codes in words: every app.domain.codes.Code as a translated sentence.

The services give a stable code and the data to explain it (the lot to take,
the expiry, the days left); this module turns them into what the band shows.
Strings use QCoreApplication.translate with the "Reasons" context so that
pyside6-lupdate finds them; arguments are filled in after translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.rules import OVERRIDABLE, days_left
from app.errors import Code, LotkeeperError
from app.services.context import ActionResult
from printing.errors import DeliveryError, LabelDoesNotFit, PrintingError


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
        "transfer_out": QCoreApplication.translate(
            "Reasons", "Sent {qty} of lot {lot}: in transit"
        ),
        "transfer_in": QCoreApplication.translate("Reasons", "{qty} of lot {lot} arrived"),
        "decide_transfer_suggestion": QCoreApplication.translate(
            "Reasons", "Transfer suggestion for lot {lot} answered"
        ),
    }
    text = headlines.get(action, QCoreApplication.translate("Reasons", "Done: lot {lot}"))
    return text.format(qty=qty, lot=lot)


def package_text(level: str, units: object, unit: str) -> str:
    """One package in eaches, as the label says it: "1 箱 = 200 支"."""
    return QCoreApplication.translate("Reasons", "1 {level} = {units} {unit}").format(
        level=level,
        units=units,
        unit=unit or QCoreApplication.translate("Reasons", "units"),
    )


def _accepted(result: ActionResult, action: str, today: date) -> Verdict:
    d = result.detail
    lines = [expiry_text(result.expiry, today)]
    if d.get("package_level"):
        lines.insert(
            0,
            package_text(
                str(d["package_level"]), d.get("package_units", ""), str(d.get("unit", ""))
            ),
        )
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
    if d.get("difference"):
        lines.append(
            QCoreApplication.translate(
                "Reasons", "{sent} were sent: the difference of {difference} is recorded"
            ).format(sent=d.get("sent", ""), difference=d["difference"])
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
        Code.UNKNOWN_USER: QCoreApplication.translate("Reasons", "Unknown or inactive user"),
        Code.BAD_CREDENTIALS: QCoreApplication.translate("Reasons", "Wrong user name or PIN"),
        Code.NOT_PERMITTED: QCoreApplication.translate("Reasons", "Your role may not do this"),
        Code.NOT_OVERRIDABLE: QCoreApplication.translate(
            "Reasons", "This block cannot be overridden"
        ),
        Code.NOT_REGISTERED: QCoreApplication.translate(
            "Reasons", "Lot {lot}: this device has no registration number yet: do not issue"
        ),
        Code.UNKNOWN_SUPPLIER: QCoreApplication.translate(
            "Reasons", "There is no supplier {supplier}"
        ),
        Code.WRONG_LOCATION_KIND: QCoreApplication.translate(
            "Reasons", "{location} is the wrong kind of location for this"
        ),
        Code.SAME_LOCATION: QCoreApplication.translate(
            "Reasons", "From and to are the same location"
        ),
        Code.NO_RECEIVING_LOCATION: QCoreApplication.translate(
            "Reasons", "No receiving location: choose where the goods go"
        ),
        Code.UNKNOWN_PACKAGE_LEVEL: QCoreApplication.translate(
            "Reasons", "{di} is a package whose contents are not known here: not received"
        ),
        Code.PACKAGE_OF_SERIALISED: QCoreApplication.translate(
            "Reasons", "This is a package of a serialised item: scan each unit's serial"
        ),
        Code.BAD_UDI_FILE: QCoreApplication.translate(
            "Reasons", "The UDI database file cannot be read: nothing imported"
        ),
        Code.ITEM_IN_MASTER_DATA: QCoreApplication.translate(
            "Reasons", "This item is in the master data: change it there"
        ),
        Code.LOT_NOT_HELD: QCoreApplication.translate("Reasons", "Lot {lot} is not on that hold"),
        Code.PRODUCTION_AFTER_EXPIRY: QCoreApplication.translate(
            "Reasons", "The label's production date is after its expiry date"
        ),
        Code.PRODUCTION_IN_FUTURE: QCoreApplication.translate(
            "Reasons", "The label's production date is in the future"
        ),
        Code.MISSING_FIELD: QCoreApplication.translate(
            "Reasons", "Something required is missing: {field}"
        ),
        Code.BAD_FIELD: QCoreApplication.translate("Reasons", "A value is not valid: {field}"),
        Code.BAD_QUANTITY: QCoreApplication.translate("Reasons", "The quantity is not valid"),
        Code.REASON_REQUIRED: QCoreApplication.translate("Reasons", "Give a reason for this"),
        Code.BAD_JSON: QCoreApplication.translate("Reasons", "This line is not readable"),
        Code.BAD_ENCODING: QCoreApplication.translate("Reasons", "This line is not readable text"),
        Code.UNKNOWN_ACTION: QCoreApplication.translate("Reasons", "Unknown action"),
        Code.UNKNOWN_SETTING: QCoreApplication.translate("Reasons", "Unknown setting"),
        Code.BAD_SETTING: QCoreApplication.translate(
            "Reasons", "This value is not valid for the setting"
        ),
        Code.BAD_POLICY: QCoreApplication.translate(
            "Reasons", "These warning tiers or windows are not valid"
        ),
        Code.UNKNOWN_ALERT: QCoreApplication.translate("Reasons", "This warning no longer exists"),
        Code.UNKNOWN_COUNT: QCoreApplication.translate("Reasons", "This count no longer exists"),
        Code.IMPORT_PROBLEMS: QCoreApplication.translate(
            "Reasons", "Nothing imported: the file has problems"
        ),
        Code.UNKNOWN_RECALL: QCoreApplication.translate("Reasons", "There is no such recall"),
        Code.RECALL_CLOSED: QCoreApplication.translate("Reasons", "This recall is closed"),
        Code.NOT_IN_RECALL: QCoreApplication.translate(
            "Reasons", "Lot {lot} is not part of this recall"
        ),
        Code.BAD_RECALL: QCoreApplication.translate(
            "Reasons", "This recall cannot be opened as filled in"
        ),
        Code.EVIDENCE_REQUIRED: QCoreApplication.translate(
            "Reasons", "Attach a photo or scan as evidence first"
        ),
        Code.BAD_EVIDENCE: QCoreApplication.translate(
            "Reasons", "The evidence file cannot be read"
        ),
        Code.UNITS_UNACCOUNTED: QCoreApplication.translate(
            "Reasons", "Units are still unaccounted for"
        ),
        Code.LOCKED_OUT: QCoreApplication.translate(
            "Reasons", "Too many wrong PINs: locked until {until}"
        ),
        Code.WEAK_PIN: QCoreApplication.translate(
            "Reasons", "This PIN is too short: at least {need} characters"
        ),
        Code.SECOND_PERSON_REQUIRED: QCoreApplication.translate(
            "Reasons", "A second person must sign this"
        ),
        Code.STORE_DAMAGED: QCoreApplication.translate(
            "Reasons", "The store is damaged: writing is blocked until an administrator restores it"
        ),
        Code.STORE_READ_ONLY: QCoreApplication.translate(
            "Reasons", "The store cannot be written (read-only)"
        ),
        Code.DISK_FULL: QCoreApplication.translate(
            "Reasons", "The disk is full: nothing was written"
        ),
        Code.STORE_BUSY: QCoreApplication.translate("Reasons", "The store is busy: try again"),
        Code.NOTHING_TO_DO: QCoreApplication.translate("Reasons", "Nothing to do"),
        Code.ACCEPTED: QCoreApplication.translate("Reasons", "Accepted"),
        # cold chain
        Code.STORAGE_MISMATCH: QCoreApplication.translate(
            "Reasons",
            "{location} ({location_class}) is outside what this item needs ({item_class})",
        ),
        Code.TEMPERATURE_EXCURSION: QCoreApplication.translate(
            "Reasons", "Lot {lot} is held after a temperature excursion: QA must assess it"
        ),
        Code.UNKNOWN_STORAGE_CLASS: QCoreApplication.translate(
            "Reasons", "There is no storage class {name}"
        ),
        Code.BAD_STORAGE_CLASS: QCoreApplication.translate(
            "Reasons", "This storage class is not valid"
        ),
        Code.BAD_LOGGER_FILE: QCoreApplication.translate(
            "Reasons", "The logger file cannot be read: nothing imported"
        ),
        Code.UNKNOWN_EXCURSION: QCoreApplication.translate("Reasons", "There is no such excursion"),
        Code.EXCURSION_OPEN: QCoreApplication.translate(
            "Reasons", "Lot {lot} is held by a temperature excursion: QA decides the excursion"
        ),
        Code.EXCURSION_DECIDED: QCoreApplication.translate(
            "Reasons", "This excursion was already decided"
        ),
        # transfers between sites
        Code.IN_TRANSIT: QCoreApplication.translate(
            "Reasons", "{location} holds stock in transit to another site: it cannot be used here"
        ),
        Code.NOT_ENROLLED: QCoreApplication.translate(
            "Reasons", "This store is not registered with a centre: no transfers yet"
        ),
        Code.SAME_SITE: QCoreApplication.translate(
            "Reasons", "That is this site: choose another site"
        ),
        Code.UNKNOWN_TRANSFER: QCoreApplication.translate(
            "Reasons", "No transfer of lot {lot} is on its way here"
        ),
        Code.TRANSFER_ARRIVED: QCoreApplication.translate(
            "Reasons", "This transfer of lot {lot} has already arrived"
        ),
        Code.UNKNOWN_SUGGESTION: QCoreApplication.translate(
            "Reasons", "This transfer suggestion no longer exists"
        ),
        Code.SUGGESTION_DECIDED: QCoreApplication.translate(
            "Reasons", "This transfer suggestion was already decided"
        ),
    }
    fill.update(
        fefo=result.fefo_lot or "",
        on_hand=d.get("on_hand", ""),
        asked=d.get("asked", ""),
        location=d.get("location", ""),
        missing=missing_text(d.get("missing", ["lot"])),
        supplier=d.get("supplier", ""),
        field=field_name(str(d.get("field", ""))),
        until=_local_time(d.get("until")),
        need=d.get("need", ""),
        location_class=d.get("location_class") or _range_words(d, "location"),
        item_class=d.get("item_class") or _range_words(d, "item"),
        name=d.get("name", ""),
    )
    return sentences[result.code].format(**fill)


def _range_words(detail: Mapping[str, Any], side: str) -> str:
    """A storage range with no class name, as "2–8 °C" (one side open: "≤ 20 °C")."""
    low, high = detail.get(f"{side}_low"), detail.get(f"{side}_high")
    if low is None and high is None:
        return ""
    if low is None:
        return f"≤ {high} °C"
    if high is None:
        return f"≥ {low} °C"
    return f"{low}–{high} °C"


def field_name(field: str) -> str:
    names = {
        "location": QCoreApplication.translate("Reasons", "location"),
        "to": QCoreApplication.translate("Reasons", "destination"),
        "user": QCoreApplication.translate("Reasons", "user"),
        "scan": QCoreApplication.translate("Reasons", "barcode"),
        "qty": QCoreApplication.translate("Reasons", "quantity"),
        "name": QCoreApplication.translate("Reasons", "name"),
        "registration_no": QCoreApplication.translate("Reasons", "registration number"),
        "at": QCoreApplication.translate("Reasons", "time"),
        "department": QCoreApplication.translate("Reasons", "department"),
        "reason_code": QCoreApplication.translate("Reasons", "reason"),
    }
    return names.get(field, field)


def _local_time(value: object) -> str:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%H:%M")
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%H:%M")
        except ValueError:
            return value
    return ""


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
    if code is Code.QUANTITY_MISMATCH:
        return QCoreApplication.translate("Reasons", "Label: {scanned}, entered: {entered}").format(
            scanned=d.get("scanned", ""), entered=d.get("entered", "")
        )
    if code is Code.NOT_OVERRIDABLE:
        return QCoreApplication.translate(
            "Reasons", "Expired, held, recalled or QC-blocked stock goes through quarantine."
        )
    if code is Code.SECOND_PERSON_REQUIRED:
        rules = {
            "disposal": QCoreApplication.translate(
                "Reasons",
                "Expired or rejected stock is written off only with a second "
                "supervisor's signature.",
            ),
            "recall_close": QCoreApplication.translate(
                "Reasons", "Whoever opened the recall closes it only with a second QA's signature."
            ),
            "count_approval": QCoreApplication.translate(
                "Reasons", "A count's variance is approved by someone other than the counter."
            ),
            "qc_release": QCoreApplication.translate(
                "Reasons", "QC release is by someone other than the person who received the lot."
            ),
        }
        return rules.get(str(d.get("rule", "")), "")
    if code is Code.UNKNOWN_PACKAGE_LEVEL:
        return QCoreApplication.translate(
            "Reasons",
            "Import the national UDI database or the item's package levels; "
            "a package is never counted as one unit.",
        )
    if code is Code.NOT_REGISTERED:
        return QCoreApplication.translate(
            "Reasons", "QA confirms its registration or filing number, or master data brings it."
        )
    if code is Code.DATA_MISMATCH:
        return _mismatch_detail(d)
    if code is Code.UNITS_UNACCOUNTED:
        return "\n".join(
            QCoreApplication.translate(
                "Reasons",
                "Lot {lot}: {open} of {affected} unaccounted ({shelf} on shelves, "
                "{out} out in departments)",
            ).format(
                lot=row.get("lot", ""),
                open=row.get("unaccounted", ""),
                affected=row.get("affected", ""),
                shelf=row.get("on_shelf", ""),
                out=row.get("out", ""),
            )
            for row in d.get("lots", [])
        )
    if code is Code.IMPORT_PROBLEMS:
        return QCoreApplication.translate("Reasons", "{n} problem(s) found").format(
            n=len(d.get("problems", []))
        )
    if result.expiry is not None:
        return expiry_text(result.expiry, today)
    return ""


def _mismatch_detail(d: Mapping[str, Any]) -> str:
    """Which field differs, the label's value beside the record's."""
    names = {
        "expiry": QCoreApplication.translate("Reasons", "expiry"),
        "production_date": QCoreApplication.translate("Reasons", "production date"),
    }
    stored, scanned = d.get("stored", {}), d.get("scanned", {})
    lines = [
        QCoreApplication.translate("Reasons", "{field}: label {scanned}, record {stored}").format(
            field=names.get(f, f), scanned=_day(scanned.get(f)), stored=_day(stored.get(f))
        )
        for f in d.get("fields", [])
    ]
    lines.append(
        QCoreApplication.translate(
            "Reasons", "Do not use it: a supervisor must check the label and the record."
        )
    )
    return "\n".join(lines)


def _day(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value else "—"


def failure_verdict(error: BaseException) -> Verdict:
    """An operation that failed instead of answering: the reason in words, never the traceback."""
    if isinstance(error, LotkeeperError):
        result = ActionResult(False, error.code, error.message, detail=dict(error.detail))
        return Verdict(Tone.BLOCKED, _refused_headline(result, date.today()), "")
    if isinstance(error, DeliveryError):
        return Verdict(
            Tone.BLOCKED,
            QCoreApplication.translate("Reasons", "The printer did not take the job"),
            QCoreApplication.translate(
                "Reasons", "Is it switched on, with paper, at the address in Settings?"
            ),
        )
    if isinstance(error, LabelDoesNotFit):
        return Verdict(
            Tone.BLOCKED,
            QCoreApplication.translate("Reasons", "The symbol does not fit this label size"),
            QCoreApplication.translate("Reasons", "Choose the larger label in Settings."),
        )
    if isinstance(error, PrintingError):
        return Verdict(
            Tone.BLOCKED, QCoreApplication.translate("Reasons", "This label cannot be printed")
        )
    return Verdict(
        Tone.BLOCKED,
        QCoreApplication.translate("Reasons", "Something went wrong: nothing was changed"),
        QCoreApplication.translate("Reasons", "The details are in the log file."),
    )


def describe(result: ActionResult, action: str, today: date) -> Verdict:
    """What the result band shows for an action's result."""
    if result.ok:
        return _accepted(result, action, today)
    return Verdict(
        tone_of(result), _refused_headline(result, today), _refused_detail(result, today)
    )
