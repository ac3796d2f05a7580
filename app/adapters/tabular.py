"""Reading spreadsheets: CSV (UTF-8, BOM tolerated) and Excel .xlsx."""

from __future__ import annotations

import csv
from pathlib import Path


class TableError(ValueError):
    """The file cannot be read as a table."""


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.exists():
        raise TableError(f"no file {path}")
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = [{k: (v or "") for k, v in row.items() if k is not None} for row in reader]
            header = list(reader.fieldnames or [])
    except UnicodeDecodeError as exc:
        raise TableError(f"{path} is not UTF-8 text: save it as CSV UTF-8") from exc
    except csv.Error as exc:
        raise TableError(f"{path} is not a readable CSV file: {exc}") from exc
    return header, rows


def _read_xlsx(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    from openpyxl import load_workbook  # only when a spreadsheet is actually imported

    try:
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise TableError(f"{path} is not a readable .xlsx file: {exc}") from exc
    values = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    if not values:
        return [], []
    header = [h.strip() for h in values[0]]
    # Blank rows stay, so that reported row numbers match the sheet.
    rows = [dict(zip(header, row, strict=False)) for row in values[1:]]
    return header, rows
