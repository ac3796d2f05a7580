"""Closing a recall: QA signs off with their PIN (and a second QA if they opened it).

The core answers with a stable reason code (a wrong PIN, a role that may not
close, a case already closed, units still unaccounted for, a missing second
signature); `ui.reasons` has the words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app.services.commands import CloseRecall, Command
from app.services.context import ActionResult
from ui.dialogs.qa_sign_off import QaSignOffDialog
from ui.operations import ActionOp
from ui.reasons import Tone, Verdict, describe
from ui.widgets.recall_hooks import CaseHooks

Row = dict[str, Any]


class RecallClosing(QObject):
    def __init__(self, hooks: CaseHooks) -> None:
        super().__init__(hooks.parent)
        self.hooks = hooks
        self.dialog: QaSignOffDialog | None = None

    def close_case(self, trace: Row) -> QaSignOffDialog:
        recall_id = trace["recall"]["id"]
        dialog = QaSignOffDialog(
            self.tr("Close recall {id}? Every affected unit must be accounted for.").format(
                id=recall_id
            ),
            self.hooks.parent,
        )
        dialog.setObjectName("qa_sign_off_dialog")
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._close(recall_id, dialog))
        dialog.open()
        return dialog

    def _close(self, recall_id: str, dialog: QaSignOffDialog) -> None:
        session, second = self.hooks.session, dialog.second()

        def build() -> Command:
            return CloseRecall(recall_id, second.actor(session, "countersign") if second else None)

        ActionOp(self.hooks.parent, session, build).signed_by(dialog.signature()).success(
            lambda result: self.hooks.written(self.verdict(recall_id, result))
        ).run()

    def verdict(self, recall_id: str, result: ActionResult) -> Verdict:
        if result.ok:
            return Verdict(Tone.OK, self.tr("Recall {id} closed").format(id=recall_id))
        return describe(result, "close_recall", self.hooks.session.clock.today())
