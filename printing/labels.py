"""Where everything goes on each label, for each label size.

Module sizes follow the GS1 General Specifications, symbol specification
table 7 (healthcare items not scanned at retail POS): DataMatrix X from
0.255 mm, GS1-128 X from 0.250 mm to 0.495 mm. A DataMatrix that would need
smaller modules is an error; a GS1-128 that would is simply left off, since
the DataMatrix is the primary symbol and carries everything.
"""

from __future__ import annotations

import math

from printing.content import Label, LocationLabel, LotLabel, QuarantineLabel, RecallLabel
from printing.errors import LabelDoesNotFit
from printing.fonts import text_width
from printing.gs1 import Gs1Data, lot_data
from printing.label_size import LabelSize
from printing.layout import (
    Box,
    Code128,
    DataMatrix,
    Item,
    Layout,
    Text,
    clip,
    fit_size,
    wrap,
)
from printing.symbols import LinearSymbol, code128, gs1_128, gs1_datamatrix

MARGIN = 1.5
DATAMATRIX_MIN_MODULE = 0.255
LINEAR_MIN_MODULE = 0.250
LINEAR_MAX_MODULE = 0.495
LINEAR_QUIET_MODULES = 10
# Not a GS1 limit: our choice so that a hand scanner's line finds the bars
# without aiming; taller would crowd the DataMatrix on a 100x50 label.
LINEAR_MIN_HEIGHT = 8.0
GAP = 1.5


class _Grid:
    """Snaps module sizes to whole printer dots (ZPL) or leaves them (PDF)."""

    def __init__(self, dpmm: float | None) -> None:
        self.dpmm = dpmm

    def floor(self, mm: float) -> float:
        if self.dpmm is None:
            return mm
        return math.floor(mm * self.dpmm + 1e-9) / self.dpmm


def _lot_block(
    data: Gs1Data,
    lines: list[str],
    box: Box,
    grid: _Grid,
    max_module: float,
    text_size: float,
) -> list[Item]:
    """The DataMatrix at the left of `box`, `lines` of text to its right."""
    symbol = gs1_datamatrix(data)
    module = grid.floor(min(max_module, box.height / symbol.size))
    if module < DATAMATRIX_MIN_MODULE:
        raise LabelDoesNotFit(
            f"the DataMatrix needs {symbol.size} modules of at least "
            f"{DATAMATRIX_MIN_MODULE} mm; use the larger label"
        )
    matrix = DataMatrix(box.x, box.y, module, symbol, data)
    text_x = box.x + matrix.extent + GAP
    text_w = box.x + box.width - text_x
    pitch = min(text_size * 1.3, box.height / max(1, len(lines)))
    size = pitch / 1.3
    items: list[Item] = [matrix]
    for i, line in enumerate(lines):
        items.append(Text(text_x, box.y + i * pitch, size, clip(line, text_w, size)))
    return items


def _linear(
    symbol: LinearSymbol, text: str, gs1: Gs1Data | None, box: Box, grid: _Grid
) -> Code128 | None:
    """The symbol centred in `box` with its quiet zones, or None if too dense."""
    total_modules = symbol.modules + 2 * LINEAR_QUIET_MODULES
    module = grid.floor(min(LINEAR_MAX_MODULE, box.width / total_modules))
    if module < LINEAR_MIN_MODULE or box.height < LINEAR_MIN_HEIGHT:
        return None
    x = box.x + (box.width - symbol.modules * module) / 2
    return Code128(x, box.y, module, box.height, symbol, text, gs1)


def _centred(text: str, y: float, size: float, width: float, inverse: bool = False) -> Text:
    size = fit_size(text, width - 2 * MARGIN - 1, size, size / 2)
    return Text((width - text_width(text, size)) / 2, y, size, text, inverse)


def _names(lot: LotLabel, width: float, y: float, size: float, max_lines: int) -> list[Item]:
    inner = width - 2 * MARGIN
    lines = wrap(lot.item_name_zh, inner, size, max_lines)
    if lot.item_name and len(lines) < max_lines:
        lines.append(clip(lot.item_name, inner, size * 0.8))
    return [Text(MARGIN, y + i * size * 1.15, size, line) for i, line in enumerate(lines)]


def _quantity(lot: LotLabel) -> list[str]:
    """The package's eaches ("1 箱 = 10 支"), then the quantity, where the label has them."""
    lines = [lot.package_line] if lot.package_line else []
    if lot.quantity is not None:
        lines.append(f"数量 Qty {lot.quantity} {lot.unit}".rstrip())
    return lines


def _lot(label: LotLabel, size: LabelSize, grid: _Grid) -> list[Item]:
    w, h = size.width_mm, size.height_mm
    data = lot_data(label)
    lines = data.hri() + _quantity(label)
    if size is LabelSize.SMALL:
        items = _names(label, w, MARGIN, 3.0, 2)
        return items + _lot_block(
            data, lines, Box(MARGIN, 9.0, w - 2 * MARGIN, 19.5), grid, 0.5, 2.4
        )
    items = _names(label, w, MARGIN, 4.6, 2)
    for candidate in (data, data.without("21", "11")):
        linear = _linear(
            gs1_128(candidate), "", candidate, Box(MARGIN, 35.5, w - 2 * MARGIN, 9.0), grid
        )
        if linear is not None:
            hri = " ".join(candidate.hri())
            hri_size = fit_size(hri, w - 2 * MARGIN, 2.6, 1.8)
            items += [linear, _centred(hri, 45.3, hri_size, w)]
            return items + _lot_block(
                data, lines, Box(MARGIN, 12.5, w - 2 * MARGIN, 22.0), grid, 0.6, 3.2
            )
    return items + _lot_block(
        data, lines, Box(MARGIN, 12.5, w - 2 * MARGIN, h - 14.0), grid, 0.6, 3.4
    )


def _held(
    lot: LotLabel, size: LabelSize, grid: _Grid, band: list[str], extra: list[str]
) -> list[Item]:
    """A black band of warning text over the lot's name, symbol and details."""
    w, h = size.width_mm, size.height_mm
    small = size is LabelSize.SMALL
    band_h = (7.0 if len(band) == 1 else 9.0) if small else (10.5 if len(band) == 1 else 14.0)
    band_sizes = [4.6, 2.8] if small else [7.5, 4.6]
    items: list[Item] = [Box(MARGIN, MARGIN, w - 2 * MARGIN, band_h)]
    y = MARGIN + 0.6
    for text, text_size in zip(band, band_sizes, strict=False):
        items.append(_centred(text, y, text_size, w, inverse=True))
        y += text_size * 1.1
    name_y = MARGIN + band_h + 0.6
    name_size = 2.6 if small else 3.6
    name = clip(lot.item_name_zh, w - 2 * MARGIN, name_size)
    items.append(Text(MARGIN, name_y, name_size, name))
    top = name_y + name_size * 1.3
    data = lot_data(lot)
    lines = data.hri() + extra
    block = Box(MARGIN, top, w - 2 * MARGIN, h - MARGIN - top)
    return items + _lot_block(
        data, lines, block, grid, 0.5 if small else 0.6, 2.4 if small else 3.2
    )


def _quarantine(label: QuarantineLabel, size: LabelSize, grid: _Grid) -> list[Item]:
    extra = [
        f"原因 Reason: {label.reason}",
        f"隔离 Held {label.held_on.isoformat()} {label.held_by}",
    ]
    return _held(label.lot, size, grid, ["隔离 QUARANTINE"], extra)


def _recall(label: RecallLabel, size: LabelSize, grid: _Grid) -> list[Item]:
    extra = [f"召回 Recall {label.recall_id} {label.level.zh} {label.level.en}"]
    return _held(label.lot, size, grid, ["召回 — 禁止使用", "RECALLED — DO NOT USE"], extra)


def _location(label: LocationLabel, size: LabelSize, grid: _Grid) -> list[Item]:
    w, h = size.width_mm, size.height_mm
    small = size is LabelSize.SMALL
    code_size = 7.0 if small else 13.0
    items: list[Item] = [_centred(label.code, MARGIN, code_size, w)]
    bars_top = MARGIN + code_size * 1.05 + 1.0
    name_size = 3.2 if small else 5.5
    bars = Box(MARGIN, bars_top, w - 2 * MARGIN, h - bars_top - name_size * 1.25 - MARGIN - 1.0)
    linear = _linear(code128(label.code), label.code, None, bars, grid)
    if linear is None:
        raise LabelDoesNotFit(f"location code {label.code!r} is too long for this label")
    items.append(linear)
    name = clip(label.name, w - 2 * MARGIN, name_size)
    items.append(_centred(name, h - MARGIN - name_size * 1.15, name_size, w))
    return items


def layout_label(label: Label, size: LabelSize, dpmm: float | None = None) -> Layout:
    """`dpmm` snaps symbol modules to whole dots for a thermal printer."""
    grid = _Grid(dpmm)
    if isinstance(label, LotLabel):
        items = _lot(label, size, grid)
    elif isinstance(label, QuarantineLabel):
        items = _quarantine(label, size, grid)
    elif isinstance(label, RecallLabel):
        items = _recall(label, size, grid)
    else:
        items = _location(label, size, grid)
    return Layout(size.width_mm, size.height_mm, tuple(items))
