"""Climate: per location the temperature curve in its range band, excursions and QA's word.

Humidity, when the readings have it, is drawn on a second axis with its band;
no-data periods are shaded on the curve and listed under it.

Reads go through QueryOp (off the UI thread), each write through ActionOp:
a logger file is read on the writer, the same intake the CLI uses.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.adapters.logger_files.intake import logger_file_command
from app.domain.permissions import Action
from app.services.climate import Curve, ExcursionView, location_curve, logged_locations
from app.services.commands import DecideExcursion
from app.services.context import ActionResult
from app.services.locations import LocationView, list_locations
from app.services.ports import UnitOfWork
from ui.operations import ActionOp, QueryOp
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable


def _msecs(at: datetime) -> float:
    return float(QDateTime(at.astimezone()).toMSecsSinceEpoch())


class ClimateScreen(Screen):
    key = "climate"
    permission = Action.IMPORT_CLIMATE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.curve: Curve | None = None
        self._band_edges: tuple[QLineSeries, QLineSeries] | None = None
        self.location = QComboBox()
        self.location.setObjectName("climate_location")
        self.location.currentIndexChanged.connect(lambda _: self.refresh())
        self.import_button = QPushButton(self.tr("Import logger file…"))
        self.import_button.setObjectName("import_logger_file")
        self.import_button.clicked.connect(self.choose_file)
        self.mapping = QLineEdit()
        self.mapping.setObjectName("logger_mapping")
        self.mapping.setPlaceholderText(self.tr("column mapping, for a CSV/.xlsx"))
        self.band = ResultBand()
        self.chart = QChart()
        self.chart.legend().setVisible(True)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("climate_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.table = SimpleTable(
            [
                self.tr("No."),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Minutes"),
                self.tr("Min °C"),
                self.tr("Max °C"),
                self.tr("MKT °C"),
                self.tr("Lots"),
                self.tr("Status"),
            ]
        )
        self.table.setObjectName("excursions")
        self.gap_table = SimpleTable([self.tr("No data from"), self.tr("to"), self.tr("Minutes")])
        self.gap_table.setObjectName("no_data_periods")
        self.justification = QLineEdit()
        self.justification.setObjectName("justification")
        self.justification.setPlaceholderText(self.tr("QA's justification"))
        self.release_button = QPushButton(self.tr("Release the lots"))
        self.release_button.setObjectName("release_excursion")
        self.release_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("Reject the lots"))
        self.reject_button.setObjectName("reject_excursion")
        self.reject_button.clicked.connect(lambda: self.decide(False))
        qa = session.may(Action.ASSESS_EXCURSION)
        for button in (self.release_button, self.reject_button):
            button.setVisible(qa)

        layout = QVBoxLayout(self)
        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        layout.addWidget(heading)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Location")))
        top.addWidget(self.location, 1)
        top.addWidget(self.mapping)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.band)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(QLabel(self.tr("Excursions and the lots they touched")))
        layout.addWidget(self.table, 2)
        self.gap_heading = QLabel(self.tr("No-data periods (the logger recorded nothing)"))
        layout.addWidget(self.gap_heading)
        layout.addWidget(self.gap_table, 1)
        decide = QHBoxLayout()
        decide.addWidget(self.justification, 1)
        decide.addWidget(self.release_button)
        decide.addWidget(self.reject_button)
        layout.addLayout(decide)

    def title(self) -> str:
        return self.tr("Climate")

    def activated(self) -> None:
        def read(uow: UnitOfWork) -> tuple[list[str], list[LocationView]]:
            return logged_locations(uow), list_locations(uow)

        QueryOp(self, self.session, read).success(self._fill_locations).run()

    def _fill_locations(self, found: tuple[list[str], list[LocationView]]) -> None:
        logged, locations = found
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        names = {loc.code: loc.name for loc in locations}
        for code in logged + [loc.code for loc in locations if loc.code not in logged]:
            self.location.addItem(f"{code} — {names.get(code, '')}", code)
        index = self.location.findData(current)
        self.location.setCurrentIndex(max(index, 0))
        self.location.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        code = self.location.currentData()
        if not code:
            return
        QueryOp(self, self.session, lambda uow: location_curve(uow, code)).success(
            self.show_curve
        ).run()

    # --- the chart and the list --------------------------------------------------------

    def show_curve(self, curve: Curve | None) -> None:
        self.curve = curve
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if curve is None:
            return
        chart.setTitle(
            self.tr("{location}: {storage}").format(
                location=curve.location, storage=curve.storage_class or self.tr("no class")
            )
        )
        line = QLineSeries()
        line.setObjectName("temperature")
        line.setName(self.tr("Temperature °C"))
        for at, value in curve.points:
            line.append(_msecs(at), value)
        values = [v for _, v in curve.points] or [0.0]
        low = min([*values, *(b for b in (curve.low, curve.high) if b is not None)]) - 1
        high = max([*values, *(b for b in (curve.low, curve.high) if b is not None)]) + 1
        start = curve.points[0][0] if curve.points else None
        end = curve.points[-1][0] if curve.points else None
        series: list[QLineSeries | QAreaSeries | QScatterSeries] = []
        if start is not None and end is not None:
            band_low, band_high = QLineSeries(), QLineSeries()
            for at in (start, end):
                band_low.append(_msecs(at), curve.low if curve.low is not None else low)
                band_high.append(_msecs(at), curve.high if curve.high is not None else high)
            band = QAreaSeries(band_high, band_low)
            # The area draws its edges from these: they must live as long as it does.
            band_high.setParent(band)
            band_low.setParent(band)
            self._band_edges = (band_high, band_low)
            band.setName(self.tr("Range"))
            band.setColor(QColor(200, 235, 200))
            band.setBorderColor(QColor(120, 190, 120))
            series.append(band)
        series.append(line)
        marks = QScatterSeries()
        marks.setName(self.tr("Excursion"))
        marks.setColor(QColor(210, 40, 40))
        marks.setMarkerSize(9)
        for excursion in curve.excursions:
            value = excursion.highest if excursion.side == "above" else excursion.lowest
            marks.append(_msecs(excursion.start), value)
            marks.append(_msecs(excursion.end), value)
        series.append(marks)
        if curve.gaps:
            series.append(self._no_data(curve, low, high))
        time_axis = QDateTimeAxis()
        time_axis.setFormat("MM-dd HH:mm")
        value_axis = QValueAxis()
        value_axis.setRange(low, high)
        value_axis.setTitleText(self.tr("°C"))
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for one in series:
            chart.addSeries(one)
            one.attachAxis(time_axis)
            one.attachAxis(value_axis)
        line.setPen(QPen(QColor(30, 80, 180), 2))
        if curve.humidity:
            self._humidity(curve, time_axis)
        self._fill_table(curve.excursions)
        self.gap_table.set_rows([[gap.start, gap.end, f"{gap.minutes:.0f}"] for gap in curve.gaps])
        self.gap_heading.setVisible(bool(curve.gaps))
        self.gap_table.setVisible(bool(curve.gaps))

    def _no_data(self, curve: Curve, low: float, high: float) -> QAreaSeries:
        """Every no-data period shaded in one area: up to `high` inside a gap, flat outside."""
        top, bottom = QLineSeries(), QLineSeries()
        for gap in curve.gaps:
            for at, value in ((gap.start, low), (gap.start, high), (gap.end, high), (gap.end, low)):
                top.append(_msecs(at), value)
        bottom.append(_msecs(curve.gaps[0].start), low)
        bottom.append(_msecs(curve.gaps[-1].end), low)
        area = QAreaSeries(top, bottom)
        top.setParent(area)
        bottom.setParent(area)
        area.setObjectName("no_data")
        area.setName(self.tr("No data"))
        area.setColor(QColor(150, 150, 150, 110))
        area.setBorderColor(QColor(110, 110, 110))
        return area

    def _humidity(self, curve: Curve, time_axis: QDateTimeAxis) -> None:
        """Relative humidity on its own axis (right), its band as two dashed lines."""
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setTitleText(self.tr("%RH"))
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignRight)
        humidity = QLineSeries()
        humidity.setObjectName("humidity")
        humidity.setName(self.tr("Humidity %RH"))
        for at, value in curve.humidity:
            humidity.append(_msecs(at), value)
        humidity.setPen(QPen(QColor(0, 140, 140), 1.5))
        added = [humidity]
        first, last = curve.humidity[0][0], curve.humidity[-1][0]
        for bound in (curve.humidity_low, curve.humidity_high):
            if bound is None:
                continue
            edge = QLineSeries()
            edge.setObjectName("humidity_band")
            edge.setName(self.tr("Humidity range"))
            edge.append(_msecs(first), bound)
            edge.append(_msecs(last), bound)
            edge.setPen(QPen(QColor(0, 140, 140), 1, Qt.PenStyle.DashLine))
            added.append(edge)
        for one in added:
            self.chart.addSeries(one)
            one.attachAxis(time_axis)
            one.attachAxis(axis)
        edges = [s for s in added if s.objectName() == "humidity_band"]
        for extra in edges[1:]:  # one legend entry for the band
            self.chart.legend().markers(extra)[0].setVisible(False)

    def _fill_table(self, excursions: tuple[ExcursionView, ...]) -> None:
        status = {
            "open": self.tr("awaiting QA"),
            "released": self.tr("released"),
            "rejected": self.tr("rejected"),
        }
        self.table.set_rows(
            [
                [
                    x.id,
                    x.start,
                    x.end,
                    f"{x.minutes:.0f}",
                    f"{x.lowest:.1f}",
                    f"{x.highest:.1f}",
                    "" if x.mkt is None else f"{x.mkt:.1f}",
                    ", ".join(lot.lot for lot in x.lots),
                    status.get(x.status, x.status),
                ]
                for x in excursions
            ]
        )

    def selected(self) -> ExcursionView | None:
        if self.curve is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        excursions = self.curve.excursions
        if rows:
            return excursions[rows[0].row()]
        waiting = [x for x in excursions if x.status == "open"]
        return waiting[0] if waiting else None

    # --- actions --------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logger file"), "", self.tr("Logger files (*.txt *.csv *.xlsx)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        code, mapping = self.location.currentData(), self.mapping.text().strip() or None
        store = self.session.store
        ActionOp(
            self,
            self.session,
            lambda: logger_file_command(store.uow(), path, location=code, mapping=mapping),
        ).success(lambda result: self._done(result, "import_climate")).run()

    def decide(self, release: bool) -> None:
        excursion = self.selected()
        if excursion is None:
            return
        command = DecideExcursion(excursion.id, release, self.justification.text())
        ActionOp(self, self.session, command).success(
            lambda result: self._done(result, "assess_excursion")
        ).run()

    def _done(self, result: ActionResult, action: str) -> None:
        if not result.ok:
            self.band.show_verdict(describe(result, action, self.session.clock.today()))
            return
        d = result.detail
        if action == "import_climate" and d.get("already_imported"):
            words = Verdict(Tone.OK, self.tr("This file was imported before: nothing changed"))
        elif action == "import_climate":
            words = Verdict(
                Tone.DECIDE if d.get("excursions") else Tone.OK,
                self.tr("{readings} new readings, {excursions} new excursions").format(
                    readings=d.get("new_readings", 0), excursions=len(d.get("excursions", []))
                ),
                " ".join(
                    text
                    for text in (
                        self.tr("Lots held for QA: {lots}").format(lots=len(d.get("held", [])))
                        if d.get("held")
                        else "",
                        self.tr("{gaps} no-data periods: a warning was raised").format(
                            gaps=len(d["gaps"])
                        )
                        if d.get("gaps")
                        else "",
                    )
                    if text
                ),
            )
        else:
            words = Verdict(
                Tone.OK,
                self.tr("Excursion {id}: lots released")
                if d.get("status") == "released"
                else self.tr("Excursion {id}: lots rejected"),
            )
            words = Verdict(words.tone, words.headline.format(id=d.get("excursion", "")))
            self.justification.clear()
        self.band.show_verdict(words)
        self.refresh()

    def demo(self) -> None:
        """Screenshots: the first location with a logger, its curve and excursions."""
        if self.location.count():
            self.location.setCurrentIndex(0)
            self.refresh()
