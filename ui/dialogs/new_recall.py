"""A supervisor opens a local recall: scope, level, reason, their user and PIN."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from app.domain.recall import NewRecall, RecallScope, RecallSource, ScopeKind
from ui.dialogs.form import lay_out
from ui.widgets.recall_words import level_text, source_text


class NewRecallDialog(QDialog):
    def __init__(self, user: str, today: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a recall"))
        self.gtin = QLineEdit()
        self.gtin.setObjectName("recall_gtin")
        self.scope = QComboBox()
        self.scope.setObjectName("recall_scope")
        self.scope.addItem(self.tr("Listed lots"), ScopeKind.LOTS.value)
        self.scope.addItem(self.tr("All lots of the GTIN"), ScopeKind.ALL_LOTS.value)
        self.scope.addItem(self.tr("Lots produced in a date range"), ScopeKind.PRODUCED.value)
        self.lots = QLineEdit()
        self.lots.setObjectName("recall_lots")
        self.lots.setPlaceholderText(self.tr("Lot numbers, separated by commas"))
        self.produced_from = QDateEdit(today.addMonths(-1))
        self.produced_to = QDateEdit(today)
        for edit in (self.produced_from, self.produced_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.level = QComboBox()
        self.level.setObjectName("recall_level")
        for level in (1, 2, 3):
            self.level.addItem(level_text(level), level)
        self.source = QComboBox()
        for source in RecallSource:
            self.source.addItem(source_text(source.value), source.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("recall_reason")
        self.instructions = QLineEdit()
        self.drill = QCheckBox(self.tr("Drill (same workflow and timings, stock is not blocked)"))
        self.drill.setObjectName("recall_drill")
        self.user = QLineEdit(user)
        self.user.setObjectName("recall_user")
        self.pin = QLineEdit()
        self.pin.setObjectName("recall_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)

        produced = QHBoxLayout()
        produced.addWidget(self.produced_from)
        produced.addWidget(self.produced_to)
        form = QFormLayout()
        form.addRow(self.tr("GTIN"), self.gtin)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Lots"), self.lots)
        form.addRow(self.tr("Produced from / to"), produced)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow("", self.drill)
        form.addRow(self.tr("Supervisor"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        lay_out(self, form, ok=self.tr("Open the recall"), cancel=self.tr("Cancel"), min_width=620)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

    def _scope_changed(self) -> None:
        kind = self.scope.currentData()
        self.lots.setEnabled(kind == ScopeKind.LOTS.value)
        self.produced_from.setEnabled(kind == ScopeKind.PRODUCED.value)
        self.produced_to.setEnabled(kind == ScopeKind.PRODUCED.value)

    def new_recall(self) -> NewRecall:
        """Raises ValueError (the domain's words) when the scope or level is not valid."""
        kind = ScopeKind(self.scope.currentData())
        produced = kind is ScopeKind.PRODUCED
        scope = RecallScope(
            di=self.gtin.text().strip(),
            kind=kind,
            lots=tuple(x.strip() for x in self.lots.text().split(",") if x.strip())
            if kind is ScopeKind.LOTS
            else (),
            produced_from=self.produced_from.date().toPython() if produced else None,  # type: ignore[arg-type]
            produced_to=self.produced_to.date().toPython() if produced else None,  # type: ignore[arg-type]
        )
        return NewRecall(
            scope=scope,
            level=int(self.level.currentData()),
            reason=self.reason.text().strip(),
            source=RecallSource(self.source.currentData()),
            instructions=self.instructions.text().strip(),
            drill=self.drill.isChecked(),
        )
