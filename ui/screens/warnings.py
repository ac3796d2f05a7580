"""Warnings: every open warning, most severe first, in pages; acknowledge; raise; print.

The list is the open warnings the status bar counts (one query for both):
tier alerts, label mismatches, count discrepancies and recalls nobody has
acknowledged yet.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.model import AlertKind, Level
from app.domain.permissions import Action
from app.printouts import expiry_list
from app.services.alerts import (
    WarningRow,
    count_open_warnings,
    open_warnings,
    warning_choices,
)
from app.services.commands import AcknowledgeAlert, RaiseAlerts
from app.services.context import ActionResult
from app.services.expiry_tiers import warning_horizon_days
from app.services.ports import WarningFilter
from app.services.settings import current_policy
from ui.dialogs.print_preview import PrintDialog
from ui.operations import ActionOp, QueryOp
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.paged_table import Column, PagedModel, PagedTable
from ui.widgets.result_band import ResultBand
from ui.widgets.tiers import alert_kind_name, colours, level_name

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
        for button in (self.ack_button, self.recompute_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.band)

    def title(self) -> str:
        return self.tr("Warnings")

    def activated(self) -> None:
        self.reload()
        QueryOp(self, self.session, warning_choices).success(self._choices).run()

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
