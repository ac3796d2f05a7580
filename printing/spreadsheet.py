"""Tables written as Excel .xlsx (openpyxl), safe to open: no cell is ever a formula.

A cell whose text starts with = + - or @ would be run by a spreadsheet as a
formula (CSV/formula injection: an item name such as `=HYPERLINK(...)`
imported from a supplier's file). Every text cell is written as a string
cell, those marked "quote prefix" too, so Excel shows the text as typed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

_FORMULA_START = ("=", "+", "-", "@")

Cell = str | int | float | None


def xlsx_bytes(sheet: str, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    book = Workbook(write_only=False)
    ws = book.active
    assert ws is not None
    ws.title = sheet[:31]
    table: list[list[Cell]] = [list(header), *(list(row) for row in rows)]
    for r, values in enumerate(table, start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = value
                cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
                if value.startswith(_FORMULA_START):
                    cell.quotePrefix = True
            else:
                cell.value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
