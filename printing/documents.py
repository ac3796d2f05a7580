"""A4 documents with bilingual (中文 / English) headings.

Long tables split across pages with the header row repeated; every page
carries the document's title and "第 n 页 / 共 N 页 · Page n of N".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from printing.content import (
    CloseOutReport,
    Document,
    ExpiryList,
    QuarantineList,
    RecallNotice,
    ReturnNote,
)
from printing.fonts import pdf_font
from printing.layout import wrap

_PAGE_W, _PAGE_H = A4
_MARGIN = 15 * mm
_BODY_W = _PAGE_W - 2 * _MARGIN
_CELL_PADDING = 6  # reportlab's default left/right cell padding, in points


def _style(size: float, leading: float | None = None) -> ParagraphStyle:
    # wordWrap="CJK" lets a line break between any two Chinese characters.
    return ParagraphStyle(
        f"lk{size}", fontName=pdf_font(), fontSize=size, leading=leading or size * 1.3,
        wordWrap="CJK",
    )


def _iso(d: date | None) -> str:
    return d.isoformat() if d is not None else "—"


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """Holds pages back until the end, so each can say how many there are."""

    title = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page names Helvetica, which is never embedded.
        kwargs["initialFontName"] = pdf_font()
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(pdf_font(), 8)
            self.setFillGray(0.3)
            self.drawString(_MARGIN, _PAGE_H - 10 * mm, self.title)
            footer = f"第 {number} 页 / 共 {total} 页 · Page {number} of {total}"
            self.drawRightString(_PAGE_W - _MARGIN, 8 * mm, footer)
            super().showPage()
        super().save()


def _canvas_for(title: str) -> type[_NumberedCanvas]:
    return type("_TitledCanvas", (_NumberedCanvas,), {"title": title})


def _title(zh: str, en: str) -> list[Flowable]:
    return [Paragraph(f"{zh}<br/>{en}", _style(16, 20)), Spacer(1, 4 * mm)]


def _fields(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label: value pairs, two to a row."""
    cell = _style(9.5)
    cells = [Paragraph(k.replace(" ", "<br/>", 1), cell) if i % 2 == 0 else Paragraph(v, cell)
             for k, v in pairs for i in (0, 1)]
    rows = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    if len(rows[-1]) < 4:
        rows[-1] += [""] * (4 - len(rows[-1]))
    widths = [0.17, 0.33, 0.17, 0.33]
    table = Table(rows, colWidths=[w * _BODY_W for w in widths])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ]))
    return table


def _section(zh: str, en: str, text: str) -> list[Flowable]:
    return [
        Spacer(1, 3 * mm),
        Paragraph(f"{zh} {en}", _style(10.5)),
        Paragraph(text.replace("\n", "<br/>"), _style(9.5)),
    ]


def _lines_table(header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], wrap_column: int) -> Table:
    """`wrap_column` (the item name) wraps; the other cells are short codes."""
    head = _style(8, 10)
    data: list[list[Any]] = [[Paragraph(h.replace(" ", "<br/>", 1), head) for h in header]]
    col_widths = [w * _BODY_W for w in widths]
    # Wrapped by hand into plain multi-line cells: a Paragraph per row made a
    # 5,000-line recall notice three times slower.
    room = col_widths[wrap_column] - 2 * _CELL_PADDING
    for row in rows:
        cells = list(row)
        cells[wrap_column] = "\n".join(wrap(row[wrap_column], room, 8, max_lines=6))
        data.append(cells)
    # LongTable stops measuring rows once a page is full; Table measures all
    # remaining rows at every page break, quadratic in a 5,000-line notice.
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf_font(), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _signatures(roles: Sequence[tuple[str, str]]) -> list[Flowable]:
    cell = _style(9.5)
    rows = [[Paragraph(f"{zh} {en}:", cell), "", Paragraph("日期 Date:", cell), ""]
            for zh, en in roles]
    table = Table(rows, colWidths=[0.25 * _BODY_W, 0.35 * _BODY_W, 0.15 * _BODY_W,
                                   0.25 * _BODY_W], rowHeights=12 * mm)
    table.setStyle(TableStyle([
        # Empty cells too: a table's default font is Helvetica, never embedded.
        ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
        ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
    ]))
    return [Spacer(1, 6 * mm), table]


def _recall_notice(doc: RecallNotice) -> tuple[str, list[Flowable]]:
    title = f"召回通知 Recall Notice {doc.recall_id}"
    story = _title(f"医疗器械召回通知 · {doc.level.zh}召回",
                   f"Medical Device Recall Notice · {doc.level.en}")
    story.append(_fields([
        ("召回编号 Recall ID", doc.recall_id),
        ("召回级别 Level", f"{doc.level.zh} {doc.level.en}"),
        ("致 To", doc.recipient),
        ("供应商 Supplier", doc.supplier),
        ("发出日期 Issued on", doc.issued_on.isoformat()),
        ("回复截止 Deadline", doc.deadline.isoformat()),
        ("发出人 Issued by", doc.issued_by),
        ("受影响批次 Lots", str(len(doc.lines))),
    ]))
    story += _section("召回原因", "Reason", doc.reason)
    story += _section("处理要求", "What to do", doc.instructions)
    story.append(Spacer(1, 3 * mm))
    story.append(_lines_table(
        ["序号 No.", "产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty",
         "接收日期 Received"],
        [[str(i), line.gtin, f"{line.item_name_zh} {line.item_name}".strip(), line.lot,
          _iso(line.expiry), f"{line.quantity} {line.unit}", line.received_on.isoformat()]
         for i, line in enumerate(doc.lines, start=1)],
        [0.07, 0.17, 0.28, 0.14, 0.11, 0.11, 0.12], wrap_column=2,
    ))
    story += _signatures([("接收人", "Received by"), ("科室负责人", "Head of department")])
    return title, story


def _return_note(doc: ReturnNote) -> tuple[str, list[Flowable]]:
    title = f"返厂单 Return to Supplier {doc.reference}"
    story = _title("返厂单", "Return to Supplier Note")
    story.append(_fields([
        ("单号 Reference", doc.reference),
        ("供应商 Supplier", doc.supplier),
        ("日期 Date", doc.issued_on.isoformat()),
        ("经办人 Issued by", doc.issued_by),
    ]))
    story += _section("退货原因", "Reason", doc.reason)
    story.append(Spacer(1, 3 * mm))
    story.append(_lines_table(
        ["序号 No.", "产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty"],
        [[str(i), line.gtin, line.item_name_zh, line.lot, _iso(line.expiry),
          f"{line.quantity} {line.unit}"] for i, line in enumerate(doc.lines, start=1)],
        [0.08, 0.2, 0.32, 0.16, 0.12, 0.12], wrap_column=2,
    ))
    story += _signatures([("发货人", "Shipped by"), ("供应商签收", "Received by supplier")])
    return title, story


def _quarantine_list(doc: QuarantineList) -> tuple[str, list[Flowable]]:
    title = f"隔离清单 Quarantine List {doc.site}"
    story = _title("隔离清单", "Quarantine List")
    story.append(_fields([
        ("库房 Site", doc.site),
        ("打印日期 Printed on", doc.printed_on.isoformat()),
        ("批次数 Lots", str(len(doc.entries))),
    ]))
    story.append(Spacer(1, 3 * mm))
    story.append(_lines_table(
        ["产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty", "货位 Location",
         "原因 Reason", "隔离日期 Held on", "操作人 By"],
        [[e.gtin, e.item_name_zh, e.lot, _iso(e.expiry), f"{e.quantity} {e.unit}", e.location,
          e.reason, e.held_on.isoformat(), e.held_by] for e in doc.entries],
        [0.15, 0.17, 0.1, 0.1, 0.08, 0.08, 0.14, 0.1, 0.08], wrap_column=1,
    ))
    story += _signatures([("核对人", "Checked by")])
    return title, story


def _expiry_list(doc: ExpiryList) -> tuple[str, list[Flowable]]:
    title = f"近效期处置清单 Near-Expiry Disposal List {doc.site}"
    story = _title("近效期处置清单", "Near-Expiry Disposal List")
    story.append(_fields([
        ("库房 Site", doc.site),
        ("打印日期 Printed on", doc.printed_on.isoformat()),
        ("效期截至 Expiring by", doc.expiring_by.isoformat()),
        ("批次数 Lots", str(len(doc.entries))),
    ]))
    story.append(Spacer(1, 3 * mm))
    entries = sorted(doc.entries, key=lambda e: (e.expiry, e.gtin, e.lot))
    story.append(_lines_table(
        ["产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "剩余天数 Days left",
         "数量 Qty", "货位 Location", "处置 Disposal"],
        [[e.gtin, e.item_name_zh, e.lot, e.expiry.isoformat(),
          str((e.expiry - doc.printed_on).days), f"{e.quantity} {e.unit}", e.location, ""]
         for e in entries],
        [0.16, 0.22, 0.12, 0.11, 0.09, 0.09, 0.09, 0.12], wrap_column=1,
    ))
    story += _signatures([("处置人", "Disposed by"), ("监督人", "Witnessed by")])
    return title, story


def _stamp(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else "—"


# The close-out table's figures per lot, in column order; the last row totals them.
_LOT_COUNTS = ("affected", "recovered", "returned_to_supplier", "disposed", "used_on_patient",
               "written_off", "unaccounted")


def _close_out_report(doc: CloseOutReport) -> tuple[str, list[Flowable]]:
    title = f"召回结案报告 Recall Close-out Report {doc.recall_id}"
    drill = " · 召回演练 Drill" if doc.drill else ""
    story = _title(f"医疗器械召回结案报告 · {doc.level.zh}召回{drill}",
                   f"Medical Device Recall Close-out Report · {doc.level.en}")
    story.append(_fields([
        ("召回编号 Recall ID", doc.recall_id),
        ("召回级别 Level", f"{doc.level.zh} {doc.level.en}"),
        ("库房 Site", doc.site),
        ("来源 Source", doc.source),
        ("发出日期 Issued on", doc.issued_on.isoformat()),
        ("截止日期 Deadline", doc.deadline.isoformat()),
        ("状态 Status", doc.status),
        ("结案 Closed", f"{_stamp(doc.closed_at)} {doc.closed_by}".strip()),
    ]))
    story += _section("召回原因", "Reason", doc.reason)
    total = [sum(getattr(x, f) for x in doc.lots) for f in _LOT_COUNTS]
    story += _section("受影响批次", "Affected lots", "")
    story.append(_lines_table(
        ["产品标识 GTIN", "品名 Item", "批号 Lot", "受影响 Affected", "已召回 Recovered",
         "返厂 Returned", "销毁 Disposed", "已使用 Used", "报损 Written off",
         "未结 Unaccounted"],
        [[x.gtin, x.item_name_zh, x.lot, *(str(getattr(x, f)) for f in _LOT_COUNTS)]
         for x in doc.lots]
        + [["合计 Total", "", "", *(str(n) for n in total)]],
        [0.15, 0.15, 0.1, 0.08, 0.08, 0.08, 0.08, 0.08, 0.1, 0.1], wrap_column=1,
    ))
    story += _section("时间节点", "Timings", "")
    story.append(_lines_table(
        ["步骤 Step", "时间 Time (UTC)"],
        [[f"{t.step_zh} {t.step_en}", _stamp(t.at)] for t in doc.timings],
        [0.6, 0.4], wrap_column=0,
    ))
    story += _section("证据", "Evidence", "" if doc.evidence else "—")
    if doc.evidence:
        story.append(_lines_table(
            ["文件 File", "SHA-256", "批号 Lot", "时间 Time", "经办人 By", "说明 Note"],
            [[e.file_name, f"{e.sha256[:32]} {e.sha256[32:]}", e.lot, _stamp(e.at), e.by,
              e.note] for e in doc.evidence],
            [0.14, 0.46, 0.1, 0.12, 0.08, 0.1], wrap_column=1,
        ))
    story += _section("审计记录", "Audit trail", "")
    story.append(_lines_table(
        ["时间 Time (UTC)", "用户 User", "操作 Action", "内容 Detail"],
        [[_stamp(e.at), e.user, e.action, e.detail] for e in doc.trail],
        [0.16, 0.1, 0.16, 0.58], wrap_column=3,
    ))
    story += _signatures([("质量负责人", "QA sign-off"), ("库房负责人", "Head of store")])
    return title, story


_BUILDERS: dict[type[Any], Callable[[Any], tuple[str, list[Flowable]]]] = {
    RecallNotice: _recall_notice,
    ReturnNote: _return_note,
    QuarantineList: _quarantine_list,
    ExpiryList: _expiry_list,
    CloseOutReport: _close_out_report,
}


def document_pdf(doc: Document) -> bytes:
    title, story = _BUILDERS[type(doc)](doc)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
        bottomMargin=_MARGIN, title=title, creator="Lotkeeper", invariant=1,
    )
    template.build(story, canvasmaker=_canvas_for(title))
    return buffer.getvalue()
