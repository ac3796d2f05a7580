"""Printing speed (not in CI): `pytest tests/bench/test_bench_printing.py -s`.

Budgets: a lot label as PDF <= 50 ms, as ZPL <= 5 ms; a 5,000-line recall
notice <= 5 s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from printing import LabelSize, render_pdf, render_zpl
from printing.content import LotLabel
from tests.integration.printing.samples import SERIALISED_LOT, recall_notice


def _best_of(runs: int, action: Callable[[int], object]) -> float:
    best = float("inf")
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        best = min(best, time.perf_counter() - start)
    return best


def _distinct_lot(i: int) -> LotLabel:
    # A new lot each run, so no cached symbol flatters the figure.
    return replace(SERIALISED_LOT, lot=f"BENCH{i:06d}")


def test_bench_lot_label_pdf_within_50_ms() -> None:
    for size in LabelSize:

        def pdf(i: int, size: LabelSize = size) -> bytes:
            return render_pdf(_distinct_lot(i), size)

        seconds = _best_of(30, pdf)
        print(f"\nlot label PDF {size.name}: {seconds * 1000:.1f} ms")
        assert seconds <= 0.050


def test_bench_lot_label_zpl_within_5_ms() -> None:
    for size in LabelSize:
        render_zpl(SERIALISED_LOT, size)  # loads the font once

        def zpl(i: int, size: LabelSize = size) -> bytes:
            return render_zpl(_distinct_lot(i), size)

        seconds = _best_of(30, zpl)
        print(f"\nlot label ZPL {size.name}: {seconds * 1000:.2f} ms")
        assert seconds <= 0.005


def test_bench_recall_notice_of_5000_lines_within_5_s() -> None:
    notice = recall_notice(5000)
    seconds = _best_of(1, lambda _: render_pdf(notice))
    print(f"\nrecall notice, 5,000 lines: {seconds:.2f} s")
    assert seconds <= 5.0
