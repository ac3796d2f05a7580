"""Labels drawn as PDF: one label per page, or a grid of them on A4."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.content import Label
from printing.fonts import pdf_font
from printing.label_size import LabelSize
from printing.labels import layout_label
from printing.layout import Box, Code128, DataMatrix, Layout, Text

# Where the baseline sits below the top of the em box, for WenQuanYi Micro Hei.
_ASCENT = 0.84


def _draw(canvas: Canvas, layout: Layout, left: float, top: float) -> None:
    """Draws `layout` with its top-left corner at (`left`, `top`) in points."""
    font = pdf_font()
    bars = canvas.beginPath()

    def rect(x: float, y: float, w: float, h: float) -> None:
        bars.rect(left + x * mm, top - (y + h) * mm, w * mm, h * mm)

    for item in layout.items:
        if isinstance(item, Box):
            rect(item.x, item.y, item.width, item.height)
        elif isinstance(item, DataMatrix):
            # Vector modules, merged into one rectangle per dark run: sharp at
            # any resolution and small in the file.
            for row, runs in enumerate(item.symbol.rows):
                for start, length in runs:
                    rect(
                        item.x + start * item.module,
                        item.y + row * item.module,
                        length * item.module,
                        item.module,
                    )
        elif isinstance(item, Code128):
            for start, length in item.symbol.bars:
                rect(item.x + start * item.module, item.y, length * item.module, item.height)
    canvas.setFillGray(0)
    canvas.drawPath(bars, fill=1, stroke=0)
    for item in layout.items:
        if isinstance(item, Text):
            canvas.setFillGray(1 if item.inverse else 0)
            canvas.setFont(font, item.size * mm)
            canvas.drawString(
                left + item.x * mm, top - (item.y + item.size * _ASCENT) * mm, item.text
            )


def _new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str) -> Canvas:
    # invariant=1 keeps the timestamp and ID fixed: same input, same bytes.
    # initialFontName: otherwise every page names Helvetica, which is never embedded.
    canvas = Canvas(
        buffer, pagesize=pagesize, invariant=1, pageCompression=1, initialFontName=pdf_font()
    )
    canvas.setTitle(title)
    canvas.setCreator("Lotkeeper")
    return canvas


def label_pdf(label: Label, size: LabelSize) -> bytes:
    layout = layout_label(label, size)
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, (layout.width * mm, layout.height * mm), type(label).__name__)
    _draw(canvas, layout, 0, layout.height * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def label_sheet_pdf(labels: Sequence[Label], size: LabelSize) -> bytes:
    """Labels in a centred grid on A4 pages, with light cut lines."""
    page_w, page_h = A4
    columns = math.floor(page_w / (size.width_mm * mm))
    rows = math.floor((page_h - 20 * mm) / (size.height_mm * mm))
    cell_w, cell_h = size.width_mm * mm, size.height_mm * mm
    x0 = (page_w - columns * cell_w) / 2
    y0 = page_h - (page_h - rows * cell_h) / 2
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, A4, "Labels")
    per_page = columns * rows
    for index, label in enumerate(labels):
        slot = index % per_page
        if index and slot == 0:
            canvas.showPage()
        left = x0 + (slot % columns) * cell_w
        top = y0 - (slot // columns) * cell_h
        canvas.setStrokeGray(0.8)
        canvas.setLineWidth(0.3)
        canvas.rect(left, top - cell_h, cell_w, cell_h, fill=0, stroke=1)
        _draw(canvas, layout_label(label, size), left, top)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
