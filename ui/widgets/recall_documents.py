"""A recall's documents from the screen: notices, the return-to-supplier note, the close-out
report. Each is built by app.recall_printouts off the UI thread and previewed before printing;
printing every notice at once marks the departments whose notice printed as notified.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from app.recall_printouts import close_out_report, recall_notices, return_note
from app.services.commands import MarkDepartmentsNotified
from app.services.context import ActionResult
from printing import PrintJob
from printing.documents import document_pdf
from ui.dialogs.print_preview import PrintDialog
from ui.operations import ActionOp
from ui.reasons import Tone, Verdict, failure_verdict
from ui.widgets.device_settings import load_printer
from ui.widgets.recall_collecting import notified_verdict
from ui.widgets.recall_hooks import CaseHooks
from ui.workers import Progress


class RecallDocuments(QObject):
    def __init__(self, hooks: CaseHooks) -> None:
        super().__init__(hooks.parent)
        self.hooks = hooks
        self.session = hooks.session
        self.parent_widget = hooks.parent
        self.say = hooks.say

    def _preview(self, title: str, build: Callable[[Any], Any], stem: str) -> PrintDialog:
        dialog = PrintDialog(self.session, title, build, stem, self.parent_widget)
        dialog.open()
        return dialog

    def notice(self, recall_id: str, code: str) -> PrintDialog:
        user = self.session.user.username

        def build(uow: Any) -> Any:
            return dict(recall_notices(uow, recall_id, user))[code]

        return self._preview(
            self.tr("Recall notice for {code}").format(code=code),
            build,
            f"recall-notice-{recall_id}-{code}",
        )

    def return_note(self, recall_id: str) -> PrintDialog:
        user, today = self.session.user.username, self.session.clock.today()
        return self._preview(
            self.tr("Return note {id}").format(id=recall_id),
            lambda uow: return_note(uow, recall_id, user, today),
            f"return-note-{recall_id}",
        )

    def close_out(self, recall_id: str) -> PrintDialog:
        def build(uow: Any) -> Any:
            with uow:
                site = uow.settings.get("device_name") or ""
            return close_out_report(uow, recall_id, site)

        return self._preview(
            self.tr("Close-out report {id}").format(id=recall_id), build, f"close-out-{recall_id}"
        )

    def all_notices(self, recall_id: str) -> None:
        """Every department's notice, built and printed off the UI thread; Cancel stops it."""
        store, user, printer = self.session.store, self.session.user.username, load_printer()
        stamp = self.session.clock.now().strftime("%Y%m%d-%H%M%S")
        if printer.zpl:
            self.say(
                Verdict(
                    Tone.BLOCKED,
                    self.tr(
                        "A label printer cannot print notices: choose a file or "
                        "the system printer in Settings"
                    ),
                )
            )
            return
        preparing = self.tr("Preparing notices…")
        printing = self.tr("Printing the notice for {code}…")

        def work(progress: Progress) -> tuple[list[str], list[str]]:
            notices = recall_notices(
                store.uow(read_only=True),
                recall_id,
                user,
                lambda n, total: progress.report(n, total * 2, preparing),
            )
            printed: list[str] = []
            failed: list[str] = []
            for n, (code, notice) in enumerate(notices, start=1):
                progress.report(len(notices) + n - 1, len(notices) * 2, printing.format(code=code))
                target = printer.target(f"recall-notice-{recall_id}-{code}-{stamp}.pdf")
                job = PrintJob(document_pdf(notice), target, f"{recall_id} {code}")
                (printed if job.run() else failed).append(code)
            return printed, failed

        self.session.tasks.run_with_dialog(
            self.parent_widget,
            self.tr("Printing recall notices…"),
            work,
            lambda done: self._notices_printed(recall_id, *done),
            self._print_failed,
        )

    def _notices_printed(self, recall_id: str, printed: list[str], failed: list[str]) -> None:
        if failed:
            self.say(
                Verdict(
                    Tone.BLOCKED,
                    self.tr("{n} notice(s) did not print").format(n=len(failed)),
                    ", ".join(failed),
                )
            )
        if not printed:
            if not failed:
                self.say(
                    Verdict(
                        Tone.DECIDE,
                        self.tr("No department received these lots: no notice to print"),
                    )
                )
            return
        clock = self.session.clock

        def done(result: ActionResult) -> None:
            if failed:
                self.hooks.refresh()
            else:
                self.hooks.written(notified_verdict(result, clock.today()))

        ActionOp(
            self.parent_widget, self.session, MarkDepartmentsNotified(recall_id, printed)
        ).success(done).run()

    def _print_failed(self, error: BaseException) -> None:
        self.say(failure_verdict(error))
