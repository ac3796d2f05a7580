"""Expiry warnings by tier and location, colour-coded; acknowledge; recompute; print."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Level
from app.printouts import expiry_list
from app.services.action import ActionResult
from app.services.alerts import acknowledge, expiry_warnings, recompute_alerts
from app.services.expiry_tiers import warning_horizon_days
from app.services.policy import current_policy
from ui.dialogs.print_preview import PrintDialog
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable
from ui.widgets.tiers import colours, level_name
from ui.workers import Progress

Row = dict[str, Any]
ANY = ""


class WarningsScreen(Screen):
    key = "warnings"
    permission = "acknowledge_alert"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.tier = QComboBox()
        self.tier.setObjectName("tier")
        self.tier.addItem(self.tr("All tiers"), ANY)
        for level in reversed(Level):
            self.tier.addItem(level_name(level), level.value)
        self.location = QComboBox()
        self.location.setObjectName("location")
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        for combo in (self.tier, self.location, self.responsible):
            combo.currentIndexChanged.connect(self._filter)
        self.table = SimpleTable(
            [self.tr("Tier"), self.tr("Days left"), self.tr("Expiry"), self.tr("Item"),
             self.tr("Lot"), self.tr("Location"), self.tr("Responsible"), self.tr("On hand"),
             self.tr("Acknowledged by")]
        )
        self.table.setObjectName("warnings")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.band = ResultBand()
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.recompute_button = QPushButton(self.tr("Recompute now"))
        self.recompute_button.setObjectName("recompute")
        self.recompute_button.clicked.connect(self.recompute)
        self.print_button = QPushButton(self.tr("Print expiry list"))
        self.print_button.setObjectName("print_expiry_list")
        self.print_button.clicked.connect(self.print_list)

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Tier"), self.tier),
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
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.band)

    def title(self) -> str:
        return self.tr("Warnings")

    def activated(self) -> None:
        self.refresh()

    def demo(self) -> None:
        self.refresh()
        self.session.tasks.wait_idle()
        if self.shown:
            self.table.selectRow(0)

    def refresh(self) -> None:
        store, today = self.session.store, self.session.clock.today()

        def work(_: Progress) -> list[Row]:
            return expiry_warnings(store.uow(read_only=True), today)

        self.session.tasks.run(work, self._loaded)

    def _loaded(self, rows: list[Row]) -> None:
        self.rows = rows
        for combo, key in ((self.location, "location"), (self.responsible, "responsible")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ANY)
            for value in sorted({r[key] for r in rows if r[key]}):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        wanted = {
            "level": self.tier.currentData(),
            "location": self.location.currentData(),
            "responsible": self.responsible.currentData(),
        }
        self.shown = [r for r in self.rows if all(not v or r[k] == v for k, v in wanted.items())]
        self.table.set_rows(
            [[level_name(Level(r["level"])), r["days_left"], r["expiry"], r["name_zh"] or r["name"],
              r["lot"], r["location"], r["responsible"], r["on_hand"],
              r["acknowledged_by"] or ("—" if r["alert_id"] else self.tr("not raised yet"))]
             for r in self.shown],
            [colours(Level(r["level"])) for r in self.shown],
        )
        counts = {level: sum(1 for r in self.shown if r["level"] == level.value) for level in Level}
        self.summary.setText(
            " · ".join(f"{level_name(level)} {n}" for level, n in counts.items() if n)
            or self.tr("No lot in stock is inside a warning tier")
        )

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def acknowledge_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row["alert_id"] is None:
            self.band.show_verdict(Verdict(
                Tone.DECIDE, self.tr("This warning has not been raised yet: recompute first")
            ))
            return
        store, clock, user = self.session.store, self.session.clock, self.session.user.username
        device, alert_id = self.session.device, row["alert_id"]

        def work() -> ActionResult:
            return acknowledge(store.uow(), clock, alert_id, user, device)

        self.session.submit(work, self._acknowledged)

    def _acknowledged(self, result: ActionResult) -> None:
        if result.ok:
            verdict = Verdict(
                Tone.OK, self.tr("Warning for lot {lot} acknowledged").format(lot=result.lot)
            )
        else:
            verdict = describe(result, "acknowledge_alert", self.session.clock.today())
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.refresh()

    def recompute(self) -> None:
        store, clock, user = self.session.store, self.session.clock, self.session.user.username

        def work(progress: Progress) -> dict[str, int]:
            # One transaction: Cancel is honoured until it starts; then it completes or not at all.
            progress.report(0, 1, self.tr("Raising today's expiry warnings…"))
            raised = recompute_alerts(store.uow(), clock, user)
            progress.report(1, 1)
            return raised

        self.session.tasks.run_with_dialog(
            self, self.tr("Recomputing warnings…"), work, self._recomputed, self._failed
        )

    def _recomputed(self, raised: dict[str, int]) -> None:
        total = sum(raised.values())
        self.band.show_verdict(
            Verdict(Tone.OK, self.tr("{n} new warning(s) raised").format(n=total))
        )
        self.session.changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.band.show_verdict(
            Verdict(Tone.BLOCKED, self.tr("Recomputing failed: {why}").format(why=error))
        )

    def print_list(self) -> None:
        store, today = self.session.store, self.session.clock.today()

        def work(_: Progress) -> int:
            return warning_horizon_days(current_policy(store.uow(read_only=True)))

        def open_dialog(days: int) -> None:
            dialog = PrintDialog(
                self.session,
                self.tr("Near-expiry list"),
                lambda uow: expiry_list(uow, today, today + timedelta(days=days), ""),
                f"expiry-list-{today.isoformat()}",
                self,
            )
            dialog.open()

        self.session.tasks.run(work, open_dialog)
