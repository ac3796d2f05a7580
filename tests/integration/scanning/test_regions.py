"""Where the reader looks again at full resolution: texture that no symbol read explains."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
import pytest
import zxingcpp

from scanning.decoders import Quad
from scanning.decoders.regions import Box, busy_cells, unexplained_boxes
from scanning.decoders.zxing_backend import ZxingReader
from tests.integration.scanning.frames import (
    FRAME_SIZE,
    Gray,
    in_frame,
    rotated,
    scene,
    symbol,
)

Format = zxingcpp.BarcodeFormat
SMALL_DM = symbol("(01)04012345000016(10)SMALL1", Format.DataMatrix, scale=3, gs1=True)


def reduced(frame: Gray) -> Gray:
    return np.asarray(cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA), np.uint8)


def boxes(frame: Gray, explained: Sequence[Quad] = (), bars: Sequence[Quad] = ()) -> list[Box]:
    return unexplained_boxes(reduced(frame), 2.0, FRAME_SIZE, explained=explained, bars=bars)


def quads(frame: Gray, *, linear: bool) -> list[Quad]:
    """The quads of the 2D (or linear) symbols one full-resolution read finds."""
    return [
        symbol.position
        for symbol in ZxingReader(coarse_width=None).read(frame)
        if (symbol.format not in {"DataMatrix", "QRCode"}) == linear
    ]


@pytest.mark.parametrize("noise", [0, 3, 6, 12])
def test_paper_and_sensor_noise_alone_leave_nothing_to_read(noise: int) -> None:
    frame = in_frame(np.full((4, 4), 255, np.uint8), noise=noise, seed=noise)
    assert boxes(frame) == []


def test_an_unread_small_symbol_is_one_box_around_it() -> None:
    h, w = SMALL_DM.shape
    frame = scene([(rotated(SMALL_DM, 20), (900, 250))])
    (box,) = boxes(frame)
    assert box.x0 <= 900 - w // 2 and box.x1 >= 900 + w // 2
    assert box.y0 <= 250 - h // 2 and box.y1 >= 250 + h // 2
    assert box.area < 4 * (w + 40) * (h + 40)  # the symbol, not the frame


def test_a_frame_whose_symbols_were_all_read_leaves_nothing_to_read() -> None:
    qr = symbol("https://id.gs1.org/01/09506000134352/10/AB12", Format.QRCode, scale=6)
    frame = scene([(rotated(qr, 12), (400, 360)), (rotated(qr, -8), (900, 360))])
    explained = quads(frame, linear=False)
    assert len(explained) == 2
    assert boxes(frame) != []
    assert boxes(frame, explained=explained) == []


def test_bars_beyond_a_linear_symbols_reported_rows_count_as_read() -> None:
    # zxing-cpp reports a DataBar's quad over the lower half of its bars only.
    databar = symbol("(01)09506000134352", Format.DataBarOmni, scale=3)
    frame = scene([(databar, (640, 360))])
    bars = quads(frame, linear=True)
    (quad,) = bars
    assert max(y for _, y in quad) - min(y for _, y in quad) < databar.shape[0] * 0.7
    assert boxes(frame, explained=bars) != []  # as a 2D quad, the upper bars are left over
    assert boxes(frame, bars=bars) == []


def test_a_small_symbol_beyond_a_quiet_gap_from_bars_is_not_taken_for_them() -> None:
    gs1_128 = symbol("(01)09506000134352(10)LOT42", Format.Code128, scale=3, gs1=True)
    frame = scene([(gs1_128, (640, 300)), (SMALL_DM, (640, 480))])
    bars = quads(frame, linear=True)
    assert len(bars) == 1
    (box,) = boxes(frame, bars=bars)
    assert box.y0 <= 480 - SMALL_DM.shape[0] // 2 and box.y1 >= 480 + SMALL_DM.shape[0] // 2


def test_a_symbol_filling_the_whole_image_is_still_texture() -> None:
    # The median cell is then the symbol itself, not the paper's noise floor.
    filling = symbol("(01)09506000134352(10)AB12", Format.DataMatrix, scale=4, gs1=True)
    assert busy_cells(filling).mean() > 0.5


def test_low_contrast_print_is_texture_above_noise() -> None:
    faint = np.where(SMALL_DM < 128, 195, 235).astype(np.uint8)
    frame = scene([(rotated(faint, 30, border=235), (640, 360))], noise=4)
    assert len(boxes(frame)) == 1


def test_texture_over_half_the_frame_is_read_as_one_whole_frame_box() -> None:
    tile = symbol("(01)09506000134352(10)AB12", Format.DataMatrix, scale=3, gs1=True)
    placed = [(tile, (x, y)) for x in range(80, 1220, 110) for y in range(80, 660, 110)]
    assert boxes(scene(placed)) == [Box(0, 0, *FRAME_SIZE)]
