"""Decode timings on 1280x720 frames. Not run in CI (tests/bench is ignored);
run with:

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_decode.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np
import zxingcpp

from scanning.decoders import ImageReader, Symbol, get_reader
from scanning.decoders.zxing_backend import ZxingReader
from tests.integration.scanning.frames import (
    FRAME_SIZE,
    GS1_128_RAW,
    GS1_DATAMATRIX,
    GS1_DATAMATRIX_RAW,
    PAPER,
    Gray,
    gs1_128_frame,
    gs1_datamatrix_frame,
    in_frame,
    symbol,
)

TARGET_MS = 15.0
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
EMPTY = np.full((FRAME_SIZE[1], FRAME_SIZE[0]), PAPER, np.uint8)


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


def report(rows: list[tuple[str, float]]) -> None:
    print()
    for name, ms in rows:
        print(f"  {name:<52} {ms:7.2f} ms")


def test_tuned_zxing_reads_a_gs1_datamatrix_720p_frame_within_target() -> None:
    tuned, full_size = get_reader("zxing"), ZxingReader(coarse_width=None)
    assert reads(tuned, DM_FRAMES, GS1_DATAMATRIX_RAW)
    assert reads(full_size, DM_FRAMES, GS1_DATAMATRIX_RAW)
    assert reads(tuned, SMALL_DM_FRAMES, GS1_DATAMATRIX_RAW)
    rows = [
        ("zxing defaults, GS1 DataMatrix", median_ms(zxing_defaults, DM_FRAMES)),
        ("zxing tuned, full size only, GS1 DataMatrix", median_ms(full_size.read, DM_FRAMES)),
        ("zxing tuned (coarse pass first), GS1 DataMatrix", median_ms(tuned.read, DM_FRAMES)),
        (
            "zxing tuned, small GS1 DataMatrix (3 px modules)",
            median_ms(tuned.read, SMALL_DM_FRAMES),
        ),
        ("zxing tuned, empty frame (both passes)", median_ms(tuned.read, [EMPTY])),
    ]
    report(rows)
    print(f"  defaults / tuned: {rows[0][1] / rows[2][1]:.1f}x")
    assert rows[2][1] <= TARGET_MS


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
