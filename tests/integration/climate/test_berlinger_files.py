"""Berlinger Fridge-tag and Q-tag exports, read from files in the devices' format.

The fixtures (tests/fixtures/loggers, described in its README) are written for
these tests in the exact layout of real exports.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.adapters.logger_files import LoggerFileCode, LoggerFileError, read_logger_file
from app.domain.climate import (
    DEFAULT_STORAGE_CLASSES,
    AlarmKind,
    AlarmSetting,
    ExcursionKind,
    LoggerFormat,
    Range,
    Side,
    StorageClass,
    assess_record,
    mean_kinetic_temperature,
    merge_readings,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "loggers"
COLD = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "冷藏")
SITE = timezone(timedelta(hours=8))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_fridge_tag_2l_export_is_read_with_its_configuration_and_readings() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_2l.txt", zone=UTC)
    assert record.format is LoggerFormat.FRIDGE_TAG
    assert (record.device, record.serial) == ("Q-tag Fridge-tag 2 L", "130500000001")
    assert record.zone_from_file and record.zone.utcoffset(None) == timedelta(hours=8)
    assert record.interval == timedelta(minutes=5)
    assert record.alarm_settings == (
        AlarmSetting(Side.BELOW, AlarmKind.DAILY_TOTAL, 2.0, 60),
        AlarmSetting(Side.ABOVE, AlarmKind.DAILY_TOTAL, 8.0, 60),
    )
    # Local times at Zone +8 become UTC.
    assert (record.started, record.stopped) == (utc(2024, 7, 1, 0, 0), utc(2024, 7, 2, 4, 0))
    first = record.readings[0]
    assert (first.at, first.temperature, first.out_of_limits) == (utc(2024, 7, 1, 0, 0), 5.9, False)
    marked = [r for r in record.readings if r.out_of_limits]
    assert marked and all(r.temperature > 8.0 for r in marked)
    # The --.- row (no sensor value) is not a reading.
    assert utc(2024, 7, 1, 22, 0) not in {r.at for r in record.readings}


def test_fridge_tag_2l_history_gives_daily_summaries_and_the_devices_alarms() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_2l.txt", zone=UTC)
    first_day, second_day = record.daily
    assert first_day.day == date(2024, 7, 1)
    # The first day starts at activation (08:00 local), the last ends at the report (12:00).
    assert (first_day.start, first_day.end) == (utc(2024, 7, 1, 0, 0), utc(2024, 7, 1, 16, 0))
    assert (second_day.start, second_day.end) == (utc(2024, 7, 1, 16, 0), utc(2024, 7, 2, 4, 0))
    assert (first_day.lowest, first_day.highest, first_day.mean) == (4.0, 9.5, 5.0)
    assert (first_day.minutes_below, first_day.minutes_above) == (0, 75)
    (alarm,) = record.alarms
    assert alarm.setting.side is Side.ABOVE and alarm.minutes == 75
    assert alarm.triggered == utc(2024, 7, 1, 10, 15)  # 18:15 local


def test_fridge_tag_2l_run_has_one_excursion_a_gap_and_an_mkt() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_2l.txt", zone=UTC)
    assessment = assess_record(record, COLD, day_zone=SITE)
    # 14:00-14:40 local at 9.5 °C is 45 minutes above; 18:00-18:25 at 8.4 °C is exactly
    # the 30-minute tolerance; 20:00 at 8.0 °C is on the limit.
    (excursion,) = assessment.excursions
    assert (excursion.kind, excursion.side) == (ExcursionKind.CONTINUOUS, Side.ABOVE)
    assert (excursion.start, excursion.end, excursion.minutes) == (
        utc(2024, 7, 1, 6, 0),
        utc(2024, 7, 1, 6, 45),
        45.0,
    )
    assert (excursion.lowest, excursion.highest) == (9.5, 9.5)
    (gap,) = assessment.no_data
    assert (gap.start, gap.end) == (utc(2024, 7, 1, 18, 0), utc(2024, 7, 1, 19, 0))
    assert assessment.mkt is not None and 5.0 < assessment.mkt < 6.0
    assert assessment.activation_energy == 83.144


def test_fridge_tag_2_without_data_gives_day_level_excursions() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_2_summary.txt", zone=UTC)
    assert (record.device, record.interval, record.readings) == ("Q-tag Fridge-tag 2", None, ())
    assert [d.day for d in record.daily] == [date(2024, 3, d) for d in range(1, 6)]
    assessment = assess_record(record, COLD)
    above, below = assessment.excursions
    assert (above.kind, above.side, above.minutes, above.highest) == (
        ExcursionKind.DAY,
        Side.ABOVE,
        700.0,
        12.6,
    )
    assert (above.start, above.end) == (utc(2024, 3, 2, 16, 0), utc(2024, 3, 3, 16, 0))
    assert (below.side, below.minutes, below.lowest) == (Side.BELOW, 75.0, -1.2)
    assert assessment.mkt is not None  # from the five days' mean temperatures
    assert [a.minutes for a in record.alarms] == [700, 75]


def test_fridge_tag_2_with_data_in_a_dst_free_negative_zone_gives_a_cumulative_excursion() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_2_data.txt", zone=UTC)
    assert record.zone.utcoffset(None) == timedelta(hours=-5)
    assert record.readings[0].at == utc(2024, 1, 10, 5, 0)  # 00:00 local
    # Seven spells of 20 minutes above 8 °C on 10 January: none past 30 minutes, 140 in the day.
    (excursion,) = assess_record(record, COLD, day_zone=record.zone).excursions
    assert (excursion.kind, excursion.minutes) == (ExcursionKind.CUMULATIVE, 140.0)
    assert (excursion.start, excursion.end) == (utc(2024, 1, 10, 6, 0), utc(2024, 1, 11, 0, 20))


def test_fridge_tag_ultra_low_counts_its_probe_warming_up_and_a_door_left_open() -> None:
    record = read_logger_file(FIXTURES / "fridge_tag_ul.txt", zone=UTC)
    assert record.device == "Q-tag Fridge-tag Ultra Low"
    assert record.alarm_settings[0].limit == -90.0 and record.alarm_settings[1].limit == -60.0
    assert record.readings[0].at == utc(2024, 5, 6, 9, 15)  # the first three rows are --.-
    ultra_low = StorageClass("超低温", Range(-90.0, -60.0), humidity=None)
    warming, door = assess_record(record, ultra_low).excursions
    assert warming.minutes == 35.0 and warming.highest == -20.0
    assert (door.start, door.minutes, door.highest) == (utc(2024, 5, 6, 21, 0), 70.0, -55.5)
    assert record.daily[0].sensor_timeout_minutes == 0


def test_q_tag_keeps_its_mkt_energy_and_its_own_alarms() -> None:
    record = read_logger_file(FIXTURES / "q_tag.txt", zone=UTC)
    assert record.format is LoggerFormat.Q_TAG
    assert (record.serial, record.interval) == ("RCPJ00099", timedelta(minutes=10))
    assert (record.activation_energy, record.device_mkt) == (83.0, 6.3)
    assert (record.started, record.stopped) == (utc(2024, 9, 2, 0, 30), utc(2024, 9, 2, 22, 9))
    kinds = {(s.side, s.kind): s.delay_minutes for s in record.alarm_settings}
    assert kinds == {
        (Side.ABOVE, AlarmKind.SINGLE): 30,
        (Side.ABOVE, AlarmKind.RUN_TOTAL): 60,
        (Side.BELOW, AlarmKind.RUN_TOTAL): 60,
        (Side.BELOW, AlarmKind.SINGLE): 30,
    }
    single_above = next(
        a
        for a in record.alarms
        if (a.setting.side, a.setting.kind) == (Side.ABOVE, AlarmKind.SINGLE)
    )
    # `TS E:` empty: still above the limit when the logger stopped.
    assert single_above.end is None and single_above.extreme == 14.8
    assert single_above.start == utc(2024, 9, 2, 20, 0) and single_above.minutes == 130


def test_q_tag_mkt_at_its_own_energy_agrees_with_the_figure_it_prints() -> None:
    record = read_logger_file(FIXTURES / "q_tag.txt", zone=UTC)
    assessment = assess_record(record, COLD)
    assert assessment.activation_energy == 83.0
    assert assessment.mkt is not None
    # The device prints its figures cut to one decimal (the real exports show it too).
    assert math.floor(assessment.mkt * 10) / 10 == assessment.device_mkt
    usp = mean_kinetic_temperature(r.temperature for r in record.readings)
    assert usp != assessment.mkt


def test_q_tag_transport_excursions_are_the_whole_run_including_its_open_end() -> None:
    record = read_logger_file(FIXTURES / "q_tag.txt", zone=UTC)
    cold_spell, dock = assess_record(record, COLD).excursions
    assert (cold_spell.side, cold_spell.minutes, cold_spell.open_ended) == (Side.BELOW, 90.0, False)
    assert (dock.side, dock.minutes, dock.open_ended) == (Side.ABOVE, 130.0, True)


def test_a_file_without_a_zone_is_read_in_the_callers_zone(tmp_path: Path) -> None:
    text = (FIXTURES / "fridge_tag_2l.txt").read_text()
    path = tmp_path / "no_zone.txt"
    path.write_text(text.replace(" Zone: 8.00\n", ""))
    record = read_logger_file(path, zone=timezone(timedelta(hours=-3)))
    assert not record.zone_from_file
    assert record.readings[0].at == utc(2024, 7, 1, 11, 0)  # 08:00 at UTC-3


def test_a_fahrenheit_export_is_converted_to_celsius(tmp_path: Path) -> None:
    text = (FIXTURES / "fridge_tag_2_summary.txt").read_text()
    text = text.replace(" Temp unit: C", " Temp unit: F").replace("T AL: +8.0", "T AL: +46.4")
    text = text.replace("Max T: +12.6", "Max T: +54.7")
    path = tmp_path / "fahrenheit.txt"
    path.write_text(text)
    record = read_logger_file(path, zone=UTC)
    assert record.alarm_settings[1].limit == 8.0
    assert record.daily[2].highest == 12.61


def test_reading_the_same_export_twice_merges_to_the_same_readings() -> None:
    once = read_logger_file(FIXTURES / "fridge_tag_2l.txt", zone=UTC)
    again = read_logger_file(FIXTURES / "fridge_tag_2l.txt", zone=UTC)
    merged = merge_readings([once.readings, again.readings])
    assert merged.readings == once.readings and merged.duplicates == len(once.readings)
    assert merged.conflicts == ()


def refused(path: Path, code: LoggerFileCode) -> LoggerFileError:
    with pytest.raises(LoggerFileError) as caught:
        read_logger_file(path, zone=UTC)
    assert caught.value.code is code, str(caught.value)
    return caught.value


def test_a_truncated_export_is_refused_as_truncated() -> None:
    error = refused(FIXTURES / "truncated_fridge_tag_2l.txt", LoggerFileCode.TRUNCATED)
    assert "Sig:" in error.message


def test_an_export_in_an_unknown_unit_is_refused_as_wrong_units() -> None:
    path = FIXTURES / "wrong_units_fridge_tag_2.txt"
    error = refused(path, LoggerFileCode.WRONG_UNITS)
    assert error.line == line_of(path, "Temp unit")


def test_a_delivery_note_is_not_a_logger_file() -> None:
    refused(FIXTURES / "not_a_logger.txt", LoggerFileCode.NOT_A_LOGGER_FILE)


def test_a_bad_data_row_is_refused_with_its_line_number() -> None:
    path = FIXTURES / "bad_row_fridge_tag_2l.txt"
    error = refused(path, LoggerFileCode.BAD_ROW)
    assert error.line == line_of(path, "four")
    assert str(error).startswith("LOGGER_BAD_ROW: ")


def test_a_missing_file_is_refused_as_no_file(tmp_path: Path) -> None:
    refused(tmp_path / "gone.txt", LoggerFileCode.NO_FILE)


def test_an_empty_or_binary_file_is_not_a_logger_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    refused(empty, LoggerFileCode.NOT_A_LOGGER_FILE)
    refused(binary, LoggerFileCode.NOT_A_LOGGER_FILE)


def test_a_data_row_outside_a_data_table_is_a_bad_row(tmp_path: Path) -> None:
    text = (FIXTURES / "fridge_tag_2_summary.txt").read_text()
    path = tmp_path / "stray.txt"
    path.write_text(text.replace("Hist:\n", "\t2024-03-01 09:12\t5.0\nHist:\n"))
    error = refused(path, LoggerFileCode.BAD_ROW)
    assert error.line == line_of(path, "\t2024-03-01 09:12")
