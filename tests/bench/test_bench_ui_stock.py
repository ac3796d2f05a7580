"""Scrolling the stock table over 1,000,000 lots never blocks the UI thread > 50 ms.

A 2 ms heartbeat timer runs on the UI thread while the table is scrolled from
the top to the last row in 100 jumps (each waits until the rows on screen
have arrived); the longest gap between heartbeats, less the timer period, is
the longest stall. Not in CI: `pytest tests/bench/test_bench_ui_stock.py -s`.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.services.people import authenticate
from tests.bench.big_store import PINS, TODAY, ensure_built
from ui.main_window import MainWindow
from ui.screens.stock import StockScreen
from ui.session import Session
from ui.sounds import Sounds

BEAT_MS = 2
STEPS = 100
LIMIT_MS = 50


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _beat(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def test_scrolling_a_million_lots_never_stalls_the_ui_thread(qtbot: QtBot) -> None:
    store = Store(ensure_built())
    clock = FixedClock(datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC))
    operator = authenticate(store.uow(), clock, "operator", PINS["operator"])
    session = Session(store, clock, operator, sounds=Sounds(enabled=False))
    window = MainWindow(session, [StockScreen])
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    screen = window.screens["stock"]
    assert isinstance(screen, StockScreen)
    session.tasks.wait_idle(30)
    rows = screen.model.rowCount()
    assert rows >= 1_000_000

    beat = Heartbeat()
    beat.start()
    bar = screen.table.verticalScrollBar()
    waits = []
    started = time.perf_counter()
    for step in range(STEPS + 1):
        bar.setValue(round(bar.maximum() * step / STEPS))
        target = screen.table.rowAt(0)
        t0 = time.perf_counter()
        deadline = t0 + 10
        while time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            if screen.model._pages.get(target // 200) is not None:
                break
            time.sleep(0.001)
        waits.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    QCoreApplication.processEvents()
    stall = beat.longest - BEAT_MS
    waits.sort()
    print(
        f"\n{rows} lots, {STEPS} jumps to the end in {total:.1f} s; rows on screen after "
        f"median {waits[len(waits) // 2] * 1000:.0f} ms, worst {waits[-1] * 1000:.0f} ms; "
        f"longest UI-thread stall {stall} ms"
    )
    assert screen.model.row_data(rows - 1) is not None  # reached the last lot
    assert stall <= LIMIT_MS
    session.tasks.wait_idle(30)
    session.close()
    store.close()
