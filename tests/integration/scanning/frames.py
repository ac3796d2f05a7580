"""Real barcode images for decoder tests: written by zxing-cpp's encoder,
then degraded the way a webcam degrades them and placed in a 720p frame."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

Gray = npt.NDArray[np.uint8]
FRAME_SIZE = (1280, 720)
PAPER = 235

GS1_DATAMATRIX = "(01)09506000134352(17)261231(10)AB12(21)SN9"
GS1_DATAMATRIX_RAW = "01095060001343521726123110AB12\x1d21SN9"
GS1_128 = "(01)09506000134352(17)261231(10)LOT42"
GS1_128_RAW = "01095060001343521726123110LOT42"
# LIC A123, PCN BJC5D6E7, UoM 1, expiry 2026-12-31, lot LOT42; "H" is the
# mod 43 check character, which Code 39 readers also verify (]A1).
HIBC = "+A123BJC5D6E71/$$3261231LOT42H"
DIGITAL_LINK = "https://id.gs1.org/01/09506000134352/10/AB12?17=261231"


def symbol(content: str, fmt: zxingcpp.BarcodeFormat, scale: int, **options: Any) -> Gray:
    """A printed symbol with its quiet zone, dark on white.

    DataMatrix is forced square: zxing-cpp otherwise picks a rectangular
    (DMRE) size for short GS1 data, which cheap scanners still refuse.
    """
    if fmt == zxingcpp.BarcodeFormat.DataMatrix:
        options.setdefault("forceSquare", True)
    barcode = zxingcpp.create_barcode(content, fmt, **options)
    return np.asarray(barcode.to_image(scale=scale), dtype=np.uint8)


def in_frame(
    printed: Gray,
    *,
    angle: float = 0.0,
    tilt: float = 0.0,
    blur: float = 0.0,
    noise: float = 0.0,
    centre: tuple[int, int] = (640, 360),
    seed: int = 0,
) -> Gray:
    """`printed` on paper in a 1280x720 camera frame.

    angle: rotation in degrees; tilt: perspective, as the fraction by which
    the far edge shrinks; blur: Gaussian sigma in pixels; noise: sensor
    noise standard deviation in grey levels.
    """
    width, height = FRAME_SIZE
    frame: npt.NDArray[Any] = np.full((height, width), PAPER, dtype=np.uint8)
    h, w = printed.shape
    x, y = centre[0] - w // 2, centre[1] - h // 2
    frame[y : y + h, x : x + w] = np.minimum(printed, PAPER)
    rotation = cv2.getRotationMatrix2D((float(centre[0]), float(centre[1])), angle, 1.0)
    frame = cv2.warpAffine(frame, rotation, (width, height), borderValue=PAPER)
    if tilt:
        inset = tilt * width / 2
        src = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
        dst = np.float32([[inset, 0], [width - inset, 0], [width, height], [0, height]])
        warp = cv2.getPerspectiveTransform(src, dst)
        frame = cv2.warpPerspective(frame, warp, (width, height), borderValue=PAPER)
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise:
        grain = np.random.default_rng(seed).normal(0.0, noise, frame.shape)
        frame = np.clip(frame + grain, 0, 255)
    return np.asarray(frame, dtype=np.uint8)


def gs1_datamatrix_frame(seed: int = 0) -> Gray:
    """The benchmark's frame: one GS1 DataMatrix, turned, blurred and noisy."""
    printed = symbol(GS1_DATAMATRIX, zxingcpp.BarcodeFormat.DataMatrix, scale=6, gs1=True)
    return in_frame(printed, angle=33, tilt=0.1, blur=1.0, noise=6, seed=seed)


def gs1_128_frame(seed: int = 0) -> Gray:
    printed = symbol(GS1_128, zxingcpp.BarcodeFormat.Code128, scale=3, gs1=True)
    # zbar starts losing 1D codes to per-pixel noise at sigma 4 (zxing reads
    # them at 6+); the frame both backends are compared on stays below that.
    return in_frame(printed, angle=4, tilt=0.05, blur=1.2, noise=3, seed=seed)


def rotated(printed: Gray, angle: float, *, border: int = 255) -> Gray:
    """`printed` turned by `angle` degrees on a canvas grown to hold it."""
    h, w = printed.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(turn[0, 0]), abs(turn[0, 1])
    width, height = int(h * sin + w * cos) + 1, int(h * cos + w * sin) + 1
    turn[0, 2] += width / 2 - w / 2
    turn[1, 2] += height / 2 - h / 2
    return np.asarray(cv2.warpAffine(printed, turn, (width, height), borderValue=border), np.uint8)


def scene(
    placed: list[tuple[Gray, tuple[int, int]]],
    *,
    background: int = PAPER,
    blur: float = 0.8,
    noise: float = 4.0,
    seed: int = 0,
) -> Gray:
    """Several labels or marks, each pasted at its centre, in one 1280x720 frame.

    A printed label is its white rectangle on the pack (`background`); blur
    and noise as in `in_frame`.
    """
    width, height = FRAME_SIZE
    frame: npt.NDArray[Any] = np.full((height, width), background, dtype=np.float64)
    for patch, (cx, cy) in placed:
        h, w = patch.shape
        x, y = cx - w // 2, cy - h // 2
        frame[y : y + h, x : x + w] = patch
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise:
        frame = frame + np.random.default_rng(seed).normal(0.0, noise, frame.shape)
    return np.asarray(np.clip(frame, 0, 255), dtype=np.uint8)


METAL = 70
MARK = 190


def dot_peen(
    content: str,
    fmt: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.DataMatrix,
    *,
    module: int = 6,
    mirrored: bool = False,
    **options: Any,
) -> Gray:
    """A direct part mark as a dot-peen or laser marker leaves it on steel:
    each dark module of the symbol a round light dot on dark metal.

    `mirrored` as seen through a transparent part, or marked from behind.
    """
    matrix = symbol(content, fmt, scale=1, **options)
    mark: npt.NDArray[Any] = np.full(
        (matrix.shape[0] * module, matrix.shape[1] * module), METAL, np.uint8
    )
    radius = round(module * 0.42)
    for row, col in zip(*np.nonzero(matrix < 128), strict=True):
        centre = (int(col) * module + module // 2, int(row) * module + module // 2)
        cv2.circle(mark, centre, radius, MARK, -1, cv2.LINE_AA)
    return np.asarray(mark[:, ::-1] if mirrored else mark, dtype=np.uint8)


# A second item, so a mix-up between the symbols of one frame would show.
SMALL_GS1_DATAMATRIX = "(01)04012345000016(17)270630(10)SMALL1(21)S123"


def three_symbols() -> list[tuple[Gray, tuple[int, int]]]:
    """A large Digital Link QR, a GS1-128 and a small GS1 DataMatrix whose
    3 px modules are too fine for a read of the frame reduced to 640 px."""
    qr = symbol(DIGITAL_LINK, zxingcpp.BarcodeFormat.QRCode, scale=8)
    gs1_128 = symbol(GS1_128, zxingcpp.BarcodeFormat.Code128, scale=3, gs1=True)
    small = symbol(SMALL_GS1_DATAMATRIX, zxingcpp.BarcodeFormat.DataMatrix, scale=3, gs1=True)
    return [
        (rotated(qr, 10), (300, 330)),
        (rotated(gs1_128, -3), (820, 560)),
        (rotated(small, 25), (1000, 200)),
    ]


def three_symbol_frame(seed: int = 0) -> Gray:
    return scene(three_symbols(), seed=seed)
