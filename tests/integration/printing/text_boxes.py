"""Where a printed PDF's text sits (pdfplumber): glyphs on glyphs, text across a cell's rule."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber

# Less than this (points) is the kerning of one font or a rule touching a cell's padding.
_SLACK = 0.5


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _glyphs_on_glyphs(chars: list[dict[str, Any]]) -> list[str]:
    """Two characters drawn over each other (a third of the narrower one or more)."""
    cell = 8.0  # points: glyphs are compared only with those in the grid cells they touch
    grid: dict[tuple[int, int], list[dict[str, Any]]] = {}
    found = []
    for a in (c for c in chars if c["text"].strip()):
        keys = [
            (x, y)
            for x in range(int(a["x0"] // cell), int(a["x1"] // cell) + 1)
            for y in range(int(a["top"] // cell), int(a["bottom"] // cell) + 1)
        ]
        seen: set[int] = set()
        for b in (b for key in keys for b in grid.get(key, ())):
            if id(b) in seen:
                continue
            seen.add(id(b))
            across = _overlap(a["x0"], a["x1"], b["x0"], b["x1"])
            narrower = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
            down = _overlap(a["top"], a["bottom"], b["top"], b["bottom"])
            if across > narrower / 3 and down > (a["bottom"] - a["top"]) / 3:
                found.append(f"{a['text']!r} at ({a['x0']:.1f}, {a['top']:.1f}) on {b['text']!r}")
        for key in keys:
            grid.setdefault(key, []).append(a)
    return found


def _text_across_rules(page: Any) -> list[str]:
    """A word crossing a table's vertical rule: text that ran out of its cell."""
    rules = [e for e in page.edges if e["orientation"] == "v"]
    found = []
    for w in page.extract_words(x_tolerance=1.5, keep_blank_chars=False):
        for r in rules:
            inside = w["x0"] + _SLACK < r["x0"] < w["x1"] - _SLACK
            if inside and _overlap(w["top"], w["bottom"], r["top"], r["bottom"]) > _SLACK:
                found.append(f"{w['text']!r} crosses the rule at x={r['x0']:.1f}")
                break
    return found


def opened(pdf: bytes) -> pdfplumber.PDF:
    """The PDF for pdfplumber; parsing is most of the cost, so open it once and ask it all."""
    return pdfplumber.open(io.BytesIO(pdf))


def overlapping_text(document: pdfplumber.PDF) -> list[str]:
    """Every place, page by page, where text is drawn over text or over a cell's border."""
    problems = []
    for number, page in enumerate(document.pages, start=1):
        for problem in _glyphs_on_glyphs(page.chars) + _text_across_rules(page):
            problems.append(f"page {number}: {problem}")
    return problems


def column_text(document: pdfplumber.PDF, header: str, beside: str | None = None) -> str:
    """The text below the table heading `header` (in the row that also has `beside`, where two
    tables share a heading), down to the foot of each page, between it and the next heading."""
    parts = []
    for page in document.pages:
        words = page.extract_words()

        def row_of(w: dict[str, Any], words: list[dict[str, Any]] = words) -> list[dict[str, Any]]:
            return [v for v in words if abs(v["top"] - w["top"]) < 1]

        heads = [
            w
            for w in words
            if w["text"] == header and (beside is None or beside in {v["text"] for v in row_of(w)})
        ]
        if not heads:
            continue
        head = heads[0]
        right = min((w["x0"] for w in row_of(head) if w["x0"] > head["x1"]), default=page.width)
        box = (head["x0"] - 2, head["top"], right - 2, page.height)
        parts.append(page.crop(box).extract_text())
    return "\n".join(parts)
