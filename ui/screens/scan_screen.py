"""What every scan screen shares: pack assembly, the job, the band, the details, the camera."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.bus import execute
from app.services.commands import Pick, Receive
from app.services.context import ActionResult
from app.services.scan_view import ScanView, describe_scan
from scanning.errors import ScanError
from scanning.parse import parse
from ui.dialogs.override import OverrideDialog
from ui.operations import show_failure
from ui.reasons import Verdict, describe, waiting
from ui.screen import Screen
from ui.screens.pack import PackReader
from ui.session import Session
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.lot_details import LotDetails
from ui.widgets.result_band import ResultBand


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    view: ScanView | None
    result: ActionResult


ScanCommand = Receive | Pick | object


class ScanScreen(Screen):
    accepts_scans = True

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        pack_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(session, parent)
        self.pack = PackReader(pack_clock)
        self.band = ResultBand()
        self.details = LotDetails()
        self.camera = CameraPreview()
        self.camera.scanned.connect(self.handle_scan)
        self.last_command: ScanCommand | None = None
        self.last_outcome: ScanOutcome | None = None
        self.dialog: QWidget | None = None
        self.body = QVBoxLayout(self)
        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        self.body.addWidget(heading)
        hint = QLabel(self.tr("Scan anywhere on this screen — no need to click a field."))
        hint.setProperty("role", "hint")
        self.body.addWidget(hint)

    def add_feedback(self) -> None:
        """Band under the form, then the scan's details beside the camera preview."""
        self.body.addWidget(self.band)
        row = QHBoxLayout()
        row.addWidget(self.details, 3)
        row.addWidget(self.camera, 2)
        self.body.addLayout(row, 1)

    # --- scans -------------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        step = self.pack.feed(text)
        if step.text is None:
            self.show_verdict(waiting(step.missing))
            return
        self.scan_ready(step.text)

    def scan_ready(self, text: str) -> None:
        """A complete scan (one symbol or a joined pack): build and submit the request."""
        raise NotImplementedError

    def submit(self, command: ScanCommand) -> None:
        """Execute the scan's command on the writer; what the scan says comes back with it."""
        self.last_command = command
        session = self.session
        store, clock, actor = session.store, session.clock, session.actor
        scan_text: str = getattr(command, "scan", "")

        def work() -> ScanOutcome:
            try:
                view = describe_scan(store.uow(read_only=True), clock, parse(scan_text))
            except ScanError:
                view = None
            return ScanOutcome(view, execute(store.uow(), clock, actor, command))  # type: ignore[arg-type]

        def failed(error: BaseException) -> None:
            self.details.clear()
            show_failure(self, error)
            self.session.sounds.play_for(self.band.tone)

        session.touch()
        session.writer.submit(work, self._written, failed)

    def _written(self, outcome: ScanOutcome) -> None:
        self.show_outcome(outcome)
        self.session.changed.emit()

    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.last_outcome = outcome
        if outcome.view is not None:
            self.details.show_view(outcome.view, self.session.clock.today(), self.chinese)
        else:
            # An unreadable barcode: the panel must not go on showing the previous scan.
            self.details.clear()
        action = getattr(self.last_command, "action", None)
        self.show_verdict(
            describe(outcome.result, action.value if action else "", self.session.clock.today())
        )
        self.after_result(outcome)

    def after_result(self, outcome: ScanOutcome) -> None:
        """Hook: ask for a decision, tick a line, ..."""

    def show_verdict(self, verdict: Verdict) -> None:
        self.band.show_verdict(verdict)
        self.band.repaint()  # paint now: the operator looks up the moment the beep sounds
        self.session.sounds.play_for(verdict.tone)

    @property
    def chinese(self) -> bool:
        return QLocale().language() == QLocale.Language.Chinese

    # --- supervisor decisions ---------------------------------------------------

    def ask_supervisor(self, question: str) -> None:
        """Non-blocking: on approval the same request goes again, with the override."""
        command = self.last_command
        assert command is not None
        dialog = OverrideDialog(question, self)
        dialog.setObjectName("override_dialog")
        self.dialog = dialog

        def approved() -> None:
            self.submit_with_override(command, dialog)

        dialog.accepted.connect(approved)
        dialog.open()

    def ask_about_storage(self, result: ActionResult) -> None:
        """STORAGE_MISMATCH: a supervisor may accept the place, with a reason."""
        self.ask_supervisor(
            self.tr(
                "{place} is kept outside the range this item needs. "
                "A supervisor may accept it, with a reason."
            ).format(place=result.detail.get("location", ""))
        )

    def submit_with_override(self, command: ScanCommand, dialog: OverrideDialog) -> None:
        """The same command again, with the supervisor's approval checked on the writer."""
        answer, session = dialog.answer(), self.session
        self.last_command = command
        store, clock, actor = session.store, session.clock, session.actor
        scan_text: str = getattr(command, "scan", "")

        def work() -> ScanOutcome:
            signed = replace(command, override=answer.approval(session))  # type: ignore[type-var]
            try:
                view = describe_scan(store.uow(read_only=True), clock, parse(scan_text))
            except ScanError:
                view = None
            return ScanOutcome(view, execute(store.uow(), clock, actor, signed))

        def failed(error: BaseException) -> None:
            show_failure(self, error)
            self.session.sounds.play_for(self.band.tone)

        session.touch()
        session.writer.submit(work, self._written, failed)
