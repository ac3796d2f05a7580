"""A4 documents with bilingual (中文 / English) headings and values.

Long tables split across pages with the header row repeated; every page
carries the document's title and "第 n 页 / 共 N 页 · Page n of N". Every
time is the site's local time, and the first fields name the zone once
("时区 Time zone: Asia/Shanghai (+08:00)"). Every stored code prints as its
Chinese and English words from `printing.words`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, tzinfo
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from printing.audit_trail import sentence
from printing.content import (
    CloseOutReport,
    Document,
    ExpiryList,
    Person,
    PickNotice,
    PriorityList,
    QuarantineList,
    RecallNotice,
    ReturnNote,
)
from printing.document_tables import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    fields,
    lines_table,
    section,
    signatures,
    title,
)
from printing.fonts import pdf_font
from printing.local_time import local_date, stamp, zone_label
from printing.words import lookup, word

# What a department does with a recalled lot when the recall gives no instructions.
_DEFAULT_INSTRUCTIONS = "停止使用，隔离并退回库房。Stop using, set aside and return to the store."


def _iso(d: date | None) -> str:
    return d.isoformat() if d is not None else "—"


def _zone(zone: tzinfo, on: date) -> tuple[str, str]:
    return ("时区 Time zone", zone_label(zone, on))


def _who(person: Person | None) -> str:
    if person is None or not person.user:
        return "—"
    actor = lookup("actor", person.user)  # the centre, not a person
    if actor is not None:
        return str(actor)
    return f"{person.name} ({person.user})" if person.name else person.user


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
            self.drawString(MARGIN, PAGE_H - 10 * mm, self.title)
            footer = f"第 {number} 页 / 共 {total} 页 · Page {number} of {total}"
            self.drawRightString(PAGE_W - MARGIN, 8 * mm, footer)
            super().showPage()
        super().save()


def _canvas_for(title: str) -> type[_NumberedCanvas]:
    return type("_TitledCanvas", (_NumberedCanvas,), {"title": title})


def _recall_notice(doc: RecallNotice) -> tuple[str, list[Flowable]]:
    z = doc.zone
    level = doc.level.words
    story = title(
        f"医疗器械召回通知 · {level.zh}召回", f"Medical Device Recall Notice · {level.en}"
    )
    story.append(
        fields(
            [
                ("召回编号 Recall ID", doc.recall_id),
                ("召回级别 Level", str(level)),
                ("致 To", doc.recipient),
                ("供应商 Supplier", doc.supplier),
                ("发出时间 Issued at", stamp(doc.issued_at, z)),
                ("回复截止 Deadline", doc.deadline.isoformat()),
                ("发出人 Issued by", _who(doc.issued_by)),
                ("受影响批次 Lots", str(len(doc.lines))),
                _zone(z, local_date(doc.issued_at, z)),
            ]
        )
    )
    story += section("召回原因", "Reason", doc.reason)
    story += section("处理要求", "What to do", doc.instructions or _DEFAULT_INSTRUCTIONS)
    story.append(Spacer(1, 3 * mm))
    story.append(
        lines_table(
            ["序号 No.", "产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty",
             "接收日期 Received"],
            [
                [str(i), line.gtin, f"{line.item_name_zh} {line.item_name}".strip(), line.lot,
                 _iso(line.expiry), f"{line.quantity} {line.unit}".strip(),
                 local_date(line.received_at, z).isoformat()]
                for i, line in enumerate(doc.lines, start=1)
            ],
            [0.07, 0.17, 0.28, 0.14, 0.11, 0.11, 0.12],
        )
    )  # fmt: skip
    story += signatures([("接收人", "Received by"), ("科室负责人", "Head of department")])
    return f"召回通知 Recall Notice {doc.recall_id}", story


def _return_note(doc: ReturnNote) -> tuple[str, list[Flowable]]:
    story = title("返厂单", "Return to Supplier Note")
    story.append(
        fields(
            [
                ("单号 Reference", doc.reference),
                ("供应商 Supplier", doc.supplier),
                ("日期 Date", doc.issued_on.isoformat()),
                ("经办人 Issued by", _who(doc.issued_by)),
                _zone(doc.zone, doc.issued_on),
            ]
        )
    )
    story += section("退货原因", "Reason", doc.reason)
    story.append(Spacer(1, 3 * mm))
    story.append(
        lines_table(
            ["序号 No.", "产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty"],
            [
                [str(i), line.gtin, line.item_name_zh, line.lot, _iso(line.expiry),
                 f"{line.quantity} {line.unit}".strip()]
                for i, line in enumerate(doc.lines, start=1)
            ],
            [0.08, 0.2, 0.32, 0.16, 0.12, 0.12],
        )
    )  # fmt: skip
    story += signatures([("发货人", "Shipped by"), ("供应商签收", "Received by supplier")])
    return f"返厂单 Return to Supplier {doc.reference}", story


def _quarantine_list(doc: QuarantineList) -> tuple[str, list[Flowable]]:
    z = doc.zone
    recalled = sum(1 for e in doc.entries if e.hold == "recall")
    story = title("隔离清单", "Quarantine List")
    story.append(
        fields(
            [
                ("库房 Site", doc.site or "—"),
                ("打印日期 Printed on", doc.printed_on.isoformat()),
                ("批次数 Lots", str(len(doc.entries))),
                ("其中召回 Of them recalled", str(recalled)),
                _zone(z, doc.printed_on),
            ]
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        lines_table(
            ["品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty", "货位 Location",
             "冻结及原因 Hold, reason", "冻结时间及操作人 Held at, by"],
            [
                [f"{e.item_name_zh}\n{e.gtin}", e.lot, _iso(e.expiry),
                 f"{e.quantity} {e.unit}".strip(), e.location,
                 f"{word('hold', e.hold)}\n{e.reason or '—'}",
                 f"{stamp(e.held_at, z)}\n{_who(e.held_by)}"]
                for e in doc.entries
            ],
            [0.22, 0.12, 0.1, 0.08, 0.1, 0.22, 0.16],
        )
    )  # fmt: skip
    story += signatures([("核对人", "Checked by")])
    return f"隔离清单 Quarantine List {doc.site}".strip(), story


def _expiry_list(doc: ExpiryList) -> tuple[str, list[Flowable]]:
    story = title("近效期处置清单", "Near-Expiry Disposal List")
    story.append(
        fields(
            [
                ("库房 Site", doc.site or "—"),
                ("打印日期 Printed on", doc.printed_on.isoformat()),
                ("效期截至 Expiring by", doc.expiring_by.isoformat()),
                ("批次数 Lots", str(len(doc.entries))),
                _zone(doc.zone, doc.printed_on),
            ]
        )
    )
    story.append(Spacer(1, 3 * mm))
    entries = sorted(doc.entries, key=lambda e: (e.expiry, e.gtin, e.lot))
    story.append(
        lines_table(
            ["产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "剩余天数 Days left",
             "数量 Qty", "货位 Location", "处置 Disposition"],
            [
                [e.gtin, e.item_name_zh, e.lot, e.expiry.isoformat(),
                 str((e.expiry - doc.printed_on).days), f"{e.quantity} {e.unit}".strip(),
                 e.location, str(word("disposition", e.disposition)) if e.disposition else "—"]
                for e in entries
            ],
            [0.16, 0.22, 0.12, 0.11, 0.09, 0.09, 0.09, 0.12],
        )
    )  # fmt: skip
    story += signatures([("处置人", "Disposed by"), ("监督人", "Witnessed by")])
    return f"近效期处置清单 Near-Expiry Disposal List {doc.site}".strip(), story


def _pick_notice(doc: PickNotice) -> tuple[str, list[Flowable]]:
    mixed = sorted({line.gtin for line in doc.lines if line.mixed})
    story = title("配送单", "Pick Notice")
    story.append(
        fields(
            [
                ("库房 Site", doc.site or "—"),
                ("单号 Reference", doc.reference),
                ("科室 Department", doc.department),
                ("打印日期 Printed on", doc.printed_on.isoformat()),
                ("批次数 Lots", str(len(doc.lines))),
                ("混批品种 Items in mixed lots", str(len(mixed))),
                _zone(doc.zone, doc.printed_on),
            ]
        )
    )
    if mixed:
        story += section(
            "混批",
            "Mixed lots",
            "本单同一品种含多个批号，请逐批核对、分批使用与追溯。"
            "This delivery holds more than one lot of an item: check, use and trace each lot.",
        )
    story.append(Spacer(1, 3 * mm))
    story.append(
        lines_table(
            ["序号 No.", "产品标识 GTIN", "品名 Item", "批号 Lot", "效期 Expiry", "数量 Qty",
             "混批 Mixed"],
            [
                [str(i), line.gtin, line.item_name_zh, line.lot, _iso(line.expiry),
                 f"{line.quantity} {line.unit}".strip(), "混批 Mixed" if line.mixed else ""]
                for i, line in enumerate(doc.lines, start=1)
            ],
            [0.07, 0.18, 0.27, 0.14, 0.12, 0.1, 0.12],
        )
    )  # fmt: skip
    story += signatures([("发货人", "Picked by"), ("科室签收", "Received by department")])
    return f"配送单 Pick Notice {doc.reference}", story


def _priority_list(doc: PriorityList) -> tuple[str, list[Flowable]]:
    story = title("优先处置清单", "Priority Disposal List")
    story.append(
        fields(
            [
                ("库房 Site", doc.site or "—"),
                ("打印日期 Printed on", doc.printed_on.isoformat()),
                ("预警数 Warnings", str(len(doc.entries))),
                ("风险 Risk", "数量 × 单价 ÷ 剩余天数 quantity × unit value ÷ days left"),
                _zone(doc.zone, doc.printed_on),
            ]
        )
    )
    story.append(Spacer(1, 3 * mm))

    def action(e: Any) -> str:
        text = str(word("disposition", e.action))
        return text if e.chosen else f"{text} (建议 suggested)"

    story.append(
        lines_table(
            ["序 No.", "预警 Warning", "品名 / 产品标识 Item / GTIN", "批号 Lot", "效期 Expiry",
             "数量 Qty", "金额 Value", "风险 Risk", "处置 Disposition", "备用方案 Fallback",
             "责任人 Owner"],
            [
                [str(e.rank), f"{word('warning_level', e.level)} {word('warning_kind', e.kind)}",
                 f"{e.item_name_zh} {e.gtin}", e.lot or "—", _iso(e.expiry), str(e.quantity),
                 f"{e.value:.2f}", f"{e.risk:.2f}", action(e),
                 str(word("disposition", e.fallback)) if e.fallback else "—", e.owner or "—"]
                for e in doc.entries
            ],
            [0.04, 0.09, 0.16, 0.07, 0.1, 0.05, 0.08, 0.08, 0.12, 0.11, 0.1],
        )
    )  # fmt: skip
    story += signatures([("审核人", "Reviewed by")])
    return f"优先处置清单 Priority Disposal List {doc.site}".strip(), story


# The close-out table's figures per lot, in column order; the last row totals them.
_LOT_COUNTS = ("affected", "recovered", "returned_to_supplier", "disposed", "used_on_patient",
               "written_off", "unaccounted")  # fmt: skip


def _close_out_report(doc: CloseOutReport) -> tuple[str, list[Flowable]]:
    z = doc.zone
    level = doc.level.words
    drill = " · 召回演练 Drill" if doc.drill else ""
    story = title(
        f"医疗器械召回结案报告 · {level.zh}召回{drill}",
        f"Medical Device Recall Close-out Report · {level.en}",
    )
    closed = f"{stamp(doc.closed_at, z)} {_who(doc.closed_by)}" if doc.closed_at else "—"
    story.append(
        fields(
            [
                ("召回编号 Recall ID", doc.recall_id),
                ("召回级别 Level", str(level)),
                ("库房 Site", doc.site or "—"),
                ("来源 Source", str(word("recall_source", doc.source))),
                ("发出时间 Issued at", stamp(doc.issued_at, z)),
                ("截止日期 Deadline", doc.deadline.isoformat()),
                ("状态 Status", str(word("recall_status", doc.status))),
                ("结案 Closed", closed),
                _zone(z, local_date(doc.issued_at, z)),
            ]
        )
    )
    story += section("召回原因", "Reason", doc.reason)
    total = [sum(getattr(x, f) for x in doc.lots) for f in _LOT_COUNTS]
    story += section("受影响批次", "Affected lots")
    story.append(
        lines_table(
            ["品名 Item", "批号 Lot", "受影响 Affected", "已召回 Recovered", "返厂 Returned",
             "销毁 Disposed", "已用于患者 Used on patients", "报损 Written off",
             "未结 Unaccounted"],
            [[f"{x.item_name_zh}\n{x.gtin}", x.lot, *(str(getattr(x, f)) for f in _LOT_COUNTS)]
             for x in doc.lots]
            + [["合计 Total", "", *(str(n) for n in total)]],
            [0.2, 0.12, 0.096, 0.096, 0.096, 0.096, 0.096, 0.096, 0.104],
        )
    )  # fmt: skip
    story += section("时间节点", "Timings")
    story.append(
        lines_table(
            ["步骤 Step", "时间 Time"],
            [[str(word("recall_step", t.step).fill(place=t.place)), stamp(t.at, z)]
             for t in doc.timings],
            [0.6, 0.4],
        )
    )  # fmt: skip
    story += section("证据", "Evidence", "" if doc.evidence else "—")
    if doc.evidence:
        story.append(
            lines_table(
                ["文件 File", "SHA-256", "批号 Lot", "时间 Time", "经办人 By", "说明 Note"],
                [[e.file_name, f"{e.sha256[:32]} {e.sha256[32:]}", e.lot or "—", stamp(e.at, z),
                  _who(e.by), e.note or "—"] for e in doc.evidence],
                [0.15, 0.3, 0.1, 0.11, 0.14, 0.2],
            )
        )  # fmt: skip
    story += section("审计记录", "Audit trail", "" if doc.trail else "—")
    if doc.trail:
        rows = []
        for e in doc.trail:
            said = sentence(e)
            rows.append([stamp(e.at, z), _who(e.by), f"{said.zh}\n{said.en}\n哈希 Hash {e.hash}"])
        story.append(lines_table(["时间 Time", "经办人 By", "记录 Entry"], rows, [0.14, 0.16, 0.7]))
    story += signatures([("质量负责人", "QA sign-off"), ("库房负责人", "Head of store")])
    return f"召回结案报告 Recall Close-out Report {doc.recall_id}", story


_BUILDERS: dict[type[Any], Callable[[Any], tuple[str, list[Flowable]]]] = {
    RecallNotice: _recall_notice,
    ReturnNote: _return_note,
    QuarantineList: _quarantine_list,
    ExpiryList: _expiry_list,
    CloseOutReport: _close_out_report,
    PriorityList: _priority_list,
    PickNotice: _pick_notice,
}


def document_pdf(doc: Document) -> bytes:
    return story_pdf(*_BUILDERS[type(doc)](doc))


def story_pdf(title_text: str, story: list[Flowable]) -> bytes:
    """An A4 document of the story, its pages numbered under the title: every document's PDF."""
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title_text,
        creator="Lotkeeper",
        invariant=1,
    )
    template.build(story, canvasmaker=_canvas_for(title_text))
    return buffer.getvalue()
