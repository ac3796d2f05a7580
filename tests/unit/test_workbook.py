"""Exports to .xlsx never turn a cell's text into a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.adapters.workbook import write_workbook
from app.services.export_tables import Sheet


def test_text_starting_with_a_formula_sign_is_written_as_text_not_a_formula(
    tmp_path: Path,
) -> None:
    typed = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", '=HYPERLINK("http://x","y")']
    path = tmp_path / "out.xlsx"
    write_workbook(path, [Sheet("lots", ["reference", "qty"], [[t, 1] for t in typed])])

    sheet = load_workbook(path)["lots"]
    cells = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(typed))]
    assert [c.value for c in cells] == typed
    assert {c.data_type for c in cells} == {"s"}
    assert sheet.cell(row=2, column=2).value == 1 and sheet.cell(row=2, column=2).data_type == "n"
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_a_workbook_that_cannot_be_written_leaves_no_file_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_workbook(target, [Sheet("a", ["x"], [["1"]])])
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"] and target.is_dir()
