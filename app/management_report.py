"""The month's management report as a bilingual PDF (中文 first), with its charts.

The charts are reportlab graphics (vector bars and lines in the PDF, not
pictures): supplier expiry rates, risk units per location and tier
(stacked), the monthly trend and recall response times, beside the KPI
figures in a table. Every label is given in Chinese and English.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.kpis import KpiSet
from printing.fonts import pdf_font

TIERS = ("expired", "critical", "warning", "notice")
TIER_WORDS = {
    "expired": "已过期 expired",
    "critical": "紧急 critical",
    "warning": "警告 warning",
    "notice": "提示 notice",
}
TIER_COLOURS = {
    "expired": colors.HexColor("#8b0000"),
    "critical": colors.HexColor("#dc2626"),
    "warning": colors.HexColor("#ea8c00"),
    "notice": colors.HexColor("#2563eb"),
}
SERIES_COLOURS = [colors.HexColor(c) for c in ("#2563eb", "#dc2626", "#16a34a", "#9333ea")]
WIDTH = 170 * mm
CHART_H = 62 * mm
MAX_BARS = 12


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    font = pdf_font()
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20, spaceAfter=4)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    return title, body


def _frame(title: str) -> tuple[Drawing, Any]:
    drawing = Drawing(WIDTH, CHART_H)
    drawing.add(String(0, CHART_H - 10, title, fontName=pdf_font(), fontSize=10))
    return drawing, pdf_font()


def _legend(drawing: Drawing, names: Sequence[str], colours: Sequence[Any]) -> None:
    legend = Legend()
    legend.x, legend.y = WIDTH - 45 * mm, CHART_H - 14
    legend.fontName, legend.fontSize = pdf_font(), 7
    legend.alignment = "right"
    legend.colorNamePairs = list(zip(colours, names, strict=True))
    drawing.add(legend)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    stacked: bool = False,
    colours: Sequence[Any] = SERIES_COLOURS,
) -> Drawing:
    """Bars per category, one colour per series (stacked: one bar per category)."""
    drawing, font = _frame(title)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = (
        12 * mm,
        12 * mm,
        WIDTH - 60 * mm,
        CHART_H - 26 * mm,
    )
    shown = list(categories)[:MAX_BARS] or ["—"]
    chart.data = [list(values)[: len(shown)] or [0.0] for _, values in series]
    chart.categoryAxis.categoryNames = shown
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if stacked:
        chart.categoryAxis.style = "stacked"
    for n in range(len(series)):
        chart.bars[n].fillColor = colours[n % len(colours)]
    drawing.add(chart)
    _legend(drawing, [name for name, _ in series], list(colours)[: len(series)])
    return drawing


def line_chart(
    title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> Drawing:
    drawing, font = _frame(title)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = (
        12 * mm,
        12 * mm,
        WIDTH - 60 * mm,
        CHART_H - 26 * mm,
    )
    chart.data = [list(values) or [0.0] for _, values in series]
    chart.categoryAxis.categoryNames = list(categories) or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    for n in range(len(series)):
        chart.lines[n].strokeColor = SERIES_COLOURS[n]
        chart.lines[n].strokeWidth = 1.5
    drawing.add(chart)
    _legend(drawing, [name for name, _ in series], SERIES_COLOURS[: len(series)])
    return drawing


def _figures(k: KpiSet) -> list[list[str]]:
    t, loop, r, o, m, a = k.turnover, k.loop, k.recall_medians, k.outbound, k.mismatch, k.audit
    chain = (
        "未核验 never verified"
        if a.chain_intact is None
        else ("完整 intact" if a.chain_intact else "断裂 BROKEN")
    )
    return [
        ["指标 KPI", "数值 Value"],
        ["库存周转率 Stock turnover", _num(t.turnover, 2)],
        [
            "预警至选定处置（中位，小时） Hours from a warning to its disposition (median)",
            _num(loop.median_hours_to_choice),
        ],
        [
            "预警至关闭（中位，小时） Hours from a warning to its closing (median)",
            _num(loop.median_hours_to_close),
        ],
        ["按期关闭 Closed by their due time", _share(loop.closed_within_due)],
        [
            "处置周期（中位，天） Days from a warning to its disposal (median)",
            _num(loop.median_days_to_dispose),
        ],
        ["按期处置 Disposed of by their due time", _share(loop.disposed_within_due)],
        ["召回锁定时间（中位，小时） Recall: hours to lock (median)", _num(r.median_hours_to_lock)],
        [
            "召回通知科室（中位，小时） Recall: hours to notify departments (median)",
            _num(r.median_hours_to_notify),
        ],
        [
            "召回全部清点（中位，小时） Recall: hours to account for every unit (median)",
            _num(r.median_hours_to_account),
        ],
        ["潜在召回成本 Potential recall cost", _num(r.potential_cost, 2)],
        ["高风险批次价值 Risk lots' value", _num(sum(c.value for c in k.risk_lots), 2)],
        ["非计划出库（每千次） Unplanned picks per 1,000", _num(o.unplanned_per_1000)],
        ["超控出库（每千次） Overrides per 1,000 picks", _num(o.overrides_per_1000)],
        ["错配率（每千次扫描） Mismatched scans per 1,000", _num(m.mismatches_per_1000)],
        ["有审计记录的移动 Movements with their audit entry", _share(a.movements_share)],
        ["有处置证据的已关闭召回 Closed recalls with evidence", _share(a.closed_recalls_share)],
        ["审计链（上次核验） Audit chain (last verification)", chain],
    ]


def _risk_by_location(k: KpiSet) -> Drawing:
    locations = sorted(k.locations, key=lambda loc: -loc.units)[:MAX_BARS]
    return bar_chart(
        "高风险批次：各库位各级别数量 Risk units per location and tier",
        [loc.location for loc in locations],
        [(TIER_WORDS[t], [float(loc.tiers.get(t, 0)) for loc in locations]) for t in TIERS],
        stacked=True,
        colours=[TIER_COLOURS[t] for t in TIERS],
    )


def story(k: KpiSet) -> list[Any]:
    title, body = _styles()
    font = pdf_font()
    table = Table(_figures(k), colWidths=[125 * mm, 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2e8f0")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    suppliers = k.suppliers[:MAX_BARS]
    recalls = k.recalls[:MAX_BARS]
    return [
        Paragraph("库存管理月报 Management report", title),
        Paragraph(
            f"期间 Period: {k.start.isoformat()} — {k.end.isoformat()}；"
            f"风险按 {k.risk_on.isoformat()} 计 risk lots as of {k.risk_on.isoformat()}",
            body,
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        _risk_by_location(k),
        bar_chart(
            "供应商过期率（%） Supplier expiry rate (%)",
            [s.supplier or "—" for s in suppliers],
            [
                ("过期率 expiry rate", [(s.expiry_rate or 0) * 100 for s in suppliers]),
                ("近效期到货 short-dated", [(s.short_dated_share or 0) * 100 for s in suppliers]),
            ],
        ),
        line_chart(
            "月度趋势（数量） Monthly trend (units)",
            [p.month for p in k.trend],
            [
                ("入库 received", [float(p.received) for p in k.trend]),
                ("出库 issued", [float(p.issued) for p in k.trend]),
                ("过期报损 written off expired", [float(p.expired_written_off) for p in k.trend]),
            ],
        ),
        bar_chart(
            "召回响应时间（小时） Recall response (hours)",
            [r.recall[-8:] for r in recalls],
            [
                ("锁定 lock", [r.hours_to_lock or 0 for r in recalls]),
                ("通知 notify", [r.hours_to_notify or 0 for r in recalls]),
                ("清点 account", [r.hours_to_account or 0 for r in recalls]),
            ],
        ),
    ]


def write_management_report(k: KpiSet, path: Path) -> None:
    """The report to `path`, whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            title="库存管理月报 Management report",
            creator="Lotkeeper",
            invariant=1,
        )
        doc.build(story(k))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
