"""Collecting a recall's units: notify departments, scan returns into quarantine, and account
for units that will not come back. The panels are recall_work's; the writes are here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.recall import AccountKind
from app.services.commands import (
    AccountRecallUnits,
    CarryOutRecall,
    MarkDepartmentsNotified,
    Move,
    Return,
)
from app.services.context import ActionResult
from ui.operations import ActionOp
from ui.reasons import Tone, Verdict, describe
from ui.widgets.recall_hooks import CaseHooks
from ui.widgets.recall_work import AccountPanel, TasksPanel


def notified_verdict(result: ActionResult, today: date) -> Verdict:
    if not result.ok:
        return describe(result, "recall_notify", today)
    notified = result.detail.get("notified", [])
    return Verdict(
        Tone.OK,
        QCoreApplication.translate("RecallCollecting", "{n} department(s) marked notified").format(
            n=len(notified)
        ),
        ", ".join(notified),
    )


class RecallCollecting(QObject):
    def __init__(self, hooks: CaseHooks, tasks: TasksPanel, accounts: AccountPanel) -> None:
        super().__init__(hooks.parent)
        self.hooks = hooks
        self.tasks = tasks
        self.accounts = accounts
        tasks.notify_button.clicked.connect(self.mark_notified)
        accounts.record_button.clicked.connect(self.account)

    def scan_return(self, text: str) -> None:
        """A scan books returned goods from the chosen task's department (or shelf)."""
        session = self.hooks.session
        recall_id, task = self.hooks.chosen_id(), self.tasks.selected()
        into = self.tasks.quarantine.currentData()
        if recall_id is None or into is None:
            self.hooks.say(
                Verdict(
                    Tone.DECIDE,
                    self.tr("Choose a recall (and a quarantine location) before scanning"),
                )
            )
            return
        from_shelf = task is not None and task["kind"] == "location"
        qty = self.tasks.quantity.value() or None
        where = task["location"] if task is not None else None
        step = Move(text, where, into, qty) if from_shelf else Return(text, where, into, qty)
        action = step.action.value
        clock = session.clock
        ActionOp(self.hooks.parent, session, CarryOutRecall(recall_id, step)).success(
            lambda result: self.hooks.written(describe(result, action, clock.today()))
        ).run()

    def mark_notified(self) -> None:
        session = self.hooks.session
        recall_id, task = self.hooks.chosen_id(), self.tasks.selected()
        if recall_id is None or task is None:
            return
        clock = session.clock
        ActionOp(
            self.hooks.parent, session, MarkDepartmentsNotified(recall_id, [task["location"]])
        ).success(lambda result: self.hooks.written(notified_verdict(result, clock.today()))).run()

    def account(self) -> None:
        session = self.hooks.session
        recall_id, lot = self.hooks.chosen_id(), self.accounts.chosen()
        if recall_id is None or lot is None:
            return
        panel = self.accounts
        kind = AccountKind(panel.kind.currentData())
        quantity, department = panel.quantity.value(), panel.department.currentData()
        reason = panel.reason.text().strip()
        clock = session.clock
        command = AccountRecallUnits(
            recall_id, lot["di"], lot["lot"], kind, quantity, department, reason
        )

        def done(result: ActionResult) -> None:
            if result.ok:
                panel.reason.clear()
            self.hooks.written(describe(result, "recall_account", clock.today()))

        ActionOp(self.hooks.parent, session, command).success(done).run()
