"""`python main.py decode IMAGE ...` on real image files."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from main import main
from tests.integration.scanning.frames import (
    GS1_128_RAW,
    Gray,
    gs1_128_frame,
    gs1_datamatrix_frame,
    in_frame,
    symbol,
)


def image(tmp_path: Path, name: str, pixels: Gray) -> str:
    path = tmp_path / name
    cv2.imwrite(str(path), pixels)
    return str(path)


def test_each_symbol_is_a_json_line_with_the_parsed_scan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = image(tmp_path, "pack.png", gs1_datamatrix_frame())
    assert main(["decode", file, "--today", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert "\\u001d" in out  # GS survives as a JSON escape
    (line,) = [json.loads(text) for text in out.splitlines()]
    assert line["file"] == file
    assert (line["format"], line["symbology"]) == ("DataMatrix", "]d2")
    assert line["text"] == "01095060001343521726123110AB12\x1d21SN9"
    assert len(line["position"]) == 4
    scan = line["scan"]
    assert scan["ok"] and (scan["gtin"], scan["lot"], scan["expiry"], scan["serial"]) == (
        "09506000134352",
        "AB12",
        "2026-12-31",
        "SN9",
    )


def test_zbar_backend_can_be_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = image(tmp_path, "carton.png", gs1_128_frame())
    assert main(["decode", "--backend", "zbar", file]) == 0
    line = json.loads(capsys.readouterr().out)
    assert (line["symbology"], line["text"]) == ("]C1", GS1_128_RAW)


def test_a_symbol_that_is_not_a_udi_is_reported_in_scan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = symbol("hello", zxingcpp.BarcodeFormat.QRCode, scale=4)
    assert main(["decode", image(tmp_path, "qr.png", in_frame(printed))]) == 0
    scan = json.loads(capsys.readouterr().out)["scan"]
    assert scan["ok"] is False and scan["error_code"]


def test_an_image_without_a_symbol_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = image(tmp_path, "blank.png", np.full((120, 160), 235, np.uint8))
    assert main(["decode", blank]) == 1
    assert "no barcode found" in capsys.readouterr().err


@pytest.mark.parametrize("content", [None, b"", b"GIF89a-broken"])
def test_missing_or_corrupt_image_exits_2_and_the_rest_still_decode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    bad = tmp_path / "bad.png"
    if content is not None:
        bad.write_bytes(content)
    good = image(tmp_path, "good.png", gs1_datamatrix_frame())
    assert main(["decode", str(bad), good]) == 2
    captured = capsys.readouterr()
    assert str(bad) in captured.err and "Traceback" not in captured.err
    assert json.loads(captured.out)["file"] == good
