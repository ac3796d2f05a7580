"""A recall drill's report (召回演练): how fast each step came after the drill was issued —
issued, locked here, each department notified, every unit accounted for, closed — and how
far the collection got. Printing gives the close-out report, which carries the same timings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.recall_case import elapsed_text, timing_steps
from ui.widgets.recall_words import level_text, scope_text
from ui.widgets.simple_table import SimpleTable, cell_text

Row = dict[str, Any]


class DrillReportDialog(QDialog):
    def __init__(
        self, trace: Row, print_report: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        recall, timings, progress = trace["recall"], trace["timings"], trace["progress"]
        self.setObjectName("DrillReport")
        self.setWindowTitle(self.tr("Drill report {id}").format(id=recall["id"]))
        issued = timings["issued"]
        notified = timings["notified"]
        done = [at for at in notified.values() if at is not None]
        slowest = elapsed_text(issued, max(done)) if done else self.tr("not yet")
        self.summary = QLabel(
            self.tr(
                "{scope} · {level} · deadline {deadline}\n"
                "Departments notified: {done} of {all}, the last {slowest} after issue.\n"
                "Recovered {recovered} of {affected}; documented {documented}; "
                "unaccounted {unaccounted}."
            ).format(
                scope=scope_text(recall["scope"]),
                level=level_text(recall["level"]),
                deadline=cell_text(recall["deadline"]),
                done=len(done),
                all=len(notified),
                slowest=slowest,
                **progress,
            )
        )
        self.summary.setObjectName("drill_summary")
        self.summary.setWordWrap(True)
        if not recall["drill"]:
            self.summary.setText(
                self.tr("This is a real recall, not a drill.") + "\n" + self.summary.text()
            )
        self.timings = SimpleTable([self.tr("Step"), self.tr("When"), self.tr("After issue")])
        self.timings.setObjectName("drill_timings")
        self.timings.stretch_column(None)
        self.timings.set_rows(
            [
                [name, at if at is not None else self.tr("not yet"), elapsed_text(issued, at)]
                for name, at in timing_steps(trace)
            ]
        )
        self.print_button = QPushButton(self.tr("Print the close-out report"))
        self.print_button.setObjectName("print_drill_report")
        self.print_button.clicked.connect(print_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.timings, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
