"""The CJK font shipped in resources/fonts, for reportlab and for Pillow.

WenQuanYi Micro Hei has TrueType outlines, so reportlab can embed a subset
of it in every PDF (its built-in STSong-Light is never embedded and Noto CJK's
CFF outlines cannot be). It is loaded from the repository, not the system, so
Windows gets the same glyphs.
"""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from printing.resource_dir import FONTS

FONT_PATH = FONTS / "wqy-microhei.ttc"
FONT_NAME = "WenQuanYiMicroHei"


@lru_cache(maxsize=1)
def pdf_font() -> str:
    """Registers the font with reportlab once and returns its name."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
    return FONT_NAME


def text_width(text: str, size: float) -> float:
    """Advance width of `text` at font size `size`, in the unit of `size`."""
    return float(pdfmetrics.stringWidth(text, pdf_font(), 1.0)) * size


@lru_cache(maxsize=32)
def pillow_font(pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_PATH), pixels, index=0)
