"""Any table to .xlsx: a context-menu action on every table, the file written off the UI thread.

SimpleTable exports the rows it holds; PagedTable reads every row of its
query (not just the pages on screen) on a worker. The writing is
app.adapters.workbook's, which never lets a cell's text become a formula.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from app.adapters.workbook import write_workbook
from app.services.export_tables import Cell, Sheet, kpi_sheets
from app.services.kpis import DepartmentItem, KpiSet

log = logging.getLogger(__name__)


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def kpi_workbook_sheets(
    kpis: KpiSet,
    department_items: Sequence[tuple[str, DepartmentItem]],
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
) -> list[Sheet]:
    """The KPI set's sheets, then the rows a click showed (if any)."""
    sheets = kpi_sheets(kpis, department_items)
    if headers:
        sheets.append(
            Sheet(title or "details", list(headers), [[_cell(v) for v in r] for r in rows])
        )
    return sheets


class _Written(QObject):
    finished = Signal(object, object)  # path, error (None when written)


_running: set[_Written] = set()


def write_off_ui_thread(
    parent: QWidget,
    path: Path,
    sheets: Callable[[], Sequence[Sheet]],
    done: Callable[[Path], None] | None = None,
) -> None:
    """Build the sheets and write the workbook on a thread; `done(path)` on the UI thread.
    A failure is never silent: a message box says it (the details go to the log)."""
    signal = _Written()
    _running.add(signal)

    def finished(written: Path, error: BaseException | None) -> None:
        _running.discard(signal)
        if error is not None:
            log.error("export to %s failed", written, exc_info=error)
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("TableExport", "Export failed"),
                QCoreApplication.translate(
                    "TableExport", "The workbook could not be written: {path}"
                ).format(path=str(written)),
            )
        elif done is not None:
            done(written)

    signal.finished.connect(finished, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            write_workbook(path, sheets())
            signal.finished.emit(path, None)
        except Exception as exc:  # reported on the UI thread, not lost with the thread
            signal.finished.emit(path, exc)

    threading.Thread(target=work, name="xlsx-export", daemon=True).start()


def export_table(
    parent: QWidget,
    path: Path,
    sheets: Sequence[Sheet],
    done: Callable[[Path], None] | None = None,
) -> None:
    write_off_ui_thread(parent, path, lambda: sheets, done)


def headers_of(view: QTableView) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]


def add_export_action(view: QTableView, rows: Callable[[], Sequence[Sequence[object]]]) -> QAction:
    """ "Export to Excel…" in the table's context menu; `rows` runs on the worker thread."""
    action = QAction(QCoreApplication.translate("TableExport", "Export to Excel (.xlsx)…"), view)
    action.setObjectName("export_table_xlsx")
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)

    def ask() -> None:
        name, _ = QFileDialog.getSaveFileName(
            view,
            QCoreApplication.translate("TableExport", "Export to Excel"),
            "table.xlsx",
            "*.xlsx",
        )
        if name:
            export_view(view, rows, Path(name))

    action.triggered.connect(ask)
    return action


def export_view(
    view: QTableView,
    rows: Callable[[], Sequence[Sequence[object]]],
    path: Path,
    done: Callable[[Path], None] | None = None,
) -> None:
    title = view.objectName() or "table"
    headers = headers_of(view)
    write_off_ui_thread(
        view,
        path,
        lambda: [Sheet(title, headers, [[_cell(v) for v in r] for r in rows()])],
        done,
    )
