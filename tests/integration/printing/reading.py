"""Reading printed output back: PDF to pixels with poppler, symbols with zxing-cpp."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import zxingcpp
from PIL import Image

from scanning.parse import parse
from scanning.scan import Scan

# Two-digit GS1 years in the samples are placed relative to this day.
TODAY = date(2026, 1, 1)


def pdf_pages_to_png(pdf: bytes, tmp_path: Path, dpi: int = 300) -> list[Path]:
    source = tmp_path / "out.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "page")], check=True
    )
    return sorted(tmp_path.glob("page*.png"))


def decode(png: Path) -> list[zxingcpp.Barcode]:
    # Plain text mode keeps the GS separators as they are in the symbol.
    return list(
        zxingcpp.read_barcodes(Image.open(png).convert("L"), text_mode=zxingcpp.TextMode.Plain)
    )


def scans(png: Path) -> dict[str, Scan]:
    """Each symbol on the image parsed as the app would: by symbology identifier."""
    return {
        b.symbology_identifier: parse(b.symbology_identifier + b.text, today=TODAY)
        for b in decode(png)
    }


def pdftotext(pdf: bytes, tmp_path: Path, *pages: int) -> str:
    source = tmp_path / "text.pdf"
    source.write_bytes(pdf)
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, str(source), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdffonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdffonts", str(source)], check=True, capture_output=True, text=True
    ).stdout
    return [line.split() for line in out.splitlines()[2:]]
