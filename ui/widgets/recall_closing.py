"""Closing a recall: QA signs off with their PIN; a refusal says why in the user's words.

The service answers with a stable reason code (a wrong PIN, a role that may not
close, a case already closed, units still unaccounted for); the words are here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from app.domain.codes import Code
from app.services.action import ActionResult
from app.services.recalls import CloseResult, close_recall
from ui.dialogs.qa_sign_off import QaSignOffDialog
from ui.reasons import Tone, Verdict, describe
from ui.widgets.recall_hooks import CaseHooks

Row = dict[str, Any]


class RecallClosing(QObject):
    def __init__(self, hooks: CaseHooks) -> None:
        super().__init__(hooks.parent)
        self.hooks = hooks

    def close_case(self, trace: Row) -> None:
        recall_id = trace["recall"]["id"]
        dialog = QaSignOffDialog(
            self.tr("Close recall {id}? Every affected unit must be accounted for.").format(
                id=recall_id
            ),
            self.hooks.parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session = self.hooks.session
        store, clock, device = session.store, session.clock, session.device
        user, pin = dialog.user.text().strip(), dialog.pin.text()
        words = self.problem_words(trace)

        def work() -> CloseResult:
            return close_recall(store.uow(), clock, recall_id, user, pin, device)

        session.submit(work, lambda result: self.hooks.written(self.verdict(result, words)))

    def problem_words(self, trace: Row) -> dict[str, str]:
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
                out=lot["undocumented_out"],
            )
            for line, lot in zip(trace["unaccounted"], open_lots, strict=False)
        }

    def verdict(self, result: CloseResult, words: dict[str, str]) -> Verdict:
        if result.ok:
            return Verdict(Tone.OK, self.tr("Recall {id} closed").format(id=result.recall_id))
        stays_open = self.tr("The case stays open.")
        if result.code is Code.BAD_CREDENTIALS:
            return Verdict(Tone.BLOCKED, self.tr("Wrong QA user name or PIN"), stays_open)
        if result.code is Code.NOT_PERMITTED:
            return Verdict(Tone.BLOCKED, self.tr("Only QA may close a recall"), stays_open)
        if result.code is Code.NOTHING_TO_DO:
            return Verdict(
                Tone.BLOCKED, self.tr("Recall {id} is already closed").format(id=result.recall_id)
            )
        if result.code is Code.BAD_REQUEST and any(p in words for p in result.problems):
            return Verdict(
                Tone.BLOCKED,
                self.tr("The case cannot close yet"),
                "\n".join(words.get(p, p) for p in result.problems),
            )
        refused = ActionResult(False, result.code, "; ".join(result.problems))
        return describe(refused, "close_recall", self.hooks.session.clock.today())
