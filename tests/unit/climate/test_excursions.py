"""Excursions, no-data gaps and merging, on readings built here (5-minute logging)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.domain.climate import (
    DEFAULT_STORAGE_CLASSES,
    DailySummary,
    ExcursionKind,
    LoggerFormat,
    LoggerRecord,
    Measure,
    Range,
    Reading,
    Side,
    StorageClass,
    Tolerance,
    assess_record,
    daily_time_outside,
    day_excursions,
    find_excursions,
    find_no_data,
    merge_readings,
    typical_interval,
)

COLD = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "冷藏")
STEP = timedelta(minutes=5)
T0 = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def series(
    values: Sequence[float], *, start: datetime = T0, step: timedelta = STEP
) -> list[Reading]:
    return [Reading(start + i * step, v) for i, v in enumerate(values)]


def spell(inside_before: int, outside: int, value: float, inside_after: int = 6) -> list[float]:
    return [5.0] * inside_before + [value] * outside + [5.0] * inside_after


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_a_reading_exactly_on_the_limit_counts_as_inside() -> None:
    readings = series([8.0] * 48 + [2.0] * 48)
    assert find_excursions(readings, COLD, STEP) == ()


def test_time_above_exactly_at_the_tolerance_is_not_an_excursion() -> None:
    # six readings outside: 08:30 .. 08:55, back inside at 09:00: 30 minutes
    readings = series(spell(6, 6, 9.1))
    assert find_excursions(readings, COLD, STEP) == ()


def test_time_above_past_the_tolerance_is_one_excursion_with_its_figures() -> None:
    # seven readings outside, 08:30 .. 09:00, back inside at 09:05: 35 minutes
    outside = [9.1, 9.1, 12.4, 8.3, 9.0, 9.1, 8.9]
    readings = series([5.0] * 6 + outside + [5.0] * 6)
    (excursion,) = find_excursions(readings, COLD, STEP)
    assert excursion.kind is ExcursionKind.CONTINUOUS
    assert excursion.measure is Measure.TEMPERATURE and excursion.side is Side.ABOVE
    assert (excursion.start, excursion.end, excursion.minutes) == (at(30), at(65), 35.0)
    assert (excursion.lowest, excursion.highest, excursion.limit) == (8.3, 12.4, 8.0)
    assert not excursion.open_ended


def test_seven_readings_above_are_thirty_five_minutes_and_an_excursion() -> None:
    (excursion,) = find_excursions(series(spell(6, 7, 8.1)), COLD, STEP)
    assert excursion.minutes == 35.0


def test_time_below_has_its_own_longer_tolerance() -> None:
    assert find_excursions(series(spell(6, 12, 1.5)), COLD, STEP) == ()  # 60 minutes
    (excursion,) = find_excursions(series(spell(6, 13, 1.5)), COLD, STEP)
    assert excursion.side is Side.BELOW and excursion.minutes == 65.0 and excursion.limit == 2.0


def test_a_class_can_tighten_its_tolerance() -> None:
    strict = StorageClass("疫苗", Range(2.0, 8.0), tolerance=Tolerance(10, 10, None))
    (excursion,) = find_excursions(series(spell(6, 3, 8.5)), strict, STEP)
    assert excursion.minutes == 15.0


def test_a_gap_longer_than_two_intervals_is_a_no_data_period() -> None:
    readings = series([5.0] * 6) + series([5.0] * 6, start=at(30 + 60))
    (gap,) = find_no_data(readings, STEP)
    assert (gap.start, gap.end, gap.minutes) == (at(25), at(90), 65.0)


def test_a_step_of_exactly_two_intervals_is_not_a_gap() -> None:
    readings = [Reading(at(0), 5.0), Reading(at(10), 5.0), Reading(at(15), 5.0)]
    assert find_no_data(readings, STEP) == ()


def test_a_gap_cuts_an_excursion_and_leaves_its_end_open() -> None:
    before = series([5.0] * 2 + [9.0] * 8)  # above from 08:10, last reading 08:45
    after = series([9.0] * 2 + [5.0] * 2, start=at(120))
    (cut, *rest) = find_excursions(before + after, COLD, STEP)
    assert rest == []  # the 10 minutes after the gap are a period of their own, within tolerance
    # The reading before the gap speaks for one interval only.
    assert (cut.start, cut.end, cut.minutes) == (at(10), at(50), 40.0)
    assert cut.open_ended


def test_an_excursion_still_running_when_the_data_ends_is_open_ended() -> None:
    readings = series([5.0] * 3 + [11.0] * 10)
    (excursion,) = find_excursions(readings, COLD, STEP)
    assert excursion.end == readings[-1].at + STEP and excursion.open_ended


def test_short_spells_that_add_up_past_the_daily_limit_are_a_cumulative_excursion() -> None:
    values: list[float] = []
    for _ in range(6):  # six spells of 25 minutes above, each within the 30-minute tolerance
        values += [5.0] * 12 + [8.8] * 5
    values += [5.0] * 12
    day = datetime(2025, 3, 10, tzinfo=UTC)
    (excursion,) = find_excursions(series(values, start=day), COLD, STEP)
    assert excursion.kind is ExcursionKind.CUMULATIVE and excursion.side is Side.ABOVE
    assert excursion.minutes == 150.0  # more than 120 in the day
    # from the first spell's start (01:00) to the sixth's end (5 x 85 + 85 minutes)
    assert (excursion.start, excursion.end) == (
        day + timedelta(minutes=60),
        day + timedelta(minutes=510),
    )
    assert (excursion.lowest, excursion.highest) == (8.8, 8.8)


def test_a_day_whose_time_outside_is_all_in_one_excursion_is_not_reported_twice() -> None:
    readings = series(spell(6, 40, 9.5))  # 200 minutes above in one piece
    assert [e.kind for e in find_excursions(readings, COLD, STEP)] == [ExcursionKind.CONTINUOUS]


def test_the_daily_limit_can_be_switched_off() -> None:
    values = ([5.0] * 12 + [8.8] * 5) * 6
    no_daily = StorageClass("冷藏", Range(2.0, 8.0), tolerance=Tolerance(30, 60, None))
    assert find_excursions(series(values), no_daily, STEP) == ()


def test_the_daily_limit_counts_calendar_days_in_the_sites_zone() -> None:
    # 23:00 to 02:00 local at UTC+8 (15:00-18:00 UTC): spells of 10 minutes in every 15
    # (never 30 in a row), 120 minutes in all: one UTC day, over a 100-minute daily limit,
    # but 40 minutes before local midnight and 80 after, each within it.
    cst = timezone(timedelta(hours=8))
    start = datetime(2025, 3, 10, 15, 0, tzinfo=UTC)
    readings = series(([8.5] * 2 + [5.0]) * 12 + [5.0], start=start)
    limit = StorageClass("冷藏", Range(2.0, 8.0), tolerance=Tolerance(30, 60, 100))
    in_utc = find_excursions(readings, limit, STEP)
    in_cst = find_excursions(readings, limit, STEP, day_zone=cst)
    assert [e.minutes for e in in_utc] == [120.0]
    assert in_cst == ()
    totals = daily_time_outside(readings, limit.temperature, STEP, day_zone=cst)
    assert [(t.day, t.minutes) for t in totals] == [
        (date(2025, 3, 10), 40.0),
        (date(2025, 3, 11), 80.0),
    ]


def test_humidity_excursions_are_found_when_the_class_and_readings_have_humidity() -> None:
    readings = [Reading(T0 + i * STEP, 5.0, 82.0 if 6 <= i < 14 else 50.0) for i in range(20)]
    (excursion,) = find_excursions(readings, COLD, STEP)
    assert excursion.measure is Measure.HUMIDITY and excursion.side is Side.ABOVE
    assert excursion.minutes == 40.0 and excursion.limit == 75.0


def test_overlapping_files_merge_into_one_series() -> None:
    first = series([5.0] * 10)
    second = series([5.0] * 10, start=at(25))  # its first five readings repeat the first file's
    merged = merge_readings([first, second])
    assert len(merged.readings) == 15 and merged.duplicates == 5 and merged.conflicts == ()
    assert [r.at for r in merged.readings] == sorted({r.at for r in first + second})


def test_merging_the_same_file_twice_changes_nothing() -> None:
    readings = series(spell(6, 8, 9.0))
    once = merge_readings([readings])
    twice = merge_readings([readings, readings])
    assert twice.readings == once.readings
    excursions = find_excursions(twice.readings, COLD, STEP)
    assert excursions == find_excursions(once.readings, COLD, STEP)


def test_merging_keeps_the_first_files_value_and_names_the_conflict() -> None:
    merged = merge_readings([[Reading(T0, 5.0)], [Reading(T0, 5.4)]])
    assert merged.readings == (Reading(T0, 5.0),) and merged.conflicts == (T0,)


def test_excursions_refuse_readings_that_were_not_merged() -> None:
    readings = series([5.0] * 3)
    with pytest.raises(ValueError, match="merge them first"):
        find_excursions(readings + readings[-1:], COLD, STEP)


def test_a_reading_refuses_a_time_that_is_not_utc() -> None:
    with pytest.raises(ValueError, match="UTC"):
        Reading(datetime(2025, 3, 10, 8, 0), 5.0)
    with pytest.raises(ValueError, match="UTC"):
        Reading(datetime(2025, 3, 10, 8, 0, tzinfo=timezone(timedelta(hours=8))), 5.0)


def test_the_typical_interval_is_the_median_step() -> None:
    readings = series([5.0] * 10) + series([5.0] * 3, start=at(300))
    assert typical_interval(readings) == STEP
    assert typical_interval(readings[:1]) is None


def summary(day: int, lowest: float, highest: float, below: int, above: int) -> DailySummary:
    start = datetime(2025, 3, day, tzinfo=UTC)
    return DailySummary(
        date(2025, 3, day), start, start + timedelta(days=1), lowest, highest, 5.0, below, above
    )


def test_a_daily_summary_gives_a_day_level_excursion_from_its_alarm_minutes() -> None:
    days = [
        summary(1, 3.0, 7.5, 0, 0),
        summary(2, 3.0, 9.8, 0, 25),  # 25 minutes above: within tolerance
        summary(3, 2.5, 12.6, 0, 700),
        summary(4, -1.2, 6.0, 75, 0),
    ]
    above, below = day_excursions(days, COLD)
    assert (above.kind, above.side, above.minutes, above.highest) == (
        ExcursionKind.DAY,
        Side.ABOVE,
        700.0,
        12.6,
    )
    assert (above.start, above.end) == (days[2].start, days[2].end)
    assert (below.side, below.minutes, below.lowest) == (Side.BELOW, 75.0, -1.2)


def test_a_daily_summary_within_the_class_range_is_no_excursion_whatever_the_alarm_minutes() -> (
    None
):
    # A logger whose own upper limit is 8 °C counts minutes a 10-30 °C room does not mind.
    ambient = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "常温")
    assert day_excursions([summary(1, 12.0, 19.0, 0, 1440)], ambient) == ()


def test_a_summary_only_record_is_assessed_by_day_with_mkt_of_the_day_means() -> None:
    days = (summary(1, 3.0, 7.5, 0, 0), summary(3, 2.5, 12.6, 0, 700))
    record = LoggerRecord(
        LoggerFormat.FRIDGE_TAG,
        "Q-tag Fridge-tag 2",
        "1",
        UTC,
        True,
        None,
        days[0].start,
        days[-1].end,
        daily=days,
    )
    assessment = assess_record(record, COLD)
    assert [e.kind for e in assessment.excursions] == [ExcursionKind.DAY]
    assert assessment.mkt == pytest.approx(5.0)
    assert assessment.no_data == ()
