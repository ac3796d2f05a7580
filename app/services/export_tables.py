"""Tables to export (app.adapters.workbook writes them): the KPI set's, and any screen's.

The KPI set becomes one table per list, its columns named as the JSON's keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, datetime
from typing import Any

from app.services.kpis import DepartmentItem, KpiSet

Cell = str | int | float | bool | date | datetime | None


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def _table(title: str, rows: list[Any]) -> Sheet:
    if not rows:
        return Sheet(title, [], [])
    names = [f.name for f in fields(rows[0]) if f.name not in ("items", "tiers")]
    return Sheet(title, names, [[_cell(getattr(r, n)) for n in names] for r in rows])


def _cell(value: Any) -> Cell:
    return value if value is None or isinstance(value, str | int | float) else str(value)


def kpi_sheets(k: KpiSet, department_items: Sequence[tuple[str, DepartmentItem]]) -> list[Sheet]:
    """A summary sheet of the single figures, then one sheet per list; department_items
    is every department's every item line (app.services.kpis.department_items: the set
    itself carries only the lines of the items issued most)."""
    summary: list[list[Cell]] = [["start", k.start.isoformat()], ["end", k.end.isoformat()]]
    for group in ("turnover", "loop", "recall_medians", "outbound", "mismatch", "audit"):
        value = getattr(k, group)
        assert is_dataclass(value) and not isinstance(value, type)
        summary += [[f"{group}.{key}", _cell(v)] for key, v in asdict(value).items()]
    lines = Sheet(
        "department_items",
        ["department", "di", "item", "item_zh", "units"],
        [[code, i.di, i.item, i.item_zh, i.units] for code, i in department_items],
    )
    return [
        Sheet("kpis", ["kpi", "value"], summary),
        _table("risk_lots", k.risk_lots),
        _table("locations", k.locations),
        _table("suppliers", k.suppliers),
        _table("expired_items", k.expired_items),
        _table("departments", k.departments),
        lines,
        _table("items", k.items),
        _table("recalls", k.recalls),
        _table("trend", k.trend),
    ]
