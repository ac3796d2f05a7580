"""Dashboard: the KPIs as charts for a period, each clickable to the rows behind it.

The first screen for supervisors, QA and administrators. The whole KPI set
(app.services.kpis) is read off the UI thread (QueryOp) whenever the screen
is shown or the period changes; the UI thread only lays out what came back.
Charts: a risk heat map (locations × tiers), supplier expiry rates (bars),
department usage (stacked bars by item), the monthly trend (lines) and
recall response times (bars). A click on a cell, bar or point shows its rows
in the table below; the KPI set and that table export to .xlsx, the month
to the bilingual PDF management report.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Level
from app.domain.permissions import Action
from app.services.kpis import KpiSet, Period, department_items, kpi_set, risk_lot_rows
from app.services.ports import UnitOfWork
from ui.operations import QueryOp, show_failure
from ui.screen import Screen
from ui.session import Session
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable
from ui.widgets.table_export import kpi_workbook_sheets, write_off_ui_thread
from ui.widgets.tiers import level_name

TIERS = (Level.EXPIRED, Level.CRITICAL, Level.WARNING, Level.NOTICE)
TOP_ITEMS = 5  # department usage: the five items used most, the rest as "other"
_TIER_RGB = {
    Level.EXPIRED: (139, 0, 0),
    Level.CRITICAL: (220, 38, 38),
    Level.WARNING: (234, 140, 0),
    Level.NOTICE: (37, 99, 235),
}


@dataclass(frozen=True, slots=True)
class DepartmentBars:
    """The department usage chart, worked out off the UI thread (a month at a large
    store has a department-item line for every item each department used)."""

    departments: list[str]
    stacks: list[tuple[str, list[float]]]
    """Per item drawn ("" for the other items together): its units per department."""
    names: dict[str, str]


def department_bars(k: KpiSet, chinese: bool, top: int = TOP_ITEMS) -> DepartmentBars:
    """The `top` items used most over all departments, one stack each, and the rest as one."""
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for d in k.departments:
        for i in d.items:
            totals[i.di] = totals.get(i.di, 0) + i.units
            if i.di not in names:
                names[i.di] = (i.item_zh if chinese and i.item_zh else i.item)[:24]
    chosen = heapq.nlargest(top, totals, key=lambda di: totals[di])
    per_department = [{i.di: i.units for i in d.items if i.di in chosen} for d in k.departments]
    stacks = [(di, [float(used.get(di, 0)) for used in per_department]) for di in chosen]
    stacks.append(
        (
            "",
            [
                float(d.units - sum(used.values()))
                for d, used in zip(k.departments, per_department, strict=True)
            ],
        )
    )
    return DepartmentBars(
        [d.department for d in k.departments], stacks, {di: names[di] for di in chosen}
    )


def months_back(today: date, count: int) -> list[tuple[int, int]]:
    out, year, month = [], today.year, today.month
    for _ in range(count):
        out.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", digits)


def _share(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value * 100, "f", 1) + "%"


class DashboardScreen(Screen):
    key = "dashboard"
    permission = Action.VIEW_KPIS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kpis: KpiSet | None = None
        self.first_paint: float | None = None
        """Seconds from asking for the KPIs to their charts laid out (the benchmark's figure)."""
        self.painting = False
        """The charts of an answer are being laid out, one per turn of the event loop."""
        self._asked = 0.0
        self._generation = 0
        self._settled: list[Callable[[], None]] | None = []
        """Waiting for the first KPI set on screen (None once it was)."""
        self._demo = False
        self._detail_rows: list[list[object]] = []
        self._detail_headers: list[str] = []
        self._detail_title = ""

        self.month = QComboBox()
        self.month.setObjectName("month")
        for year, month in months_back(session.clock.today(), 13):
            self.month.addItem(
                self.tr("{year}-{month:02d}").format(year=year, month=month), (year, month)
            )
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.end = QDateEdit()
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show_period")
        self.show_button.clicked.connect(self.reload)
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("export_xlsx")
        self.export_button.clicked.connect(self._ask_export)
        self.report_button = QPushButton(self.tr("Management report (PDF)…"))
        self.report_button.setObjectName("export_pdf")
        self.report_button.clicked.connect(self._ask_report)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Month")))
        picker.addWidget(self.month)
        picker.addWidget(QLabel(self.tr("From")))
        picker.addWidget(self.start)
        picker.addWidget(QLabel(self.tr("to")))
        picker.addWidget(self.end)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        picker.addWidget(self.export_button)
        picker.addWidget(self.report_button)

        self.status = QLabel(self.tr("Reading the KPIs…"))
        self.status.setObjectName("dashboard_status")
        self.figures: dict[str, QLabel] = {}
        figures = QGridLayout()
        for n, name in enumerate(
            (
                "turnover",
                "ack",
                "disposal",
                "recall",
                "cost",
                "unplanned",
                "mismatch",
                "audit",
                "expired",
            )
        ):
            label = QLabel("—")
            label.setObjectName(f"kpi_{name}")
            label.setWordWrap(True)
            label.setStyleSheet("border:1px solid #94a3b8;border-radius:4px;padding:4px;")
            self.figures[name] = label
            figures.addWidget(label, n // 4, n % 4)
        self.expired_button = QPushButton(self.tr("Expired before use, per item"))
        self.expired_button.setObjectName("show_expired_items")
        self.expired_button.clicked.connect(self.show_expired_items)
        figures.addWidget(self.expired_button, len(self.figures) // 4, len(self.figures) % 4)

        self.heat = QTableWidget()
        self.heat.setObjectName("risk_heat_map")
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setColumnCount(len(TIERS))
        self.heat.setHorizontalHeaderLabels([level_name(t) for t in TIERS])
        self.heat.cellClicked.connect(self._heat_clicked)
        self.heat.setMinimumHeight(220)
        self.charts: dict[str, QChartView] = {}
        for name in ("suppliers", "departments", "trend", "recalls"):
            view = QChartView()
            view.setObjectName(f"chart_{name}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            self.charts[name] = view
        grid = QGridLayout()
        heat_box = QVBoxLayout()
        heat_title = QLabel(self.tr("Risk lots: units per location and tier"))
        heat_title.setObjectName("heat_title")
        heat_box.addWidget(heat_title)
        heat_box.addWidget(self.heat)
        grid.addLayout(heat_box, 0, 0)
        grid.addWidget(self.charts["suppliers"], 0, 1)
        grid.addWidget(self.charts["departments"], 1, 0)
        grid.addWidget(self.charts["trend"], 1, 1)
        grid.addWidget(self.charts["recalls"], 2, 0)
        details = QVBoxLayout()
        self.detail_title = QLabel(self.tr("Click a chart to see the rows behind it."))
        self.detail_title.setObjectName("detail_title")
        self.details = SimpleTable([])
        self.details.setObjectName("details")
        self.details.setMinimumHeight(200)
        details.addWidget(self.detail_title)
        details.addWidget(self.details)
        grid.addLayout(details, 2, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(figures)
        body_layout.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.band = ResultBand()
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.band)
        self._month_chosen()

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- the period ---------------------------------------------------------------

    def period(self) -> Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        if end < start:
            start, end = end, start
        return Period(start, end, self.session.clock.now().tzinfo or Period(start, end).site_tz)

    def _month_chosen(self) -> None:
        year, month = self.month.currentData()
        whole = Period.month(year, month)
        for edit, day in ((self.start, whole.start), (self.end, whole.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.isVisible():
            self.reload()

    def activated(self) -> None:
        self.reload()

    def when_settled(self, then: Callable[[], None]) -> None:
        """Once the first KPI set is laid out (or its read failed): the window's start-up
        work (the day's raise, the warning count), read beside it at 1,000,000 lots, took
        the two cores and the GIL from its read and its layout."""
        if self._settled is None:
            then()
        else:
            self._settled.append(then)

    def _settle(self) -> None:
        waiting, self._settled = self._settled or [], None
        for then in waiting:
            then()

    def reload(self) -> None:
        period, today = self.period(), self.session.clock.today()
        self._generation += 1
        generation = self._generation
        self._asked = time.perf_counter()
        self.status.setText(self.tr("Reading the KPIs…"))
        chinese = QLocale().language() == QLocale.Language.Chinese

        def read(uow: UnitOfWork) -> tuple[KpiSet, DepartmentBars]:
            k = kpi_set(uow, period, today)
            return k, department_bars(k, chinese)

        def failed(error: BaseException) -> None:
            show_failure(self, error)
            self._settle()

        QueryOp(self, self.session, read).success(
            lambda found: self._arrived(generation, *found)
        ).failure(failed).run()

    def _arrived(self, generation: int, kpis: KpiSet, bars: DepartmentBars) -> None:
        if generation != self._generation:
            return  # an older period's answer
        self.kpis = kpis
        self.painting = True
        self._paint(generation, self._steps(kpis, bars))

    def _paint(self, generation: int, steps: list[Callable[[], None]]) -> None:
        """One part laid out per turn of the event loop (each chart costs tens of ms at
        a large store; all at once the screen would freeze); a newer period's answer
        stops an older one's."""
        if generation != self._generation:
            return
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, lambda: self._paint(generation, steps[1:]))
            return
        self.painting = False
        self.first_paint = time.perf_counter() - self._asked
        self._settle()
        if self._demo:
            self._demo = False
            self._open_busiest_cell()

    # --- what came back ---------------------------------------------------------

    def _steps(self, k: KpiSet, bars: DepartmentBars) -> list[Callable[[], None]]:
        return [
            lambda: self._figures(k),
            lambda: self._heat_map(k),
            lambda: self._suppliers(k),
            lambda: self._departments(bars),
            lambda: self._trend(k),
            lambda: self._recalls(k),
        ]

    def _figures(self, k: KpiSet) -> None:
        self.status.setText(
            self.tr("{start} to {end}; risk lots as of {on}").format(
                start=k.start.isoformat(), end=k.end.isoformat(), on=k.risk_on.isoformat()
            )
        )
        t, loop, r, o, m, a = k.turnover, k.loop, k.recall_medians, k.outbound, k.mismatch, k.audit
        f = self.figures
        f["turnover"].setText(
            self.tr("Stock turnover {value}\n{issued} issued, {average} on hand on average").format(
                value=_num(t.turnover, 2), issued=t.units_issued, average=_num(t.average_on_hand, 0)
            )
        )
        f["ack"].setText(
            self.tr(
                "Warnings: disposition chosen in {chosen} h, closed in {closed} h (medians)\n"
                "{share} closed by their due time"
            ).format(
                chosen=_num(loop.median_hours_to_choice),
                closed=_num(loop.median_hours_to_close),
                share=_share(loop.closed_within_due),
            )
        )
        f["disposal"].setText(
            self.tr(
                "Warnings closed by a disposal in {days} days (median)\n{share} by their due time"
            ).format(days=_num(loop.median_days_to_dispose), share=_share(loop.disposed_within_due))
        )
        f["recall"].setText(
            self.tr(
                "Recalls: locked in {lock} h, departments told in {notify} h, "
                "all accounted for in {account} h (medians)"
            ).format(
                lock=_num(r.median_hours_to_lock),
                notify=_num(r.median_hours_to_notify),
                account=_num(r.median_hours_to_account),
            )
        )
        f["cost"].setText(
            self.tr("Potential recall cost {cost}\nrisk lots' value {value}").format(
                cost=_num(r.potential_cost, 2), value=_num(sum(c.value for c in k.risk_lots), 2)
            )
        )
        f["unplanned"].setText(
            self.tr(
                "Unplanned picks {unplanned} per 1,000\noverrides {overrides} per 1,000"
            ).format(unplanned=_num(o.unplanned_per_1000), overrides=_num(o.overrides_per_1000))
        )
        f["mismatch"].setText(
            self.tr(
                "Mismatched scans {rate} per 1,000\n(label {data}, not FEFO {fefo}, "
                "wrong item {wrong})"
            ).format(
                rate=_num(m.mismatches_per_1000),
                data=m.data_mismatch,
                fefo=m.not_fefo,
                wrong=m.wrong_item,
            )
        )
        expired = k.expired_items
        f["expired"].setText(
            self.tr(
                "Expired before use: {units} units, value {value}\n"
                "{items} items, {suppliers} suppliers"
            ).format(
                units=sum(i.units_expired for i in expired),
                value=_num(sum(i.value_expired for i in expired), 2),
                items=len(expired),
                suppliers=sum(1 for s in k.suppliers if s.units_expired),
            )
        )
        if a.chain_intact is None:
            chain = self.tr("chain never verified")
        elif a.chain_intact:
            chain = self.tr("chain intact at the last check")
        else:
            chain = self.tr("chain BROKEN at the last check")
        f["audit"].setText(
            self.tr(
                "Audit: {moves} of movements audited, {recalls} of closed recalls "
                "with evidence; {chain}"
            ).format(
                moves=_share(a.movements_share), recalls=_share(a.closed_recalls_share), chain=chain
            )
        )

    def _heat_map(self, k: KpiSet) -> None:
        self.heat.setUpdatesEnabled(False)  # one repaint for the whole map, not one a cell
        try:
            self._fill_heat_map(k)
        finally:
            self.heat.setUpdatesEnabled(True)

    def _fill_heat_map(self, k: KpiSet) -> None:
        self.heat.clearContents()
        locations = k.locations
        self.heat.setRowCount(len(locations))
        self.heat.setVerticalHeaderLabels([loc.location for loc in locations])
        top = {t: max([loc.tiers.get(t.value, 0) for loc in locations] + [1]) for t in TIERS}
        for row, loc in enumerate(locations):
            for column, tier in enumerate(TIERS):
                units = loc.tiers.get(tier.value, 0)
                cell = QTableWidgetItem(str(units) if units else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if units:
                    red, green, blue = _TIER_RGB[tier]
                    alpha = 40 + int(215 * units / top[tier])
                    cell.setBackground(QBrush(QColor(red, green, blue, alpha)))
                    cell.setForeground(QBrush(QColor("#ffffff" if alpha > 150 else "#111111")))
                self.heat.setItem(row, column, cell)

    def _chart(
        self,
        name: str,
        title: str,
        series: QBarSeries | QStackedBarSeries | Sequence[QLineSeries],
        categories: Sequence[str],
    ) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        small, heading = QFont(self.font()), QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.7, 7.0))
        heading.setBold(True)
        chart.setTitleFont(heading)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setFont(small)
        chart.setMargins(QMargins(2, 2, 2, 2))
        axis_x = QBarCategoryAxis()
        axis_x.append(list(categories) or ["—"])
        axis_x.setLabelsFont(small)
        axis_x.setLabelsAngle(-45)
        axis_y = QValueAxis()
        axis_y.setLabelsFont(small)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for s in series if isinstance(series, Sequence) else [series]:
            chart.addSeries(s)
            s.attachAxis(axis_x)
            s.attachAxis(axis_y)
            if isinstance(s, QLineSeries):
                top = max([top] + [p.y() for p in s.points()])
        if isinstance(series, QBarSeries | QStackedBarSeries):
            sets = series.barSets()
            if isinstance(series, QStackedBarSeries):
                width = max((s.count() for s in sets), default=0)
                top = max([sum(s.at(i) for s in sets) for i in range(width)] + [0.0])
            else:
                top = max([s.at(i) for s in sets for i in range(s.count())] + [0.0])
        axis_y.setRange(0, max(top * 1.1, 1.0))
        # Whole numbers once the axis spans them; a rate of a few percent keeps its decimal.
        axis_y.setLabelFormat("%.0f" if top >= 5 else "%.1f")
        self.charts[name].setChart(chart)
        return chart

    def _bars(self, labels: Sequence[str], values: Sequence[Sequence[float]]) -> QBarSeries:
        series = QBarSeries()
        for label, row in zip(labels, values, strict=True):
            bar = QBarSet(label)
            bar.append([float(v) for v in row])
            series.append(bar)
        return series

    def _suppliers(self, k: KpiSet) -> None:
        rows = k.suppliers
        series = self._bars(
            [self.tr("Expiry rate %"), self.tr("Short-dated deliveries %")],
            [
                [(s.expiry_rate or 0) * 100 for s in rows],
                [(s.short_dated_share or 0) * 100 for s in rows],
            ],
        )
        series.clicked.connect(lambda index, _bar: self.show_supplier(index))
        self._chart(
            "suppliers", self.tr("Supplier expiry rate"), series, [s.supplier or "—" for s in rows]
        )

    def _departments(self, bars: DepartmentBars) -> None:
        series = QStackedBarSeries()
        for di, values in bars.stacks:
            bar = QBarSet(bars.names[di] if di else self.tr("Other items"))
            bar.append(values)
            series.append(bar)
        series.clicked.connect(lambda index, _bar: self.show_department(index))
        self._chart("departments", self.tr("Department usage (units)"), series, bars.departments)

    def _trend(self, k: KpiSet) -> None:
        lines = []
        for label, pick in (
            (self.tr("Received"), lambda p: p.received),
            (self.tr("Issued"), lambda p: p.issued),
            (self.tr("Written off expired"), lambda p: p.expired_written_off),
        ):
            line = QLineSeries()
            line.setName(label)
            line.setPointsVisible(True)
            for n, point in enumerate(k.trend):
                line.append(QPointF(n, float(pick(point))))
            line.clicked.connect(lambda at: self.show_month(round(at.x())))
            lines.append(line)
        self._chart("trend", self.tr("Monthly trend (units)"), lines, [p.month for p in k.trend])

    def _recalls(self, k: KpiSet) -> None:
        rows = k.recalls
        series = self._bars(
            [self.tr("to lock (h)"), self.tr("to notify (h)"), self.tr("to account (h)")],
            [
                [r.hours_to_lock or 0 for r in rows],
                [r.hours_to_notify or 0 for r in rows],
                [r.hours_to_account or 0 for r in rows],
            ],
        )
        series.clicked.connect(lambda index, _bar: self.show_recall(index))
        self._chart(
            "recalls", self.tr("Recall response time"), series, [r.recall[-8:] for r in rows]
        )

    # --- the rows behind a chart -----------------------------------------------------

    def _details(self, title: str, headers: list[str], rows: list[list[object]]) -> None:
        self._detail_title, self._detail_headers, self._detail_rows = title, headers, rows
        self.detail_title.setText(title)
        self.details.rows_model.headers = headers
        self.details.set_rows(rows)

    def _open_busiest_cell(self) -> None:
        """The heat map's cell of most units (screenshots: a drill-down with rows)."""
        if self.kpis is None or not self.kpis.locations:
            return
        cells = [
            (loc.tiers.get(tier.value, 0), row, column)
            for row, loc in enumerate(self.kpis.locations)
            for column, tier in enumerate(TIERS)
        ]
        _, row, column = max(cells)
        self.heat.setCurrentCell(row, column)
        self._heat_clicked(row, column)

    def _heat_clicked(self, row: int, column: int) -> None:
        if self.kpis is None or row >= len(self.kpis.locations):
            return
        location, tier = self.kpis.locations[row].location, TIERS[column]
        on = self.kpis.risk_on
        title = self.tr("Risk lots at {location}, {tier}").format(
            location=location, tier=level_name(tier)
        )
        QueryOp(
            self, self.session, lambda uow: risk_lot_rows(uow, on, location, tier.value)
        ).success(
            lambda lots: self._details(
                title,
                [
                    self.tr("Lot"),
                    self.tr("GTIN"),
                    self.tr("Item"),
                    self.tr("Expiry"),
                    self.tr("Quantity"),
                ],
                [
                    [r["lot"], r["di"], r["name_zh"] or r["name"], r["expiry"], r["quantity"]]
                    for r in lots
                ],
            )
        ).run()

    def show_supplier(self, index: int) -> None:
        if self.kpis is None or index >= len(self.kpis.suppliers):
            return
        s = self.kpis.suppliers[index]
        self._details(
            self.tr("Supplier {code}").format(code=s.supplier or "—"),
            [
                self.tr("Supplier"),
                self.tr("Units received"),
                self.tr("Units expired"),
                self.tr("Value expired"),
                self.tr("Expiry rate"),
                self.tr("Deliveries"),
                self.tr("Short-dated"),
            ],
            [
                [
                    s.name or s.supplier,
                    s.units_received,
                    s.units_expired,
                    _num(s.value_expired, 2),
                    _share(s.expiry_rate),
                    s.deliveries,
                    s.short_dated,
                ]
            ],
        )

    def show_expired_items(self) -> None:
        if self.kpis is None:
            return
        self._details(
            self.tr("Expired before use, per item"),
            [
                self.tr("GTIN"),
                self.tr("Item"),
                self.tr("Units expired"),
                self.tr("Value expired"),
            ],
            [
                [i.di, i.item_zh or i.item, i.units_expired, _num(i.value_expired, 2)]
                for i in self.kpis.expired_items
            ],
        )

    def show_department(self, index: int) -> None:
        """Every item line of the department, read off the UI thread (the KPI set carries
        only the lines of the items issued most)."""
        if self.kpis is None or index >= len(self.kpis.departments):
            return
        code = self.kpis.departments[index].department
        period = Period(self.kpis.start, self.kpis.end, self.period().site_tz)
        stock = {i.di: i for i in self.kpis.items}
        title = self.tr("Department {code}: units used per item").format(code=code)
        headers = [
            self.tr("GTIN"),
            self.tr("Item"),
            self.tr("Units"),
            self.tr("Days of cover"),
            self.tr("Off target by"),
        ]

        def read(uow: UnitOfWork) -> list[list[object]]:
            return [
                [
                    i.di,
                    i.item_zh or i.item,
                    i.units,
                    _num(stock[i.di].days_of_cover) if i.di in stock else "—",
                    stock[i.di].deviation if i.di in stock else "—",
                ]
                for _, i in department_items(uow, period, code)
            ]

        QueryOp(self, self.session, read).success(
            lambda rows: self._details(title, headers, rows)
        ).run()

    def show_month(self, index: int) -> None:
        if self.kpis is None or not 0 <= index < len(self.kpis.trend):
            return
        p = self.kpis.trend[index]
        self._details(
            self.tr("Month {month}").format(month=p.month),
            [
                self.tr("Month"),
                self.tr("Received"),
                self.tr("Issued"),
                self.tr("Written off expired"),
            ],
            [[p.month, p.received, p.issued, p.expired_written_off]],
        )

    def show_recall(self, index: int) -> None:
        if self.kpis is None or index >= len(self.kpis.recalls):
            return
        r = self.kpis.recalls[index]
        self._details(
            self.tr("Recall {id}").format(id=r.recall),
            [
                self.tr("Recall"),
                self.tr("Issued"),
                self.tr("Hours to lock"),
                self.tr("Hours to notify"),
                self.tr("Hours to account"),
                self.tr("Affected units"),
                self.tr("Potential cost"),
            ],
            [
                [
                    r.recall,
                    r.issued_at,
                    _num(r.hours_to_lock),
                    _num(r.hours_to_notify),
                    _num(r.hours_to_account),
                    r.affected_units,
                    _num(r.potential_cost, 2),
                ]
            ],
        )

    # --- exports ------------------------------------------------------------------------

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), "kpis.xlsx", "*.xlsx"
        )
        if name:
            self.export_xlsx(Path(name))

    def export_xlsx(self, path: Path, done: Callable[[Path], None] | None = None) -> None:
        """The KPI set and the rows on show, one sheet each, written off the UI thread."""
        if self.kpis is None:
            return
        kpis, store = self.kpis, self.session.store
        period = Period(kpis.start, kpis.end, self.period().site_tz)
        title, headers, rows = self._detail_title, self._detail_headers, self._detail_rows
        write_off_ui_thread(
            self,
            path,
            lambda: kpi_workbook_sheets(
                kpis, department_items(store.uow(read_only=True), period), title, headers, rows
            ),
            done,
        )

    def _ask_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Management report"), "management-report.pdf", "*.pdf"
        )
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path, done: Callable[[Path], None] | None = None) -> None:
        """The bilingual management report of the period on show, written off the UI thread."""
        if self.kpis is None:
            return
        kpis = self.kpis

        def write(_: Any) -> Path:
            from app.management_report import write_management_report

            write_management_report(kpis, path)
            return path

        def written(p: Path) -> None:
            self.status.setText(self.tr("Written: {path}").format(path=str(p)))
            if done is not None:
                done(p)

        QueryOp(self, self.session, write).success(written).run()

    def demo(self) -> None:
        """The previous month (a whole one), with the heat map's first row opened."""
        self._demo = True
        self.month.setCurrentIndex(1 if self.month.count() > 1 else 0)
        self.reload()
