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

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from printing.content import Document, Label
from printing.errors import DeliveryError, InvalidLabelData, LabelDoesNotFit, PrintingError

if TYPE_CHECKING:
    from printing.delivery import CupsTarget, FileTarget, PrintJob, RawTcpTarget, Target, deliver
    from printing.label_size import LabelSize

# Loaded on first use, not with the package: reportlab, Pillow and the barcode
# writers cost the desktop's start-up (and every command that only reads an
# error class from here) most of a second.
_LAZY = {
    "CupsTarget": "printing.delivery",
    "FileTarget": "printing.delivery",
    "PrintJob": "printing.delivery",
    "RawTcpTarget": "printing.delivery",
    "Target": "printing.delivery",
    "deliver": "printing.delivery",
    "LabelSize": "printing.label_size",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'printing' has no attribute {name!r}")


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
    from printing.documents import document_pdf
    from printing.pdf_labels import label_pdf

    if isinstance(item, Label):
        if size is None:
            raise ValueError("a label needs a LabelSize")
        return label_pdf(item, size)
    return document_pdf(item)


def render_label_sheet(labels: Sequence[Label], size: LabelSize) -> bytes:
    from printing.pdf_labels import label_sheet_pdf

    return label_sheet_pdf(labels, size)


def render_zpl(label: Label, size: LabelSize, dpmm: float = 8) -> bytes:
    from printing.zpl import label_zpl

    return label_zpl(label, size, dpmm)
