"""Document table cells break into lines that fit their column, and lose nothing."""

from __future__ import annotations

import re

import pytest

from printing.document_tables import break_lines
from printing.fonts import text_width

SIZE = 8


@pytest.mark.parametrize(
    "text",
    [
        "2027-03-01 17:40",
        "一次性使用无菌中心静脉导管套件（三腔，含导丝、扩张器、穿刺针及固定夹）7Fr×20cm",
        "aebe847d5ffe80613cca1a047f2e13d0cfa18eb5612954b5f8afbfb28714afa9",
        "欧阳 Maximilian-Alexander 王（质量与设备管理部）(supervisor.long)",
        "line one\nline two, which is a good deal longer than the column it sits in",
    ],
)
def test_every_line_fits_its_column_and_no_character_is_lost(text: str) -> None:
    width = 50.0
    lines = break_lines(text, width, SIZE)
    assert all(text_width(line, SIZE) <= width for line in lines), lines
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)


def test_a_cell_breaks_at_spaces_before_it_breaks_a_word() -> None:
    assert break_lines("Return to supplier", text_width("Return to", SIZE) + 1, SIZE) == [
        "Return to",
        "supplier",
    ]


def test_text_that_fits_stays_on_one_line() -> None:
    assert break_lines("QUAR-01", 100, SIZE) == ["QUAR-01"]
