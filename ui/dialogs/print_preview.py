"""Print preview and printing: what will come out, then the job off the UI thread.

The printout is built from the store and rendered on a worker; the preview is
the PDF itself, rasterised with QtPdf. Printing runs `PrintJob` on the task
runner; a failed job keeps its bytes, shows the printer's error in words and
offers Retry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.ports import UnitOfWork
from printing import FileTarget, PrintJob, RawTcpTarget, render_pdf, render_zpl
from printing.content import Document, Label
from printing.errors import DeliveryError, PrintingError
from ui.reasons import failure_verdict
from ui.session import Session
from ui.widgets.device_settings import PrinterSettings, load_printer
from ui.workers import Progress

Printable = Label | Document
Build = Callable[[UnitOfWork], Printable]

PREVIEW_DPI = 120
PREVIEW_PAGES = 3


@dataclass(frozen=True, slots=True)
class Prepared:
    pdf: bytes
    data: bytes
    """What goes to the printer: ZPL for a thermal printer, else the PDF."""
    pages: list[QImage]
    page_count: int


def prepare(uow: UnitOfWork, build: Build, printer: PrinterSettings) -> Prepared:
    """Build, render and rasterise a printout (runs on a worker)."""
    content = build(uow)
    is_label = isinstance(content, Label)
    pdf = render_pdf(content, printer.label_size if is_label else None)
    if printer.zpl and not is_label:
        raise PrintingError(
            "a label printer on a raw port cannot print A4 documents: "
            "choose a file or the system printer in Settings"
        )
    data = render_zpl(content, printer.label_size, printer.dpmm) if printer.zpl else pdf
    pages, count = rasterise(pdf, PREVIEW_DPI, PREVIEW_PAGES)
    return Prepared(pdf, data, pages, count)


def rasterise(pdf: bytes, dpi: int, max_pages: int) -> tuple[list[QImage], int]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for page in range(min(document.pageCount(), max_pages)):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        # QtPdf leaves the paper transparent: put it on white, as it will print.
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        images.append(paper)
    count = document.pageCount()
    document.close()
    return images, count


class PrintDialog(QDialog):
    def __init__(
        self,
        session: Session,
        title: str,
        build: Build,
        file_stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PrintDialog")
        self.setWindowTitle(title)
        self.session = session
        self.printer = load_printer()
        self._file_stem = file_stem
        self.prepared: Prepared | None = None
        self.job: PrintJob | None = None

        self.pages = QWidget()
        self._pages_layout = QVBoxLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setMinimumSize(640, 420)
        self.status = QLabel(self.tr("Preparing the preview…"))
        self.status.setObjectName("PrintStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_now)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.print_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._where()))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        store, printer = session.store, self.printer

        def work(_: Progress) -> Prepared:
            return prepare(store.uow(read_only=True), build, printer)

        session.tasks.run(work, self._prepared, self._not_prepared)

    def _where(self) -> str:
        p = self.printer
        if p.zpl:
            where = self.tr("label printer {host}:{port} (ZPL)").format(host=p.host, port=p.port)
        elif p.kind.value == "system":
            where = self.tr("system printer {name}").format(
                name=p.system_printer or self.tr("(default)")
            )
        else:
            where = self.tr("PDF file in {folder}").format(folder=p.folder_path())
        return self.tr("Prints to: {where}").format(where=where)

    def _prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        for image in prepared.pages:
            page = QLabel()
            page.setObjectName("PreviewPage")
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pages_layout.addWidget(page)
        self._pages_layout.addStretch(1)
        self.status.setText(
            self.tr("{pages} page(s). Check the preview, then print.").format(
                pages=prepared.page_count
            )
        )
        self.print_button.setEnabled(True)
        self.print_button.setFocus()

    def _not_prepared(self, error: BaseException) -> None:
        self._show_error(failure_verdict(error).headline, retry=False)

    def print_now(self) -> None:
        if self.prepared is None:
            return
        if self.job is None:
            suffix = "zpl" if self.printer.zpl else "pdf"
            stamp = self.session.clock.now().strftime("%Y%m%d-%H%M%S")
            target = self.printer.target(f"{self._file_stem}-{stamp}.{suffix}")
            self.job = PrintJob(self.prepared.data, target, self.windowTitle())
        job = self.job
        self.print_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        self.session.tasks.run(lambda _: job.run(), self._printed)

    def _printed(self, ok: bool) -> None:
        assert self.job is not None
        if not ok:
            # The job's own message (in English) goes to the log; the words are ours.
            verdict = failure_verdict(DeliveryError(self.job.last_error or ""))
            self._show_error(f"{verdict.headline} {verdict.detail}", retry=True)
            return
        self.retry_button.setVisible(False)
        self.status.setProperty("tone", "ok")
        self.status.setText(self.tr("Printed: {what}").format(what=_target_text(self.job)))
        self.print_button.setEnabled(True)
        self.job = None

    def _show_error(self, text: str, retry: bool) -> None:
        self.status.setProperty("tone", "blocked")
        self.status.setStyleSheet("color:#8b0000;font-weight:bold;")
        self.status.setText(text)
        self.retry_button.setVisible(retry)
        self.retry_button.setEnabled(retry)


def _target_text(job: PrintJob) -> str:
    target = job.target
    if isinstance(target, FileTarget):
        return str(target.path)
    if isinstance(target, RawTcpTarget):
        return f"{target.host}:{target.port}"
    return target.printer or "lp"
