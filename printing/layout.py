"""A label as positioned items in millimetres, origin top-left, y down.

Each label is laid out once (`printing.labels`) and drawn by two backends:
reportlab for PDF and `printing.zpl` for thermal printers, so both print the
same thing in the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from printing.fonts import text_width
from printing.gs1 import Gs1Data
from printing.symbols import LinearSymbol, MatrixSymbol


@dataclass(frozen=True, slots=True)
class Text:
    """`size` is the font's em size in mm; `y` is the top of the em box."""

    x: float
    y: float
    size: float
    text: str
    inverse: bool = False


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class DataMatrix:
    x: float
    y: float
    module: float
    symbol: MatrixSymbol
    data: Gs1Data

    @property
    def extent(self) -> float:
        return self.module * self.symbol.size


@dataclass(frozen=True, slots=True)
class Code128:
    """`gs1` is set for GS1-128; `text` is what a plain Code 128 carries."""

    x: float
    y: float
    module: float
    height: float
    symbol: LinearSymbol
    text: str
    gs1: Gs1Data | None = None

    @property
    def width(self) -> float:
        return self.module * self.symbol.modules


Item = Text | Box | DataMatrix | Code128


@dataclass(frozen=True, slots=True)
class Layout:
    width: float
    height: float
    items: tuple[Item, ...]


_TOKENS = re.compile(r"[A-Za-z0-9_\-./:()]+|\s+|.")


def fit_size(text: str, max_width: float, size: float, min_size: float) -> float:
    """The largest size up to `size` at which `text` fits on one line."""
    width = text_width(text, size)
    if width <= max_width:
        return size
    return max(min_size, size * max_width / width)


def clip(text: str, max_width: float, size: float) -> str:
    """`text` cut with an ellipsis so that it fits `max_width`."""
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text + "…"


def wrap(text: str, max_width: float, size: float, max_lines: int) -> list[str]:
    """Greedy line breaking: between CJK characters, or at spaces in Latin text."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        candidate = line + token
        if line and text_width(candidate, size) > max_width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], clip(" ".join(lines[max_lines - 1 :]), max_width, size)]
    return [clip(x, max_width, size) for x in lines]
