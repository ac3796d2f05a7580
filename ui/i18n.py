"""Language: --lang, else the saved choice, else the system locale; zh_CN for Chinese.

The language is chosen at start-up; a change in settings (`save_language`)
takes effect on the next start (screens build their texts once).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app.adapters.home import data_dir
from ui.paths import TRANSLATIONS

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"


def _settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    value = _settings().value("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    _settings().setValue("language", lang)


def normalise(lang: str) -> str:
    """Any Chinese locale name -> zh_CN; anything else -> en."""
    return "zh_CN" if lang.lower().replace("-", "_").startswith("zh") else "en"


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    if requested:
        return normalise(requested)
    saved = saved_language()
    if saved:
        return saved
    return normalise((system or QLocale.system()).name())


def current_language() -> str:
    """The language this session runs in (install_translators set it as the default locale)."""
    return normalise(QLocale().name())


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our strings and Qt's own (standard buttons); kept referenced by the caller."""
    QLocale.setDefault(QLocale(lang))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"lotkeeper_{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s", lang)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed
