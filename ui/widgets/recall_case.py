"""One recall's dashboard: progress, where the affected units are, and how fast each step came.

Shows the `recall_trace` DTO as it is; every figure (affected, recovered,
unaccounted) is the service's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.recall_words import drill_text, level_text, scope_text, source_text, status_text
from ui.widgets.simple_table import SimpleTable, cell_text

Trace = dict[str, Any]


def elapsed_text(start: datetime | None, end: datetime | None) -> str:
    """How long after the issue a step came, in words ('' while it has not come)."""
    if start is None or end is None:
        return ""
    minutes = max(int((end - start) / timedelta(minutes=1)), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("RecallCase", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("RecallCase", "{h} h {m} min").format(h=hours, m=minutes)
    return QCoreApplication.translate("RecallCase", "{m} min").format(m=minutes)


def timing_steps(trace: Trace) -> list[tuple[str, datetime | None]]:
    """Issued -> locked here -> each department notified -> every unit accounted for -> closed."""
    timings, recall = trace["timings"], trace["recall"]
    steps: list[tuple[str, datetime | None]] = [
        (QCoreApplication.translate("RecallCase", "Issued"), timings["issued"]),
        (QCoreApplication.translate("RecallCase", "Lots locked here"), timings["locked"]),
    ]
    steps += [
        (
            QCoreApplication.translate("RecallCase", "Department {code} notified").format(
                code=code
            ),
            at,
        )
        for code, at in sorted(timings["notified"].items())
    ]
    steps += [
        (
            QCoreApplication.translate("RecallCase", "Every unit accounted for"),
            timings["recovered"],
        ),
        (QCoreApplication.translate("RecallCase", "Case closed"), recall["closed_at"]),
    ]
    return steps


class RecallCase(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self.tr("Choose a recall in the list"))
        self.header.setObjectName("recall_header")
        self.header.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("recall_progress")
        self.progress.setFormat(self.tr("%v of %m recovered"))
        self.figures = QLabel()
        self.figures.setObjectName("recall_figures")
        self.figures.setWordWrap(True)

        self.lots = SimpleTable(
            [
                self.tr("Lot"),
                self.tr("Expiry"),
                self.tr("Affected"),
                self.tr("On shelves"),
                self.tr("In quarantine"),
                self.tr("Out in departments"),
                self.tr("Recovered"),
                self.tr("Used on patients"),
                self.tr("Written off"),
                self.tr("Unaccounted"),
            ]
        )
        self.lots.setObjectName("recall_lots")
        self.lots.stretch_column(None)
        self.locations = SimpleTable(
            [self.tr("Location"), self.tr("Name"), self.tr("Lot"), self.tr("In stock")]
        )
        self.locations.setObjectName("recall_locations")
        self.locations.stretch_column(1)
        self.departments = SimpleTable(
            [
                self.tr("Department"),
                self.tr("Name"),
                self.tr("Lot"),
                self.tr("Issued"),
                self.tr("Returned"),
                self.tr("Still out"),
                self.tr("First issued"),
            ]
        )
        self.departments.setObjectName("recall_departments")
        self.departments.stretch_column(1)
        self.timings = SimpleTable([self.tr("Step"), self.tr("When"), self.tr("After issue")])
        self.timings.setObjectName("recall_timings")
        self.timings.stretch_column(None)

        where = QWidget()
        grid = QGridLayout(where)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, table) in enumerate(
            (
                (self.tr("In stock, by location"), self.locations),
                (self.tr("Issued, by department"), self.departments),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            grid.addWidget(box, 0, column)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lots, self.tr("By lot"))
        self.tabs.addTab(where, self.tr("Where they are"))
        self.tabs.addTab(self.timings, self.tr("Response times"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)

    def show_trace(self, trace: Trace) -> None:
        recall, progress = trace["recall"], trace["progress"]
        flags = " · ".join(
            part
            for part in (
                level_text(recall["level"]),
                status_text(recall["status"]),
                drill_text(recall["drill"]),
            )
            if part
        )
        self.header.setText(
            self.tr("{id} · {flags}\n{scope} · {source}\n{reason} · deadline {deadline}").format(
                id=recall["id"],
                flags=flags,
                scope=scope_text(recall["scope"]),
                source=source_text(recall["source"]),
                reason=recall["reason"],
                deadline=cell_text(recall["deadline"]),
            )
        )
        self.progress.setRange(0, max(progress["affected"], 1))
        self.progress.setValue(progress["recovered"])
        lots = trace["lots"]
        self.figures.setText(
            self.tr(
                "Affected {affected}: on shelves {shelf}, in quarantine {quarantine}, out in "
                "departments {out}, documented {documented}. Unaccounted: {unaccounted}"
            ).format(
                affected=progress["affected"],
                shelf=sum(x["on_shelf"] for x in lots),
                quarantine=sum(x["in_quarantine"] for x in lots),
                out=sum(x["issued_out"] for x in lots),
                documented=progress["documented"],
                unaccounted=progress["unaccounted"],
            )
        )
        self.lots.set_rows(
            [
                [
                    x["lot"],
                    x["expiry"],
                    x["affected"],
                    x["on_shelf"],
                    x["in_quarantine"],
                    x["issued_out"],
                    x["recovered"],
                    x["used_on_patient"],
                    x["written_off"],
                    x["unaccounted"],
                ]
                for x in lots
            ]
        )
        self.locations.set_rows(
            [
                [s["location"], s["name"], x["lot"], s["quantity"]]
                for x in lots
                for s in x["stock"]
                if s["quantity"]
            ]
        )
        self.departments.set_rows(
            [
                [
                    d["department"],
                    d["name"],
                    x["lot"],
                    d["issued"],
                    d["returned"],
                    d["net"],
                    d["first"],
                ]
                for x in lots
                for d in x["departments"]
            ]
        )
        self._show_timings(trace)

    def _show_timings(self, trace: Trace) -> None:
        issued = trace["timings"]["issued"]
        self.timings.set_rows(
            [
                [name, at if at is not None else self.tr("not yet"), elapsed_text(issued, at)]
                for name, at in timing_steps(trace)
            ]
        )
