"""Real Berlinger exports: the ones kept in tests/fixtures/loggers/real, and more when
LOTKEEPER_REAL_LOGGER_FILES names a folder of them.

The kept ones are open-mSupply's (github.com/openmsupply/temperature-sensor,
data/, MIT OR Apache-2.0): Fridge-tag 2, 2L, UL and Q-tag CLm doc LR. To read
others too:

    LOTKEEPER_REAL_LOGGER_FILES=/path/to/folder pytest tests/integration/climate -s
"""

from __future__ import annotations

import math
import os
import re
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest

from app.adapters.logger_files import read_logger_file
from app.domain.climate import (
    DEFAULT_STORAGE_CLASSES,
    LoggerFormat,
    Range,
    Side,
    assess_record,
    daily_time_outside,
    find_no_data,
)

KEPT = Path(__file__).parents[2] / "fixtures" / "loggers" / "real"
FOLDER = os.environ.get("LOTKEEPER_REAL_LOGGER_FILES")
FILES = sorted(KEPT.glob("*.txt")) + (sorted(Path(FOLDER).glob("*.txt")) if FOLDER else [])
COLD = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "冷藏")
# The devices name their exports SERIAL[_RUN]_yyyyMMddhhmm.txt.
EXPORT_NAME = re.compile(r"(?P<serial>[A-Z0-9]+)(_\d{2})?_\d{12}\.txt")

pytestmark = pytest.mark.skipif(not FILES, reason="no real logger export to read")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_real_export_reads_whole_and_in_time_order(path: Path) -> None:
    record = read_logger_file(path, zone=UTC)
    assert record.serial
    named = EXPORT_NAME.fullmatch(path.name)
    if named:
        assert named["serial"] == record.serial
    times = [r.at for r in record.readings]
    assert times == sorted(times)
    assert record.readings or record.daily
    assessment = assess_record(record, COLD)
    print(
        f"\n{path.name}: {record.device} serial {record.serial}, zone {record.zone}, "
        f"{len(record.readings)} readings, {len(record.daily)} days, "
        f"{len(record.alarms)} logger alarms; against 冷藏: {len(assessment.excursions)} "
        f"excursions, {len(assessment.no_data)} no-data gaps, MKT "
        + ("none" if assessment.mkt is None else f"{assessment.mkt:.2f} °C")
        + ("" if assessment.device_mkt is None else f" (device: {assessment.device_mkt})")
    )


@pytest.mark.parametrize(
    "path", [p for p in FILES if "Q-tag CLm" in p.read_text()[:200]], ids=lambda p: p.name
)
def test_a_real_q_tags_mkt_is_ours_at_its_energy_cut_to_one_decimal(path: Path) -> None:
    record = read_logger_file(path, zone=UTC)
    assert record.format is LoggerFormat.Q_TAG and record.activation_energy is not None
    mkt = assess_record(record, COLD).mkt
    assert mkt is not None and math.floor(mkt * 10) / 10 == record.device_mkt


def fridge_tags_with_data() -> list[Path]:
    return [p for p in FILES if "Hist:" in p.read_text() and "\nData:" in p.read_text()]


@pytest.mark.parametrize("path", fridge_tags_with_data(), ids=lambda p: p.name)
def test_a_real_fridge_tags_daily_minutes_match_ours_from_its_readings(path: Path) -> None:
    """The device counts every minute; its table has one reading per interval, so
    our total for a day may differ from its count by a few intervals, no more."""
    record = read_logger_file(path, zone=UTC)
    assert record.format is LoggerFormat.FRIDGE_TAG and record.interval is not None
    low, high = (s.limit for s in record.alarm_settings)
    ours = {
        (t.day, t.side): t.minutes
        for t in daily_time_outside(
            record.readings, Range(low, high), record.interval, day_zone=record.zone
        )
    }
    covered = {r.at.astimezone(record.zone).date() for r in record.readings}
    for gap in find_no_data(record.readings, record.interval):
        covered -= days_between(
            gap.start.astimezone(record.zone).date(), gap.end.astimezone(record.zone).date()
        )
    slack = 3 * record.interval.total_seconds() / 60
    worst, compared = 0.0, 0
    for day in record.daily:
        if day.day not in covered:
            continue  # the table does not hold all of that day's readings
        compared += 1
        for side, device in ((Side.BELOW, day.minutes_below), (Side.ABOVE, day.minutes_above)):
            difference = abs(ours.get((day.day, side), 0.0) - device)
            worst = max(worst, difference)
            assert difference <= slack, (day.day, side, ours.get((day.day, side)), device)
    if not compared:
        pytest.skip(f"{path.name} holds no whole day of readings to compare")
    print(f"\n{path.name}: {compared} days, minutes beyond the device's limits within {worst:.0f}")


def days_between(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}
