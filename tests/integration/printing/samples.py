"""Labels and documents shared by the printing tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from printing.content import (
    ExpiryEntry,
    ExpiryList,
    Label,
    LocationLabel,
    LotLabel,
    Person,
    QuarantineEntry,
    QuarantineLabel,
    QuarantineList,
    RecallLabel,
    RecallLevel,
    RecallNotice,
    RecallNoticeLine,
    ReturnLine,
    ReturnNote,
)

SERIALISED_LOT = LotLabel(
    gtin="09501101530003",
    lot="ABC123",
    expiry=date(2027, 12, 31),
    item_name_zh="一次性使用无菌注射器 带针",
    item_name="Sterile syringe 5 ml",
    production_date=date(2025, 1, 15),
    serial="SN0001",
    quantity=100,
    unit="支",
)
PLAIN_LOT = LotLabel(
    gtin="09501101530003",
    lot="L2024_0815",
    expiry=date(2028, 6, 30),
    item_name_zh="医用外科口罩",
    item_name="Surgical mask",
    quantity=50,
    unit="盒",
)
LOCATION = LocationLabel(code="A-01-03", name="主库 货架A 第1排 第3层")
QUARANTINE = QuarantineLabel(PLAIN_LOT, "外包装破损", date(2026, 3, 2), "张伟")
RECALL = RecallLabel(SERIALISED_LOT, "RC-2026-0007", RecallLevel.LEVEL_1)

LOT_LABELS: dict[str, LotLabel] = {"serialised_lot": SERIALISED_LOT, "plain_lot": PLAIN_LOT}
HELD_LABELS: dict[str, QuarantineLabel | RecallLabel] = {"quarantine": QUARANTINE, "recall": RECALL}
ALL_LABELS: dict[str, Label] = {**LOT_LABELS, **HELD_LABELS, "location": LOCATION}


# Stored instants are UTC; the documents print them in the site's zone.
SHANGHAI = ZoneInfo("Asia/Shanghai")
ISSUED = datetime(2026, 3, 1, 1, 27, tzinfo=UTC)  # 09:27 in Shanghai


def recall_notice(lines: int) -> RecallNotice:
    return RecallNotice(
        recall_id="RC-2026-0007",
        level=RecallLevel.LEVEL_2,
        reason="供应商通报：部分批次针头与针筒连接处可能松动。",
        supplier="上海某某医疗器械有限公司",
        recipient="心内科 Cardiology",
        issued_at=ISSUED,
        deadline=date(2026, 3, 15),
        instructions="立即停止使用下列批次，清点库存并隔离，截止日期前退回中心库房。",
        issued_by=Person("lina", "李娜"),
        lines=[
            RecallNoticeLine(
                "09501101530003",
                "一次性使用无菌注射器",
                f"L{i:06d}",
                date(2027, 1, 1) + timedelta(days=i % 300),
                10 + i % 7,
                "支",
                datetime(2026, 1, 1, 20, tzinfo=UTC) + timedelta(days=i % 50),
            )
            for i in range(lines)
        ],
        zone=SHANGHAI,
    )


RETURN_NOTE = ReturnNote(
    "RT-2026-0012",
    "上海某某医疗器械有限公司",
    "近效期退货",
    date(2026, 3, 2),
    Person("wangq", "王强"),
    [ReturnLine("09501101530003", "医用外科口罩", "L2024_0815", date(2026, 4, 30), 20, "盒")],
    SHANGHAI,
)
QUARANTINE_LIST = QuarantineList(
    "中心库房",
    date(2026, 3, 2),
    [
        QuarantineEntry(
            "09501101530003",
            "医用外科口罩",
            "L2024_0815",
            date(2028, 6, 30),
            50,
            "盒",
            "A-01-03",
            "quarantine",
            "外包装破损",
            datetime(2026, 3, 1, 23, 30, tzinfo=UTC),
            Person("zhangw", "张伟"),
        )
    ],
    SHANGHAI,
)
EXPIRY_LIST = ExpiryList(
    "中心库房",
    date(2026, 3, 2),
    date(2026, 6, 30),
    [ExpiryEntry("09501101530003", "医用外科口罩", "L7", date(2026, 4, 1), 10, "盒", "B-02-01")],
    SHANGHAI,
)
