"""The main screens, in navigation order (F1 is the first). Add a screen: one line here."""

from __future__ import annotations

from ui.screen import Screen

SCREENS: list[type[Screen]] = []
