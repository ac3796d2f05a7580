"""The building blocks of every A4 document: titles, label/value fields, line tables, signatures.

Table cells are broken into lines by hand, every column, to the column's own
width: text never runs into the next cell, and nothing is cut off (a word
longer than its column breaks between characters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import pdf_font, text_width

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
BODY_W = PAGE_W - 2 * MARGIN
_CELL_PADDING = 4  # left and right, in points
_TABLE_SIZE = 8
_TABLE_LEADING = 10
_HEADER_SIZE = 7
_HEADER_LEADING = 8.5
# A table row cannot split across pages: a cell stops at this many lines (with "…").
_MAX_CELL_LINES = 60

# Latin runs (codes, numbers, words) stay whole where they fit; anything else breaks anywhere.
_TOKENS = re.compile(r"[A-Za-z0-9_\-./:()@#+%&'\"×]+|\s+|.")


def style(size: float, leading: float | None = None) -> ParagraphStyle:
    # wordWrap="CJK" lets a line break between any two Chinese characters.
    return ParagraphStyle(
        f"lk{size}",
        fontName=pdf_font(),
        fontSize=size,
        leading=leading or size * 1.3,
        wordWrap="CJK",
    )


def _split_token(token: str, max_width: float, size: float) -> list[str]:
    pieces, piece = [], ""
    for char in token:
        if piece and text_width(piece + char, size) > max_width:
            pieces.append(piece)
            piece = char
        else:
            piece += char
    return [*pieces, piece] if piece else pieces


def break_lines(text: str, max_width: float, size: float) -> list[str]:
    """Greedy line breaking: at spaces and between CJK characters; nothing is clipped."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width(paragraph, size) <= max_width:
            lines.append(paragraph)
            continue
        line = ""
        for token in _TOKENS.findall(paragraph):
            if text_width(line + token, size) <= max_width:
                line += token
                continue
            if line.strip():
                lines.append(line.rstrip())
            token = token.lstrip()
            if text_width(token, size) > max_width:
                *whole, token = _split_token(token, max_width, size)
                lines += whole
            line = token
        lines.append(line.rstrip())
    if len(lines) > _MAX_CELL_LINES:
        lines = [*lines[: _MAX_CELL_LINES - 1], "…"]
    return lines


def title(zh: str, en: str) -> list[Flowable]:
    return [Paragraph(f"{escape(zh)}<br/>{escape(en)}", style(16, 20)), Spacer(1, 4 * mm)]


def fields(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label: value pairs, two to a row; a label is "中文 English", broken after the Chinese."""
    cell = style(9.5)
    cells = [
        Paragraph(escape(k).replace(" ", "<br/>", 1) if i == 0 else escape(v), cell)
        for k, v in pairs
        for i in (0, 1)
    ]
    rows: list[list[Any]] = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    if len(rows[-1]) < 4:
        rows[-1] += [""] * (4 - len(rows[-1]))
    widths = [0.17, 0.33, 0.17, 0.33]
    table = Table(rows, colWidths=[w * BODY_W for w in widths])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ]
        )
    )
    return table


def section(zh: str, en: str, text: str = "") -> list[Flowable]:
    # A heading starts a new page unless there is room for it and the first rows below it.
    out = [
        CondPageBreak(45 * mm),
        Spacer(1, 3 * mm),
        Paragraph(f"{escape(zh)} {escape(en)}", style(10.5)),
    ]
    if text:
        out.append(Paragraph(escape(text).replace("\n", "<br/>"), style(9.5)))
    return out


def lines_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A table of plain text: each header "中文 English" on two lines, every cell wrapped."""
    col_widths = [w * BODY_W for w in widths]
    rooms = [w - 2 * _CELL_PADDING for w in col_widths]
    # Plain multi-line strings, not a Paragraph per cell: a Paragraph per row made a
    # 5,000-line recall notice three times slower.
    data = [
        [
            "\n".join(break_lines(h.replace(" ", "\n", 1), room, _HEADER_SIZE))
            for h, room in zip(header, rooms, strict=True)
        ]
    ]
    for row in rows:
        data.append(
            [
                "\n".join(break_lines(cell, room, _TABLE_SIZE))
                for cell, room in zip(row, rooms, strict=True)
            ]
        )
    # LongTable stops measuring rows once a page is full; Table measures all
    # remaining rows at every page break, quadratic in a 5,000-line notice.
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_font(), _TABLE_SIZE),
                ("LEADING", (0, 0), (-1, -1), _TABLE_LEADING),
                ("FONT", (0, 0), (-1, 0), pdf_font(), _HEADER_SIZE),
                ("LEADING", (0, 0), (-1, 0), _HEADER_LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def signatures(roles: Sequence[tuple[str, str]]) -> list[Flowable]:
    cell = style(9.5)
    rows = [
        [Paragraph(f"{zh} {en}:", cell), "", Paragraph("日期 Date:", cell), ""] for zh, en in roles
    ]
    table = Table(
        rows,
        colWidths=[0.25 * BODY_W, 0.35 * BODY_W, 0.15 * BODY_W, 0.25 * BODY_W],
        rowHeights=12 * mm,
    )
    table.setStyle(
        TableStyle(
            [
                # Empty cells too: a table's default font is Helvetica, never embedded.
                ("FONT", (0, 0), (-1, -1), pdf_font(), 9.5),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
            ]
        )
    )
    return [Spacer(1, 6 * mm), table]
