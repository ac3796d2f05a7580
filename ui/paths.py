"""Where the shipped resources are (sounds, translations, fonts, style sheet).

The same rule as printing/resource_dir.py (the `resources` folder beside the
packages: checkout, site-packages and the PyInstaller bundle alike), written
out here because importing anything from `printing` first loads all of it
(reportlab, Pillow), which the desktop's start-up does not need.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SOUNDS = RESOURCES / "sounds"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
STYLE_SHEET = RESOURCES / "style.qss"
