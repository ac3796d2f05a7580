"""The case file's evidence: photos and scans (a disposal, a signed return note, a department's
confirmation), copied into the data directory under their SHA-256 and listed with the case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.services.commands import AttachRecallEvidence, Command, EvidenceFile
from app.services.context import ActionResult
from app.services.evidence import store_evidence
from ui.operations import ActionOp
from ui.reasons import Tone, Verdict, describe
from ui.widgets.recall_hooks import CaseHooks
from ui.widgets.simple_table import SimpleTable

Row = dict[str, Any]


def choose_evidence(parent: QWidget, title: str) -> Path | None:
    """The operator picks a photo or scan; None when they cancel."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("evidence_file")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("RecallEvidence", "Photos and scans")
            + " (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf)",
            QCoreApplication.translate("RecallEvidence", "All files") + " (*)",
        ]
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def evidence_dir(hooks: CaseHooks) -> Path:
    """Next to the store, where `main.py recall` keeps it too."""
    return hooks.session.store.path.parent / "evidence"


def stored(source: Path, folder: Path) -> EvidenceFile:
    """Copied in under its hash; Refused (BAD_EVIDENCE) if it cannot be read."""
    return store_evidence(source, folder)


class EvidencePanel(QWidget):
    """The evidence already in the case file, and attaching another file to it."""

    def __init__(self, hooks: CaseHooks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hooks = hooks
        self.table = SimpleTable(
            [
                self.tr("File"),
                self.tr("Lot"),
                self.tr("When"),
                self.tr("By"),
                self.tr("Note"),
                self.tr("SHA-256"),
            ]
        )
        self.table.setObjectName("recall_evidence")
        self.table.stretch_column(4)
        self.lot = QComboBox()
        self.lot.setObjectName("evidence_lot")
        self.note = QLineEdit()
        self.note.setObjectName("evidence_note")
        self.note.setPlaceholderText(self.tr("What it shows, e.g. the supplier's signed receipt"))
        self.attach_button = QPushButton(self.tr("Attach a photo or scan…"))
        self.attach_button.setObjectName("attach_evidence")
        self.attach_button.clicked.connect(self.attach)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lot")))
        row.addWidget(self.lot)
        row.addWidget(QLabel(self.tr("Note")))
        row.addWidget(self.note, 1)
        row.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_trace(self, trace: Row) -> None:
        evidence = trace["evidence"]
        self.table.set_rows(
            [
                [e["file_name"], e["lot"] or "—", e["at"], e["user"], e["note"], e["sha256"][:16]]
                for e in evidence
            ]
        )
        for r, e in enumerate(evidence):
            self.table.set_tooltip(r, 5, e["sha256"])
        current = self.lot.currentData()
        self.lot.clear()
        self.lot.addItem(self.tr("the whole case"), None)
        for lot in trace["lots"]:
            self.lot.addItem(lot["lot"], (lot["di"], lot["lot"]))
        self.lot.setCurrentIndex(max(0, self.lot.findData(current)))
        closed = trace["recall"]["status"] == "closed"
        self.attach_button.setEnabled(not closed and self.hooks.session.may(Action.RECALL_EVIDENCE))

    def attach(self) -> None:
        hooks = self.hooks
        recall_id = hooks.chosen_id()
        if recall_id is None:
            return
        path = choose_evidence(
            hooks.parent, self.tr("Attach evidence to {id}").format(id=recall_id)
        )
        if path is None:
            return
        session = hooks.session
        clock = session.clock
        di, lot = self.lot.currentData() or (None, None)
        note, folder = self.note.text().strip(), evidence_dir(hooks)

        def build() -> Command:
            # On the writer: the file is copied in under its hash, then recorded.
            return AttachRecallEvidence(recall_id, stored(path, folder), note, di, lot)

        def done(result: ActionResult) -> None:
            if not result.ok:
                hooks.written(describe(result, "recall_account", clock.today()))
                return
            self.note.clear()
            hooks.written(
                Verdict(
                    Tone.OK,
                    self.tr("{file} attached to {id}").format(file=path.name, id=recall_id),
                    self.tr("SHA-256 {sha}").format(sha=result.detail["sha256"]),
                )
            )

        ActionOp(hooks.parent, session, build).success(done).run()
