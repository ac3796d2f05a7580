"""pyzbar/libzbar backend: optional, for 1D codes and QR.

Importing this module raises ImportError when libzbar is not installed
(pyzbar loads the shared library on import); the registry turns that into
DecoderUnavailable.

zbar cannot read DataMatrix, and returns no AIM symbology identifier. What it
does report is a GS1 flag per symbol (ZBAR_MOD_GS1, set when the symbol
starts with FNC1, which zbar itself drops; later FNC1s come through as GS).
pyzbar's own `decode` discards that flag, so this module walks zbar's result
list itself with pyzbar's ctypes bindings. The identifier is then derived:

- Code 128: ``]C1`` with the GS1 flag, else ``]C0``. FNC1 in second
  position (``]C2``) is not reported by zbar and shows up as ``]C0``.
- QR Code: ``]Q3`` with the GS1 flag, else ``]Q1``; ECI (``]Q2``/``]Q4``)
  and model 1 cannot be told apart.
- Code 39: ``]A0``; zbar neither checks a check character nor expands full
  ASCII, so the text is the raw data (what HIBC wants).
- EAN-13/UPC-A/UPC-E: ``]E0``; EAN-8: ``]E4``; add-ons are not enabled.
- Interleaved 2 of 5: ``]I0``; DataBar and DataBar Expanded: ``]e0``.
"""

from __future__ import annotations

from ctypes import POINTER, c_uint, c_void_p, cast, string_at

import cv2
import numpy as np
from pyzbar import wrapper as zbar

from scanning.decoders.base import GrayImage, ImageReader, Quad, Symbol

# enum zbar_modifier_e { ZBAR_MOD_GS1 = 0, ZBAR_MOD_AIM, ... }: a bit mask.
_MOD_GS1 = 1 << 0
_Y800 = int.from_bytes(b"Y800", "little")

_symbol_modifiers = zbar.zbar_function(
    "zbar_symbol_get_modifiers", c_uint, POINTER(zbar.zbar_symbol)
)

# zbar type -> (format name as zxing spells it, AIM id, AIM id when GS1 flag set)
_TYPES: dict[zbar.ZBarSymbol, tuple[str, str, str]] = {
    zbar.ZBarSymbol.CODE128: ("Code128", "]C0", "]C1"),
    zbar.ZBarSymbol.QRCODE: ("QRCode", "]Q1", "]Q3"),
    zbar.ZBarSymbol.CODE39: ("Code39", "]A0", "]A0"),
    zbar.ZBarSymbol.EAN13: ("EAN13", "]E0", "]E0"),
    zbar.ZBarSymbol.UPCA: ("UPCA", "]E0", "]E0"),
    zbar.ZBarSymbol.UPCE: ("UPCE", "]E0", "]E0"),
    zbar.ZBarSymbol.EAN8: ("EAN8", "]E4", "]E4"),
    zbar.ZBarSymbol.I25: ("ITF", "]I0", "]I0"),
    zbar.ZBarSymbol.DATABAR: ("DataBar", "]e0", "]e0"),
    zbar.ZBarSymbol.DATABAR_EXP: ("DataBarExp", "]e0", "]e0"),
}


class ZbarReader(ImageReader):
    name = "zbar"

    def read(self, image: GrayImage) -> list[Symbol]:
        pixels = np.ascontiguousarray(image, dtype=np.uint8)
        height, width = pixels.shape
        scanner = zbar.zbar_image_scanner_create()
        img = zbar.zbar_image_create()
        try:
            # zbar enables symbologies we never want (e.g. ISBN rewrites of EAN-13).
            zbar.zbar_image_scanner_set_config(scanner, 0, zbar.ZBarConfig.CFG_ENABLE, 0)
            for kind in _TYPES:
                zbar.zbar_image_scanner_set_config(scanner, kind, zbar.ZBarConfig.CFG_ENABLE, 1)
            zbar.zbar_image_set_format(img, _Y800)
            zbar.zbar_image_set_size(img, width, height)
            zbar.zbar_image_set_data(img, cast(pixels.ctypes.data, c_void_p), pixels.size, None)
            if zbar.zbar_scan_image(scanner, img) < 0:
                raise ValueError("zbar rejected the image format")
            return _symbols(zbar.zbar_image_first_symbol(img))
        finally:
            zbar.zbar_image_destroy(img)
            zbar.zbar_image_scanner_destroy(scanner)


def _symbols(symbol: object) -> list[Symbol]:
    found = []
    while symbol:
        kind = zbar.ZBarSymbol(symbol.contents.type)  # type: ignore[attr-defined]
        fmt, plain_id, gs1_id = _TYPES[kind]
        data = string_at(
            zbar.zbar_symbol_get_data(symbol), zbar.zbar_symbol_get_data_length(symbol)
        )
        gs1 = bool(_symbol_modifiers(symbol) & _MOD_GS1)
        found.append(
            Symbol(
                text=_text(data),
                symbology=gs1_id if gs1 else plain_id,
                format=fmt,
                position=_quad(symbol),
                backend=ZbarReader.name,
            )
        )
        symbol = zbar.zbar_symbol_next(symbol)
    return found


def _text(data: bytes) -> str:
    # zbar hands QR text over as UTF-8; 1D codes carry Latin-1 at most.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _quad(symbol: object) -> Quad:
    """The minimum-area box around zbar's location points.

    For 1D codes zbar records only where its scan lines crossed the symbol,
    so the box is narrower than the printed bars.
    """
    count = zbar.zbar_symbol_get_loc_size(symbol)
    if count == 0:
        return ((0, 0), (0, 0), (0, 0), (0, 0))
    points = np.array(
        [
            (zbar.zbar_symbol_get_loc_x(symbol, i), zbar.zbar_symbol_get_loc_y(symbol, i))
            for i in range(count)
        ],
        dtype=np.float32,
    )
    box = cv2.boxPoints(cv2.minAreaRect(points))
    # boxPoints starts anywhere; order as top-left, top-right, bottom-right, bottom-left.
    by_sum = box[np.argsort(box.sum(axis=1))]
    top_left, bottom_right = by_sum[0], by_sum[3]
    top_right, bottom_left = sorted(by_sum[1:3], key=lambda p: float(p[1]))
    return (
        (round(float(top_left[0])), round(float(top_left[1]))),
        (round(float(top_right[0])), round(float(top_right[1]))),
        (round(float(bottom_right[0])), round(float(bottom_right[1]))),
        (round(float(bottom_left[0])), round(float(bottom_left[1]))),
    )
