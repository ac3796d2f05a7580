"""No screen freezes the window on a big store: every screen visited three times, 100,000 lots.

A freeze detector: a 5 ms timer on the UI thread (tests/stalls.py); the
longest gap between its ticks while the screens are shown, refreshed and
their reads delivered is the longest time a person would have waited for
the window. The benchmark of the same at 1,000,000 lots is
tests/bench/test_bench_freeze.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.adapters.store import Store
from app.domain.clock import FixedClock
from tests.bench.big_store import PINS
from tests.kit import People
from tests.stalls import StallMonitor
from ui.main_window import MainWindow
from ui.screens import SCREENS
from ui.session import Session
from ui.sounds import Sounds

ROOT = Path(__file__).parents[2]
LOTS = 100_000
LONGEST_ALLOWED = 1.0  # seconds


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "store-100k.db"
    env = {**os.environ, "LOTKEEPER_BENCH_LOTS": str(LOTS), "LOTKEEPER_BENCH_DB": str(path)}
    subprocess.run(
        [sys.executable, "-m", "tests.bench.big_store"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=900,
    )
    return path


@pytest.fixture
def window(qtbot: QtBot, big_store: Path) -> Iterator[MainWindow]:
    store = Store(big_store)
    clock = FixedClock(datetime(2026, 6, 1, 9, tzinfo=UTC))
    session = Session(store, clock, People(store, clock, PINS)["admin"], sounds=Sounds(False))
    win = MainWindow(session, SCREENS)
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    yield win
    session.tasks.wait_idle(60)
    session.writer.wait_idle(60)
    session.close()
    store.close()


def idle(window: MainWindow) -> bool:
    session = window.session
    QCoreApplication.processEvents()
    return not session.writer.busy and not session.tasks._live


def visit_every_screen(window: MainWindow, rounds: int) -> StallMonitor:
    monitor = StallMonitor(window)
    monitor.start()
    monitor.run_until(lambda: idle(window), timeout=300)  # the start-up's own reads
    for n in range(rounds):
        for key in window.screens:
            monitor.label(f"{key} (visit {n + 1})")
            window.show_screen(key)
            monitor.run_until(lambda: idle(window), timeout=300)
    monitor.stop()
    return monitor


@pytest.mark.slow
def test_no_screen_stalls_the_window_for_a_second_on_a_store_of_100000_lots(
    window: MainWindow,
) -> None:
    monitor = visit_every_screen(window, rounds=3)
    print(f"longest UI stall {monitor.longest * 1000:.0f} ms during {monitor.where}")
    assert len(window.screens) == len(SCREENS)  # the administrator sees every screen
    assert monitor.longest < LONGEST_ALLOWED, f"{monitor.longest:.3f} s during {monitor.where}"
