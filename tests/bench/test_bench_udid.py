"""UDI database reading throughput (not run in CI).

Run: .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_udid.py

The floor, measured in the same run over the same file, is a bare iterparse
loop: end events only, each <device> counted and cleared, nothing read from it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from app.adapters.udid_file import read_devices
from tests.udid_gen import write_xml

DEVICES = 20_000
TARGET_PER_S = 5_000
ROUNDS = 5  # the import's figure is the median of these


@pytest.fixture(scope="module")
def download(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xml(tmp_path_factory.mktemp("udid") / "UDID_FULL_DOWNLOAD_PART1.xml", DEVICES)


def bare_iterparse(path: Path) -> int:
    count = 0
    for _, element in ET.iterparse(path):
        if element.tag == "device":
            count += 1
            element.clear()
    return count


def ours(path: Path) -> int:
    return sum(1 for _ in read_devices(path))


def best_rate(read: Callable[[Path], int], path: Path, rounds: int = 3) -> float:
    """Devices per second, the best of `rounds`: the machine is shared."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        assert read(path) == DEVICES
        best = max(best, DEVICES / (time.perf_counter() - start))
    return best


def test_reading_the_udi_database_beside_a_bare_iterparse_loop(download: Path) -> None:
    size = download.stat().st_size
    floor = best_rate(bare_iterparse, download)
    rate = best_rate(ours, download)
    print(f"\n  {DEVICES:,} devices, {size / 2**20:.0f} MiB of XML ({size // DEVICES} bytes each)")
    print(f"  floor: bare iterparse loop        {floor:8,.0f} devices/s")
    print(f"  read_devices (UdiDevice records)  {rate:8,.0f} devices/s")
    print(f"  read_devices / floor: {rate / floor:.2f}")
    assert rate >= TARGET_PER_S


def test_importing_the_udi_database_beside_a_bare_iterparse_loop(
    download: Path, tmp_path: Path
) -> None:
    """`udid import`'s work: read, check, write every device and level in one transaction."""
    from app.domain.clock import SystemClock
    from app.services.bus import execute
    from app.services.commands import ImportUdiDatabase
    from app.services.people import authenticate
    from tests.stores import ADMIN_PIN, Recipe, new_store
    from ui.commands.udid import devices_of

    clock = SystemClock()
    rates, floors = [], []
    for round_ in range(ROUNDS):
        # The floor measured beside each round: the machine is shared, its load changes.
        floors.append(best_rate(bare_iterparse, download, rounds=1))
        store = new_store(tmp_path / f"store{round_}.db", Recipe(clock.now(), "bench"))
        admin = authenticate(store.uow(), clock, "admin", ADMIN_PIN)
        start = time.perf_counter()
        result = execute(
            store.uow(), clock, admin, ImportUdiDatabase((str(download),), devices_of([download]))
        )
        elapsed = time.perf_counter() - start
        assert result.ok, result
        assert result.detail["devices"] == DEVICES
        store.close()
        rates.append(DEVICES / elapsed)
    rate, floor = statistics.median(rates), statistics.median(floors)
    print(
        f"\n  floor: bare iterparse loop              {floor:8,.0f} devices/s (median; rounds: "
        + ", ".join(f"{r:,.0f}" for r in floors)
        + ")"
    )
    print(
        f"  udid import (read, check, write, commit) {rate:8,.0f} devices/s (median; rounds: "
        + ", ".join(f"{r:,.0f}" for r in rates)
        + ")"
    )
    print(f"  import / floor: {rate / floor:.2f} (target {TARGET_PER_S:,}/s)")
    assert rate >= TARGET_PER_S
