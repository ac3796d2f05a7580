"""The climate screen: the curve in its band, the excursion list, QA's decision (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.climate import MAX_POINTS
from app.services.commands import SaveLoggerMapping
from tests.integration.cold_chain.kit import (
    FRIDGE_FILE,
    MAPPING,
    cold_store,
    in_fridge,
    write_csv,
)
from tests.integration.core.store_kit import GAUZE, World
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.climate import ClimateScreen
from ui.session import Session
from ui.sounds import Sounds


def settle(session: Session) -> None:
    for _ in range(8):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


@pytest.fixture
def screen_for(qtbot: QtBot, world: World) -> Iterator[object]:
    cold_store(world)
    in_fridge(world, GAUZE, "G-IN", 10)
    world.clock = FixedClock(datetime(2024, 7, 3, 9, tzinfo=UTC))
    sessions: list[Session] = []

    def open_as(user: str) -> ClimateScreen:
        session = Session(world.store, world.clock, world.people[user], sounds=Sounds(False))
        sessions.append(session)
        window = MainWindow(session, [ClimateScreen])
        qtbot.addWidget(window)
        window.show()
        window.show_screen(ClimateScreen.key)
        settle(session)
        screen = window.screens[ClimateScreen.key]
        assert isinstance(screen, ClimateScreen)
        screen.location.setCurrentIndex(screen.location.findData("FRIDGE"))
        settle(session)
        return screen

    yield open_as
    for session in sessions:
        settle(session)
        session.close()


def test_an_imported_file_draws_its_curve_band_and_excursion_and_lists_the_lots(
    screen_for: object, world: World
) -> None:
    screen = screen_for("op")  # type: ignore[operator]
    assert not screen.release_button.isVisible()  # an operator takes no QA decision
    screen.import_file(FRIDGE_FILE)
    settle(screen.session)
    assert screen.band.tone is Tone.DECIDE
    series = screen.chart.series()
    line = next(s for s in series if isinstance(s, QLineSeries) and not isinstance(s, QAreaSeries))
    assert line.count() > 300
    assert any(isinstance(s, QAreaSeries) for s in series)
    marks = next(s for s in series if isinstance(s, QScatterSeries))
    assert marks.count() == 2  # the excursion's start and end
    assert screen.table.rowCount() == 1
    assert screen.table.texts(3) == ["45"] and screen.table.texts(7) == ["G-IN"]


def test_qa_releases_the_lots_from_the_screen(screen_for: object, world: World) -> None:
    screen = screen_for("qa")  # type: ignore[operator]
    screen.import_file(FRIDGE_FILE)
    settle(screen.session)
    assert world.lot(GAUZE, "G-IN")["hold"] == "quarantine"
    screen.justification.setText("stability data cover 45 min at 9.5 °C")
    screen.release_button.click()
    settle(screen.session)
    assert screen.band.tone is Tone.OK
    assert world.lot(GAUZE, "G-IN")["hold"] == "none"
    (row,) = world.sql("SELECT status, decided_by, justification FROM excursions")
    assert row == ("released", "qa", "stability data cover 45 min at 9.5 °C")


def test_humidity_gets_its_own_axis_and_band_and_no_data_periods_are_shaded_and_listed(
    screen_for: object, world: World, tmp_path: Path
) -> None:
    assert world.run(world.people["sup"], SaveLoggerMapping("generic", MAPPING)).ok
    start = datetime(2024, 7, 1, 0, 0)
    # A week of 5-minute readings (2,016: thinned for the chart), then 3 hours with none.
    week = write_csv(tmp_path / "week.csv", start, [5.0] * 2016)
    after = write_csv(tmp_path / "after.csv", start + timedelta(days=7, hours=3), [5.0] * 24)
    screen = screen_for("op")  # type: ignore[operator]
    screen.mapping.setText("generic")
    screen.import_file(week)
    settle(screen.session)
    screen.import_file(after)
    settle(screen.session)
    assert screen.band.detail.text() == "1 no-data periods: a warning was raised"

    named = {s.objectName(): s for s in screen.chart.series()}
    humidity = named["humidity"]
    assert isinstance(humidity, QLineSeries)
    assert 0 < humidity.count() <= 2 * MAX_POINTS  # thinned like the temperature
    assert {p.y() for p in humidity.points()} == {50.0}
    (right,) = [a for a in humidity.attachedAxes() if isinstance(a, QValueAxis)]
    assert screen.chart.axes(Qt.Orientation.Vertical).index(right) == 1  # a second value axis
    bands = [s for s in screen.chart.series() if s.objectName() == "humidity_band"]
    assert sorted(b.points()[0].y() for b in bands) == [35.0, 75.0]
    shaded = named["no_data"]
    assert isinstance(shaded, QAreaSeries)
    gap_start = datetime(2024, 7, 7, 23, 55, tzinfo=UTC)
    assert shaded.upperSeries().points()[0].x() == float(QDateTime(gap_start).toMSecsSinceEpoch())
    assert screen.gap_table.isVisibleTo(screen) and screen.gap_table.rowCount() == 1
    assert screen.gap_table.texts(2) == ["185"]  # 23:55 to 03:00
    screen.window().resize(1200, 860)
    settle(screen.session)
    screen.grab().save(str(tmp_path / "climate.png"))
    assert (tmp_path / "climate.png").stat().st_size > 0
