"""Every visible string has its Chinese: the .ts is complete and the screens show no English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.errors import Code
from app.services.context import ActionResult
from tests.ui.conftest import NOW
from ui.dialogs.item_name import ItemNameDialog
from ui.dialogs.override import OverrideDialog
from ui.i18n import install_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.paths import TRANSLATIONS
from ui.reasons import describe
from ui.screens import SCREENS
from ui.session import Session
from ui.site_opening import Site, SiteOpening

# Words that stay as they are in Chinese text: standards, codes, the product's name.
KEEP = {"GTIN", "UDI", "DI", "FEFO", "AI", "PIN", "Lotkeeper", "GS"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH_WORD.findall(text) if w not in KEEP]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QSpinBox):
            yield name, widget.specialValueText() + widget.prefix()
        if isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(col)
                yield name, header.text() if header else ""
    yield "window title", root.windowTitle()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_translation_files_have_no_unfinished_entries(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"lotkeeper_{lang}.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation") is not None
        and (m.find("translation").get("type") == "unfinished" or not m.findtext("translation"))
    ]
    assert unfinished == []
    assert (TRANSLATIONS / f"lotkeeper_{lang}.qm").exists()


def test_every_screen_and_dialog_shows_only_chinese(
    qtbot: QtBot, chinese: None, supervisor_session: Session
) -> None:
    window = MainWindow(supervisor_session, SCREENS)
    qtbot.addWidget(window)
    supervisor_session.tasks.wait_idle()
    dialogs: list[QWidget] = [
        LoginDialog(
            SiteOpening.of(Site(supervisor_session.store, supervisor_session.device)),
            supervisor_session.tasks,
            supervisor_session.clock,
        ),
        OverrideDialog("问题"),
        ItemNameDialog("04006381333931"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    username = supervisor_session.user.username  # data, not text to translate
    problems = [
        (where, text)
        for root in [window, *dialogs]
        for where, text in visible_texts(root)
        if english_in(text.replace(username, ""))
    ]
    assert problems == [], "\n".join(map(repr, problems))


def test_every_reason_code_has_a_chinese_sentence(chinese: None) -> None:
    for code in Code:
        result = ActionResult(code is Code.ACCEPTED, code, "english", lot="L1", fefo_lot="L0")
        verdict = describe(result, "pick", NOW.date())
        assert verdict.headline and not english_in(verdict.headline), code
        assert not english_in(verdict.detail), code
