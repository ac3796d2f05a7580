from __future__ import annotations

from pathlib import Path

import pytest

from printing import LabelSize, render_label_sheet, render_pdf
from printing.content import Label, LotLabel
from scanning.scan import Scan
from tests.integration.printing.reading import pdf_pages_to_png, pdffonts, pdftotext, scans
from tests.integration.printing.samples import (
    ALL_LABELS,
    HELD_LABELS,
    LOCATION,
    LOT_LABELS,
    SERIALISED_LOT,
)


def _assert_is_the_lot(scan: Scan, lot: LotLabel) -> None:
    assert (scan.gtin, scan.lot, scan.expiry, scan.serial) == (
        lot.gtin,
        lot.lot,
        lot.expiry,
        lot.serial,
    )


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("name", list(LOT_LABELS))
def test_lot_label_datamatrix_decodes_back_to_the_lot(
    name: str, size: LabelSize, tmp_path: Path
) -> None:
    lot = LOT_LABELS[name]
    [page] = pdf_pages_to_png(render_pdf(lot, size), tmp_path)
    found = scans(page)
    _assert_is_the_lot(found["]d2"], lot)
    assert found["]d2"].production_date == lot.production_date


@pytest.mark.parametrize("name", list(LOT_LABELS))
def test_large_lot_label_carries_a_gs1_128_that_decodes_to_the_lot(
    name: str, tmp_path: Path
) -> None:
    lot = LOT_LABELS[name]
    [page] = pdf_pages_to_png(render_pdf(lot, LabelSize.LARGE), tmp_path)
    linear = scans(page)["]C1"]
    assert (linear.gtin, linear.lot, linear.expiry) == (lot.gtin, lot.lot, lot.expiry)


def test_small_lot_label_leaves_off_the_gs1_128_it_could_not_print_scannably(
    tmp_path: Path,
) -> None:
    [page] = pdf_pages_to_png(render_pdf(SERIALISED_LOT, LabelSize.SMALL), tmp_path)
    assert set(scans(page)) == {"]d2"}


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("name", list(HELD_LABELS))
def test_quarantine_and_recall_labels_carry_the_lots_datamatrix(
    name: str, size: LabelSize, tmp_path: Path
) -> None:
    label = HELD_LABELS[name]
    [page] = pdf_pages_to_png(render_pdf(label, size), tmp_path)
    _assert_is_the_lot(scans(page)["]d2"], label.lot)


@pytest.mark.parametrize("size", list(LabelSize))
def test_location_label_code128_decodes_to_the_location_code(
    size: LabelSize, tmp_path: Path
) -> None:
    import zxingcpp

    from tests.integration.printing.reading import decode

    [page] = pdf_pages_to_png(render_pdf(LOCATION, size), tmp_path)
    [symbol] = decode(page)
    assert symbol.format == zxingcpp.BarcodeFormat.Code128
    assert symbol.text == LOCATION.code


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "serialised_lot",
            [
                "一次性使用无菌注射器",
                "(01) 09501101530003",
                "(17) 271231",
                "(10) ABC123",
                "(21) SN0001",
            ],
        ),
        ("quarantine", ["隔离", "QUARANTINE", "外包装破损", "张伟", "2026-03-02"]),
        ("recall", ["召回", "禁止使用", "RECALLED", "DO NOT USE", "一级"]),
        ("location", ["A-01-03", "货架A"]),
    ],
)
def test_label_text_is_searchable_in_an_embedded_font(
    name: str, words: list[str], tmp_path: Path
) -> None:
    pdf = render_pdf(ALL_LABELS[name], LabelSize.LARGE)
    text = pdftotext(pdf, tmp_path)
    for word in words:
        assert word in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts, "the label has text, so it must list a font"
    assert all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column


def test_a4_sheet_of_labels_decodes_every_label(tmp_path: Path) -> None:
    labels: list[Label] = [SERIALISED_LOT, *HELD_LABELS.values(), LOCATION]
    pages = pdf_pages_to_png(render_label_sheet(labels * 3, LabelSize.LARGE), tmp_path)
    assert len(pages) == 2  # 2 x 5 labels to an A4 page
    import zxingcpp

    from tests.integration.printing.reading import decode

    found = [b for page in pages for b in decode(page)]
    assert sum(b.symbology_identifier == "]d2" for b in found) == 9
    assert (
        sum(b.format == zxingcpp.BarcodeFormat.Code128 and b.text == LOCATION.code for b in found)
        == 3
    )
