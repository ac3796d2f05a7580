"""zxing-cpp backend: the default, and the only one that reads DataMatrix.

Measured on a 2-core machine with a 1280x720 frame holding one GS1 DataMatrix
(tests/bench/test_bench_decode.py): zxing-cpp's defaults take ~70 ms. What
the tuning buys, and why each choice is safe for labels on medical packs:

- formats: only the symbologies UDI labels use. Code 39 is asked for in its
  standard form because full-ASCII decoding turns HIBC's leading "+A" into
  "a"; HIBC never needs the extended set.
- text_mode Plain: the default (HRI) gives "(01)..." with brackets and drops
  the GS separators the parser needs.
- try_invert off: printed labels are dark on light.
- try_rotate stays on: without it the DataMatrix detector misses most
  symbols turned 45-135 degrees, and a pack under a webcam can lie any way.
- coarse pass: a first read on a frame scaled down to `coarse_width` pixels
  costs ~2 ms and finds any symbol whose modules are >= ~4 px at full size
  (a pack held at a normal distance). Only when it finds nothing does the
  full-resolution read run, so small or distant symbols are still found,
  at the full price (~25 ms).
"""

from __future__ import annotations

import cv2
import numpy as np
import zxingcpp

from scanning.decoders.base import GrayImage, ImageReader, Quad, Symbol

FORMATS = zxingcpp.BarcodeFormats(
    [
        zxingcpp.BarcodeFormat.DataMatrix,
        zxingcpp.BarcodeFormat.QRCode,
        zxingcpp.BarcodeFormat.Code128,
        zxingcpp.BarcodeFormat.Code39Std,
        zxingcpp.BarcodeFormat.EANUPC,
    ]
)


class ZxingReader(ImageReader):
    name = "zxing"

    def __init__(self, coarse_width: int | None = 640) -> None:
        """`coarse_width=None` skips the scaled-down first pass."""
        self._coarse_width = coarse_width

    def read(self, image: GrayImage) -> list[Symbol]:
        width = image.shape[1]
        if self._coarse_width is not None and width > self._coarse_width:
            scale = width / self._coarse_width
            height = round(image.shape[0] / scale)
            small = np.asarray(
                cv2.resize(image, (self._coarse_width, height), interpolation=cv2.INTER_AREA),
                dtype=np.uint8,
            )
            found = _read(small, scale)
            if found:
                return found
        return _read(image, 1.0)


def _read(image: GrayImage, scale: float) -> list[Symbol]:
    barcodes = zxingcpp.read_barcodes(
        image,
        formats=FORMATS,
        text_mode=zxingcpp.TextMode.Plain,
        try_invert=False,
    )
    return [
        Symbol(
            text=barcode.text,
            symbology=barcode.symbology_identifier or None,
            format=barcode.format.name,
            position=_quad(barcode.position, scale),
            backend=ZxingReader.name,
        )
        for barcode in barcodes
    ]


def _quad(position: zxingcpp.Position, scale: float) -> Quad:
    def point(p: zxingcpp.Point) -> tuple[int, int]:
        return round(p.x * scale), round(p.y * scale)

    return (
        point(position.top_left),
        point(position.top_right),
        point(position.bottom_right),
        point(position.bottom_left),
    )
