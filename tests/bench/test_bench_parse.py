"""Parse throughput on one core with a realistic mix (not run in CI).

Run: .venv/bin/pytest tests/bench/test_bench_parse.py -s
"""

from __future__ import annotations

import contextlib
import time
from datetime import date

from scanning.errors import ScanError
from scanning.parse import parse

GS = "\x1d"
# Roughly what a store sees: mostly GS1 DataMatrix/128, some EAN, HIBC, Digital Link, errors.
MIX = [
    f"]d20109501101530003172512{GS}10AB-123{GS}21SN42",
    f"]d20109501101530003172512{GS}10AB-123{GS}21SN42",
    f"]d2010950110153000317251231{GS}10LOT4711",
    f"]C10109501101530003{GS}1725123110L1",
    "01095011015300031725123110ABC<GS>21XYZ\r",
    "(01)09501101530003(17)251200(10)AB-123",
    "4006381333931",
    "4006381333931",
    "036000291452",
    "+A99912345/$$3260520LOT13",
    "https://id.gs1.org/01/09506000134352/10/ABC?17=251231",
    "0109501101530004",  # bad check digit
]


def test_parse_throughput_on_a_realistic_mix() -> None:
    today = date(2025, 6, 15)
    for raw in MIX:  # warm caches, and make sure the mix is what we think
        with contextlib.suppress(ScanError):
            parse(raw, today=today)
    rounds = 2_000
    start = time.perf_counter()
    for _ in range(rounds):
        for raw in MIX:
            with contextlib.suppress(ScanError):
                parse(raw, today=today)
    elapsed = time.perf_counter() - start
    rate = rounds * len(MIX) / elapsed
    print(f"\nparse: {rate:,.0f} scans/s on one core ({rounds * len(MIX)} scans)")
    assert rate >= 5_000
