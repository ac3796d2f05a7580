"""Loading image files for decoding, with errors a user can act on."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np

from scanning.decoders.base import GrayImage


class UnreadableImage(ValueError):
    """An image file is missing, unreadable, or not an image OpenCV knows."""


def load_gray(path: str | os.PathLike[str]) -> GrayImage:
    file = Path(path)
    try:
        # np.fromfile + imdecode, because cv2.imread cannot open non-ASCII
        # paths on Windows, and Chinese folder names are the norm there.
        data = np.fromfile(file, dtype=np.uint8)
    except FileNotFoundError:
        raise UnreadableImage(f"{file}: no such file") from None
    except OSError as exc:
        raise UnreadableImage(f"{file}: cannot be read ({exc.strerror or exc})") from None
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if image is None:
        raise UnreadableImage(f"{file}: not an image file, or the image is corrupt")
    return np.asarray(image, dtype=np.uint8)
