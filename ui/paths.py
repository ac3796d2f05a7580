"""Where the shipped resources are (sounds, translations, fonts, style sheet)."""

from __future__ import annotations

from printing.resource_dir import FONTS, RESOURCES, SOUNDS, STYLE_SHEET, TRANSLATIONS

__all__ = ["FONTS", "RESOURCES", "SOUNDS", "STYLE_SHEET", "TRANSLATIONS"]
