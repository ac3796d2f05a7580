"""High-contrast style sheet and fonts readable at arm's length."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.paths import FONTS, STYLE_SHEET

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 15


def apply_style(app: QApplication) -> None:
    family = _cjk_family()
    font = QFont(family) if family else app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def _cjk_family() -> str | None:
    """The shipped WenQuanYi Micro Hei, so Chinese renders the same on every machine."""
    font_id = QFontDatabase.addApplicationFont(str(FONTS / "wqy-microhei.ttc"))
    if font_id < 0:
        log.warning("the shipped CJK font could not be loaded; using the system font")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None
