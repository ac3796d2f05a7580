"""zxing-cpp backend: the default, and the only one that reads DataMatrix and DataBar.

Measured on a 2-core machine with 1280x720 frames (tests/bench/test_bench_decode.py):
zxing-cpp's defaults take ~95 ms on a frame holding one GS1 DataMatrix and
~70 ms on one holding a QR, a GS1-128 and a small GS1 DataMatrix; one
full-resolution read with the formats below ~35 ms (~60 ms with inversion).
This reader takes ~2 ms and ~6 ms. What the tuning buys, and why each
choice is safe for medical-device labels:

- formats: only the symbologies UDI labels use, GS1 DataBar in every variant
  (GS1 Healthcare allows it on small items; it adds ~0.15 ms to the coarse
  read). Code 39 is asked for in its standard form because full-ASCII
  decoding turns HIBC's leading "+A" into "a"; HIBC never needs the
  extended set.
- text_mode Plain: the default (HRI) gives "(01)..." with brackets and drops
  the GS separators the parser needs.
- try_rotate on for matrix codes: without it the DataMatrix detector misses
  most symbols turned 45-135 degrees, and a pack under a webcam can lie any
  way. Mirrored QR and square DataMatrix symbols (a mark read through its
  substrate) zxing-cpp reads by itself.
- coarse pass: a first read of the frame scaled down to `coarse_width`
  pixels finds every symbol whose modules are >= ~4 px at full size (a pack
  held at a normal distance), however many there are. Linear codes are read
  there level only (try_rotate off: 0.4 instead of 1.1 ms; a row scan reads
  them only near level anyway, a GS1-128 of 693x150 px up to 12 degrees
  even at full size, and try_rotate adds just the upright case, which the
  boxes below catch).
- then the texture no symbol explains (`scanning.decoders.regions`, ~0.4 ms):
  boxes of barcode-like edges left after the coarse finds are read at full
  resolution, and only those. A clean frame whose symbols the coarse pass
  all found has none and costs the coarse pass alone; a small GS1
  DataMatrix beside a large QR costs one crop (~0.6 ms); a frame more than
  half texture is read whole, like the full-resolution fallback before.
- light on dark and mirrored: a box whose dark-on-light read finds nothing
  is read inverted (laser-etched or dot-peen direct part marks), first on
  the coarse frame, then at full size, and then flipped, for DataMatrix
  only: zxing-cpp does not read rectangular ones mirrored (e.g. 12x26 or
  8xN). try_invert stays off everywhere else: over a whole frame it doubles
  the price to read what only a box that already failed can hold.

On zxing-cpp's own sample photos (tests/integration/scanning/
test_zxing_samples.py) this reads what plain zxing-cpp reads (461 of 480 as
photographed), and more when they are mirrored (461 against 433).
zxing-cpp 3.1's Python binding reports neither mirroring nor inversion, and
reads no light-on-dark DataBar.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from scanning.decoders.base import GrayImage, ImageReader, Point, Quad, Symbol
from scanning.decoders.regions import Box, unexplained_boxes

_Format = zxingcpp.BarcodeFormat
_MATRIX = [_Format.DataMatrix, _Format.QRCode]
_LINEAR = [_Format.Code128, _Format.Code39Std, _Format.EANUPC, _Format.DataBar]
MATRIX_FORMATS = zxingcpp.BarcodeFormats(_MATRIX)
LINEAR_FORMATS = zxingcpp.BarcodeFormats(_LINEAR)
FORMATS = zxingcpp.BarcodeFormats(_MATRIX + _LINEAR)
MIRRORED_FORMATS = zxingcpp.BarcodeFormats([_Format.DataMatrix])
_MATRIX_NAMES = frozenset({"DataMatrix", "QRCode", "MicroQRCode", "RMQRCode"})
# The texture map is measured on at most this width (regions.py has its thresholds).
TEXTURE_WIDTH = 640

_Coarse = tuple[GrayImage, float]  # the reduced frame, and frame pixels per its pixel


class ZxingReader(ImageReader):
    name = "zxing"

    def __init__(self, coarse_width: int | None = 640) -> None:
        """`coarse_width=None` makes the first read a full-resolution one."""
        self._coarse_width = coarse_width

    def read(self, image: GrayImage) -> list[Symbol]:
        height, width = image.shape
        coarse: _Coarse | None = None
        if self._coarse_width is not None and width > self._coarse_width:
            coarse = _reduced(image, self._coarse_width)
            found = _read_coarse(*coarse)
            texture, texture_scale = coarse
        else:
            found = _read(image, _Placement())
            texture, texture_scale = image, 1.0
        if texture.shape[1] > TEXTURE_WIDTH:
            texture, texture_scale = _reduced(image, TEXTURE_WIDTH)
        boxes = unexplained_boxes(
            texture,
            texture_scale,
            (width, height),
            explained=[symbol.position for symbol in found if symbol.format in _MATRIX_NAMES],
            bars=[symbol.position for symbol in found if symbol.format not in _MATRIX_NAMES],
        )
        unique: list[Symbol] = []
        for symbol in itertools.chain(found, *(_read_box(image, box, coarse) for box in boxes)):
            if _is_new(symbol, unique):
                unique.append(symbol)
        return unique


def _read_coarse(small: GrayImage, scale: float) -> list[Symbol]:
    """The first read of a reduced frame: matrix codes at any rotation, linear codes level.

    try_downscale is off: the reduced frame is the coarse view already, and
    zxing-cpp's own pyramid would add a 320 px layer for symbols the 640 px
    one reads anyway.
    """
    at = _Placement(scale=scale)
    return _read(small, at, formats=MATRIX_FORMATS, try_downscale=False) + _read(
        small, at, formats=LINEAR_FORMATS, try_downscale=False, try_rotate=False
    )


def _reduced(image: GrayImage, width: int) -> tuple[GrayImage, float]:
    scale = image.shape[1] / width
    height = max(1, round(image.shape[0] / scale))
    small = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
    return np.asarray(small, dtype=np.uint8), scale


def _read_box(image: GrayImage, box: Box, coarse: _Coarse | None) -> list[Symbol]:
    """The symbols in `box`, trying one way after another until a read finds any.

    1. as printed, at full resolution; skipped when the first read was at
       full resolution already (`coarse` None);
    2. inverted, on the coarse frame's part of the box: a light-on-dark mark,
       where the reduction also merges a dot-peen mark's dots into the solid
       modules zxing-cpp's finder patterns need (at full size it misses them);
    3. inverted at full resolution: a mark too fine for the coarse frame;
    4. flipped left to right, DataMatrix only, either polarity.

    Texture that holds a symbol found in step 1 so costs one crop read.
    """
    crop = np.ascontiguousarray(image[box.y0 : box.y1, box.x0 : box.x1])
    at = _Placement(dx=box.x0, dy=box.y0)
    if coarse is not None:
        found = _read(crop, at)
        if found:
            return found
        small, scale = coarse
        x0, y0 = int(box.x0 / scale), int(box.y0 / scale)
        x1, y1 = int(np.ceil(box.x1 / scale)), int(np.ceil(box.y1 / scale))
        part = np.asarray(cv2.bitwise_not(small[y0:y1, x0:x1]), np.uint8)
        found = _read(
            part,
            _Placement(scale=scale, dx=round(x0 * scale), dy=round(y0 * scale)),
            formats=MATRIX_FORMATS,
        )
        if found:
            return found
    found = _read(np.asarray(cv2.bitwise_not(crop), np.uint8), at, formats=MATRIX_FORMATS)
    if found:
        return found
    mirrored = _Placement(dx=box.x0, dy=box.y0, mirrored_width=crop.shape[1])
    flipped = np.asarray(cv2.flip(crop, 1), np.uint8)
    return _read(flipped, mirrored, formats=MIRRORED_FORMATS, try_invert=True)


def _is_new(symbol: Symbol, found: list[Symbol]) -> bool:
    """False for a second read of a symbol already found: the same data, in the same place.

    "The same place" allows a quarter of the symbol's size: zxing-cpp can
    report one stacked DataBar twice, on rows a few pixels apart. Two packs
    of the same item side by side are further apart than that.
    """
    return not any(
        other.text == symbol.text
        and other.symbology == symbol.symbology
        and _bounds(other.position, grow=0.25).overlaps(_bounds(symbol.position))
        for other in found
    )


def _bounds(quad: Quad, grow: float = 0.0) -> Box:
    xs = [x for x, _ in quad]
    ys = [y for _, y in quad]
    dx = round((max(xs) - min(xs)) * grow)
    dy = round((max(ys) - min(ys)) * grow)
    return Box(min(xs) - dx, min(ys) - dy, max(xs) + dx + 1, max(ys) + dy + 1)


@dataclass(frozen=True, slots=True)
class _Placement:
    """How the image zxing-cpp read maps back onto the frame."""

    scale: float = 1.0
    dx: int = 0
    dy: int = 0
    # Set when the image read was the crop flipped left to right, this wide.
    mirrored_width: int | None = None

    def quad(self, position: zxingcpp.Position) -> Quad:
        def point(p: zxingcpp.Point) -> Point:
            x = p.x if self.mirrored_width is None else self.mirrored_width - 1 - p.x
            return round(x * self.scale) + self.dx, round(p.y * self.scale) + self.dy

        top_left, top_right = point(position.top_left), point(position.top_right)
        bottom_right, bottom_left = point(position.bottom_right), point(position.bottom_left)
        if self.mirrored_width is not None:
            # Flipping turned clockwise corners counter-clockwise: swap them back.
            return top_right, top_left, bottom_left, bottom_right
        return top_left, top_right, bottom_right, bottom_left


def _read(
    image: GrayImage,
    at: _Placement,
    *,
    formats: zxingcpp.BarcodeFormats = FORMATS,
    try_invert: bool = False,
    try_downscale: bool = True,
    try_rotate: bool = True,
) -> list[Symbol]:
    barcodes = zxingcpp.read_barcodes(
        image,
        formats=formats,
        text_mode=zxingcpp.TextMode.Plain,
        try_invert=try_invert,
        try_downscale=try_downscale,
        try_rotate=try_rotate,
    )
    return [
        Symbol(
            text=barcode.text,
            symbology=barcode.symbology_identifier or None,
            format=barcode.format.name,
            position=at.quad(barcode.position),
            backend=ZxingReader.name,
        )
        for barcode in barcodes
    ]
