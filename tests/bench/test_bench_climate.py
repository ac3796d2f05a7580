"""A year of 5-minute logger readings: import and excursions vs a plain loop (not run in CI).

Run: .venv/bin/python -m pytest tests/bench/test_bench_climate.py -s -o addopts=
"""

from __future__ import annotations

import csv
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.adapters.logger_files import ColumnMapping, read_logger_file
from app.domain.climate import DEFAULT_STORAGE_CLASSES, assess_record

COLD = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "冷藏")
ROWS = 365 * 24 * 12  # 105,120
MAPPING = ColumnMapping(
    "bench", "Time", "%Y-%m-%d %H:%M:%S", "Temperature(°C)", humidity_column="RH(%)", zone="+08:00"
)


def year_of_readings(path: Path) -> Path:
    start = datetime(2025, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Time", "Temperature(°C)", "RH(%)"])
        for i in range(ROWS):
            at = start + timedelta(minutes=5 * i)
            value = 5.0 + 1.5 * math.sin(i / 288 * 2 * math.pi)
            if i % 2016 < 9:  # a 45-minute warm spell once a week
                value = 9.6
            out.writerow([f"{at:%Y-%m-%d %H:%M:%S}", f"{value:.1f}", "52.0"])
    return path


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    best, result = math.inf, None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def plain_loop(path: Path) -> int:
    outside = 0
    with path.open(newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            value = float(row[1])
            if value < 2.0 or value > 8.0:
                outside += 1
    return outside


def test_a_year_of_five_minute_readings_imports_and_assesses_within_two_seconds(
    tmp_path: Path,
) -> None:
    path = year_of_readings(tmp_path / "year.csv")

    def ours() -> int:
        record = read_logger_file(path, zone=UTC, mapping=MAPPING)
        return len(assess_record(record, COLD).excursions)

    floor, outside = best_of(3, lambda: plain_loop(path))
    elapsed, excursions = best_of(3, ours)
    print(
        f"\n{ROWS:,} readings: import + excursions + gaps + MKT {elapsed:.2f} s; "
        f"plain loop (csv.reader + float + compare) {floor:.3f} s; "
        f"ratio {elapsed / floor:.1f}x; {excursions} excursions, {outside} readings outside"
    )
    assert excursions == 53  # the weekly warm spells
    assert elapsed <= 2.0


def test_a_year_of_five_minute_readings_goes_into_the_store_with_its_excursions_within_two_seconds(
    tmp_path: Path,
) -> None:
    """The whole path a `climate import` takes: read, store 105,120 readings, assess, hold."""
    from app.adapters.logger_files.intake import logger_file_command
    from app.services.bus import execute
    from app.services.climate import list_excursions
    from app.services.commands import SaveLoggerMapping
    from tests.integration.cold_chain.kit import cold_store
    from tests.integration.core.store_kit import KIT, World
    from tests.stores import new_store

    path = year_of_readings(tmp_path / "year.csv")
    new_store(tmp_path / "store.db", KIT).close()
    world = cold_store(World(tmp_path / "store.db"))
    try:
        assert world.run(world.people["sup"], SaveLoggerMapping("bench", MAPPING.to_json())).ok
        operator = world.people["op"]

        def ours() -> int:
            command = logger_file_command(
                world.store.uow(), path, location="FRIDGE", mapping="bench"
            )
            result = execute(world.store.uow(), world.clock, operator, command)
            assert result.ok, result
            return len(result.detail["excursions"])

        floor, outside = best_of(3, lambda: plain_loop(path))
        started = time.perf_counter()
        excursions = ours()
        elapsed = time.perf_counter() - started
        stored = world.count("climate_readings")
        print(
            f"\n{ROWS:,} readings into the store: read + store + excursions + gaps + MKT "
            f"{elapsed:.2f} s; plain loop (csv.reader + float + compare) {floor:.3f} s; "
            f"ratio {elapsed / floor:.1f}x; {stored:,} stored, {excursions} excursions, "
            f"{outside} readings outside"
        )
        assert stored == ROWS
        assert excursions == 53 == len(list_excursions(world.store.uow(read_only=True)))
        assert elapsed <= 2.0
    finally:
        world.close()
