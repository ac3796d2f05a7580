"""The closed loop on paper and in a spreadsheet: the priority disposal list, the forecast.

The PDF (printing.documents) prints every code in Chinese and English; the
.xlsx carries the same rows with codes and a bilingual header, every text
cell a string (printing.spreadsheet: no formula can ride in on an item name).
"""

from __future__ import annotations

from datetime import date

from app.services.forecast import ForecastRow
from app.services.ports import UnitOfWork
from app.services.priority import EXPORT_LIMIT, PriorityRow, priority_list
from app.services.settings import site_zone
from printing.content import PriorityEntry, PriorityList
from printing.spreadsheet import xlsx_bytes

PRIORITY_HEADER = (
    "序 No.",
    "预警级别 Level",
    "预警类型 Kind",
    "产品标识 GTIN",
    "品名 Item",
    "批号 Lot",
    "效期 Expiry",
    "剩余天数 Days left",
    "数量 Qty",
    "单价 Unit value",
    "金额 Value",
    "风险 Risk",
    "处置 Disposition",
    "已选 Chosen",
    "备用方案 Fallback",
    "责任人 Owner",
)

FORECAST_HEADER = (
    "产品标识 GTIN",
    "批号 Lot",
    "效期 Expiry",
    "预计未用数量 Units unused",
    "预计未用金额 Value unused",
    "处置 Disposition",
)


def priority_rows(uow: UnitOfWork, today: date) -> list[PriorityRow]:
    return priority_list(uow, today, 0, EXPORT_LIMIT)


def priority_document(uow: UnitOfWork, today: date, site: str) -> PriorityList:
    rows = priority_rows(uow, today)
    entries = [
        PriorityEntry(
            rank=n,
            kind=r.kind.value,
            level=r.level.value,
            gtin=r.gtin,
            item_name_zh=r.name_zh or r.name,
            lot=r.lot,
            expiry=r.expiry,
            quantity=r.quantity,
            value=r.value,
            days_left=r.days_left,
            risk=r.risk,
            owner=r.owner,
            action=r.action.value,
            chosen=r.chosen,
            fallback=r.fallback.value if r.fallback else None,
        )
        for n, r in enumerate(rows, start=1)
    ]
    return PriorityList(site=site, printed_on=today, entries=entries, zone=site_zone(uow))


def priority_xlsx(uow: UnitOfWork, today: date) -> bytes:
    rows = priority_rows(uow, today)
    return xlsx_bytes(
        "优先处置清单",
        PRIORITY_HEADER,
        (
            [
                n,
                r.level.value,
                r.kind.value,
                r.gtin,
                r.name_zh or r.name,
                r.lot,
                r.expiry.isoformat() if r.expiry else "",
                r.days_left,
                r.quantity,
                r.unit_cost,
                round(r.value, 2),
                round(r.risk, 2),
                r.action.value,
                "yes" if r.chosen else "suggested",
                r.fallback.value if r.fallback else "",
                r.owner,
            ]
            for n, r in enumerate(rows, start=1)
        ),
    )


def forecast_xlsx(rows: list[ForecastRow]) -> bytes:
    return xlsx_bytes(
        "预计过期未用",
        FORECAST_HEADER,
        (
            [
                r.gtin,
                r.lot,
                r.expiry.isoformat(),
                r.units_unused,
                round(r.value_unused, 2),
                r.disposition or "",
            ]
            for r in rows
        ),
    )
