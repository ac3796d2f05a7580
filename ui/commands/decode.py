"""`decode IMAGE [...]`: every barcode in image files, parsed, one JSON object per symbol.

Its own module so that `parse` never loads the image decoders (NumPy, OpenCV,
zxing-cpp): exit status 2 if an image could not be read or no decoder loads,
else 1 if an image held no symbol.
"""

from __future__ import annotations

import argparse
import sys

from scanning.decoders import BACKENDS, DEFAULT_BACKEND, UnreadableImage, decode
from scanning.errors import DecoderUnavailable, ScanError
from scanning.parse import parse
from ui.commands.parse import add_today, error_json, print_json, scan_json, utf8_stdout


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "decode",
        help="find barcodes in image files and print them, parsed, as JSON lines",
        description="Decode every barcode in each IMAGE and print one JSON object per "
        "symbol. Exit status 2 if an image cannot be read, else 1 if one held no symbol.",
    )
    cmd.add_argument("images", nargs="+", metavar="IMAGE", help="PNG, JPEG, BMP, TIFF ... file")
    cmd.add_argument(
        "--backend", choices=tuple(BACKENDS), default=DEFAULT_BACKEND, help="image decoder"
    )
    add_today(cmd)
    cmd.set_defaults(func=_run_decode)


def _run_decode(args: argparse.Namespace) -> int:
    utf8_stdout()
    status = 0
    for image in args.images:
        try:
            symbols = decode(image, backend=args.backend)
        except (UnreadableImage, DecoderUnavailable) as error:
            sys.stderr.write(f"decode: {error}\n")
            status = 2
            continue
        if not symbols:
            sys.stderr.write(f"decode: {image}: no barcode found\n")
            status = max(status, 1)
        for symbol in symbols:
            try:
                scan = scan_json(parse(symbol.raw, today=args.today))
            except ScanError as error:
                scan = error_json(error)
            print_json(
                {
                    "file": image,
                    "format": symbol.format,
                    "symbology": symbol.symbology,
                    "text": symbol.text,
                    "position": [list(point) for point in symbol.position],
                    "scan": scan,
                }
            )
    return status
