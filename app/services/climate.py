"""Cold chain actions: storage classes, the placement check, logger files, excursions, QA's word.

An imported logger file adds its readings to its logger's series (the same
instant twice is one reading; the same file twice changes nothing). The
whole series is then assessed against the storage class of the logger's
location (a transport logger: the narrowest class of the items delivered);
each excursion not found before is stored with the lots the ledger puts in
that location while it lasted, each held (TEMPERATURE_EXCURSION) until QA
decides the excursion: release with a justification, or reject. A later file
that carries a stored excursion on extends it (and holds the lots that came
meanwhile); one QA had decided is open again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.domain.climate import (
    ACTIVATION_ENERGY_KJ_PER_MOL,
    EXCURSION_HOLD,
    Excursion,
    ExcursionKind,
    NoData,
    Reading,
    StorageClass,
    check_placement,
    day_excursions,
    find_excursions,
    find_no_data,
    mean_kinetic_temperature,
    merge_readings,
    narrowest,
    typical_interval,
)
from app.domain.model import Alert, AlertKind, Hold, Item, Level, Location, Lot, Supplier
from app.errors import Code, Refused
from app.services.alerts import add_alert
from app.services.commands import (
    Approval,
    DecideExcursion,
    ImportLoggerFile,
    SaveLoggerMapping,
    SetLocationStorage,
    SetStorageClass,
)
from app.services.context import ActionResult, Context, done
from app.services.ports import UnitOfWork
from app.services.settings import zone_of_site
from app.services.status import hold_for_rule, lift_rule_hold, reject_for_rule

# --- the placement rule at receiving and put-away ----------------------------------------


def check_storage(ctx: Context, item: Item, location: Location, approval: Approval | None) -> None:
    """STORAGE_MISMATCH unless the location's range lies inside the item's (or a supervisor
    accepts it); an item or a location with no class is not checked."""
    assert item.id is not None and location.id is not None
    climate = ctx.uow.climate
    mismatch = check_placement(climate.item_storage(item.id), climate.location_storage(location.id))
    if mismatch is None:
        return
    ctx.refuse_unless_overridden(
        Refused(
            Code.STORAGE_MISMATCH,
            f"{location.code} keeps {mismatch.location_class or 'its range'}, outside what "
            f"{item.di} needs ({mismatch.item_class or 'its own range'})",
            location=location.code,
            **mismatch.detail(),
        ),
        approval,
    )


def check_route(ctx: Context, lot: Lot, supplier: Supplier | None, carrier: str) -> str | None:
    """A delivery by a carrier or route its supplier does not list raises a transport-route
    warning (an alert on the lot; the receipt goes on). Returns the carrier if it did."""
    carrier = carrier.strip()
    if not carrier or supplier is None or supplier.id is None or lot.id is None:
        return None
    approved = ctx.uow.climate.approved_carriers(supplier.id)
    if not approved or carrier.casefold() in {a.casefold() for a in approved}:
        return None
    alert = ctx.uow.alerts.add(
        Alert(
            lot_id=lot.id,
            kind=AlertKind.TRANSPORT_ROUTE,
            level=Level.WARNING,
            raised=ctx.now,
            message=f"carrier {carrier} is not on supplier {supplier.code}'s approved list",
        )
    )
    ctx.change(
        "raise_alert",
        "alert",
        str(alert.id),
        None,
        {"kind": AlertKind.TRANSPORT_ROUTE.value, "carrier": carrier, "supplier": supplier.code,
         "approved": approved, "lot": f"{lot.di}/{lot.lot}"},
    )  # fmt: skip
    return carrier


def storage_class_named(ctx: Context, name: str) -> StorageClass:
    found = ctx.uow.climate.storage_class(name)
    if found is None:
        known = [c.name for c in ctx.uow.climate.classes()]
        raise Refused(
            Code.UNKNOWN_STORAGE_CLASS, f"no storage class {name!r}", name=name, known=known
        )
    return found


# --- storage classes --------------------------------------------------------------------


def _class_state(storage: StorageClass | None) -> dict[str, object] | None:
    if storage is None:
        return None
    humidity = storage.humidity
    return {
        "name": storage.name,
        "temperature_low": storage.temperature.low,
        "temperature_high": storage.temperature.high,
        "humidity_low": humidity.low if humidity else None,
        "humidity_high": humidity.high if humidity else None,
        "above_minutes": storage.tolerance.above_minutes,
        "below_minutes": storage.tolerance.below_minutes,
        "daily_minutes": storage.tolerance.daily_minutes,
    }


def set_storage_class(ctx: Context, cmd: SetStorageClass) -> ActionResult:
    storage = cmd.storage
    name = (storage.name or "").strip()
    if not name or len(name) > 40:
        raise Refused(Code.BAD_STORAGE_CLASS, "a storage class needs a name of 1-40 characters")
    temperature = storage.temperature
    if temperature.low is None and temperature.high is None:
        raise Refused(Code.BAD_STORAGE_CLASS, "a storage class bounds the temperature", name=name)
    before = ctx.uow.climate.storage_class(name)
    ctx.uow.climate.put_class(storage)
    after = _class_state(storage)
    ctx.change("set_storage_class", "storage_class", name, _class_state(before), after)
    return done(f"storage class {name} saved", **(after or {}))


def set_location_storage(ctx: Context, cmd: SetLocationStorage) -> ActionResult:
    location = ctx.location(cmd.location)
    assert location.id is not None
    name = (cmd.class_name or "").strip() or None
    if name is not None:
        storage_class_named(ctx, name)
    before = ctx.uow.climate.location_class_name(location.id)
    if before == name:
        raise Refused(
            Code.NOTHING_TO_DO, f"{location.code} already keeps {name}", location=location.code
        )
    ctx.uow.climate.set_location_storage(location.id, name)
    ctx.change(
        "set_location_storage",
        "location",
        location.code,
        {"storage_class": before},
        {"storage_class": name},
    )
    return done(f"{location.code} keeps {name or 'no class'}", location=location.code, name=name)


MAPPING_SETTING = "logger_mapping:"  # + the mapping's name: its JSON in the settings table


def save_logger_mapping(ctx: Context, cmd: SaveLoggerMapping) -> ActionResult:
    name = cmd.name.strip()
    if not name or len(name) > 40:
        raise Refused(Code.BAD_FIELD, "a mapping needs a name of 1-40 characters", field="name")
    key = MAPPING_SETTING + name
    before = ctx.uow.settings.get(key)
    text = json.dumps(dict(cmd.mapping), ensure_ascii=False, sort_keys=True)
    ctx.uow.settings.put(key, text)
    ctx.change(
        "save_logger_mapping",
        "setting",
        key,
        None if before is None else {"value": before},
        {"value": text},
    )
    return done(f"column mapping {name} saved", name=name)


# --- logger files -------------------------------------------------------------------------


def _place(ctx: Context, cmd: ImportLoggerFile) -> tuple[str, Location | None, str | None]:
    if cmd.location and cmd.delivery:
        raise Refused(
            Code.BAD_FIELD, "a logger is at a location or on a delivery, not both", field="place"
        )
    if cmd.location:
        location = ctx.location(cmd.location)
        return f"location:{location.code}", location, None
    delivery = (cmd.delivery or "").strip()
    if not delivery:
        raise Refused(Code.MISSING_FIELD, "say the logger's location or delivery", field="location")
    return f"delivery:{delivery}", None, delivery


def delivery_storage(ctx: Context, delivery: str) -> StorageClass | None:
    """The narrowest class of the items received on a delivery note."""
    classes = []
    for lot_id, _ in ctx.uow.climate.lots_of_delivery(delivery):
        lot = ctx.uow.lots.get_by_id(lot_id)
        if lot is not None:
            found = ctx.uow.climate.item_storage(lot.item_id)
            if found is not None and found not in classes:
                classes.append(found)
    return narrowest(classes)


def import_logger_file(ctx: Context, cmd: ImportLoggerFile) -> ActionResult:
    place, location, delivery = _place(ctx, cmd)
    climate = ctx.uow.climate
    record = cmd.record
    serial = record.serial or record.device
    if climate.file_logger(cmd.sha256) is not None:
        return done(
            f"{cmd.file_name} was imported before: nothing changed",
            already_imported=True,
            file=cmd.file_name,
            logger=serial,
            excursions=[],
            held=[],
        )
    logger = climate.logger(serial, place)
    times = [r.at for r in record.readings] or [d.start for d in record.daily]
    facts: dict[str, Any] = {
        "device": record.device,
        "alarm_limits": _alarm_json(record),
        "interval_seconds": (
            int(record.interval.total_seconds()) if record.interval is not None else None
        ),
        "activation_energy": record.activation_energy,
        "device_mkt": record.device_mkt,
    }
    if cmd.zone:
        facts["zone"] = cmd.zone
    started = record.started or (min(times) if times else None)
    stopped = record.stopped or (max(times) if times else None)
    if logger is None:
        logger_id = climate.add_logger(
            {
                **facts,
                "zone": cmd.zone,
                "serial": serial,
                "place": place,
                "location_id": location.id if location else None,
                "delivery": delivery,
                "started": started,
                "stopped": stopped,
            }
        )
        interval_seconds = facts["interval_seconds"]
        energy = record.activation_energy
    else:
        logger_id = int(logger["id"])
        known_start, known_stop = logger["started"], logger["stopped"]
        facts["started"] = min(d for d in (known_start, started) if d) if started else known_start
        facts["stopped"] = max(d for d in (known_stop, stopped) if d) if stopped else known_stop
        interval_seconds = facts["interval_seconds"] or logger["interval_seconds"]
        facts["interval_seconds"] = interval_seconds
        energy = record.activation_energy or logger["activation_energy"]
        climate.update_logger(logger_id, facts)
    # A logger's first file is its whole series: merged here, not read back from the store.
    first = (
        merge_readings([record.readings]).readings if not climate.has_readings(logger_id) else None
    )
    added = climate.add_readings(logger_id, record.readings)
    days_added = climate.add_days(logger_id, record.daily)
    climate.add_file(
        {
            "sha256": cmd.sha256,
            "logger_id": logger_id,
            "file_name": cmd.file_name,
            "format": record.format.value,
            "readings": len(record.readings),
            "imported_at": ctx.now,
            "user": ctx.username,
        }
    )
    entity_id = f"{serial}@{place}"
    ctx.change(
        "import_logger_file",
        "logger",
        entity_id,
        None,
        {
            "file": cmd.file_name,
            "sha256": cmd.sha256,
            "format": record.format.value,
            "readings": len(record.readings),
            "new_readings": added,
            "days": len(record.daily),
            "new_days": days_added,
            "zone": str(record.zone),
        },
    )
    storage = location_or_delivery_storage(ctx, location, delivery)
    found = assess_logger(
        ctx,
        logger_id,
        storage,
        timedelta(seconds=interval_seconds) if interval_seconds else None,
        energy,
        location,
        delivery,
        facts["alarm_limits"],
        record.device_mkt,
        first,
    )
    return done(
        f"{cmd.file_name}: {added} new readings, {len(found.excursions)} new excursions, "
        f"{len(found.extended)} extended",
        already_imported=False,
        file=cmd.file_name,
        logger=serial,
        place=place,
        readings=len(record.readings),
        new_readings=added,
        duplicates=len(record.readings) - added,
        days=len(record.daily),
        storage_class=(storage.name or "own range") if storage else None,
        gaps=[{"start": g.start, "end": g.end, "minutes": g.minutes} for g in found.new_gaps],
        excursions=found.excursions,
        extended=found.extended,
        held=sorted(found.held),
        mkt=found.mkt,
    )


def receive_with_transport_log(
    ctx: Context, lot: Lot, item: Item, quantity: int, delivery: str, log: ImportLoggerFile
) -> dict[str, Any]:
    """A receipt whose delivery carried a transport logger: the logger's whole run (start to
    stop) is the shipment's record. An excursion in it, or a run longer than the item may
    travel, holds the lot (TEMPERATURE_EXCURSION) with the excursion attached, for QA."""
    climate = ctx.uow.climate
    log = replace(log, delivery=delivery, location=None)
    logger_id = climate.file_logger(log.sha256)
    if logger_id is None:
        import_logger_file(ctx, log)  # stores the run; holds the delivery's lots so far
        logger_id = climate.file_logger(log.sha256)
        assert logger_id is not None
    else:
        logger = climate.logger_by_id(logger_id)
        assert logger is not None
        interval = logger["interval_seconds"]
        assess_logger(
            ctx,
            logger_id,
            delivery_storage(ctx, delivery),
            timedelta(seconds=interval) if interval else None,
            logger["activation_energy"],
            None,
            delivery,
            logger["alarm_limits"],
            logger["device_mkt"],
        )
    logger = climate.logger_by_id(logger_id)
    assert logger is not None and item.id is not None and lot.id is not None
    started, stopped = logger["started"], logger["stopped"]
    transit = (stopped - started) if started and stopped else None
    limit = (climate.item_storage_values(item.id) or {}).get("transit_hours")
    if transit is not None and limit is not None and transit > timedelta(hours=limit):
        _transit_excursion(ctx, logger, delivery, transit, limit)
    # The import above held the delivery's lots through their own rows: this one's too.
    stored = ctx.uow.lots.get_by_id(lot.id)
    assert stored is not None
    lot.hold, lot.hold_reason = stored.hold, stored.hold_reason
    attached = climate.logger_excursions(logger_id)
    for excursion_id in attached:
        if not climate.excursion_has_lot(excursion_id, lot.id):
            held = hold_for_rule(ctx, lot, EXCURSION_HOLD)
            climate.add_excursion_lot(excursion_id, lot.id, quantity, held)
    return {
        "logger": logger["serial"],
        "transit_minutes": None if transit is None else round(transit.total_seconds() / 60),
        "transit_limit_hours": limit,
        "excursions": attached,
        "quarantined": bool(attached),
    }


def _transit_excursion(
    ctx: Context, logger: dict[str, Any], delivery: str, transit: timedelta, limit: float
) -> None:
    """A run longer than the item may travel: one excursion of kind transit_time per logger."""
    climate = ctx.uow.climate
    if any(
        x["kind"] == "transit_time" and x["start"] == logger["started"]
        for x in climate.stored_excursions(logger["id"])
    ):
        return
    readings = climate.readings(logger["id"])
    temperatures = [r.temperature for r in readings] or [0.0]
    excursion_id = climate.add_excursion(
        {
            "logger_id": logger["id"],
            "location_id": None,
            "delivery": delivery,
            "kind": "transit_time",
            "measure": "temperature",
            "side": "above",
            "start": logger["started"],
            "end": logger["stopped"],
            "minutes": transit.total_seconds() / 60,
            "lowest": min(temperatures),
            "highest": max(temperatures),
            "limit_value": limit * 60,
            "range_low": None,
            "range_high": None,
            "storage_class": None,
            "open_ended": False,
            "mkt": mean_kinetic_temperature(
                temperatures, logger["activation_energy"] or ACTIVATION_ENERGY_KJ_PER_MOL
            )
            if readings
            else None,
            "activation_energy": logger["activation_energy"] or ACTIVATION_ENERGY_KJ_PER_MOL,
            "device_mkt": logger["device_mkt"],
            "logger_limits": logger["alarm_limits"],
            "found_at": ctx.now,
            "found_by": ctx.username,
            "status": "open",
        }
    )
    ctx.change(
        "excursion",
        "excursion",
        str(excursion_id),
        None,
        {"delivery": delivery, "kind": "transit_time", "minutes": transit.total_seconds() / 60},
    )


def location_or_delivery_storage(
    ctx: Context, location: Location | None, delivery: str | None
) -> StorageClass | None:
    if location is not None:
        assert location.id is not None
        return ctx.uow.climate.location_storage(location.id)
    assert delivery is not None
    return delivery_storage(ctx, delivery)


def _alarm_json(record: Any) -> str:
    return json.dumps(
        [
            {"side": a.side.value, "kind": a.kind.value, "limit": a.limit, "delay": a.delay_minutes}
            for a in record.alarm_settings
        ]
    )


@dataclass(frozen=True, slots=True)
class Found:
    excursions: list[int]
    held: set[str]
    new_gaps: list[NoData]
    mkt: float | None
    extended: list[int]  # stored excursions the readings carried on


def assess_logger(
    ctx: Context,
    logger_id: int,
    storage: StorageClass | None,
    interval: timedelta | None,
    energy: float | None,
    location: Location | None,
    delivery: str | None,
    alarm_limits: str,
    device_mkt: float | None,
    series: Sequence[Reading] | None = None,
) -> Found:
    """The logger's whole series (`series`, else as stored) against `storage`: gaps, MKT,
    and new excursions, their lots held; a stored excursion the readings carry on is
    extended, holding the lots that came during the extension."""
    climate = ctx.uow.climate
    readings = climate.readings(logger_id) if series is None else series
    energy = energy or ACTIVATION_ENERGY_KJ_PER_MOL
    step = interval or typical_interval(readings) or timedelta(0)
    new_gaps: list[NoData] = []
    if readings:
        stored_gaps = {g.start for g in climate.gaps(logger_id)}
        new_gaps = climate.put_gaps(logger_id, find_no_data(readings, step))
        for gap in new_gaps:
            if gap.start not in stored_gaps:  # not one a later file shortened
                _warn_gap(ctx, gap, location, delivery)
    mkt: float | None = None
    excursions: tuple[Excursion, ...] = ()
    if readings:
        mkt = mean_kinetic_temperature((r.temperature for r in readings), energy)
        if storage is not None:
            excursions = find_excursions(readings, storage, step, day_zone=zone_of_site(ctx.uow))
    else:
        days = climate.days(logger_id)
        means = [d.mean for d in days if d.mean is not None]
        if means and len(means) == len(days):
            mkt = mean_kinetic_temperature(means, energy)
        if storage is not None:
            excursions = day_excursions(days, storage)
    stored: list[int] = []
    extended: list[int] = []
    held: set[str] = set()
    known = climate.stored_excursions(logger_id)
    for excursion in excursions:
        before = _continued(known, excursion)
        if before is not None:
            reopened = _extend(ctx, before, excursion, mkt)
            if reopened is not None:
                held |= _hold_touched(
                    ctx, int(before["id"]), excursion, location, delivery, again=reopened
                )
                extended.append(int(before["id"]))
            continue
        assert storage is not None
        measured = storage.range_of(excursion.measure)
        excursion_id = climate.add_excursion(
            {
                "logger_id": logger_id,
                "location_id": location.id if location else None,
                "delivery": delivery,
                "kind": excursion.kind.value,
                "measure": excursion.measure.value,
                "side": excursion.side.value,
                "start": excursion.start,
                "end": excursion.end,
                "minutes": excursion.minutes,
                "lowest": excursion.lowest,
                "highest": excursion.highest,
                "limit_value": excursion.limit,
                "range_low": measured.low if measured else None,
                "range_high": measured.high if measured else None,
                "storage_class": storage.name,
                "open_ended": excursion.open_ended,
                "mkt": mkt,
                "activation_energy": energy,
                "device_mkt": device_mkt,
                "logger_limits": alarm_limits,
                "found_at": ctx.now,
                "found_by": ctx.username,
                "status": "open",
            }
        )
        stored.append(excursion_id)
        names: list[str] = []
        held |= _hold_touched(ctx, excursion_id, excursion, location, delivery, names)
        ctx.change(
            "excursion",
            "excursion",
            str(excursion_id),
            None,
            {
                "logger_id": logger_id,
                "location": location.code if location else None,
                "delivery": delivery,
                "kind": excursion.kind.value,
                "measure": excursion.measure.value,
                "side": excursion.side.value,
                "start": excursion.start,
                "end": excursion.end,
                "minutes": round(excursion.minutes, 1),
                "lowest": excursion.lowest,
                "highest": excursion.highest,
                "lots": names,
            },
        )
    return Found(stored, held, new_gaps, mkt, extended)


def _warn_gap(ctx: Context, gap: NoData, location: Location | None, delivery: str | None) -> None:
    """A no-data period is a warning of its own (LOGGER_GAP): on the location (its people
    own it), or on the first lot of the delivery for a transport logger."""
    lots = ctx.uow.climate.lots_of_delivery(delivery) if delivery else []
    add_alert(
        ctx,
        Alert(
            lot_id=lots[0][0] if lots else None,
            kind=AlertKind.LOGGER_GAP,
            level=Level.WARNING,
            raised=ctx.now,
            message=f"no readings {gap.start.isoformat()} - {gap.end.isoformat()} "
            f"({gap.minutes:.0f} min) at {location.code if location else delivery}",
            location_id=location.id if location else None,
        ),
    )


def _continued(known: list[dict[str, Any]], excursion: Excursion) -> dict[str, Any] | None:
    """The stored excursion this one is (or continues): the same measure, side and kind, and
    for a continuous one an overlapping period (a later file carries it on), else the same
    start (a day's total grows with the day's later readings)."""
    for row in known:
        if (row["measure"], row["side"], row["kind"]) != (
            excursion.measure.value,
            excursion.side.value,
            excursion.kind.value,
        ):
            continue
        if excursion.kind is ExcursionKind.CONTINUOUS:
            if excursion.start <= row["end"] and excursion.end >= row["start"]:
                return row
        elif excursion.start == row["start"]:
            return row
    return None


def _extend(
    ctx: Context, before: dict[str, Any], excursion: Excursion, mkt: float | None
) -> bool | None:
    """A stored excursion a later file continues gets the longer period (not a second
    excursion); one QA decided is open again, the decision having covered less. Returns
    whether it was reopened; None when nothing changed (the same readings again)."""
    after = {
        "start": min(before["start"], excursion.start),
        "end": max(before["end"], excursion.end),
        "minutes": max(before["minutes"], excursion.minutes),
        "lowest": min(before["lowest"], excursion.lowest),
        "highest": max(before["highest"], excursion.highest),
        "open_ended": excursion.open_ended,
    }
    was = {key: before[key] for key in after}
    if after == was:
        return None
    reopened: bool = before["status"] != "open"
    ctx.uow.climate.update_excursion(
        int(before["id"]),
        {**after, "mkt": mkt}
        | ({"status": "open", "decided_by": None, "decided_at": None, "justification": None}
           if reopened else {}),
    )  # fmt: skip
    ctx.change(
        "extend_excursion",
        "excursion",
        str(before["id"]),
        {**was, "status": before["status"]},
        {**after, "status": "open", "minutes": round(after["minutes"], 1)},
    )
    return reopened


def _hold_touched(
    ctx: Context,
    excursion_id: int,
    excursion: Excursion,
    location: Location | None,
    delivery: str | None,
    names: list[str] | None = None,
    again: bool = False,
) -> set[str]:
    """Holds the lots that were there while the excursion lasted and are not on it yet
    (`again`: its lots too, QA's decision being void); returns those held (or already
    quarantined) and adds every lot's name to `names`."""
    climate = ctx.uow.climate
    if location is not None:
        assert location.id is not None
        touched = climate.lots_at(location.id, excursion.start, excursion.end)
    else:
        assert delivery is not None
        touched = climate.lots_of_delivery(delivery)
    held: set[str] = set()
    for lot_id, quantity in touched:
        lot = ctx.uow.lots.get_by_id(lot_id)
        assert lot is not None
        name = f"{lot.di}/{lot.lot}"
        if names is not None:
            names.append(name)
        if climate.excursion_has_lot(excursion_id, lot_id):
            if again and hold_for_rule(ctx, lot, EXCURSION_HOLD):
                held.add(name)
            continue
        put_on = hold_for_rule(ctx, lot, EXCURSION_HOLD)
        climate.add_excursion_lot(excursion_id, lot_id, quantity, put_on)
        if put_on or lot.hold is Hold.QUARANTINE:
            held.add(name)
    return held


# --- QA's decision -----------------------------------------------------------------------


def decide_excursion(ctx: Context, cmd: DecideExcursion) -> ActionResult:
    climate = ctx.uow.climate
    row = climate.excursion(cmd.excursion_id)
    if row is None:
        raise Refused(
            Code.UNKNOWN_EXCURSION,
            f"no excursion {cmd.excursion_id}",
            excursion=cmd.excursion_id,
        )
    if row["status"] != "open":
        raise Refused(
            Code.EXCURSION_DECIDED,
            f"excursion {cmd.excursion_id} was {row['status']} by {row['decided_by']}",
            excursion=cmd.excursion_id,
            status=row["status"],
            decided_by=row["decided_by"],
        )
    justification = ctx.require_reason(cmd.justification)
    status = "released" if cmd.release else "rejected"
    climate.decide(cmd.excursion_id, status, ctx.username, ctx.now, justification)
    touched = []
    for entry in climate.excursion_lots(cmd.excursion_id):
        lot = ctx.uow.lots.get_by_id(entry["lot_id"])
        assert lot is not None and lot.id is not None
        touched.append(f"{lot.di}/{lot.lot}")
        if not cmd.release:
            reject_for_rule(ctx, lot, justification)
        elif (
            lot.hold is Hold.QUARANTINE
            and lot.hold_reason == EXCURSION_HOLD
            and not climate.open_holding(lot.id, other_than=cmd.excursion_id)
        ):
            lift_rule_hold(ctx, lot, justification)
    ctx.change(
        "decide_excursion",
        "excursion",
        str(cmd.excursion_id),
        {"status": "open"},
        {"status": status, "justification": justification, "lots": touched},
    )
    return done(
        f"excursion {cmd.excursion_id} {status}: {len(touched)} lots",
        excursion=cmd.excursion_id,
        status=status,
        lots=touched,
    )


HANDLERS: dict[type, Any] = {
    SetStorageClass: set_storage_class,
    ImportLoggerFile: import_logger_file,
    DecideExcursion: decide_excursion,
    SetLocationStorage: set_location_storage,
    SaveLoggerMapping: save_logger_mapping,
}


# --- reads ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExcursionLot:
    di: str
    lot: str
    name: str
    name_zh: str
    quantity: int
    held: bool
    hold: str
    qc: str

    @property
    def key(self) -> str:
        return f"{self.di}/{self.lot}"


@dataclass(frozen=True, slots=True)
class ExcursionView:
    id: int
    logger_id: int
    serial: str
    location: str | None
    delivery: str | None
    kind: str
    measure: str
    side: str
    start: datetime
    end: datetime
    minutes: float
    lowest: float
    highest: float
    limit: float
    range_low: float | None
    range_high: float | None
    storage_class: str | None
    open_ended: bool
    mkt: float | None
    activation_energy: float
    device_mkt: float | None
    logger_limits: tuple[dict[str, Any], ...]
    status: str
    found_by: str
    decided_by: str | None
    decided_at: datetime | None
    justification: str | None
    lots: tuple[ExcursionLot, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "location": self.location,
            "delivery": self.delivery,
            "logger": self.serial,
            "kind": self.kind,
            "measure": self.measure,
            "side": self.side,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "minutes": round(self.minutes, 1),
            "min": self.lowest,
            "max": self.highest,
            "limit": self.limit,
            "range": [self.range_low, self.range_high],
            "storage_class": self.storage_class,
            "open_ended": self.open_ended,
            "mkt": None if self.mkt is None else round(self.mkt, 2),
            "activation_energy": self.activation_energy,
            "device_mkt": self.device_mkt,
            "logger_limits": list(self.logger_limits),
            "status": self.status,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "justification": self.justification,
            "lots": [
                {"gtin": x.di, "lot": x.lot, "quantity": x.quantity, "held": x.held}
                for x in self.lots
            ],
        }


def _view(uow: UnitOfWork, row: dict[str, Any]) -> ExcursionView:
    lots = tuple(
        ExcursionLot(
            x["di"],
            x["lot"],
            x["name"],
            x["name_zh"],
            x["quantity"],
            bool(x["held"]),
            x["hold"],
            x["qc"],
        )
        for x in uow.climate.excursion_lots(row["id"])
    )
    return ExcursionView(
        row["id"],
        row["logger_id"],
        row["serial"],
        row["location"],
        row["delivery"],
        row["kind"],
        row["measure"],
        row["side"],
        row["start"],
        row["end"],
        row["minutes"],
        row["lowest"],
        row["highest"],
        row["limit_value"],
        row["range_low"],
        row["range_high"],
        row["storage_class"],
        bool(row["open_ended"]),
        row["mkt"],
        row["activation_energy"],
        row["device_mkt"],
        tuple(json.loads(row["logger_limits"] or "[]")),
        row["status"],
        row["found_by"],
        row["decided_by"],
        row["decided_at"],
        row["justification"],
        lots,
    )


def list_excursions(uow: UnitOfWork, status: str | None = None) -> list[ExcursionView]:
    with uow:
        return [_view(uow, row) for row in uow.climate.excursions(status)]


def excursion_view(uow: UnitOfWork, excursion_id: int) -> ExcursionView | None:
    with uow:
        row = uow.climate.excursion(excursion_id)
        return None if row is None else _view(uow, row)


def logger_mappings(uow: UnitOfWork) -> list[str]:
    """The saved column mappings' names (for a CSV/.xlsx logger file)."""
    with uow:
        return uow.settings.names(MAPPING_SETTING)


def list_classes(uow: UnitOfWork) -> list[StorageClass]:
    with uow:
        return uow.climate.classes()


@dataclass(frozen=True, slots=True)
class Curve:
    """A location's readings for the climate screen (thinned to what a chart can show)."""

    location: str
    storage_class: str | None
    low: float | None
    high: float | None
    points: tuple[tuple[datetime, float], ...]
    humidity: tuple[tuple[datetime, float], ...]
    excursions: tuple[ExcursionView, ...]
    gaps: tuple[NoData, ...] = ()
    humidity_low: float | None = None
    humidity_high: float | None = None


MAX_POINTS = 2000


def logged_locations(uow: UnitOfWork) -> list[str]:
    """The locations a logger is assigned to, by code."""
    with uow:
        return sorted(
            {
                str(row["place"]).removeprefix("location:")
                for row in uow.climate.loggers()
                if str(row["place"]).startswith("location:")
            }
        )


def location_curve(uow: UnitOfWork, code: str) -> Curve | None:
    with uow:
        location = uow.locations.get(code)
        if location is None or location.id is None:
            return None
        storage = uow.climate.location_storage(location.id)
        readings = []
        gaps: list[NoData] = []
        for row in uow.climate.loggers():
            if row["place"] == f"location:{code}":
                readings += uow.climate.readings(int(row["id"]))
                gaps += uow.climate.gaps(int(row["id"]))
        readings.sort(key=lambda r: r.at)
        step = max(1, len(readings) // MAX_POINTS)
        thinned = readings[::step]
        views = tuple(
            _view(uow, row) for row in uow.climate.excursions() if row["location"] == code
        )
    return Curve(
        code,
        storage.name if storage else None,
        storage.temperature.low if storage else None,
        storage.temperature.high if storage else None,
        tuple((r.at, r.temperature) for r in thinned),
        tuple((r.at, r.humidity) for r in thinned if r.humidity is not None),
        views,
        tuple(sorted(gaps, key=lambda g: g.start)),
        storage.humidity.low if storage and storage.humidity else None,
        storage.humidity.high if storage and storage.humidity else None,
    )
