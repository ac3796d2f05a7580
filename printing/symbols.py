"""Barcode symbols as module geometry, encoded by zxing-cpp.

reportlab's ECC200 widget cannot start a DataMatrix with FNC1, so zxing-cpp
encodes every symbol and we draw the modules ourselves: as vector rectangles
in PDF, and as a check of the symbol size in ZPL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import zxingcpp

from printing.errors import InvalidLabelData
from printing.gs1 import Gs1Data

# (start, length) of a dark run along a row, in modules.
Run = tuple[int, int]


@dataclass(frozen=True, slots=True)
class MatrixSymbol:
    """A 2-D symbol: `rows[y]` lists the dark runs of row y (top row first)."""

    size: int
    rows: tuple[tuple[Run, ...], ...]


@dataclass(frozen=True, slots=True)
class LinearSymbol:
    """A 1-D symbol: dark bars as runs, `modules` wide without quiet zones."""

    modules: int
    bars: tuple[Run, ...]


def _runs(pixels: bytes) -> tuple[Run, ...]:
    runs: list[Run] = []
    start = -1
    for x, value in enumerate(pixels):
        dark = value < 128
        if dark and start < 0:
            start = x
        elif not dark and start >= 0:
            runs.append((start, x - start))
            start = -1
    if start >= 0:
        runs.append((start, len(pixels) - start))
    return tuple(runs)


def _pixels(image: zxingcpp.Image) -> bytes:
    # zxingcpp.Image implements the buffer protocol; its stub does not say so.
    return memoryview(image).tobytes()  # type: ignore[arg-type]


def _create(content: str, fmt: zxingcpp.BarcodeFormat, gs1: bool) -> zxingcpp.Barcode:
    try:
        # force_square: left alone, the writer picks a rectangular DMRE size
        # that many scanners (and zxing itself, as `]d8`) do not read as GS1.
        return zxingcpp.create_barcode(content, fmt, gs1=gs1, force_square=True)
    except ValueError as exc:
        raise InvalidLabelData(f"cannot encode {content!r}: {exc}") from exc


@lru_cache(maxsize=256)
def _datamatrix(bracketed: str) -> MatrixSymbol:
    image = _create(bracketed, zxingcpp.BarcodeFormat.DataMatrix, gs1=True).to_image(
        scale=1, add_quiet_zones=False
    )
    height, width = image.shape[0], image.shape[1]
    if height != width:
        raise InvalidLabelData(f"DataMatrix came out {width}x{height}, not square")
    pixels = _pixels(image)
    rows = tuple(_runs(pixels[y * width : (y + 1) * width]) for y in range(height))
    return MatrixSymbol(size=width, rows=rows)


def gs1_datamatrix(data: Gs1Data) -> MatrixSymbol:
    """GS1 DataMatrix (FNC1 first, read back as `]d2`)."""
    return _datamatrix(data.bracketed())


@lru_cache(maxsize=256)
def _code128(content: str, gs1: bool) -> LinearSymbol:
    image = _create(content, zxingcpp.BarcodeFormat.Code128, gs1=gs1).to_image(
        scale=1, add_quiet_zones=False
    )
    width = image.shape[1]
    first_row = _pixels(image)[:width]
    return LinearSymbol(modules=width, bars=_runs(first_row))


def gs1_128(data: Gs1Data) -> LinearSymbol:
    """GS1-128 (Code 128 with FNC1 first, read back as `]C1`)."""
    return _code128(data.bracketed(), gs1=True)


def code128(text: str) -> LinearSymbol:
    """Plain Code 128, e.g. a location code."""
    if not text.isascii() or not text.isprintable():
        raise InvalidLabelData(f"{text!r} is not printable ASCII; Code 128 cannot carry it")
    return _code128(text, gs1=False)
