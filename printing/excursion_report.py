"""A temperature excursion's report for the QA file: A4, Chinese and English.

The curve is drawn with reportlab's own graphics (a vector drawing, not a
picture): the storage class's range as a band, the readings as a line, the
excursion's period shaded. Then the figures (start, end, minutes, min, max,
MKT beside the logger's own alarm limits), the lots it touched, QA's
decision and who made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printing.content import Person
from printing.document_tables import BODY_W, fields, lines_table, section, signatures, title
from printing.documents import _who, story_pdf
from printing.fonts import pdf_font
from printing.local_time import local_date, stamp, zone_label


@dataclass(frozen=True, slots=True)
class ExcursionLotLine:
    gtin: str
    item_name_zh: str
    item_name: str
    lot: str
    quantity: int
    held: bool
    state: str  # the lot's state now, in both languages


@dataclass(frozen=True, slots=True)
class ExcursionReport:
    excursion_id: int
    site: str
    place: str  # a location code, or "delivery DN-..."
    logger: str
    measure: str  # temperature / humidity
    side: str  # above / below
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
    logger_limits: tuple[str, ...]
    status: str  # open / released / rejected
    found_by: Person
    decided_by: Person | None
    decided_at: datetime | None
    justification: str | None
    lots: tuple[ExcursionLotLine, ...]
    curve: tuple[tuple[datetime, float], ...]
    zone: tzinfo


_STATUS = {
    "open": "待评估 Awaiting QA",
    "released": "放行 Released",
    "rejected": "拒收 Rejected",
}
_SIDE = {"above": "高于上限 Above the range", "below": "低于下限 Below the range"}
_UNIT = {"temperature": "°C", "humidity": "%RH"}


def _number(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:.1f} {unit}"


def _range_text(low: float | None, high: float | None, unit: str) -> str:
    if low is None and high is None:
        return "—"
    if low is None:
        return f"≤ {high:.1f} {unit}"
    if high is None:
        return f"≥ {low:.1f} {unit}"
    return f"{low:.1f} – {high:.1f} {unit}"


def curve_drawing(doc: ExcursionReport, width: float, height: float) -> Drawing:
    """Readings over time, the class's range as a band, the excursion shaded."""
    drawing = Drawing(width, height)
    left, bottom, right, top = 34.0, 18.0, width - 6.0, height - 6.0
    points = doc.curve or ((doc.start, doc.lowest), (doc.end, doc.highest))
    t0, t1 = points[0][0], points[-1][0]
    span = max((t1 - t0).total_seconds(), 1.0)
    values = [v for _, v in points] + [
        v for v in (doc.range_low, doc.range_high, doc.lowest, doc.highest) if v is not None
    ]
    low, high = min(values) - 1.0, max(values) + 1.0

    def x(at: datetime) -> float:
        return left + (right - left) * (at - t0).total_seconds() / span

    def y(value: float) -> float:
        return bottom + (top - bottom) * (value - low) / (high - low)

    font = pdf_font()
    drawing.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeWidth=0.5))
    band_low = y(doc.range_low) if doc.range_low is not None else bottom
    band_high = y(doc.range_high) if doc.range_high is not None else top
    drawing.add(
        Rect(
            left,
            band_low,
            right - left,
            band_high - band_low,
            fillColor=colors.Color(0.85, 0.95, 0.85),
            strokeColor=None,
        )
    )
    start_x, end_x = max(left, x(doc.start)), min(right, x(doc.end))
    drawing.add(
        Rect(
            start_x,
            bottom,
            max(end_x - start_x, 0.5),
            top - bottom,
            fillColor=colors.Color(1.0, 0.85, 0.85),
            strokeColor=None,
        )
    )
    line: list[float] = []
    for at, value in points:
        line += [x(at), y(value)]
    drawing.add(PolyLine(line, strokeColor=colors.Color(0.1, 0.3, 0.7), strokeWidth=0.8))
    unit = _UNIT.get(doc.measure, "")
    for bound in (doc.range_low, doc.range_high):
        if bound is not None:
            drawing.add(Line(left, y(bound), right, y(bound), strokeColor=colors.green))
            drawing.add(String(2, y(bound) - 2, f"{bound:.1f}{unit}", fontName=font, fontSize=6))
    drawing.add(String(left, 4, stamp(t0, doc.zone), fontName=font, fontSize=6))
    drawing.add(String(right, 4, stamp(t1, doc.zone), fontName=font, fontSize=6, textAnchor="end"))
    return drawing


def _story(doc: ExcursionReport) -> tuple[str, list[Flowable]]:
    z = doc.zone
    unit = _UNIT.get(doc.measure, "")
    measure = "温度 Temperature" if doc.measure == "temperature" else "湿度 Humidity"
    story: list[Flowable] = title("温湿度超标评估报告", "Temperature Excursion Report")
    end = stamp(doc.end, z) + (" （数据中断 data stopped）" if doc.open_ended else "")
    story.append(
        fields(
            [
                ("编号 Excursion", str(doc.excursion_id)),
                ("库房 Site", doc.site or "—"),
                ("位置 Place", doc.place),
                ("记录仪 Logger", doc.logger),
                ("储存类别 Storage class", doc.storage_class or "自定范围 Own range"),
                (
                    "范围 Range",
                    _range_text(doc.range_low, doc.range_high, unit),
                ),
                ("测量 Measure", measure),
                ("方向 Side", _SIDE.get(doc.side, doc.side)),
                ("开始 Start", stamp(doc.start, z)),
                ("结束 End", end),
                ("时长 Minutes", f"{doc.minutes:.0f} 分钟 min"),
                ("最低 Min", _number(doc.lowest, unit)),
                ("最高 Max", _number(doc.highest, unit)),
                (
                    "平均动力学温度 MKT",
                    f"{_number(doc.mkt, '°C')} (ΔH {doc.activation_energy:g} kJ/mol)"
                    + ("" if doc.device_mkt is None else f"; 记录仪 device {doc.device_mkt:g} °C"),
                ),
                ("记录仪报警限 Logger alarm limits", "; ".join(doc.logger_limits) or "—"),
                ("状态 Status", _STATUS.get(doc.status, doc.status)),
                ("发现人 Found by", _who(doc.found_by)),
                ("时区 Time zone", zone_label(z, local_date(doc.start, z))),
            ]
        )
    )
    story += section("曲线", "Curve")
    story.append(curve_drawing(doc, BODY_W, 60 * mm))
    story += section("受影响批次", "Lots affected")
    story.append(
        lines_table(
            ["产品标识 GTIN", "品名 Item", "批号 Lot", "数量 Qty", "本次冻结 Held here",
             "现状 Now"],
            [
                [x.gtin, f"{x.item_name_zh}\n{x.item_name}".strip(), x.lot, str(x.quantity),
                 "是 Yes" if x.held else "否 No", x.state]
                for x in doc.lots
            ] or [["—", "—", "—", "—", "—", "—"]],
            [0.18, 0.3, 0.14, 0.1, 0.12, 0.16],
        )
    )  # fmt: skip
    decided = (
        f"{_STATUS.get(doc.status, doc.status)} · {_who(doc.decided_by)} · "
        f"{stamp(doc.decided_at, z)}"
        if doc.decided_by is not None
        else "待质量部门评估 Awaiting QA's assessment"
    )
    story += section("质量评估", "QA decision", decided)
    if doc.justification:
        story += section("理由", "Justification", doc.justification)
    story.append(Spacer(1, 4 * mm))
    story += signatures([("质量负责人", "QA"), ("库房负责人", "Head of store")])
    return f"温湿度超标评估报告 Excursion Report {doc.excursion_id}", story


def excursion_report_pdf(doc: ExcursionReport) -> bytes:
    return story_pdf(*_story(doc))
