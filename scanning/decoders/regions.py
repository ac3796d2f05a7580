"""Where in a frame a symbol may lie that no read has explained yet.

A barcode is dense, high-contrast texture: module edge after module edge,
of either polarity. Paper, a pack's face and sensor noise are not. So the
frame (already reduced to at most ~640 px wide for the first read) is cut
into cells of `CELL` x `CELL` pixels, and a cell is *busy* when its mean
morphological gradient (max - min over 3x3) stands clearly above the
frame's own floor, the median cell: sensor noise of sigma 6 grey levels
gives a floor of ~9 and single cells up to ~15; a DataMatrix printed at
only 40 grey levels of contrast with 3 px modules still gives cells of
~35 (tests/integration/scanning/test_every_symbol.py holds these frames).

Busy cells that a symbol already read covers are cleared, the rest are
grouped into boxes in full-frame pixels, with a margin for the quiet zone.
Reading only those boxes at full resolution is what lets the fast path
find a small symbol beside a large one without paying for a full-frame
read: on a frame whose symbols were all found, no box is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from scanning.decoders.base import GrayImage, Quad

CELL = 4
# A cell is busy above max(FLOOR_FACTOR x floor, floor + FLOOR_MARGIN); the
# margin rules on clean frames, whose floor is ~0, the factor on noisy ones.
FLOOR_FACTOR = 2.5
FLOOR_MARGIN = 12.0
# The floor is noise, and no sensor is noisier than this (sigma 12 gives ~17):
# a higher median means the symbol fills the frame, not that the frame is noisy.
FLOOR_CAP = 20.0
# Busy cells a group needs: a 10x10-module DataMatrix at 2 px modules is
# 20 px, 2-3 cells a side in a frame reduced by half; one or two lone cells
# are noise or a speck.
MIN_CELLS = 3
# Past this share of the frame, one full-frame box costs less than many
# overlapping crops.
WHOLE_FRAME_SHARE = 0.5

_KERNEL = np.ones((3, 3), np.uint8)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in frame pixels, `x1`/`y1` exclusive."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def area(self) -> int:
        return (self.x1 - self.x0) * (self.y1 - self.y0)

    def overlaps(self, other: Box) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )


def busy_cells(texture: GrayImage) -> npt.NDArray[np.uint8]:
    """1 where a CELL x CELL cell of `texture` holds barcode-like edges, else 0."""
    height, width = texture.shape
    rows, cols = height // CELL, width // CELL
    if rows == 0 or cols == 0:
        return np.zeros((max(rows, 0), max(cols, 0)), np.uint8)
    gradient = cv2.morphologyEx(texture, cv2.MORPH_GRADIENT, _KERNEL)
    # INTER_AREA over whole cells is their mean gradient.
    cells = cv2.resize(
        gradient[: rows * CELL, : cols * CELL], (cols, rows), interpolation=cv2.INTER_AREA
    )
    # The median cell, from a histogram: a third of np.median's price on uint8.
    median = np.searchsorted(np.cumsum(np.bincount(cells.ravel(), minlength=256)), cells.size / 2)
    floor = min(float(median), FLOOR_CAP)
    threshold = max(FLOOR_FACTOR * floor, floor + FLOOR_MARGIN)
    return np.asarray(cells > threshold, dtype=np.uint8)


def unexplained_boxes(
    texture: GrayImage,
    scale: float,
    frame_size: tuple[int, int],
    explained: Sequence[Quad] = (),
    bars: Sequence[Quad] = (),
) -> list[Box]:
    """Boxes of the frame holding busy texture that no symbol read covers.

    `texture` is the frame reduced by `scale` (frame pixels per texture
    pixel); `frame_size` is (width, height). `explained` are the quads of 2D
    symbols read, `bars` those of linear ones: zxing-cpp reports a linear
    symbol's quad over the rows it decoded, often half the bars' height (a
    DataBar's lower half), so the bars running on past the quad's long edges
    count as explained too, up to the first quiet cell. Quads and boxes are
    in frame pixels.
    """
    busy = busy_cells(texture)
    if not busy.any():
        return []
    per_cell = scale * CELL
    if explained or bars:
        covered = np.zeros_like(busy)
        for quad in (*explained, *bars):
            corners = np.array(
                [[round(x / per_cell), round(y / per_cell)] for x, y in quad], np.int32
            )
            cv2.fillPoly(covered, [corners], 1)
        for quad in bars:
            _cover_bar_ends(busy, covered, quad, per_cell)
        # One cell more all round: a symbol's edge modules and quiet zone.
        busy[cv2.dilate(covered, _KERNEL) > 0] = 0
        if not busy.any():
            return []  # the usual frame: every symbol in it was read
    # Neighbouring busy cells are one symbol even across a light module run.
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(busy, _KERNEL))
    own_cells = np.bincount(labels[busy > 0], minlength=count)
    width, height = frame_size
    boxes = []
    for label in range(1, count):
        if own_cells[label] < MIN_CELLS:
            continue
        left, top, cols, rows = (int(v) for v in stats[label, :4])
        # Two cells of margin, or a tenth of the group's size if larger: the quiet zone.
        margin_x = max(2, cols // 10) * per_cell
        margin_y = max(2, rows // 10) * per_cell
        boxes.append(
            Box(
                max(0, int(left * per_cell - margin_x)),
                max(0, int(top * per_cell - margin_y)),
                min(width, int((left + cols) * per_cell + margin_x)),
                min(height, int((top + rows) * per_cell + margin_y)),
            )
        )
    boxes = _merged(boxes)
    if sum(box.area for box in boxes) > WHOLE_FRAME_SHARE * width * height:
        return [Box(0, 0, width, height)]
    return boxes


def _cover_bar_ends(
    busy: npt.NDArray[np.uint8], covered: npt.NDArray[np.uint8], quad: Quad, per_cell: float
) -> None:
    """Mark as covered the busy cells that run on from a linear symbol's long edges.

    Those are the busy cells connected to the quad within its band (the quad
    stretched across the bars, as far as the symbol is long): the bars'
    rest and anything touching them, but not a symbol beyond a quiet gap.
    """
    top_left, top_right, bottom_right, bottom_left = (
        np.array(point, np.float64) / per_cell for point in quad
    )
    along = top_right - top_left
    length = float(np.hypot(*along))
    if length < 1:
        return
    across = np.array([along[1], -along[0]])  # as long as the symbol
    if np.dot(across, top_left - bottom_left) < 0:
        across = -across
    band_corners = [
        top_left + across,
        top_right + across,
        bottom_right - across,
        bottom_left - across,
    ]
    band = np.zeros_like(busy)
    cv2.fillPoly(band, [np.rint(np.array(band_corners)).astype(np.int32)], 1)
    own = np.zeros_like(busy)
    cv2.fillPoly(
        own,
        [np.rint(np.array([top_left, top_right, bottom_right, bottom_left])).astype(np.int32)],
        1,
    )
    _, labels = cv2.connectedComponents((busy & band) | own, connectivity=4)
    touching = np.unique(labels[own > 0])
    covered[np.isin(labels, touching[touching > 0])] = 1


def _merged(boxes: list[Box]) -> list[Box]:
    """Overlapping boxes joined, so no pixel is read twice."""
    merged: list[Box] = []
    for box in boxes:
        while True:
            touching = [other for other in merged if other.overlaps(box)]
            if not touching:
                break
            for other in touching:
                merged.remove(other)
                box = box.union(other)
        merged.append(box)
    return merged
