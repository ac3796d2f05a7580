from __future__ import annotations

import re
from pathlib import Path

import pytest

from printing import render_pdf
from printing.content import Document
from tests.integration.printing.reading import pdffonts, pdftotext
from tests.integration.printing.samples import (
    EXPIRY_LIST,
    QUARANTINE_LIST,
    RETURN_NOTE,
    recall_notice,
)

DOCUMENTS: dict[str, tuple[Document, list[str]]] = {
    "recall_notice": (
        recall_notice(3),
        [
            "医疗器械召回通知",
            "Recall Notice",
            "二级",
            "Class II",
            "心内科",
            "L000002",
            "接收人",
            "Received by",
            "2026-03-15",
        ],
    ),
    "return_note": (
        RETURN_NOTE,
        ["返厂单", "Return to Supplier", "上海某某医疗器械有限公司", "L2024_0815", "近效期退货"],
    ),
    "quarantine_list": (QUARANTINE_LIST, ["隔离清单", "Quarantine List", "外包装破损", "张伟"]),
    "expiry_list": (EXPIRY_LIST, ["近效期处置清单", "Near-Expiry", "剩余天数", "30"]),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_document_text_is_bilingual_and_searchable_in_an_embedded_font(
    name: str, tmp_path: Path
) -> None:
    document, words = DOCUMENTS[name]
    pdf = render_pdf(document)
    text = pdftotext(pdf, tmp_path)
    for word in words:
        assert word in text, word
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts


def test_long_recall_notice_repeats_the_table_header_and_numbers_every_page(
    tmp_path: Path,
) -> None:
    pdf = render_pdf(recall_notice(400))
    text = pdftotext(pdf, tmp_path)
    pages = text.split("\f")[:-1]
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "批号" in page and "Lot" in page, f"no table header on page {number}"
        assert f"第 {number} 页 / 共 {len(pages)} 页" in page
    assert "L000399" in pages[-1]
    lots = re.findall(r"L\d{6}", text)
    assert len(set(lots)) == 400
