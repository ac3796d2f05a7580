"""Decoding barcodes in images: `decode(image) -> list[Symbol]`.

Backends, in order of preference:

- ``zxing`` (zxing-cpp): the default; reads GS1 DataMatrix and every GS1
  DataBar, light-on-dark and mirrored marks, every symbol in a frame, and
  gives AIM ids (see `scanning.decoders.zxing_backend`).
- ``zbar`` (pyzbar + libzbar): optional; 1D codes and QR only, and its AIM
  ids are derived (see `scanning.decoders.zbar_backend`).

A backend whose native library is missing raises DecoderUnavailable when
asked for; `available_backends()` says which ones load on this machine.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import numpy.typing as npt

from scanning.decoders.base import GrayImage, ImageReader, Point, Quad, Symbol, to_gray
from scanning.decoders.images import UnreadableImage, load_gray
from scanning.errors import DecoderUnavailable

__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "GrayImage",
    "ImageReader",
    "Point",
    "Quad",
    "Symbol",
    "UnreadableImage",
    "available_backends",
    "decode",
    "get_reader",
    "load_gray",
    "to_gray",
]

# name -> (module, class, what to install when the import fails)
BACKENDS: dict[str, tuple[str, str, str]] = {
    "zxing": ("scanning.decoders.zxing_backend", "ZxingReader", "pip install zxing-cpp"),
    "zbar": (
        "scanning.decoders.zbar_backend",
        "ZbarReader",
        "the zbar shared library (Debian/Ubuntu: apt-get install libzbar0) and pyzbar",
    ),
}
DEFAULT_BACKEND = "zxing"

_readers: dict[str, ImageReader] = {}


def get_reader(backend: str = DEFAULT_BACKEND) -> ImageReader:
    """The shared reader for `backend`; DecoderUnavailable if it cannot load."""
    if backend in _readers:
        return _readers[backend]
    if backend not in BACKENDS:
        raise DecoderUnavailable(
            f"unknown barcode decoder {backend!r}; known: {', '.join(BACKENDS)}"
        )
    module_name, class_name, remedy = BACKENDS[backend]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise DecoderUnavailable(
            f"barcode decoder {backend!r} is not available ({exc}); install {remedy}"
        ) from exc
    reader: ImageReader = getattr(module, class_name)()
    _readers[backend] = reader
    return reader


def available_backends() -> list[str]:
    """The backends that load here, default first."""
    names = []
    for name in BACKENDS:
        try:
            get_reader(name)
        except DecoderUnavailable:
            continue
        names.append(name)
    return names


def decode(
    image: npt.NDArray[Any] | str | os.PathLike[str], backend: str = DEFAULT_BACKEND
) -> list[Symbol]:
    """Every barcode in `image`: a BGR/gray numpy array, or an image file path.

    Raises UnreadableImage for a file that is missing or not an image, and
    DecoderUnavailable when `backend` cannot be loaded.
    """
    reader = get_reader(backend)
    gray = load_gray(image) if isinstance(image, str | os.PathLike) else to_gray(image)
    return reader.read(gray)
