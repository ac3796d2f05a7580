"""The recall's work: its task list (notify, collect, scan returns) and accounting for units."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Location, LocationKind
from app.domain.recall import AccountKind
from ui.widgets.recall_words import account_kind_text, task_kind_text
from ui.widgets.simple_table import SimpleTable

Row = dict[str, Any]


class TasksPanel(QWidget):
    """Tasks of the case; a scan books returned goods into the chosen quarantine location."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[Row] = []
        self.table = SimpleTable(
            [
                self.tr("Task"),
                self.tr("Location"),
                self.tr("Name"),
                self.tr("Responsible"),
                self.tr("Quantity"),
                self.tr("Made"),
                self.tr("Notified"),
            ]
        )
        self.table.setObjectName("recall_tasks")
        self.table.stretch_column(2)
        self.notify_button = QPushButton(self.tr("Mark notified"))
        self.notify_button.setObjectName("mark_notified")
        self.preview_button = QPushButton(self.tr("Print this department's notice"))
        self.preview_button.setObjectName("print_notice")
        self.quarantine = QComboBox()
        self.quarantine.setObjectName("recall_quarantine")
        self.quantity = QSpinBox()
        self.quantity.setObjectName("scan_quantity")
        self.quantity.setRange(0, 99999)
        self.quantity.setSpecialValueText(self.tr("from the label"))
        self.hint = QLabel(
            self.tr(
                "Scan returned goods: they are booked from the chosen task's department "
                "(or shelf) into the recall quarantine location."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notify_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Into")))
        buttons.addWidget(self.quarantine)
        buttons.addWidget(QLabel(self.tr("Quantity per scan")))
        buttons.addWidget(self.quantity)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.table.itemSelectionChanged.connect(self._update)
        self._update()

    def show_tasks(self, tasks: list[Row]) -> None:
        chosen = self.selected()
        self.tasks = tasks
        self.table.set_rows(
            [
                [
                    task_kind_text(t["kind"]),
                    t["location"],
                    t["name"],
                    t["responsible"],
                    t["quantity"],
                    t["created_at"],
                    t["notified_at"] or "—",
                ]
                for t in tasks
            ]
        )
        for row, task in enumerate(tasks):
            if chosen is not None and task["id"] == chosen["id"]:
                self.table.selectRow(row)
        self._update()

    def show_locations(self, locations: list[Location]) -> None:
        current = self.quarantine.currentData()
        self.quarantine.clear()
        for loc in locations:
            if loc.kind is LocationKind.QUARANTINE:
                self.quarantine.addItem(f"{loc.code} — {loc.name}", loc.code)
        self.quarantine.setCurrentIndex(max(0, self.quarantine.findData(current)))

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.tasks[rows[0].row()] if rows else None

    def _update(self) -> None:
        task = self.selected()
        is_department = task is not None and task["kind"] == "department"
        self.notify_button.setEnabled(is_department)
        self.preview_button.setEnabled(is_department)


class AccountPanel(QWidget):
    """Units that will not come back: used on a patient, or written off with a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lots: list[Row] = []
        self.lot = QComboBox()
        self.lot.setObjectName("account_lot")
        self.kind = QComboBox()
        self.kind.setObjectName("account_kind")
        for kind in AccountKind:
            self.kind.addItem(account_kind_text(kind.value), kind.value)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("account_quantity")
        self.quantity.setRange(1, 99999)
        self.department = QComboBox()
        self.department.setObjectName("account_department")
        self.reason = QLineEdit()
        self.reason.setObjectName("account_reason")
        self.reason.setPlaceholderText(self.tr("Patient record, or why it is written off"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("account_record")
        form = QFormLayout(self)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("How"), self.kind)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Reason / note"), self.reason)
        form.addRow("", self.record_button)
        self.lot.currentIndexChanged.connect(self._lot_changed)

    def show_lots(self, lots: list[Row]) -> None:
        current = self.lot.currentData()
        self.lots = lots
        self.lot.blockSignals(True)
        self.lot.clear()
        for lot in lots:
            self.lot.addItem(
                self.tr("{lot} (out in departments: {out})").format(
                    lot=lot["lot"], out=lot["issued_out"]
                ),
                lot["lot"],
            )
        self.lot.setCurrentIndex(max(0, self.lot.findData(current)))
        self.lot.blockSignals(False)
        self._lot_changed()

    def chosen(self) -> Row | None:
        index = self.lot.currentIndex()
        return self.lots[index] if 0 <= index < len(self.lots) else None

    def _lot_changed(self) -> None:
        lot = self.chosen()
        self.department.clear()
        self.department.addItem(self.tr("(not known)"), None)
        for row in lot["departments"] if lot else []:
            self.department.addItem(f"{row['department']} — {row['name']}", row["department"])
        self.record_button.setEnabled(lot is not None)
