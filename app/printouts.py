"""What the store prints, built from the core's read models for `printing`.

The CLI and the UI both print through here, so a label shows the same data
whichever way it was asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from app.errors import Code, Refused
from app.services.identification import known
from app.services.ports import UnitOfWork
from app.services.reports import expiring_lots, quarantined_lots
from app.services.settings import site_zone, zone_of_site
from app.services.trace import lot_trace
from printing.content import (
    ExpiryEntry,
    ExpiryList,
    LocationLabel,
    LotLabel,
    Person,
    PickNotice,
    PickNoticeLine,
    QuarantineEntry,
    QuarantineLabel,
    QuarantineList,
    RecallLabel,
    RecallLevel,
)


def people(uow: UnitOfWork, users: Iterable[str]) -> dict[str, Person]:
    """Each user name with the name people know its user by (a removed user keeps the login)."""
    with uow:
        names = {u.username: u.display_name for u in uow.users.all()}
    return {user: Person(user, names.get(user, "")) for user in set(users)}


def _lot_label(trace: dict[str, Any], serial: str | None = None) -> LotLabel:
    item, lot = trace["item"], trace["lot"]
    return LotLabel(
        gtin=item["di"],
        lot=lot["lot"],
        expiry=lot["expiry"],
        # A Chinese name where there is one; the English line then adds to it.
        item_name_zh=item["name_zh"] or item["name"],
        # An item made from the UDI database has one (Chinese) name, printed once.
        item_name=item["name"] if item["name_zh"] and item["name"] != item["name_zh"] else "",
        production_date=lot["production_date"],
        serial=serial,
        unit=item["unit"],
    )


def lot_label(uow: UnitOfWork, di: str, lot: str, serial: str | None = None) -> LotLabel:
    """The lot's label; for a package level's DI, the package's: its DI, "1 箱 = 10 支"."""
    with uow:
        found = known(uow, di)
    package = found.package if found is not None else None
    if package is None:
        return _lot_label(lot_trace(uow, di, lot), serial)
    label = _lot_label(lot_trace(uow, package.item_di, lot), serial)
    return replace(label, gtin=package.di, package_level=package.level, package_units=package.units)


def _last_hold(trace: dict[str, Any]) -> tuple[datetime | None, str]:
    holds = [e for e in trace["qc"] if e["action"] == "quarantine"]
    if holds:
        return holds[-1]["at"], holds[-1]["by"]
    # Held on receipt (expired goods): the receipt is when and who.
    received = trace["received"]
    if received:
        return received[0]["at"], received[0]["by"]
    return None, ""


def quarantine_label(uow: UnitOfWork, di: str, lot: str, today: date) -> QuarantineLabel:
    trace = lot_trace(uow, di, lot)
    if trace["lot"]["hold"] != "quarantine":
        raise Refused(Code.LOT_NOT_HELD, f"lot {lot} is not in quarantine", wanted="quarantine")
    held_at, held_by = _last_hold(trace)
    # The label has no room to name a zone: its day is the site's.
    held_on = held_at.astimezone(site_zone(uow)).date() if held_at is not None else today
    return QuarantineLabel(_lot_label(trace), trace["lot"]["hold_reason"], held_on, held_by)


def recall_label(uow: UnitOfWork, di: str, lot: str, recall_id: str, level: int) -> RecallLabel:
    trace = lot_trace(uow, di, lot)
    if trace["lot"]["hold"] != "recall":
        raise Refused(Code.LOT_NOT_HELD, f"lot {lot} is not recalled", wanted="recall")
    return RecallLabel(_lot_label(trace), recall_id, RecallLevel(level))


def location_label(uow: UnitOfWork, code: str) -> LocationLabel:
    with uow:
        location = uow.locations.get(code)
    if location is None:
        raise Refused(Code.UNKNOWN_LOCATION, f"no location {code!r}")
    return LocationLabel(location.code, location.name)


def quarantine_list(uow: UnitOfWork, today: date, site: str) -> QuarantineList:
    rows = quarantined_lots(uow)
    who = people(uow, (r["held_by"] for r in rows if r["held_by"]))
    entries = [
        QuarantineEntry(
            gtin=r["di"],
            item_name_zh=r["name_zh"] or r["name"],
            lot=r["lot"],
            expiry=r["expiry"],
            quantity=r["quantity"],
            unit=r["unit"],
            location=r["location"],
            hold=r["hold"],
            reason=r["hold_reason"],
            held_at=r["held_at"],
            held_by=who.get(r["held_by"], Person("")),
        )
        for r in rows
    ]
    return QuarantineList(site=site, printed_on=today, entries=entries, zone=site_zone(uow))


def expiry_list(uow: UnitOfWork, today: date, expiring_by: date, site: str) -> ExpiryList:
    entries = [
        ExpiryEntry(
            gtin=r["di"],
            item_name_zh=r["name_zh"] or r["name"],
            lot=r["lot"],
            expiry=r["expiry"],
            quantity=r["quantity"],
            unit=r["unit"],
            location=r["location"],
            disposition=r["disposition"],
        )
        for r in expiring_lots(uow, expiring_by)
    ]
    return ExpiryList(
        site=site, printed_on=today, expiring_by=expiring_by, entries=entries, zone=site_zone(uow)
    )


def pick_notice(
    uow: UnitOfWork, reference: str, department: str, today: date, site: str
) -> PickNotice:
    """配送单: every lot of one delivery (a pick reference to a department); an item with more
    than one lot in it (混批, confirmed at picking) is marked on each of its lines."""
    with uow:
        place = uow.locations.get(department)
        if place is None or place.id is None:
            raise Refused(Code.UNKNOWN_LOCATION, f"no location {department!r}")
        rows = uow.climate.picked_on(reference.strip(), place.id)
        zone = zone_of_site(uow)
    if not rows:
        raise Refused(Code.NOTHING_TO_DO, f"nothing was picked on {reference!r} to {department}")
    lots_of: dict[int, int] = {}
    for r in rows:
        lots_of[r["item_id"]] = lots_of.get(r["item_id"], 0) + 1
    lines = [
        PickNoticeLine(
            gtin=r["di"],
            item_name_zh=r["name_zh"] or r["name"],
            lot=r["lot"],
            expiry=r["expiry"],
            quantity=int(r["quantity"]),
            unit=r["unit"],
            mixed=lots_of[r["item_id"]] > 1,
        )
        for r in rows
    ]
    return PickNotice(site, reference.strip(), department, today, lines, zone)
