"""UDI database reading throughput (not run in CI).

Run: .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_udid.py

The floor, measured in the same run over the same file, is a bare iterparse
loop: end events only, each <device> counted and cleared, nothing read from it.
Each round measures the floor and then ours, and each figure is the median of
its rounds: the machine is shared, its load changes. Beside the rates, the
CPU time per device (the process's, every thread's): steadier than seconds
under other work.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from app.adapters.udid_file import read_devices
from tests.udid_gen import write_xml

DEVICES = 20_000
TARGET_PER_S = 5_000
ROUNDS = 5  # each figure is the median of these


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


def timed(read: Callable[[Path], int], path: Path) -> tuple[float, float]:
    """(devices per second, CPU µs per device) of one read of `path`."""
    wall, cpu = time.perf_counter(), time.process_time()
    assert read(path) == DEVICES
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return DEVICES / wall, cpu / DEVICES * 1e6


def medians(rounds: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in rounds), statistics.median(r[1] for r in rounds)


FLOOR = "floor: bare iterparse loop"


def report(
    label: str, rounds: list[tuple[float, float]], floors: list[tuple[float, float]]
) -> float:
    """Print ours beside the floor (medians, and each round's rate); returns our rate."""
    (rate, cpu), (floor, floor_cpu) = medians(rounds), medians(floors)
    for name, (r, c), each in ((FLOOR, (floor, floor_cpu), floors), (label, (rate, cpu), rounds)):
        print(
            f"  {name:42s} {r:8,.0f} devices/s, {c:5.1f} µs CPU each (median; rounds: "
            + ", ".join(f"{x:,.0f}" for x, _ in each)
            + ")"
        )
    name = label.split(" (")[0]
    print(f"  {name} / floor: {rate / floor:.2f} by rate, {floor_cpu / cpu:.2f} by CPU")
    return rate


def test_reading_the_udi_database_beside_a_bare_iterparse_loop(download: Path) -> None:
    size = download.stat().st_size
    print(f"\n  {DEVICES:,} devices, {size / 2**20:.0f} MiB of XML ({size // DEVICES} bytes each)")
    floors, rounds = [], []
    for _ in range(ROUNDS):
        floors.append(timed(bare_iterparse, download))
        rounds.append(timed(ours, download))
    assert report("read_devices (UdiDevice records)", rounds, floors) >= TARGET_PER_S


def importing(store: Any, clock: Any, admin: Any) -> Callable[[Path], int]:
    """`udid import` of a file into `store` by `admin`, as the CLI runs it: its device count."""
    from app.services.bus import execute
    from app.services.commands import ImportUdiDatabase
    from ui.commands.udid import devices_of

    def run(path: Path) -> int:
        command = ImportUdiDatabase((str(path),), devices_of([path]))
        result = execute(store.uow(), clock, admin, command)
        assert result.ok, result
        return int(result.detail["devices"])

    return run


def test_importing_the_udi_database_beside_a_bare_iterparse_loop(
    download: Path, tmp_path: Path
) -> None:
    """`udid import`'s work: read, check, write every device and level in one transaction."""
    from app.domain.clock import SystemClock
    from app.services.people import authenticate
    from tests.stores import ADMIN_PIN, Recipe, new_store

    clock = SystemClock()
    floors, rounds = [], []
    for round_ in range(ROUNDS):
        floors.append(timed(bare_iterparse, download))
        store = new_store(tmp_path / f"store{round_}.db", Recipe(clock.now(), "bench"))
        admin = authenticate(store.uow(), clock, "admin", ADMIN_PIN)
        rounds.append(timed(importing(store, clock, admin), download))
        store.close()
    rate = report("udid import (read, check, write, commit)", rounds, floors)
    print(f"  (target {TARGET_PER_S:,}/s)")
    assert rate >= TARGET_PER_S
