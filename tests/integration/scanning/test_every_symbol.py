"""Every symbol a device carries, read from generated frames and parsed field by field:
several symbols of different sizes in one frame, GS1 DataBar in all its variants,
light-on-dark and mirrored direct part marks."""

from __future__ import annotations

from datetime import date
from typing import Any

import cv2
import numpy as np
import pytest
import zxingcpp

from scanning.decoders import Symbol, decode
from scanning.decoders.zxing_backend import FORMATS
from scanning.parse import parse
from tests.integration.scanning.frames import (
    DIGITAL_LINK,
    GS1_128,
    METAL,
    SMALL_GS1_DATAMATRIX,
    Gray,
    dot_peen,
    rotated,
    scene,
    symbol,
    three_symbol_frame,
    three_symbols,
)

Format = zxingcpp.BarcodeFormat
TODAY = date(2025, 1, 1)

BIG_QR = symbol(DIGITAL_LINK, Format.QRCode, scale=8)
QR_FIELDS = {
    "symbology": "]Q1",
    "gtin": "09506000134352",
    "lot": "AB12",
    "expiry": date(2026, 12, 31),
}
LABEL_128 = symbol(GS1_128, Format.Code128, scale=3, gs1=True)
GS1_128_FIELDS = {
    "symbology": "]C1",
    "gtin": "09506000134352",
    "lot": "LOT42",
    "expiry": date(2026, 12, 31),
}
SMALL_DM = symbol(SMALL_GS1_DATAMATRIX, Format.DataMatrix, scale=3, gs1=True)
SMALL_DM_FIELDS = {
    "symbology": "]d2",
    "gtin": "04012345000016",
    "lot": "SMALL1",
    "serial": "S123",
    "expiry": date(2027, 6, 30),
}


def by_format(symbols: list[Symbol]) -> dict[str, Symbol]:
    formats = [found.format for found in symbols]
    assert len(set(formats)) == len(formats), formats
    return {found.format: found for found in symbols}


def fields(found: Symbol, expected: dict[str, Any]) -> dict[str, Any]:
    scan = parse(found.raw, today=TODAY)
    return {name: getattr(scan, name) for name in expected}


def coarse_read(frame: Gray) -> set[str]:
    """What a single read of the frame reduced to 640 px finds: the old fast path."""
    small = cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA)
    return {b.format.name for b in zxingcpp.read_barcodes(small, formats=FORMATS)}


def full_resolution_read(frame: Gray) -> set[tuple[str, str]]:
    """Every symbol one full-resolution read with the same formats finds, either polarity."""
    found = zxingcpp.read_barcodes(
        frame, formats=FORMATS, text_mode=zxingcpp.TextMode.Plain, try_invert=True
    )
    return {(b.format.name, b.text) for b in found}


THREE = three_symbols()
SCENES = {
    "large qr beside small gs1 datamatrix": [
        (rotated(BIG_QR, -15), (400, 360)),
        (rotated(SMALL_DM, 40), (950, 300)),
    ],
    "gs1-128 beside small gs1 datamatrix": [
        (rotated(LABEL_128, 2), (560, 450)),
        (rotated(SMALL_DM, -20), (1050, 180)),
    ],
    "qr, gs1-128 and small gs1 datamatrix": THREE,
}


@pytest.mark.parametrize("seed", range(3))
def test_three_symbols_of_different_sizes_are_all_read_and_parsed(seed: int) -> None:
    frame = three_symbol_frame(seed)
    assert coarse_read(frame) == {"QRCode", "Code128"}  # the small one needs the full size
    found = by_format(decode(frame))
    assert set(found) == {"QRCode", "Code128", "DataMatrix"}
    assert fields(found["QRCode"], QR_FIELDS) == QR_FIELDS
    assert fields(found["Code128"], GS1_128_FIELDS) == GS1_128_FIELDS
    assert fields(found["DataMatrix"], SMALL_DM_FIELDS) == SMALL_DM_FIELDS


def test_small_gs1_datamatrix_beside_a_large_qr_is_not_dropped() -> None:
    found = by_format(decode(scene(SCENES["large qr beside small gs1 datamatrix"])))
    assert set(found) == {"QRCode", "DataMatrix"}
    assert fields(found["DataMatrix"], SMALL_DM_FIELDS) == SMALL_DM_FIELDS


def test_small_gs1_datamatrix_beside_a_gs1_128_is_not_dropped() -> None:
    found = by_format(decode(scene(SCENES["gs1-128 beside small gs1 datamatrix"])))
    assert set(found) == {"Code128", "DataMatrix"}
    assert fields(found["Code128"], GS1_128_FIELDS) == GS1_128_FIELDS
    assert fields(found["DataMatrix"], SMALL_DM_FIELDS) == SMALL_DM_FIELDS


@pytest.mark.parametrize("name", list(SCENES))
@pytest.mark.parametrize("seed", range(2))
def test_fast_path_finds_every_symbol_a_full_resolution_read_finds(name: str, seed: int) -> None:
    frame = scene(SCENES[name], seed=seed)
    ours = {(found.format, found.text) for found in decode(frame)}
    assert full_resolution_read(frame) <= ours


def test_low_contrast_small_datamatrix_beside_a_qr_is_still_found() -> None:
    # Printed at 40 grey levels of contrast: a worn thermal label.
    faint = np.where(SMALL_DM < 128, 195, 235).astype(np.uint8)
    frame = scene([(rotated(BIG_QR, 5), (400, 360)), (rotated(faint, 30, border=235), (980, 260))])
    found = by_format(decode(frame))
    assert fields(found["DataMatrix"], SMALL_DM_FIELDS) == SMALL_DM_FIELDS


def test_two_packs_of_the_same_item_side_by_side_are_two_symbols() -> None:
    frame = scene([(rotated(SMALL_DM, 10), (500, 360)), (rotated(SMALL_DM, -10), (800, 360))])
    found = decode(frame)
    assert [symbol.text for symbol in found] == [found[0].text] * 2
    assert found[0].position != found[1].position


GTIN_ONLY = "(01)09506000134352"
EXPANDED = "(01)09506000134352(17)261231(10)AB12"
DATABARS = {
    # variant: (how it is written, what it reads back as, printed data)
    "omnidirectional": (Format.DataBarOmni, "DataBarOmni", GTIN_ONLY),
    "stacked": (Format.DataBarStk, "DataBarStk", GTIN_ONLY),
    # zxing-cpp reports stacked omnidirectional as stacked.
    "stacked omnidirectional": (Format.DataBarStkOmni, "DataBarStk", GTIN_ONLY),
    "limited": (Format.DataBarLtd, "DataBarLtd", GTIN_ONLY),
    "expanded": (Format.DataBarExp, "DataBarExp", EXPANDED),
    "expanded stacked": (Format.DataBarExpStk, "DataBarExpStk", EXPANDED),
}


@pytest.mark.parametrize("variant", list(DATABARS))
@pytest.mark.parametrize("scale", [2, 3])
def test_gs1_databar_reads_as_e0_and_parses(variant: str, scale: int) -> None:
    fmt, read_as, data = DATABARS[variant]
    frame = scene([(rotated(symbol(data, fmt, scale=scale), 3), (640, 360))], seed=scale)
    (found,) = decode(frame)
    assert (found.format, found.symbology) == (read_as, "]e0")
    scan = parse(found.raw, today=TODAY)
    assert (scan.scheme, scan.gtin) == ("gs1", "09506000134352")
    if data == EXPANDED:
        assert (scan.lot, scan.expiry) == ("AB12", date(2026, 12, 31))


@pytest.mark.parametrize("variant", ["stacked", "limited", "expanded stacked"])
def test_small_databar_beside_a_large_qr_is_read_too(variant: str) -> None:
    fmt, read_as, data = DATABARS[variant]
    frame = scene(
        [(rotated(BIG_QR, 3), (350, 360)), (rotated(symbol(data, fmt, scale=2), -2), (950, 360))]
    )
    found = by_format(decode(frame))
    assert set(found) == {"QRCode", read_as}
    assert parse(found[read_as].raw, today=TODAY).gtin == "09506000134352"


DPM = "(01)09506000134352(17)261231(10)AB12(21)SN9"
DPM_FIELDS = {
    "symbology": "]d2",
    "gtin": "09506000134352",
    "lot": "AB12",
    "serial": "SN9",
    "expiry": date(2026, 12, 31),
}
# Short enough that zxing-cpp picks a rectangular symbol (12x26) when allowed to.
RECT = "(01)09506000134352(10)AB12"


def on_metal(mark: Gray, angle: float) -> Gray:
    return scene([(rotated(mark, angle, border=METAL), (640, 360))], background=METAL, noise=5)


@pytest.mark.parametrize("angle", [0, 30, 135])
@pytest.mark.parametrize("mirrored", [False, True])
def test_light_on_dark_dot_peen_datamatrix_reads_and_parses(angle: int, mirrored: bool) -> None:
    (found,) = decode(on_metal(dot_peen(DPM, gs1=True, mirrored=mirrored), angle))
    assert found.format == "DataMatrix"
    assert fields(found, DPM_FIELDS) == DPM_FIELDS


def test_fine_dot_peen_datamatrix_needs_the_full_resolution_inverted_read() -> None:
    (found,) = decode(on_metal(dot_peen(DPM, gs1=True, module=4), 20))
    assert fields(found, DPM_FIELDS) == DPM_FIELDS


@pytest.mark.parametrize("mirrored", [False, True])
def test_light_on_dark_dot_peen_qr_reads(mirrored: bool) -> None:
    (found,) = decode(
        on_metal(dot_peen(DIGITAL_LINK, Format.QRCode, module=5, mirrored=mirrored), 0)
    )
    assert (found.text, found.symbology) == (DIGITAL_LINK, "]Q1")


@pytest.mark.parametrize("light_on_dark", [False, True])
def test_mirrored_rectangular_datamatrix_that_zxing_alone_misses_is_read(
    light_on_dark: bool,
) -> None:
    printed = symbol(RECT, Format.DataMatrix, scale=4, gs1=True, forceSquare=False)
    assert printed.shape[1] > 1.5 * printed.shape[0]  # rectangular
    mark = np.ascontiguousarray(printed[:, ::-1])
    if light_on_dark:
        mark = 255 - mark
    frame = scene([(mark, (640, 360))], background=40 if light_on_dark else 235)
    assert zxingcpp.read_barcodes(frame) == []  # its defaults, inversion included
    (found,) = decode(frame)
    scan = parse(found.raw, today=TODAY)
    assert (found.symbology, scan.gtin, scan.lot) == ("]d2", "09506000134352", "AB12")


def test_mirrored_symbol_position_is_where_it_lies_in_the_frame() -> None:
    printed = symbol(RECT, Format.DataMatrix, scale=4, gs1=True, forceSquare=False)
    h, w = printed.shape
    frame = scene([(np.ascontiguousarray(printed[:, ::-1]), (300, 500))])
    (found,) = decode(frame)
    xs = [x for x, _ in found.position]
    ys = [y for _, y in found.position]
    assert 300 - w // 2 <= min(xs) < max(xs) <= 300 + w // 2
    assert 500 - h // 2 <= min(ys) < max(ys) <= 500 + h // 2
    top_left, top_right, _, bottom_left = found.position
    # Clockwise as for any symbol: top-right is right of top-left, bottom-left below it.
    assert top_right[0] > top_left[0] and bottom_left[1] > top_left[1]


def test_linear_symbols_standing_upright_are_read_too() -> None:
    # The coarse read scans linear codes level only; upright ones are found in their box.
    # (At 270 degrees zxing-cpp misses this DataBar Expanded even reading the whole frame.)
    angle = 90
    gs1_128 = symbol("(01)09506000134352(10)LOT42", Format.Code128, scale=2, gs1=True)
    databar = symbol(EXPANDED, Format.DataBarExp, scale=2)
    frame = scene([(rotated(gs1_128, angle), (350, 360)), (rotated(databar, angle), (900, 360))])
    found = by_format(decode(frame))
    assert set(found) == {"Code128", "DataBarExp"}
    assert parse(found["Code128"].raw, today=TODAY).lot == "LOT42"
    assert parse(found["DataBarExp"].raw, today=TODAY).lot == "AB12"


@pytest.mark.parametrize("variant", ["omnidirectional", "expanded"])
def test_zbar_reads_databar_as_e0_too(variant: str) -> None:
    # zbar has neither DataBar Limited nor Expanded Stacked; zxing-cpp has all six.
    fmt, _, data = DATABARS[variant]
    (found,) = decode(scene([(symbol(data, fmt, scale=3), (640, 360))]), backend="zbar")
    assert found.symbology == "]e0"
    assert parse(found.raw, today=TODAY).gtin == "09506000134352"
