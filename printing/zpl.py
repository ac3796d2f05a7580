"""Labels as ZPL II for Zebra-compatible thermal printers.

Text in ASCII uses the printer's scalable font 0. Anything else (Chinese)
is sent as a graphic field rendered from the shipped font, because few
thermal printers hold a CJK font. ^CI28 declares the field data UTF-8.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PIL import Image, ImageDraw

from printing.content import Label
from printing.fonts import pillow_font
from printing.gs1 import Gs1Data
from printing.label_size import LabelSize
from printing.labels import layout_label
from printing.layout import Box, Code128, DataMatrix, Layout, Text

# ^BX escape character. Not `_` (GS1 allows it inside a lot or serial, where
# it would read as an escape) but `#`, which GS1's character set 82 excludes.
_DM_ESCAPE = "#"
_FNC1 = _DM_ESCAPE + "1"


def _escape_field(text: str) -> str:
    """Field data for ^FH: the caret, tilde and hex indicator sent as hex."""
    return "".join(f"_{ord(c):02X}" if c in "^~_" else c for c in text)


def datamatrix_field(data: Gs1Data) -> str:
    """FNC1 first (this makes it GS1), FNC1 again after each variable field."""
    parts = [_FNC1]
    for i, element in enumerate(data.elements):
        parts.append(element.ai + element.value)
        if element.variable_length and i < len(data.elements) - 1:
            parts.append(_FNC1)
    return "".join(parts)


@lru_cache(maxsize=512)
def text_graphic(text: str, pixels: int) -> tuple[int, int, str]:
    """`text` as a 1-bit bitmap: (bytes per row, rows, hex data) for ^GFA."""
    font = pillow_font(pixels)
    width = max(1, math.ceil(font.getlength(text)))
    height = math.ceil(pixels * 1.2)
    image = Image.new("L", (width, height), 0)
    ImageDraw.Draw(image).text((0, 0), text, font=font, fill=255, anchor="la")
    # Ink as 1 bits, as ^GF wants; threshold rather than dither keeps strokes solid.
    bitmap = image.point(lambda v: 255 if v >= 110 else 0, mode="1")
    return math.ceil(width / 8), height, bitmap.tobytes().hex().upper()


class _Writer:
    def __init__(self, dpmm: float) -> None:
        self.dpmm = dpmm
        self.parts: list[str] = []

    def dots(self, mm: float) -> int:
        return round(mm * self.dpmm)

    def origin(self, x: float, y: float) -> str:
        return f"^FO{self.dots(x)},{self.dots(y)}"

    def box(self, item: Box) -> None:
        w, h = self.dots(item.width), self.dots(item.height)
        self.parts.append(f"{self.origin(item.x, item.y)}^GB{w},{h},{min(w, h)}^FS")

    def text(self, item: Text) -> None:
        reverse = "^FR" if item.inverse else ""
        height = self.dots(item.size)
        if item.text.isascii():
            self.parts.append(
                f"{self.origin(item.x, item.y)}{reverse}^A0N,{height},{height}"
                f"^FH^FD{_escape_field(item.text)}^FS"
            )
            return
        row_bytes, rows, data = text_graphic(item.text, height)
        total = row_bytes * rows
        self.parts.append(
            f"{self.origin(item.x, item.y)}{reverse}^GFA,{total},{total},{row_bytes},{data}^FS"
        )

    def datamatrix(self, item: DataMatrix) -> None:
        size = item.symbol.size
        # Rows and columns pinned to the size zxing-cpp chose, so the printer
        # makes the same square symbol the layout reserved room for.
        self.parts.append(
            f"{self.origin(item.x, item.y)}^BXN,{self.dots(item.module)},200,{size},{size},,"
            f"{_DM_ESCAPE},1^FD{datamatrix_field(item.data)}^FS"
        )

    def code128(self, item: Code128) -> None:
        module = self.dots(item.module)
        height = self.dots(item.height)
        if item.gs1 is not None:
            # Mode D (UCC/EAN): FNC1 first and after each variable-length
            # field, from the bracketed AIs.
            field = f"^BCN,{height},N,N,N,D^FD{item.gs1.parenthesised()}^FS"
        else:
            field = f"^BCN,{height},N,N,N,A^FH^FD{_escape_field(item.text)}^FS"
        self.parts.append(f"{self.origin(item.x, item.y)}^BY{module}{field}")


def layout_zpl(layout: Layout, dpmm: float) -> bytes:
    writer = _Writer(dpmm)
    writer.parts.append(
        f"^XA^CI28^PW{writer.dots(layout.width)}^LL{writer.dots(layout.height)}^LH0,0"
    )
    for item in layout.items:
        if isinstance(item, Box):
            writer.box(item)
        elif isinstance(item, Text):
            writer.text(item)
        elif isinstance(item, DataMatrix):
            writer.datamatrix(item)
        else:
            writer.code128(item)
    writer.parts.append("^XZ")
    return ("\n".join(writer.parts) + "\n").encode("utf-8")


def label_zpl(label: Label, size: LabelSize, dpmm: float = 8) -> bytes:
    """`dpmm`: 8 for a 203 dpi printer, 12 for 300 dpi, 24 for 600 dpi."""
    return layout_zpl(layout_label(label, size, dpmm), dpmm)
