"""An excursion's report, built from the core's read model for `printing`."""

from __future__ import annotations

from datetime import timedelta

from app.printouts import people
from app.services.climate import ExcursionView
from app.services.ports import UnitOfWork
from app.services.settings import site_setting, zone_of_site
from printing.excursion_report import ExcursionLotLine, ExcursionReport

# The curve shows the excursion with this much of the readings either side.
_MARGIN = timedelta(hours=6)
_HOLD = {"none": "可用 In use", "quarantine": "冻结 Held", "recall": "召回 Recalled"}
_QC = {"pending": "待放行 QC pending", "released": "已放行 Released", "rejected": "拒收 Rejected"}
_SIDE = {"above": ("上限", "high"), "below": ("下限", "low")}


def _limit_text(limit: dict[str, object]) -> str:
    zh, en = _SIDE.get(str(limit.get("side")), ("", ""))
    return f"{zh} {en} {limit.get('limit')} °C, {limit.get('kind')} {limit.get('delay')} min"


def excursion_report(uow: UnitOfWork, view: ExcursionView) -> ExcursionReport:
    with uow:
        zone = zone_of_site(uow)
        site = site_setting(uow, "device_name")
        readings = uow.climate.readings(view.logger_id, view.start - _MARGIN, view.end + _MARGIN)
    who = people(uow, [view.found_by, *([view.decided_by] if view.decided_by else [])])
    temperature = view.measure == "temperature"
    curve = tuple(
        (r.at, v)
        for r in readings
        if (v := r.temperature if temperature else r.humidity) is not None
    )
    return ExcursionReport(
        excursion_id=view.id,
        site=site,
        place=view.location or f"送货单 delivery {view.delivery}",
        logger=view.serial,
        measure=view.measure,
        side=view.side,
        start=view.start,
        end=view.end,
        minutes=view.minutes,
        lowest=view.lowest,
        highest=view.highest,
        limit=view.limit,
        range_low=view.range_low,
        range_high=view.range_high,
        storage_class=view.storage_class,
        open_ended=view.open_ended,
        mkt=view.mkt,
        activation_energy=view.activation_energy,
        device_mkt=view.device_mkt,
        logger_limits=tuple(_limit_text(x) for x in view.logger_limits),
        status=view.status,
        found_by=who[view.found_by],
        decided_by=who[view.decided_by] if view.decided_by else None,
        decided_at=view.decided_at,
        justification=view.justification,
        lots=tuple(
            ExcursionLotLine(
                x.di,
                x.name_zh,
                x.name,
                x.lot,
                x.quantity,
                x.held,
                _QC[x.qc] if x.qc == "rejected" else _HOLD.get(x.hold, x.hold),
            )
            for x in view.lots
        ),
        curve=curve,
        zone=zone,
    )
