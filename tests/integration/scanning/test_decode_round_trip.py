"""Symbols written by an encoder, degraded like a webcam frame, read back."""

from __future__ import annotations

from datetime import date

import pytest
import zxingcpp

from scanning.decoders import Symbol, available_backends, decode
from scanning.parse import parse
from tests.integration.scanning.frames import (
    DIGITAL_LINK,
    GS1_128_RAW,
    GS1_DATAMATRIX_RAW,
    HIBC,
    gs1_128_frame,
    gs1_datamatrix_frame,
    in_frame,
    symbol,
)

Format = zxingcpp.BarcodeFormat
BOTH = ["zxing", "zbar"]


def only(symbols: list[Symbol]) -> Symbol:
    assert len(symbols) == 1, symbols
    return symbols[0]


def test_zxing_and_zbar_both_load_on_the_reference_machine() -> None:
    assert available_backends() == BOTH


@pytest.mark.parametrize("seed", range(4))
def test_gs1_datamatrix_in_a_720p_frame_reads_back_with_gs_and_d2(seed: int) -> None:
    found = only(decode(gs1_datamatrix_frame(seed)))
    assert found.text == GS1_DATAMATRIX_RAW
    assert found.symbology == "]d2"
    assert found.format == "DataMatrix"


@pytest.mark.parametrize("angle", [0, 45, 90, 135, 180, 225, 270, 315])
def test_datamatrix_reads_at_any_rotation(angle: int) -> None:
    printed = symbol("(01)09506000134352(10)AB12", Format.DataMatrix, scale=4, gs1=True)
    found = only(decode(in_frame(printed, angle=angle, blur=0.8, noise=5)))
    assert found.text == "010950600013435210AB12"


def test_small_datamatrix_is_still_found_at_full_resolution() -> None:
    # 3 px modules vanish in the 640 px coarse pass; the full-size pass must run.
    printed = symbol("(01)09506000134352(10)AB12", Format.DataMatrix, scale=3, gs1=True)
    found = only(decode(in_frame(printed, angle=20, blur=0.6, noise=4)))
    assert found.symbology == "]d2"


def test_zbar_reads_no_datamatrix() -> None:
    assert decode(gs1_datamatrix_frame(), backend="zbar") == []


@pytest.mark.parametrize("backend", BOTH)
def test_gs1_128_reads_back_as_c1_with_every_backend(backend: str) -> None:
    found = only(decode(gs1_128_frame(), backend=backend))
    assert found.text == GS1_128_RAW
    assert found.symbology == "]C1"
    assert found.format == "Code128"


@pytest.mark.parametrize("backend", BOTH)
def test_gs1_128_keeps_gs_after_a_variable_length_field(backend: str) -> None:
    printed = symbol("(01)09506000134352(10)LOT42(17)261231", Format.Code128, scale=3, gs1=True)
    found = only(decode(in_frame(printed, blur=0.8, noise=3), backend=backend))
    assert found.text == "010950600013435210LOT42\x1d17261231"


@pytest.mark.parametrize("backend", BOTH)
def test_plain_code128_is_c0_not_gs1(backend: str) -> None:
    printed = symbol(HIBC, Format.Code128, scale=2)
    found = only(decode(in_frame(printed, angle=3, blur=0.8, noise=3), backend=backend))
    assert (found.text, found.symbology) == (HIBC, "]C0")


@pytest.mark.parametrize("backend", BOTH)
def test_hibc_code39_keeps_its_leading_plus(backend: str) -> None:
    # Full-ASCII Code 39 would turn "+A" into "a"; HIBC must come back verbatim.
    printed = symbol(HIBC, Format.Code39, scale=2)
    found = only(decode(in_frame(printed, angle=2, blur=0.8, noise=3), backend=backend))
    assert found.text == HIBC
    assert found.format == "Code39"
    assert found.symbology in {"]A0", "]A1"}


def test_hibc_datamatrix_reads_back_as_d1() -> None:
    printed = symbol(HIBC, Format.DataMatrix, scale=5)
    found = only(decode(in_frame(printed, angle=60, tilt=0.1, blur=1.0, noise=5)))
    assert (found.text, found.symbology) == (HIBC, "]d1")


@pytest.mark.parametrize("backend", BOTH)
def test_digital_link_qr_reads_back_as_q1(backend: str) -> None:
    printed = symbol(DIGITAL_LINK, Format.QRCode, scale=4)
    found = only(decode(in_frame(printed, angle=30, tilt=0.1, blur=0.6, noise=3), backend=backend))
    assert (found.text, found.symbology) == (DIGITAL_LINK, "]Q1")


@pytest.mark.parametrize("backend", BOTH)
def test_gs1_qr_with_fnc1_first_is_q3(backend: str) -> None:
    printed = symbol("(01)09506000134352(10)AB12", Format.QRCode, scale=4, gs1=True)
    found = only(decode(in_frame(printed, angle=10, blur=0.8, noise=3), backend=backend))
    assert (found.text, found.symbology) == ("010950600013435210AB12", "]Q3")


@pytest.mark.parametrize("backend", BOTH)
def test_ean13_is_e0(backend: str) -> None:
    printed = symbol("9506000134352", Format.EAN13, scale=3)
    found = only(decode(in_frame(printed, blur=0.8, noise=3), backend=backend))
    assert (found.text, found.symbology) == ("9506000134352", "]E0")


@pytest.mark.parametrize("backend", BOTH)
def test_position_is_the_symbols_corners_in_frame_pixels(backend: str) -> None:
    printed = symbol(DIGITAL_LINK, Format.QRCode, scale=4)
    h, w = printed.shape
    found = only(decode(in_frame(printed, centre=(300, 200)), backend=backend))
    xs = [x for x, _ in found.position]
    ys = [y for _, y in found.position]
    assert 300 - w // 2 <= min(xs) < max(xs) <= 300 + w // 2
    assert 200 - h // 2 <= min(ys) < max(ys) <= 200 + h // 2
    top_left, top_right, bottom_right, bottom_left = found.position
    assert top_left[0] < top_right[0] and top_left[1] < bottom_left[1]
    assert bottom_right[0] > bottom_left[0]


TODAY = date(2025, 1, 1)
GS1_FIELDS = {"gtin": "09506000134352", "expiry": date(2026, 12, 31)}


LABELS = {
    "gs1 datamatrix": (
        lambda: gs1_datamatrix_frame(),
        ["zxing"],
        {**GS1_FIELDS, "scheme": "gs1", "lot": "AB12", "serial": "SN9", "symbology": "]d2"},
    ),
    "gs1-128": (
        lambda: gs1_128_frame(),
        BOTH,
        {**GS1_FIELDS, "scheme": "gs1", "lot": "LOT42", "symbology": "]C1"},
    ),
    "hibc code 128": (
        lambda: in_frame(symbol(HIBC, Format.Code128, scale=2), angle=3, blur=0.8, noise=3),
        BOTH,
        {"scheme": "hibc", "di": "A123BJC5D6E71", "lot": "LOT42", "expiry": date(2026, 12, 31)},
    ),
    "hibc code 39": (
        lambda: in_frame(symbol(HIBC, Format.Code39, scale=2), angle=-2, blur=0.8, noise=3),
        BOTH,
        {"scheme": "hibc", "di": "A123BJC5D6E71", "lot": "LOT42", "expiry": date(2026, 12, 31)},
    ),
    "hibc datamatrix": (
        lambda: in_frame(symbol(HIBC, Format.DataMatrix, scale=5), angle=200, tilt=0.1, blur=1.0),
        ["zxing"],
        {"scheme": "hibc", "di": "A123BJC5D6E71", "lot": "LOT42", "symbology": "]d1"},
    ),
    "gs1 digital link qr": (
        lambda: in_frame(
            symbol(DIGITAL_LINK, Format.QRCode, scale=4), angle=-25, blur=0.6, noise=3
        ),
        BOTH,
        {**GS1_FIELDS, "scheme": "gs1", "lot": "AB12", "symbology": "]Q1"},
    ),
}


@pytest.mark.parametrize(
    ("label", "backend"),
    [(label, backend) for label, (_, backends, _) in LABELS.items() for backend in backends],
)
def test_decoded_label_parses_to_the_udi_that_was_printed(label: str, backend: str) -> None:
    make_frame, _, expected = LABELS[label]
    scan = parse(only(decode(make_frame(), backend=backend)).raw, today=TODAY)
    assert {field: getattr(scan, field) for field in expected} == expected
