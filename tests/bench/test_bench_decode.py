"""Decode timings on 1280x720 frames. Not run in CI (tests/bench is ignored);
run with:

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_decode.py

Floors, measured in the same run: plain `zxingcpp.read_barcodes` with its
defaults on the same frames, and the bare coarse read (one read of the frame
reduced to 640 px, what the reader cannot do less than).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import cv2
import numpy as np
import zxingcpp

from scanning.decoders import ImageReader, Symbol, get_reader
from scanning.decoders.zxing_backend import FORMATS, ZxingReader
from tests.integration.scanning.frames import (
    GS1_128_RAW,
    GS1_DATAMATRIX,
    GS1_DATAMATRIX_RAW,
    METAL,
    Gray,
    dot_peen,
    gs1_128_frame,
    gs1_datamatrix_frame,
    in_frame,
    rotated,
    scene,
    symbol,
    three_symbol_frame,
)

SINGLE_TARGET_MS = 3.0
THREE_TARGET_MS = 15.0
ROUNDS = 5
DM_FRAMES = [gs1_datamatrix_frame(seed) for seed in range(8)]
GS1_128_FRAMES = [gs1_128_frame(seed) for seed in range(8)]
# 3 px modules: too fine for the coarse pass, so these pay for the full-size read.
SMALL_DM_FRAMES = [
    in_frame(
        symbol(GS1_DATAMATRIX, zxingcpp.BarcodeFormat.DataMatrix, scale=3, gs1=True),
        angle=33,
        blur=0.6,
        noise=4,
        seed=seed,
    )
    for seed in range(8)
]
# Paper under the camera and nothing on it: sensor noise, no symbol (a
# perfectly flat frame is no camera's, and zxing-cpp's linear readers are
# slower on one than on any real frame).
EMPTY = [in_frame(np.full((4, 4), 255, np.uint8), noise=4, seed=seed) for seed in range(4)]
THREE_FRAMES = [three_symbol_frame(seed) for seed in range(8)]
DATABAR_FRAMES = [
    scene(
        [(rotated(symbol("(01)09506000134352(17)261231(10)AB12", fmt, scale=2), 3), (640, 360))],
        seed=seed,
    )
    for seed, fmt in enumerate(
        [zxingcpp.BarcodeFormat.DataBarExp, zxingcpp.BarcodeFormat.DataBarExpStk] * 4
    )
]
DPM_FRAMES = [
    scene(
        [(rotated(dot_peen(GS1_DATAMATRIX, gs1=True), 30 * seed, border=METAL), (640, 360))],
        background=METAL,
        noise=5,
        seed=seed,
    )
    for seed in range(8)
]


def median_ms(read: Callable[[Gray], object], frames: list[Gray]) -> float:
    read(frames[0])  # first call pays for lazy set-up inside the library
    times = []
    for _ in range(ROUNDS):
        for frame in frames:
            start = time.perf_counter()
            read(frame)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def reads(reader: ImageReader, frames: list[Gray], raw: str) -> bool:
    return all([symbol.text for symbol in reader.read(frame)] == [raw] for frame in frames)


def zxing_defaults(frame: Gray) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(frame)


def coarse_read_only(frame: Gray) -> list[zxingcpp.Barcode]:
    """The floor of the fast path: its first read and nothing after it."""
    small = cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA)
    return zxingcpp.read_barcodes(
        small,
        formats=FORMATS,
        text_mode=zxingcpp.TextMode.Plain,
        try_invert=False,
        try_downscale=False,
    )


def report(rows: list[tuple[str, float]]) -> None:
    print()
    for name, ms in rows:
        print(f"  {name:<60} {ms:7.2f} ms")


def test_tuned_zxing_reads_a_clean_single_symbol_frame_within_3_ms() -> None:
    tuned, full_size = get_reader("zxing"), ZxingReader(coarse_width=None)
    assert reads(tuned, DM_FRAMES, GS1_DATAMATRIX_RAW)
    assert reads(full_size, DM_FRAMES, GS1_DATAMATRIX_RAW)
    assert reads(tuned, SMALL_DM_FRAMES, GS1_DATAMATRIX_RAW)
    rows = [
        ("zxing defaults, GS1 DataMatrix", median_ms(zxing_defaults, DM_FRAMES)),
        ("floor: the coarse read alone, GS1 DataMatrix", median_ms(coarse_read_only, DM_FRAMES)),
        ("zxing tuned, full size first, GS1 DataMatrix", median_ms(full_size.read, DM_FRAMES)),
        ("zxing tuned (coarse pass first), GS1 DataMatrix", median_ms(tuned.read, DM_FRAMES)),
        (
            "zxing tuned, small GS1 DataMatrix (3 px modules)",
            median_ms(tuned.read, SMALL_DM_FRAMES),
        ),
        ("zxing tuned, GS1 DataBar Expanded (stacked)", median_ms(tuned.read, DATABAR_FRAMES)),
        ("zxing tuned, light-on-dark dot-peen DataMatrix", median_ms(tuned.read, DPM_FRAMES)),
        (
            "zxing defaults, light-on-dark dot-peen DataMatrix",
            median_ms(zxing_defaults, DPM_FRAMES),
        ),
        ("zxing tuned, frame with no symbol", median_ms(tuned.read, EMPTY)),
    ]
    report(rows)
    tuned_ms = rows[3][1]
    print(f"  defaults / tuned: {rows[0][1] / tuned_ms:.1f}x")
    print(f"  tuned / coarse-read floor: {tuned_ms / rows[1][1]:.2f}x")
    assert tuned_ms <= SINGLE_TARGET_MS


def test_tuned_zxing_reads_a_three_symbol_frame_within_15_ms() -> None:
    tuned = get_reader("zxing")
    for frame in THREE_FRAMES:
        assert len(tuned.read(frame)) == 3
        assert len(zxing_defaults(frame)) == 3
    rows = [
        (
            "zxing defaults, QR + GS1-128 + small GS1 DataMatrix",
            median_ms(zxing_defaults, THREE_FRAMES),
        ),
        ("floor: the coarse read alone (finds 2 of 3)", median_ms(coarse_read_only, THREE_FRAMES)),
        ("zxing tuned, QR + GS1-128 + small GS1 DataMatrix", median_ms(tuned.read, THREE_FRAMES)),
    ]
    report(rows)
    tuned_ms = rows[2][1]
    print(f"  defaults / tuned: {rows[0][1] / tuned_ms:.1f}x")
    print(f"  tuned / coarse-read floor: {tuned_ms / rows[1][1]:.2f}x")
    assert tuned_ms <= THREE_TARGET_MS


def test_zxing_against_pyzbar_on_the_same_gs1_128_frames() -> None:
    zxing, zbar = get_reader("zxing"), get_reader("zbar")
    assert reads(zxing, GS1_128_FRAMES, GS1_128_RAW)
    assert reads(zbar, GS1_128_FRAMES, GS1_128_RAW)
    zxing_ms = median_ms(zxing.read, GS1_128_FRAMES)
    zbar_ms = median_ms(zbar.read, GS1_128_FRAMES)
    report([("zxing tuned, GS1-128", zxing_ms), ("pyzbar, GS1-128", zbar_ms)])
    print(f"  pyzbar / zxing: {zbar_ms / zxing_ms:.1f}x")


def test_symbols_from_both_backends_agree_on_gs1_128() -> None:
    def key(symbols: list[Symbol]) -> list[tuple[str, str | None]]:
        return [(symbol.text, symbol.symbology) for symbol in symbols]

    for frame in GS1_128_FRAMES:
        assert key(get_reader("zxing").read(frame)) == key(get_reader("zbar").read(frame))
