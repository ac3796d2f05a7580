"""Recalls: the list with progress, one case's dashboard, its tasks, accounting, what leaves
quarantine, evidence, documents, the drill report and closing.

The screen holds the list and the chosen case; each part of the work lives in its own
module (ui/widgets/recall_*.py) and every step is a service of app.services.recalls.
Scans go to the open tab: on "Return or dispose" they choose lots in quarantine, elsewhere
they book returned goods into the recall quarantine location.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Location
from app.domain.permissions import Action
from app.services.commands import CreateRecall
from app.services.context import ActionResult
from app.services.lookups import locations
from app.services.recall_trace import list_recalls, recall_trace
from ui.dialogs.drill_report import DrillReportDialog
from ui.dialogs.new_recall import NewRecallDialog
from ui.operations import ActionOp
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.signatures import Signature
from ui.widgets.recall_case import RecallCase
from ui.widgets.recall_closing import RecallClosing
from ui.widgets.recall_collecting import RecallCollecting
from ui.widgets.recall_documents import RecallDocuments
from ui.widgets.recall_evidence import EvidencePanel
from ui.widgets.recall_exits import ExitsPanel
from ui.widgets.recall_hooks import CaseHooks
from ui.widgets.recall_words import drill_text, level_text, scope_text, status_text
from ui.widgets.recall_work import AccountPanel, TasksPanel
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable
from ui.workers import Progress

Row = dict[str, Any]
PROGRESS_COLUMN = 6
REASON_COLUMN = 5


class RecallsScreen(Screen):
    key = "recalls"
    permission = Action.RECALL_NOTIFY
    accepts_scans = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.recalls: list[Row] = []
        self.trace: Row | None = None
        self.table = SimpleTable(
            [
                self.tr("Recall"),
                self.tr("Level"),
                self.tr("Status"),
                self.tr("Drill"),
                self.tr("Scope"),
                self.tr("Reason"),
                self.tr("Recovered / affected"),
            ]
        )
        self.table.setObjectName("recalls")
        self.table.stretch_column(REASON_COLUMN)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.band = ResultBand()
        self.band.setVisible(False)  # no empty band under the case until there is news

        hooks = CaseHooks(session, self, self.chosen_id, self.say, self.after_write, self.refresh)
        self.documents = RecallDocuments(hooks)
        self.closing = RecallClosing(hooks)
        self.case = RecallCase()
        self.tasks = TasksPanel()
        self.accounts = AccountPanel()
        self.collecting = RecallCollecting(hooks, self.tasks, self.accounts)
        self.exits = ExitsPanel(hooks, self.documents.return_note)
        self.evidence = EvidencePanel(hooks)
        self.case.tabs.insertTab(2, self.tasks, self.tr("Tasks"))
        self.case.tabs.insertTab(3, self.accounts, self.tr("Account for units"))
        self.case.tabs.insertTab(4, self.exits, self.tr("Return or dispose"))
        self.case.tabs.insertTab(5, self.evidence, self.tr("Evidence"))
        self.tasks.preview_button.clicked.connect(self.preview_notice)

        self.new_button = QPushButton(self.tr("Open a recall…"))
        self.new_button.setObjectName("new_recall")
        self.new_button.setVisible(session.may(Action.CREATE_RECALL))
        self.new_button.clicked.connect(self.open_new)
        self.notices_button = QPushButton(self.tr("Print all notices"))
        self.notices_button.setObjectName("print_notices")
        self.notices_button.clicked.connect(self.print_notices)
        self.return_button = QPushButton(self.tr("Return note"))
        self.return_button.setObjectName("print_return_note")
        self.return_button.clicked.connect(self.print_return_note)
        self.report_button = QPushButton(self.tr("Close-out report"))
        self.report_button.setObjectName("print_close_out")
        self.report_button.clicked.connect(self.print_report)
        self.drill_button = QPushButton(self.tr("Drill report"))
        self.drill_button.setObjectName("drill_report")
        self.drill_button.clicked.connect(self.show_drill_report)
        self.close_button = QPushButton(self.tr("Close the case…"))
        self.close_button.setObjectName("close_recall")
        self.close_button.clicked.connect(self.close_case)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (
            self.notices_button,
            self.return_button,
            self.report_button,
            self.drill_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.case)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.band)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Recalls")

    def activated(self) -> None:
        store = self.session.store

        def work(_: Progress) -> list[Location]:
            return locations(store.uow(read_only=True))

        def shown(found: list[Location]) -> None:
            self.tasks.show_locations(found)
            self.exits.show_locations(found)

        self.session.tasks.run(work, shown)
        self.refresh()

    def demo(self) -> None:
        """The demo store's first item recalled by its supervisor, one department notified;
        the screenshot shows the case's tasks with that notice's time."""
        self.activated()
        self.session.tasks.wait_idle()
        if not self.recalls:
            from app.demo.recall import demo_recall

            demo_recall(self.session.store, self.session.clock.now(), self.session.device)
        self.refresh()
        self.session.tasks.wait_idle()
        if self.recalls:
            self.table.selectRow(0)
            self.session.tasks.wait_idle()
        self.case.tabs.setCurrentWidget(self.tasks)

    # --- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        store = self.session.store

        def work(_: Progress) -> list[Row]:
            return list_recalls(store.uow(read_only=True))

        self.session.tasks.run(work, self._listed)

    def _listed(self, rows: list[Row]) -> None:
        chosen = self.chosen_id()
        self.recalls = rows
        self.table.blockSignals(True)
        self.table.set_rows(
            [
                [
                    r["id"],
                    level_text(r["level"]),
                    status_text(r["status"]),
                    drill_text(r["drill"]),
                    scope_text(r["scope"]),
                    r["reason"],
                    "",
                ]
                for r in rows
            ]
        )
        for index, row in enumerate(rows):
            bar = QProgressBar()
            bar.setRange(0, max(row["affected"], 1))
            bar.setValue(row["recovered"])
            bar.setFormat(f"{row['recovered']} / {row['affected']}")
            self.table.setIndexWidget(self.table.model().index(index, PROGRESS_COLUMN), bar)
            if row["id"] == chosen:
                self.table.selectRow(index)
        self.table.blockSignals(False)
        self._chosen()

    def chosen_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.recalls[rows[0].row()]["id"] if rows and self.recalls else None

    def _chosen(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is None:
            self._update_buttons()
            return
        store = self.session.store

        def work(_: Progress) -> Row:
            return recall_trace(store.uow(read_only=True), recall_id)

        self.session.tasks.run(work, self._traced)

    def _traced(self, trace: Row) -> None:
        if trace["recall"]["id"] != self.chosen_id():
            return
        self.trace = trace
        self.case.show_trace(trace)
        self.tasks.show_tasks(trace["tasks"])
        self.accounts.show_lots(trace["lots"])
        self.exits.show_trace(trace)
        self.evidence.show_trace(trace)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.trace is not None and self.chosen_id() == self.trace["recall"]["id"]
        open_case = chosen and self.trace is not None and self.trace["recall"]["status"] != "closed"
        for button in (self.notices_button, self.return_button, self.report_button):
            button.setEnabled(chosen)
        self.drill_button.setEnabled(
            chosen and self.trace is not None and self.trace["recall"]["drill"]
        )
        self.close_button.setEnabled(open_case)
        self.accounts.setEnabled(open_case and self.session.may(Action.RECALL_ACCOUNT))

    def say(self, verdict: Verdict) -> None:
        self.band.show_verdict(verdict)
        self.band.setVisible(verdict.tone is not Tone.IDLE)
        self.session.sounds.play_for(self.band.tone)

    def after_write(self, verdict: Verdict) -> None:
        self.say(verdict)
        self.refresh()

    # --- opening a recall -----------------------------------------------------------

    def open_new(self) -> None:
        dialog = NewRecallDialog(self.session.user.username, QDate.currentDate(), self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()

    def _create(self, dialog: NewRecallDialog) -> None:
        try:
            new = dialog.new_recall()
        except ValueError:
            self.say(
                Verdict(
                    Tone.BLOCKED,
                    self.tr("Cannot open the recall"),
                    self.tr("Check the scope (lots, dates or serials) and the reason."),
                )
            )
            return
        # Opened in the name of whoever typed their PIN in the dialog.
        signature = Signature(dialog.user.text().strip(), dialog.pin.text())
        ActionOp(self, self.session, CreateRecall(new)).signed_by(signature).success(
            self._created
        ).run()

    def _created(self, result: ActionResult) -> None:
        if not result.ok:
            self.after_write(describe(result, "create_recall", self.session.clock.today()))
            return
        detail = result.detail
        self.after_write(
            Verdict(
                Tone.OK,
                self.tr("Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)").format(
                    id=detail["recall_id"], lots=len(detail["lots"]), tasks=detail["tasks"]
                ),
                ", ".join(detail["lots"]),
            )
        )

    # --- working the case -------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        if self.case.tabs.currentWidget() is self.exits:
            self.exits.select_scanned(text)
        else:
            self.collecting.scan_return(text)

    def mark_notified(self) -> None:
        self.collecting.mark_notified()

    def account(self) -> None:
        self.collecting.account()

    def preview_notice(self) -> None:
        recall_id, task = self.chosen_id(), self.tasks.selected()
        if recall_id is not None and task is not None:
            self.documents.notice(recall_id, task["location"])

    def print_notices(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is not None:
            self.documents.all_notices(recall_id)

    def print_return_note(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is not None:
            self.documents.return_note(recall_id)

    def print_report(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is not None:
            self.documents.close_out(recall_id)

    def show_drill_report(self) -> None:
        trace = self.trace
        if trace is None or trace["recall"]["id"] != self.chosen_id():
            return
        recall_id = trace["recall"]["id"]
        DrillReportDialog(trace, lambda: self.documents.close_out(recall_id), self).open()

    def close_case(self) -> None:
        if self.trace is not None and self.chosen_id() == self.trace["recall"]["id"]:
            self.closing.close_case(self.trace)
