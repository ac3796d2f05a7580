"""Warnings: every open warning, most severe first, in pages; dispose of them; raise; print.

The list is the open warnings the status bar counts (one query for both):
tier alerts, label mismatches, count discrepancies, low stock and recalls
not yet closed (app.services.dispositions). Its owner chooses a disposition
here; a supervisor accepts a "no action" reason. Two more tabs: the priority
disposal list (by risk, with fallbacks; PDF and .xlsx) and the forecast of
what will expire unused. Every read runs off the UI thread, in pages.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import AlertKind, Level
from app.domain.permissions import Action
from app.loop_printouts import forecast_xlsx, priority_document, priority_xlsx
from app.printouts import expiry_list
from app.services.alerts import (
    WarningRow,
    count_open_warnings,
    open_warnings,
    warning_choices,
)
from app.services.commands import AcceptNoAction, AcknowledgeAlert, ChooseDisposition, RaiseAlerts
from app.services.context import ActionResult
from app.services.expiry_tiers import warning_horizon_days
from app.services.forecast import ForecastRow, forecast
from app.services.ports import UnitOfWork, WarningFilter
from app.services.priority import PriorityRow, priority_list
from app.services.settings import current_policy, device_name
from ui.dialogs.disposition import DispositionDialog
from ui.dialogs.print_preview import PrintDialog
from ui.operations import ActionOp, QueryOp
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.paged_table import Column, PagedModel, PagedTable
from ui.widgets.result_band import ResultBand
from ui.widgets.tiers import alert_kind_name, colours, disposition_name, level_name

ANY = ""


class WarningsScreen(Screen):
    key = "warnings"
    permission = Action.ACKNOWLEDGE_ALERT

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tier = QComboBox()
        self.tier.setObjectName("tier")
        self.tier.addItem(self.tr("All tiers"), ANY)
        for level in reversed(Level):
            self.tier.addItem(level_name(level), level.value)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("All kinds"), ANY)
        for kind in AlertKind:
            self.kind.addItem(alert_kind_name(kind), kind.value)
        self.location = QComboBox()
        self.location.setObjectName("location")
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        for combo in (self.location, self.responsible):
            combo.addItem(self.tr("All"), ANY)
        for combo in (self.tier, self.kind, self.location, self.responsible):
            combo.currentIndexChanged.connect(self.reload)

        today = session.clock.today
        chinese = QLocale().language() == QLocale.Language.Chinese

        def days(row: WarningRow) -> str:
            left = row.days_left(today())
            return "—" if left is None else str(left)

        tier_colours = lambda row: colours(row.level)  # noqa: E731 - one line per column
        columns: list[Column[WarningRow]] = [
            Column(self.tr("Tier"), lambda r: level_name(r.level), tier_colours),
            Column(self.tr("Kind"), lambda r: alert_kind_name(r.kind)),
            Column(self.tr("Days left"), days, tier_colours),
            Column(self.tr("Expiry"), lambda r: r.expiry.isoformat() if r.expiry else "—"),
            Column(self.tr("Item"), lambda r: r.item_name(chinese)),
            Column(self.tr("Lot"), lambda r: r.lot),
            Column(self.tr("Location"), lambda r: r.location or "—"),
            Column(self.tr("Responsible"), lambda r: r.responsible or "—"),
            Column(self.tr("On hand"), lambda r: str(r.on_hand)),
            Column(self.tr("Due"), self._due, self._due_colours),
            Column(self.tr("Disposition"), lambda r: disposition_name(r.disposition)),
        ]
        self.model: PagedModel[WarningRow] = PagedModel(
            session, columns, self._count_query(), self._page_query(), self
        )
        self.model.counted.connect(self._counted)
        self.table = PagedTable(self.model)
        self.table.setObjectName("warnings")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.band = ResultBand()
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.recompute_button = QPushButton(self.tr("Raise today's warnings"))
        self.recompute_button.setObjectName("recompute")
        self.recompute_button.clicked.connect(self.recompute)
        self.print_button = QPushButton(self.tr("Print expiry list"))
        self.print_button.setObjectName("print_expiry_list")
        self.print_button.clicked.connect(self.print_list)
        self.choose_button = QPushButton(self.tr("Choose disposition…"))
        self.choose_button.setObjectName("choose_disposition")
        self.choose_button.clicked.connect(self.choose_selected)
        self.accept_button = QPushButton(self.tr("Accept reason"))
        self.accept_button.setObjectName("accept_disposition")
        self.accept_button.setEnabled(session.may(Action.ACCEPT_DISPOSITION))
        self.accept_button.clicked.connect(self.accept_selected)
        self.dialog: DispositionDialog | None = None

        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Tier"), self.tier),
            (self.tr("Kind"), self.kind),
            (self.tr("Location"), self.location),
            (self.tr("Responsible"), self.responsible),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (
            self.choose_button,
            self.accept_button,
            self.ack_button,
            self.recompute_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        warnings_tab = QWidget()
        warnings_layout = QVBoxLayout(warnings_tab)
        warnings_layout.addLayout(filters)
        warnings_layout.addWidget(self.table, 1)
        warnings_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("warning_tabs")
        self.tabs.addTab(warnings_tab, self.tr("Open warnings"))
        self.tabs.addTab(self._priority_tab(chinese), self.tr("Priority disposal list"))
        self.tabs.addTab(self._forecast_tab(), self.tr("Forecast: expiring unused"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.band)

    def _priority_tab(self, chinese: bool) -> QWidget:
        def action(row: PriorityRow) -> str:
            text = disposition_name(row.action.value)
            return text if row.chosen else self.tr("{action} (suggested)").format(action=text)

        columns: list[Column[PriorityRow]] = [
            Column(self.tr("Risk"), lambda r: f"{r.risk:,.2f}", lambda r: colours(r.level)),
            Column(self.tr("Tier"), lambda r: level_name(r.level)),
            Column(self.tr("Kind"), lambda r: alert_kind_name(r.kind)),
            Column(self.tr("Item"), lambda r: r.item_name(chinese)),
            Column(self.tr("Lot"), lambda r: r.lot or "—"),
            Column(
                self.tr("Days left"), lambda r: "—" if r.days_left is None else str(r.days_left)
            ),
            Column(self.tr("Quantity"), lambda r: str(r.quantity)),
            Column(self.tr("Value"), lambda r: f"{r.value:,.2f}"),
            Column(self.tr("Disposition"), action),
            Column(
                self.tr("Fallback"),
                lambda r: disposition_name(r.fallback.value) if r.fallback else "—",
            ),
            Column(self.tr("Owner"), lambda r: r.owner or "—"),
        ]
        today = self.session.clock.today
        self.priority_model: PagedModel[PriorityRow] = PagedModel(
            self.session,
            columns,
            lambda uow: count_open_warnings(uow),
            lambda uow, offset, limit: priority_list(uow, today(), offset, limit),
            self,
        )
        self.priority_table = PagedTable(self.priority_model)
        self.priority_table.setObjectName("priority_list")
        self.priority_pdf_button = QPushButton(self.tr("Print priority list"))
        self.priority_pdf_button.setObjectName("priority_pdf")
        self.priority_pdf_button.clicked.connect(self.print_priority)
        self.priority_xlsx_button = QPushButton(self.tr("Export .xlsx…"))
        self.priority_xlsx_button.setObjectName("priority_xlsx")
        self.priority_xlsx_button.clicked.connect(lambda: self._ask_path("priority"))
        note = QLabel(self.tr("Risk = quantity × unit value ÷ days left"))
        note.setObjectName("risk_rule")
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.priority_pdf_button)
        row.addWidget(self.priority_xlsx_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.priority_table, 1)
        layout.addLayout(row)
        return tab

    def _forecast_tab(self) -> QWidget:
        columns: list[Column[ForecastRow]] = [
            Column(self.tr("GTIN"), lambda r: r.gtin),
            Column(self.tr("Lot"), lambda r: r.lot),
            Column(self.tr("Expiry"), lambda r: r.expiry.isoformat()),
            Column(self.tr("Units unused"), lambda r: str(r.units_unused)),
            Column(self.tr("Value unused"), lambda r: f"{r.value_unused:,.2f}"),
            Column(self.tr("Usage per day"), lambda r: f"{r.usage_per_day:.2f}"),
            Column(self.tr("Disposition"), lambda r: disposition_name(r.disposition)),
        ]
        # The forecast is computed once per day shown, on the worker, and paged from there.
        computed: dict[object, list[ForecastRow]] = {}

        def rows(uow: UnitOfWork) -> list[ForecastRow]:
            day = self.session.clock.today()
            if day not in computed:
                computed.clear()
                computed[day] = forecast(uow, day)
            return computed[day]

        self._forecast_cache = computed
        self.forecast_model: PagedModel[ForecastRow] = PagedModel(
            self.session,
            columns,
            lambda uow: len(rows(uow)),
            lambda uow, offset, limit: rows(uow)[offset : offset + limit],
            self,
        )
        self.forecast_model.counted.connect(self._forecast_counted)
        self.forecast_table = PagedTable(self.forecast_model)
        self.forecast_table.setObjectName("forecast")
        self.forecast_summary = QLabel()
        self.forecast_summary.setObjectName("forecast_summary")
        self.forecast_xlsx_button = QPushButton(self.tr("Export .xlsx…"))
        self.forecast_xlsx_button.setObjectName("forecast_xlsx")
        self.forecast_xlsx_button.clicked.connect(lambda: self._ask_path("forecast"))
        row = QHBoxLayout()
        row.addWidget(self.forecast_summary, 1)
        row.addWidget(self.forecast_xlsx_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.forecast_table, 1)
        layout.addLayout(row)
        return tab

    def title(self) -> str:
        return self.tr("Warnings")

    def activated(self) -> None:
        self.reload()
        QueryOp(self, self.session, warning_choices).success(self._choices).run()

    def _due(self, row: WarningRow) -> str:
        if row.due_at is None:
            return "—"
        text = row.due_at.astimezone().strftime("%Y-%m-%d %H:%M")  # the workstation's time
        if row.escalated or row.overdue(self._now()):
            return self.tr("{due} (overdue)").format(due=text)
        return text

    def _due_colours(self, row: WarningRow):  # type: ignore[no-untyped-def]
        return colours(Level.EXPIRED) if row.overdue(self._now()) else None

    def _now(self) -> datetime:
        return self.session.clock.now()

    def demo(self) -> None:
        self.activated()
        self.session.tasks.wait_idle()
        self.table.selectRow(0)

    # --- the list --------------------------------------------------------------------

    def where(self) -> WarningFilter:
        level, kind = self.tier.currentData(), self.kind.currentData()
        return WarningFilter(
            level=Level(level) if level else None,
            kind=AlertKind(kind) if kind else None,
            location=self.location.currentData() or None,
            responsible=self.responsible.currentData() or None,
        )

    def _count_query(self):  # type: ignore[no-untyped-def]
        where = self.where()
        return lambda uow: count_open_warnings(uow, where)

    def _page_query(self):  # type: ignore[no-untyped-def]
        where = self.where()
        return lambda uow, offset, limit: open_warnings(uow, where, offset, limit)

    def reload(self) -> None:
        self.model.set_query(self._count_query(), self._page_query())
        self.priority_model.reload()
        self._forecast_cache.clear()
        self.forecast_model.reload()

    def _forecast_counted(self, rows: int) -> None:
        self.forecast_summary.setText(
            self.tr("{n} lot(s) predicted to expire unused").format(n=rows)
            if rows
            else self.tr("No lot is predicted to expire unused")
        )

    def _counted(self, rows: int) -> None:
        self.summary.setText(
            self.tr("{n} open warning(s)").format(n=rows) if rows else self.tr("No open warning")
        )

    def _choices(self, choices: tuple[list[str], list[str]]) -> None:
        for combo, values in zip((self.location, self.responsible), choices, strict=True):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ANY)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def selected(self) -> WarningRow | None:
        row: WarningRow | None = self.table.selected()
        return row

    # --- acting ----------------------------------------------------------------------

    def choose_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.band.show_verdict(Verdict(Tone.DECIDE, self.tr("Choose a warning first")))
            return
        self.dialog = DispositionDialog(row.lot, self)
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.choose(row.alert_id, *dialog.chosen()))
        dialog.open()

    def choose(self, alert_id: int, disposition: str, reason: str, target: str) -> None:
        command = ChooseDisposition(alert_id, disposition, reason, target)
        ActionOp(self, self.session, command).success(
            lambda result: self._acted(result, "choose_disposition")
        ).run()

    def accept_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.band.show_verdict(Verdict(Tone.DECIDE, self.tr("Choose a warning first")))
            return
        ActionOp(self, self.session, AcceptNoAction(row.alert_id)).success(
            lambda result: self._acted(result, "accept_disposition")
        ).run()

    def _acted(self, result: ActionResult, action: str) -> None:
        if result.ok:
            disposition = str(result.detail.get("disposition", ""))
            text = (
                self.tr("Disposition for warning {id}: {what}").format(
                    id=result.detail.get("alert_id"), what=disposition_name(disposition)
                )
                if action == "choose_disposition"
                else self.tr("Warning {id} closed: the reason is accepted").format(
                    id=result.detail.get("alert_id")
                )
            )
            verdict = Verdict(Tone.OK, text)
        else:
            verdict = describe(result, action, self.session.clock.today())
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.reload()

    def acknowledge_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.band.show_verdict(Verdict(Tone.DECIDE, self.tr("Choose a warning first")))
            return
        ActionOp(self, self.session, AcknowledgeAlert(row.alert_id)).success(
            self._acknowledged
        ).run()

    def _acknowledged(self, result: ActionResult) -> None:
        if result.ok:
            verdict = Verdict(
                Tone.OK, self.tr("Warning for lot {lot} acknowledged").format(lot=result.lot)
            )
        else:
            verdict = describe(result, "acknowledge_alert", self.session.clock.today())
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.reload()

    def recompute(self) -> None:
        """The device's daily raising, now (it also runs at start and at each day change)."""
        ActionOp(self, self.session, RaiseAlerts()).as_device().success(self._recomputed).run()

    def _recomputed(self, result: ActionResult) -> None:
        raised = result.detail.get("raised", {})
        total = sum(raised.values()) if isinstance(raised, dict) else 0
        self.band.show_verdict(
            Verdict(Tone.OK, self.tr("{n} new warning(s) raised").format(n=total))
        )
        self.reload()

    def print_list(self) -> None:
        today = self.session.clock.today()

        def open_dialog(days: int) -> None:
            dialog = PrintDialog(
                self.session,
                self.tr("Near-expiry list"),
                lambda uow: expiry_list(uow, today, today + timedelta(days=days), ""),
                f"expiry-list-{today.isoformat()}",
                self,
            )
            dialog.open()

        QueryOp(self, self.session, lambda uow: warning_horizon_days(current_policy(uow))).success(
            open_dialog
        ).run()

    # --- the priority list and the forecast on paper and in a spreadsheet ------------

    def print_priority(self) -> None:
        today = self.session.clock.today()

        def build(uow: UnitOfWork):  # type: ignore[no-untyped-def]
            with uow:
                site = device_name(uow)
            return priority_document(uow, today, site)

        PrintDialog(
            self.session,
            self.tr("Priority disposal list"),
            build,
            f"priority-list-{today.isoformat()}",
            self,
        ).open()

    def _ask_path(self, which: str) -> None:
        today = self.session.clock.today().isoformat()
        stem = "priority-list" if which == "priority" else "forecast"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export .xlsx"), f"{stem}-{today}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_xlsx(which, Path(path))

    def export_xlsx(self, which: str, path: Path) -> None:
        """Write the priority list or the forecast as .xlsx at `path`, off the UI thread."""
        today = self.session.clock.today()

        def write(uow: UnitOfWork) -> Path:
            data = (
                priority_xlsx(uow, today)
                if which == "priority"
                else forecast_xlsx(forecast(uow, today))
            )
            path.write_bytes(data)
            return path

        QueryOp(self, self.session, write).success(
            lambda written: self.band.show_verdict(
                Verdict(Tone.OK, self.tr("Saved {file}").format(file=written.name))
            )
        ).run()
