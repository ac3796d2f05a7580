"""Dashboard: the KPIs read off the UI thread, drawn as charts, each click showing its rows."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.kpis import department_items, kpi_set, risk_lot_rows
from tests.ui.conftest import FakeClock
from tests.ui.screens_kit import open_screen, settle
from tests.ui.store_builder import SUTURE
from ui.main_window import MainWindow
from ui.screens import SCREENS
from ui.screens.dashboard import TIERS, DashboardScreen
from ui.screens.warnings import WarningsScreen
from ui.session import Session
from ui.widgets.simple_table import SimpleTable
from ui.widgets.table_export import export_view


def test_the_dashboard_is_the_first_screen_for_supervisors_and_hidden_from_operators(
    qtbot: QtBot, supervisor_session: Session, operator_session: Session
) -> None:
    for session, first in ((supervisor_session, "dashboard"), (operator_session, "receiving")):
        window = MainWindow(session, SCREENS)
        qtbot.addWidget(window)
        assert next(iter(window.screens)) == first
        assert ("dashboard" in window.screens) is (first == "dashboard")
        settle(session)


def painted(qtbot: QtBot, session: Session, screen: DashboardScreen) -> None:
    """The answer read and every chart laid out (one per turn of the event loop)."""
    settle(session)
    qtbot.waitUntil(lambda: screen.first_paint is not None and not screen.painting, timeout=10_000)


def test_the_dashboard_shows_the_kpi_set_as_charts_read_off_the_ui_thread(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    _, screen = open_screen(qtbot, supervisor_session, DashboardScreen, key_clock)
    painted(qtbot, supervisor_session, screen)

    shown = screen.kpis
    assert shown is not None and screen.first_paint is not None
    assert shown == kpi_set(
        supervisor_session.store.uow(read_only=True), screen.period(), clock.today()
    )
    suppliers = screen.charts["suppliers"].chart()
    [bars] = suppliers.series()
    assert isinstance(bars, QBarSeries) and bars.count() == 2
    assert list(suppliers.axes(Qt.Orientation.Horizontal)[0].categories()) == [
        s.supplier or "—" for s in shown.suppliers
    ] or ["—"]
    [stacked] = screen.charts["departments"].chart().series()
    assert isinstance(stacked, QStackedBarSeries)
    lines = screen.charts["trend"].chart().series()
    assert len(lines) == 3 and all(isinstance(s, QLineSeries) for s in lines)
    assert [int(p.y()) for p in lines[1].points()] == [p.issued for p in shown.trend]
    assert screen.heat.rowCount() == len(shown.locations)


def test_the_windows_raise_and_warning_count_wait_for_the_dashboards_first_paint(
    qtbot: QtBot, supervisor_session: Session, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=115))  # S-EARLY has 5 days left: a critical warning to raise
    window = MainWindow(supervisor_session, [DashboardScreen])
    qtbot.addWidget(window)
    screen = window.screens["dashboard"]
    assert isinstance(screen, DashboardScreen)

    early: list[str] = []  # start-up work seen before the first paint

    def first_paint_done() -> bool:
        if screen.first_paint is not None:
            return True
        if supervisor_session.writer.busy:
            early.append("the day's raise")
        if window.warnings.total is not None:
            early.append("the warning count")
        return False

    qtbot.waitUntil(first_paint_done, timeout=10_000)
    assert early == []
    qtbot.waitUntil(lambda: window.warnings.text() == "Warnings: 1 · critical 1", timeout=10_000)
    settle(supervisor_session)


def test_a_click_on_a_heat_map_cell_or_a_bar_shows_the_rows_behind_it(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=100))  # S-EARLY then has 20 days left: a warning
    _, screen = open_screen(qtbot, supervisor_session, DashboardScreen, key_clock)
    painted(qtbot, supervisor_session, screen)
    k = screen.kpis
    assert k is not None and k.locations, "the UI store has stock in a warning tier"
    row, loc = next((n, loc) for n, loc in enumerate(k.locations) if loc.units)
    column = next(c for c, tier in enumerate(TIERS) if loc.tiers.get(tier.value))
    cell = screen.heat.visualItemRect(screen.heat.item(row, column)).center()
    qtbot.mouseClick(screen.heat.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    settle(supervisor_session)
    behind = risk_lot_rows(
        supervisor_session.store.uow(read_only=True), k.risk_on, loc.location, TIERS[column].value
    )
    assert screen.details.rowCount() == len(behind) > 0
    assert sum(int(r[-1]) for r in screen.details.rows_model.rows) == loc.tiers[TIERS[column].value]

    if k.suppliers:
        [bars] = screen.charts["suppliers"].chart().series()
        assert isinstance(bars, QBarSeries)
        bars.clicked.emit(0, bars.barSets()[0])
        assert screen.details.rows_model.rows[0][1] == k.suppliers[0].units_received

    if k.departments:  # a department's bar: every item line it used, read off the UI thread
        [stacked] = screen.charts["departments"].chart().series()
        stacked.clicked.emit(0, stacked.barSets()[0])
        settle(supervisor_session)
        lines = department_items(
            supervisor_session.store.uow(read_only=True),
            screen.period(),
            k.departments[0].department,
        )
        assert [r[0] for r in screen.details.rows_model.rows] == [i.di for _, i in lines]
        assert sum(int(r[2]) for r in screen.details.rows_model.rows) == k.departments[0].units


def test_units_expired_before_use_show_as_a_figure_and_per_item_on_a_click(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=130))  # S-EARLY (10 units) expired unused 10 days ago
    _, screen = open_screen(qtbot, supervisor_session, DashboardScreen, key_clock)
    settle(supervisor_session)
    k = screen.kpis
    assert k is not None
    assert "10 units" in screen.figures["expired"].text()
    qtbot.mouseClick(screen.expired_button, Qt.MouseButton.LeftButton)
    assert [r[0::2] for r in screen.details.rows_model.rows] == [[SUTURE, 10]]
    assert [(i.di, i.units_expired) for i in k.expired_items] == [(SUTURE, 10)]


def test_the_kpi_set_and_the_rows_on_show_export_to_one_workbook(
    qtbot: QtBot, supervisor_session: Session, key_clock: FakeClock, tmp_path: Path
) -> None:
    _, screen = open_screen(qtbot, supervisor_session, DashboardScreen, key_clock)
    painted(qtbot, supervisor_session, screen)
    screen.show_month(len(screen.kpis.trend) - 1 if screen.kpis else 0)
    written: list[Path] = []
    screen.export_xlsx(tmp_path / "kpis.xlsx", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    book = load_workbook(written[0])
    assert {"kpis", "suppliers", "items", "departments", "locations", "recalls"} <= set(
        book.sheetnames
    )
    assert book.sheetnames[-1].startswith("Month")

    reported: list[Path] = []
    screen.export_pdf(tmp_path / "report.pdf", reported.append)
    qtbot.waitUntil(lambda: bool(reported), timeout=20_000)
    assert reported[0].read_bytes().startswith(b"%PDF")


def test_any_table_exports_every_row_to_xlsx_from_its_context_menu(
    qtbot: QtBot,
    supervisor_session: Session,
    key_clock: FakeClock,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    table = SimpleTable(["Lot", "Reference"])
    qtbot.addWidget(table)
    table.set_rows([["L1", "=HYPERLINK(1)"], ["L2", "@cmd"]])
    assert table.export_action in table.actions()
    written: list[Path] = []
    export_view(table, lambda: list(table.rows_model.rows), tmp_path / "t.xlsx", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    sheet = load_workbook(written[0]).active
    assert [[c.value for c in r] for r in sheet.iter_rows()] == [
        ["Lot", "Reference"],
        ["L1", "=HYPERLINK(1)"],
        ["L2", "@cmd"],
    ]
    assert sheet["B2"].data_type == "s"

    # A paged table writes its whole query, not only the pages on screen.
    clock.advance(timedelta(days=100))  # S-EARLY: a warning to list once raised
    _, warnings = open_screen(qtbot, supervisor_session, WarningsScreen, key_clock)
    warnings.recompute_button.click()
    settle(supervisor_session)
    every = warnings.model.all_texts()
    assert len(every) == warnings.model.rowCount() > 0
    paged: list[Path] = []
    export_view(warnings.table, warnings.model.all_texts, tmp_path / "q.xlsx", paged.append)
    qtbot.waitUntil(lambda: bool(paged), timeout=10_000)
    assert load_workbook(paged[0]).active.max_row == len(every) + 1


def test_screenshots_include_the_dashboard_in_both_languages(tmp_path: Path) -> None:
    root = Path(__file__).parents[2]
    demo = tmp_path / "demo.db"
    made = subprocess.run(
        [sys.executable, str(root / "main.py"), "demo", "--db", str(demo), "--lots", "50"],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    for lang in ("zh_CN", "en"):
        done = subprocess.run(
            [
                sys.executable,
                str(root / "main.py"),
                "screenshots",
                "--db",
                str(demo),
                "--out",
                str(tmp_path),
                "--lang",
                lang,
            ],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=300,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
        [shot] = tmp_path.glob(f"*dashboard-{lang}.png")
        assert QImage(str(shot)).width() > 800
