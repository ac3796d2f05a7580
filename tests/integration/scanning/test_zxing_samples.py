"""Read rates on zxing-cpp's own sample photos, ours beside plain zxing-cpp.

The samples (test/samples in github.com/zxing-cpp/zxing-cpp, Apache-2.0) are
not kept in this repository. To run, point the variable at a checkout's folder:

    LOTKEEPER_ZXING_SAMPLES=/path/to/zxing-cpp/test/samples \\
        .venv/bin/python -m pytest -s tests/integration/scanning/test_zxing_samples.py

Each image counts as read when a symbol's text equals the .txt beside it
(images with only a binary .bin expectation are left out). Every image is
also tried inverted (light on dark), mirrored, both, and turned 90 degrees. "plain" is
`zxingcpp.read_barcodes` with its defaults (inversion included) except the
text mode, Plain as ours, so texts compare; the text mode finds nothing more
or less. Ours must read at least what plain reads, folder by folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import zxingcpp

from scanning.decoders import get_reader, load_gray
from tests.integration.scanning.frames import Gray

SAMPLES = os.environ.get("LOTKEEPER_ZXING_SAMPLES")
pytestmark = pytest.mark.skipif(
    not SAMPLES, reason="LOTKEEPER_ZXING_SAMPLES is not set (zxing-cpp's test/samples folder)"
)
FOLDER_KINDS = ("datamatrix", "qrcode", "rss14", "rssexpanded", "rssexpandedstacked", "databarltd")
IMAGE_SUFFIXES = {".png", ".jpg", ".webp", ".gif", ".pgm"}
VARIANTS: dict[str, Callable[[Gray], Gray]] = {
    "as is": lambda image: image,
    "inverted": lambda image: np.asarray(255 - image, np.uint8),
    "mirrored": lambda image: np.ascontiguousarray(image[:, ::-1]),
    "inverted+mirrored": lambda image: np.ascontiguousarray(255 - image[:, ::-1]),
    "turned 90": lambda image: np.ascontiguousarray(np.rot90(image)),
}


def folders() -> list[Path]:
    root = Path(SAMPLES or ".")
    return sorted(
        folder
        for folder in root.iterdir()
        if folder.is_dir() and folder.name.rsplit("-", 1)[0] in FOLDER_KINDS
    )


def samples(folder: Path) -> list[tuple[Path, str]]:
    """(image, expected text) pairs; CR LF kept as the symbol holds it."""
    return [
        (image, image.with_suffix(".txt").read_bytes().decode("utf-8"))
        for image in sorted(folder.iterdir())
        if image.suffix in IMAGE_SUFFIXES and image.with_suffix(".txt").exists()
    ]


def plain_texts(image: Gray) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)]


def our_texts(image: Gray) -> list[str]:
    return [symbol.text for symbol in get_reader("zxing").read(image)]


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_we_read_every_sample_plain_zxing_reads(variant: str) -> None:
    change = VARIANTS[variant]
    rows, short = [], []
    totals = [0, 0, 0]
    for folder in folders():
        pairs = samples(folder)
        if not pairs:
            continue  # structured-append sets, named per group
        ours = plain = 0
        for path, expected in pairs:
            image = change(load_gray(path))
            ours += expected in our_texts(image)
            plain += expected in plain_texts(image)
        rows.append(
            f"  {variant:<18} {folder.name:<22} ours {ours:3}/{len(pairs):<3} plain {plain:3}"
        )
        totals = [totals[0] + ours, totals[1] + plain, totals[2] + len(pairs)]
        if ours < plain:
            short.append(folder.name)
    print("\n" + "\n".join(rows))
    print(f"  {variant:<18} {'all':<22} ours {totals[0]:3}/{totals[2]:<3} plain {totals[1]:3}")
    assert rows, f"no sample folders under {SAMPLES}"
    assert short == []
