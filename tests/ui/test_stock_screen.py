"""Stock & lots: search, the lazy table, the lot's one picture, printing its label."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import zxingcpp
from PIL import Image
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from scanning.parse import parse
from tests.ui.conftest import FakeClock
from tests.ui.operator import scanner_burst
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import SUTURE, gs1
from ui.dialogs.print_preview import PrintDialog, rasterise
from ui.screens.stock import StockScreen
from ui.session import Session
from ui.widgets.device_settings import PrinterSettings, save_printer


def test_search_by_chinese_name_lists_the_lots_and_selecting_one_shows_its_life(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    _, screen = open_screen(qtbot, operator_session, StockScreen, key_clock)
    assert screen.model.rowCount() == 3
    screen.search.setText("缝合")
    screen.search.returnPressed.emit()
    settle(operator_session)
    assert screen.matches.text().startswith("2")
    settle(operator_session)
    lots = {screen.model.data(screen.model.index(r, 2)) for r in range(2)}
    assert lots == {"S-EARLY", "S-LATE"}
    screen.table.selectRow(0)
    settle(operator_session)
    panel = screen.panel
    assert panel.trace is not None and panel.trace["lot"]["lot"] == "S-EARLY"
    assert "120" in panel.facts["expiry"].text()
    assert "sup1" in panel.facts["received"].text()
    assert panel.stock.texts(0) == ["A-01"]
    assert panel.stock.texts(2) == ["sup1"]
    assert panel.history.rowCount() == 1


def test_scanning_a_lot_opens_its_panel(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    window, screen = open_screen(qtbot, operator_session, StockScreen, key_clock)
    scanner_burst(qtbot, window, key_clock, gs1(SUTURE, clock.today() + timedelta(400), "S-LATE"))
    settle(operator_session)
    assert screen.panel.trace is not None
    assert screen.panel.trace["lot"]["lot"] == "S-LATE"
    assert screen.panel.facts["on_hand"].text() == "5"


def test_printing_the_lot_label_to_a_file_gives_a_pdf_whose_datamatrix_is_the_lot(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock, tmp_path: Path
) -> None:
    save_printer(PrinterSettings(folder=str(tmp_path / "out")))
    _, screen = open_screen(qtbot, operator_session, StockScreen, key_clock)
    screen.panel.show_lot(SUTURE, "S-EARLY")
    settle(operator_session)
    screen.panel.print_button.click()
    dialog = screen.panel.findChild(PrintDialog)
    assert dialog is not None
    settle(operator_session)
    assert dialog.prepared is not None and len(dialog.prepared.pages) == 1
    dialog.print_button.click()
    settle(operator_session)
    assert "out" in dialog.status.text()
    (pdf,) = (tmp_path / "out").glob("lot-S-EARLY-*.pdf")
    (page,), _ = rasterise(pdf.read_bytes(), 300, 1)
    png = tmp_path / "label.png"
    page.save(str(png))
    codes = zxingcpp.read_barcodes(Image.open(png).convert("L"))
    matrix = [c for c in codes if c.symbology_identifier == "]d2"]
    assert matrix
    scan = parse(matrix[0].symbology_identifier + matrix[0].text)
    assert (scan.di, scan.lot) == (SUTURE, "S-EARLY")


def test_a_print_job_to_a_printer_that_is_off_shows_the_error_and_retry(
    qtbot: QtBot, operator_session: Session, key_clock: FakeClock
) -> None:
    from ui.widgets.device_settings import PrinterKind

    save_printer(PrinterSettings(kind=PrinterKind.RAW_TCP, host="127.0.0.1", port=1))
    _, screen = open_screen(qtbot, operator_session, StockScreen, key_clock)
    screen.panel.show_lot(SUTURE, "S-EARLY")
    settle(operator_session)
    screen.panel.print_label()
    dialog = screen.panel.findChild(PrintDialog)
    assert dialog is not None
    settle(operator_session)
    dialog.print_button.click()
    settle(operator_session)
    # The screen's own words, not the delivery layer's English message.
    assert "The printer did not take the job" in dialog.status.text()
    assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
    assert dialog.job is not None and dialog.job.attempts == 1
    dialog.retry_button.click()
    settle(operator_session)
    assert dialog.job.attempts == 2
