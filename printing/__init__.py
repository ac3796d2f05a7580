"""Labels and documents: PDF (reportlab), ZPL for thermal printers, delivery.

    render_pdf(label_or_document, size=None) -> bytes
    render_label_sheet(labels, size) -> bytes      (A4 sheet of labels)
    render_zpl(label, size, dpmm=8) -> bytes
    deliver(data, target) / PrintJob(data, target).run()

Inputs are the plain values in `printing.content`; nothing here imports Qt,
the database or the UI. Stored codes are worded by `printing.words` from the
"Codes" context of resources/translations/*.ts, the table the screens
translate with (ui/code_words.py); a document's times are printed in its
zone (`printing.local_time`), named once on the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from printing.content import Document, Label
from printing.delivery import CupsTarget, FileTarget, PrintJob, RawTcpTarget, Target, deliver
from printing.documents import document_pdf
from printing.errors import DeliveryError, InvalidLabelData, LabelDoesNotFit, PrintingError
from printing.layout import LabelSize
from printing.pdf_labels import label_pdf, label_sheet_pdf
from printing.zpl import label_zpl

__all__ = [
    "CupsTarget",
    "DeliveryError",
    "FileTarget",
    "InvalidLabelData",
    "LabelDoesNotFit",
    "LabelSize",
    "PrintJob",
    "PrintingError",
    "RawTcpTarget",
    "Target",
    "deliver",
    "render_label_sheet",
    "render_pdf",
    "render_zpl",
]


def render_pdf(item: Label | Document, size: LabelSize | None = None) -> bytes:
    """A label on a page of its own size (`size` required), or an A4 document."""
    if isinstance(item, Label):
        if size is None:
            raise ValueError("a label needs a LabelSize")
        return label_pdf(item, size)
    return document_pdf(item)


def render_label_sheet(labels: Sequence[Label], size: LabelSize) -> bytes:
    return label_sheet_pdf(labels, size)


def render_zpl(label: Label, size: LabelSize, dpmm: float = 8) -> bytes:
    return label_zpl(label, size, dpmm)
