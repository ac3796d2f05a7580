"""Tables to an .xlsx workbook (openpyxl), with no formula ever made from user text.

A cell whose text starts with `=`, `+`, `-` or `@` would be taken by a
spreadsheet for a formula (CSV/formula injection): such text is written as a
string cell (openpyxl's data type "s"), so the workbook shows it as typed.
Numbers stay numbers; dates and times are written as text in ISO form.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from app.services.export_tables import Sheet


def _safe_title(title: str, taken: set[str]) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    name, n = cleaned, 1
    while name in taken:
        n += 1
        name = f"{cleaned[:28]}~{n}"
    taken.add(name)
    return name


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """One worksheet per table, header row first; written whole or not at all."""
    from openpyxl import Workbook  # only when a workbook is written

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for sheet in sheets:
        ws = book.create_sheet(_safe_title(sheet.title, taken))
        for r, values in enumerate([list(sheet.headers), *sheet.rows], start=1):
            for c, value in enumerate(values, start=1):
                if isinstance(value, datetime | date):
                    value = value.isoformat()
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # openpyxl makes "=..." a formula ("f"): text it is
        ws.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
