from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from printing import InvalidLabelData, LabelDoesNotFit, LabelSize, render_pdf
from printing.content import LocationLabel, LotLabel
from printing.gs1 import lot_data
from printing.zpl import datamatrix_field

LOT = LotLabel(
    "09501101530003",
    "ABC123",
    date(2027, 12, 31),
    "注射器",
    serial="SN1",
    production_date=date(2025, 1, 15),
)


def test_human_readable_text_follows_gs1_order_and_brackets() -> None:
    assert lot_data(LOT).hri() == [
        "(01) 09501101530003",
        "(11) 250115",
        "(17) 271231",
        "(10) ABC123",
        "(21) SN1",
    ]


def test_short_gtins_are_padded_to_fourteen_digits() -> None:
    assert lot_data(replace(LOT, gtin="9501101530003")).elements[0].value == "09501101530003"


def test_gtin_with_a_wrong_check_digit_is_refused() -> None:
    with pytest.raises(InvalidLabelData, match="check digit"):
        lot_data(replace(LOT, gtin="09501101530004"))


def test_lot_with_a_character_gs1_forbids_is_refused() -> None:
    with pytest.raises(InvalidLabelData, match="GS1 does not allow"):
        lot_data(replace(LOT, lot="批号1"))


def test_zpl_datamatrix_puts_fnc1_first_and_after_variable_length_fields_only() -> None:
    assert datamatrix_field(lot_data(LOT)) == (
        "#1010950110153000311250115172712311" + "0ABC123#121SN1"
    )


def test_location_code_too_long_for_a_small_label_is_refused_not_printed_unscannable() -> None:
    with pytest.raises(LabelDoesNotFit):
        render_pdf(LocationLabel("X" * 40, "far too long"), LabelSize.SMALL)
