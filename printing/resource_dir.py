"""Where the shipped resources are: the `resources` folder beside the packages.

One rule for the three ways Lotkeeper runs: from the checkout (resources/ at
its top), installed from the wheel (package data beside app/ and ui/ in
site-packages) and in the PyInstaller bundle (copied beside the frozen
packages). It lives here, the lowest layer that reads a resource, so that
printing and the UI find the same files.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
SOUNDS = RESOURCES / "sounds"
TRANSLATIONS = RESOURCES / "translations"
STYLE_SHEET = RESOURCES / "style.qss"
