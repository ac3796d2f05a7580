"""What every image decoder returns, and the reader interface backends implement.

The shape follows Electrum's qrreader: callers hold an `ImageReader` and never
import a native library themselves, so a missing library costs one backend,
not the application.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

GrayImage = npt.NDArray[np.uint8]
Point = tuple[int, int]
# top-left, top-right, bottom-right, bottom-left, in image pixels.
Quad = tuple[Point, Point, Point, Point]


@dataclass(frozen=True, slots=True)
class Symbol:
    """One barcode found in an image.

    `text` keeps GS1 separators as the ASCII GS character (\\x1d) and never
    starts with a symbology identifier. `symbology` is the AIM identifier
    (``]d2`` GS1 DataMatrix, ``]C1`` GS1-128, ``]Q1`` QR, ...), or None when
    the backend cannot tell.
    """

    text: str
    symbology: str | None
    format: str
    position: Quad
    backend: str

    @property
    def raw(self) -> str:
        """The text as a scanner with AIM prefixes on would send it: what `parse` takes."""
        return f"{self.symbology or ''}{self.text}"


class ImageReader(ABC):
    """A barcode decoder for still images and video frames."""

    name: str

    @abstractmethod
    def read(self, image: GrayImage) -> list[Symbol]:
        """Every symbol in a single-channel 8-bit image; empty when none."""


def to_gray(image: npt.NDArray[Any]) -> GrayImage:
    """A contiguous 8-bit single-channel view of a gray, BGR or BGRA frame."""
    if image.dtype != np.uint8:
        raise ValueError(f"expected an 8-bit image, got dtype {image.dtype}")
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] in (3, 4):
        code = cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        return np.asarray(cv2.cvtColor(image, code), dtype=np.uint8)
    raise ValueError(f"expected a gray or BGR image, got shape {image.shape}")
