"""Recalls: the list with progress, one case's dashboard, its tasks, accounting, documents, close.

Every step is a service of app.services.recalls; the figures are recall_trace's.
Scans on this screen book returned goods into the recall quarantine location.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import DomainError
from app.domain.model import Location
from app.domain.recall import AccountKind
from app.recall_printouts import close_out_report, recall_notices, return_note
from app.services.action import ActionResult
from app.services.lookups import locations
from app.services.recall_trace import list_recalls, recall_trace
from app.services.recalls import (
    CloseResult,
    account_for,
    carry_out,
    close_recall,
    create_recall,
    mark_notified,
)
from printing import PrintJob
from printing.documents import document_pdf
from ui.dialogs.new_recall import NewRecallDialog
from ui.dialogs.print_preview import PrintDialog
from ui.dialogs.qa_sign_off import QaSignOffDialog
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.device_settings import load_printer
from ui.widgets.recall_case import RecallCase
from ui.widgets.recall_words import drill_text, level_text, scope_text, status_text
from ui.widgets.recall_work import AccountPanel, TasksPanel
from ui.widgets.result_band import ResultBand
from ui.widgets.simple_table import SimpleTable
from ui.workers import Progress

Row = dict[str, Any]
PROGRESS_COLUMN = 6


class RecallsScreen(Screen):
    key = "recalls"
    permission = "recall_notify"
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
        self.table.itemSelectionChanged.connect(self._chosen)
        self.case = RecallCase()
        self.tasks = TasksPanel()
        self.accounts = AccountPanel()
        self.case.tabs.insertTab(2, self.tasks, self.tr("Tasks"))
        self.case.tabs.insertTab(3, self.accounts, self.tr("Account for units"))
        self.tasks.notify_button.clicked.connect(self.mark_notified)
        self.tasks.preview_button.clicked.connect(self.preview_notice)
        self.accounts.record_button.clicked.connect(self.account)

        self.new_button = QPushButton(self.tr("Open a recall…"))
        self.new_button.setObjectName("new_recall")
        self.new_button.setVisible(session.may("create_recall"))
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
        self.close_button = QPushButton(self.tr("Close the case…"))
        self.close_button.setObjectName("close_recall")
        self.close_button.clicked.connect(self.close_case)
        self.band = ResultBand()

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (
            self.notices_button,
            self.return_button,
            self.report_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.case)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
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

        self.session.tasks.run(work, self.tasks.show_locations)
        self.refresh()

    def demo(self) -> None:
        """The demo store's first item recalled by its supervisor, one department notified."""
        self.activated()
        self.session.tasks.wait_idle()
        if not self.recalls:
            self._demo_recall()
        self.refresh()
        self.session.tasks.wait_idle()
        if self.recalls:
            self.table.selectRow(0)
            self.session.tasks.wait_idle()

    def _demo_recall(self) -> None:
        from app.domain.recall import RecallScope, ScopeKind
        from app.services.demo_store import SUPERVISOR
        from app.services.lookups import find_lots
        from app.services.recalls import NewRecall

        store, clock = self.session.store, self.session.clock
        lots = find_lots(store.uow(read_only=True), "", limit=1)
        if not lots:
            return
        scope = RecallScope(lots[0]["di"], ScopeKind.ALL_LOTS)
        new = NewRecall(scope, 2, "包装密封不良 seal defect")
        result = create_recall(store.uow(), clock, new, SUPERVISOR[0], SUPERVISOR[1])
        trace = recall_trace(store.uow(read_only=True), result.detail["recall_id"])
        departments = [t["location"] for t in trace["tasks"] if t["kind"] == "department"]
        mark_notified(store.uow(), clock, trace["recall"]["id"], departments[:1], SUPERVISOR[0])

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
            self.table.setCellWidget(index, PROGRESS_COLUMN, bar)
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
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.trace is not None and self.chosen_id() == self.trace["recall"]["id"]
        open_case = chosen and self.trace is not None and self.trace["recall"]["status"] != "closed"
        for button in (self.notices_button, self.return_button, self.report_button):
            button.setEnabled(chosen)
        self.close_button.setEnabled(open_case)
        self.accounts.setEnabled(open_case and self.session.may("recall_account"))

    def _after_write(self, verdict: Verdict) -> None:
        self.band.show_verdict(verdict)
        self.session.sounds.play_for(self.band.tone)
        self.refresh()

    # --- opening a recall -----------------------------------------------------------

    def open_new(self) -> None:
        dialog = NewRecallDialog(self.session.user.username, QDate.currentDate(), self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()

    def _create(self, dialog: NewRecallDialog) -> None:
        try:
            new = dialog.new_recall()
        except ValueError as exc:
            self.band.show_verdict(
                Verdict(Tone.BLOCKED, self.tr("Cannot open the recall"), str(exc))
            )
            return
        store, clock, device = self.session.store, self.session.clock, self.session.device
        user, pin = dialog.user.text().strip(), dialog.pin.text()

        def work() -> ActionResult:
            return create_recall(store.uow(), clock, new, user, pin, device)

        self.session.submit(work, self._created)

    def _created(self, result: ActionResult) -> None:
        if not result.ok:
            self._after_write(describe(result, "create_recall", self.session.clock.today()))
            return
        detail = result.detail
        self._after_write(
            Verdict(
                Tone.OK,
                self.tr("Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)").format(
                    id=detail["recall_id"], lots=len(detail["lots"]), tasks=detail["tasks"]
                ),
                ", ".join(detail["lots"]),
            )
        )

    # --- carrying it out ------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        recall_id, task = self.chosen_id(), self.tasks.selected()
        into = self.tasks.quarantine.currentData()
        if recall_id is None or into is None:
            self.band.show_verdict(
                Verdict(
                    Tone.DECIDE,
                    self.tr("Choose a recall (and a quarantine location) before scanning"),
                )
            )
            return
        from_shelf = task is not None and task["kind"] == "location"
        action = "move" if from_shelf else "return"
        request = self.session.request(
            action,
            scan=text,
            qty=self.tasks.quantity.value() or None,
            location=task["location"] if task is not None else None,
            to=into,
        )
        store, clock = self.session.store, self.session.clock

        def work() -> ActionResult:
            return carry_out(store.uow(), clock, recall_id, request)

        self.session.submit(
            work, lambda result: self._after_write(describe(result, action, clock.today()))
        )

    def mark_notified(self) -> None:
        recall_id, task = self.chosen_id(), self.tasks.selected()
        if recall_id is None or task is None:
            return
        store, clock, user = self.session.store, self.session.clock, self.session.user.username
        codes = [task["location"]]

        def work() -> ActionResult:
            return mark_notified(store.uow(), clock, recall_id, codes, user, self.session.device)

        self.session.submit(work, self._notified)

    def _notified(self, result: ActionResult) -> None:
        if not result.ok:
            self._after_write(describe(result, "recall_notify", self.session.clock.today()))
            return
        notified = result.detail.get("notified", [])
        self._after_write(
            Verdict(
                Tone.OK,
                self.tr("{n} department(s) marked notified").format(n=len(notified)),
                ", ".join(notified),
            )
        )

    def account(self) -> None:
        recall_id, lot = self.chosen_id(), self.accounts.chosen()
        if recall_id is None or lot is None:
            return
        panel = self.accounts
        kind = AccountKind(panel.kind.currentData())
        quantity, department = panel.quantity.value(), panel.department.currentData()
        reason = panel.reason.text().strip()
        store, clock, user = self.session.store, self.session.clock, self.session.user.username

        def work() -> ActionResult:
            return account_for(
                store.uow(),
                clock,
                recall_id,
                user,
                lot["di"],
                lot["lot"],
                kind,
                quantity,
                department,
                reason,
                self.session.device,
            )

        def done(result: ActionResult) -> None:
            if result.ok:
                panel.reason.clear()
            self._after_write(describe(result, "recall_account", clock.today()))

        self.session.submit(work, done)

    # --- documents ----------------------------------------------------------------

    def preview_notice(self) -> None:
        recall_id, task = self.chosen_id(), self.tasks.selected()
        if recall_id is None or task is None:
            return
        code, user = task["location"], self.session.user.username

        def build(uow: Any) -> Any:
            return dict(recall_notices(uow, recall_id, user))[code]

        PrintDialog(
            self.session,
            self.tr("Recall notice for {code}").format(code=code),
            build,
            f"recall-notice-{recall_id}-{code}",
            self,
        ).open()

    def print_notices(self) -> None:
        """Every department's notice, built and printed off the UI thread; Cancel stops it."""
        recall_id = self.chosen_id()
        if recall_id is None:
            return
        store, user, printer = self.session.store, self.session.user.username, load_printer()
        stamp = self.session.clock.now().strftime("%Y%m%d-%H%M%S")
        if printer.zpl:
            self.band.show_verdict(
                Verdict(
                    Tone.BLOCKED,
                    self.tr(
                        "A label printer cannot print notices: choose a file or "
                        "the system printer in Settings"
                    ),
                )
            )
            return

        def work(progress: Progress) -> tuple[list[str], list[str]]:
            notices = recall_notices(
                store.uow(read_only=True),
                recall_id,
                user,
                lambda n, total: progress.report(n, total * 2, self.tr("Preparing notices…")),
            )
            printed: list[str] = []
            failed: list[str] = []
            for n, (code, notice) in enumerate(notices, start=1):
                progress.report(
                    len(notices) + n - 1,
                    len(notices) * 2,
                    self.tr("Printing the notice for {code}…").format(code=code),
                )
                target = printer.target(f"recall-notice-{recall_id}-{code}-{stamp}.pdf")
                job = PrintJob(document_pdf(notice), target, f"{recall_id} {code}")
                (printed if job.run() else failed).append(code)
            return printed, failed

        self.session.tasks.run_with_dialog(
            self,
            self.tr("Printing recall notices…"),
            work,
            lambda done: self._notices_printed(recall_id, *done),
            self._print_failed,
        )

    def _notices_printed(self, recall_id: str, printed: list[str], failed: list[str]) -> None:
        if failed:
            self.band.show_verdict(
                Verdict(
                    Tone.BLOCKED,
                    self.tr("{n} notice(s) did not print").format(n=len(failed)),
                    ", ".join(failed),
                )
            )
        if not printed:
            if not failed:
                self.band.show_verdict(
                    Verdict(
                        Tone.DECIDE,
                        self.tr("No department received these lots: no notice to print"),
                    )
                )
            return
        store, clock, user = self.session.store, self.session.clock, self.session.user.username

        def work() -> ActionResult:
            return mark_notified(store.uow(), clock, recall_id, printed, user, self.session.device)

        self.session.submit(work, self._notified if not failed else lambda _: self.refresh())

    def _print_failed(self, error: BaseException) -> None:
        why = error.message if isinstance(error, DomainError) else str(error)
        self.band.show_verdict(
            Verdict(Tone.BLOCKED, self.tr("Printing failed: {why}").format(why=why))
        )

    def print_return_note(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is None:
            return
        user, today = self.session.user.username, self.session.clock.today()
        PrintDialog(
            self.session,
            self.tr("Return note {id}").format(id=recall_id),
            lambda uow: return_note(uow, recall_id, user, today),
            f"return-note-{recall_id}",
            self,
        ).open()

    def print_report(self) -> None:
        recall_id = self.chosen_id()
        if recall_id is None:
            return

        def build(uow: Any) -> Any:
            with uow:
                site = uow.settings.get("device_name") or ""
            return close_out_report(uow, recall_id, site)

        PrintDialog(
            self.session,
            self.tr("Close-out report {id}").format(id=recall_id),
            build,
            f"close-out-{recall_id}",
            self,
        ).open()

    # --- closing ---------------------------------------------------------------------

    def close_case(self) -> None:
        recall_id, trace = self.chosen_id(), self.trace
        if recall_id is None or trace is None:
            return
        dialog = QaSignOffDialog(
            self.tr("Close recall {id}? Every affected unit must be accounted for.").format(
                id=recall_id
            ),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, clock, device = self.session.store, self.session.clock, self.session.device
        user, pin = dialog.user.text().strip(), dialog.pin.text()
        words = self._problem_words(trace)

        def work() -> CloseResult:
            return close_recall(store.uow(), clock, recall_id, user, pin, device)

        self.session.submit(work, lambda result: self._closed(result, words))

    def _problem_words(self, trace: Row) -> dict[str, str]:
        """The service's problem lines, each with its translation (figures from the trace)."""
        open_lots = [lot for lot in trace["lots"] if lot["unaccounted"] > 0]
        return {
            line: self.tr(
                "Lot {lot}: {n} of {affected} unaccounted ({shelf} still on shelves, "
                "{out} out in departments)"
            ).format(
                lot=lot["lot"],
                n=lot["unaccounted"],
                affected=lot["affected"],
                shelf=lot["on_shelf"],
                out=max(lot["issued_out"] - lot["used_on_patient"] - lot["written_off"], 0),
            )
            for line, lot in zip(trace["unaccounted"], open_lots, strict=False)
        }

    def _closed(self, result: CloseResult, words: dict[str, str]) -> None:
        if result.ok:
            verdict = Verdict(Tone.OK, self.tr("Recall {id} closed").format(id=result.recall_id))
        else:
            verdict = Verdict(
                Tone.BLOCKED,
                self.tr("The case cannot close yet"),
                "\n".join(words.get(p, p) for p in result.problems),
            )
        self._after_write(verdict)
