"""Where the shipped resources are (sounds, translations, fonts, style sheet)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SOUNDS = RESOURCES / "sounds"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
STYLE_SHEET = RESOURCES / "style.qss"
