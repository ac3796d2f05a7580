"""Any logger's CSV/.xlsx export through a saved column mapping; the files are generated here."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.adapters.logger_files import (
    ISO,
    ColumnMapping,
    LoggerFileCode,
    LoggerFileError,
    TemperatureUnit,
    read_logger_file,
)
from app.domain.climate import DEFAULT_STORAGE_CLASSES, LoggerFormat, Measure, assess_record

COLD = next(c for c in DEFAULT_STORAGE_CLASSES if c.name == "冷藏")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


GERMAN = ColumnMapping(
    "Testo 184 (Deutsch)",
    time_column="Datum/Zeit",
    time_format="%d.%m.%Y %H:%M:%S",
    temperature_column="Temperatur [°C]",
    humidity_column="Feuchte [%rF]",
    decimal_comma=True,
    delimiter=";",
    zone="+01:00",
)


def german_csv(tmp_path: Path) -> Path:
    lines = ["Datum/Zeit;Temperatur [°C];Feuchte [%rF]"]
    start = datetime(2025, 1, 20, 6, 0)
    for i in range(24):
        temperature = "9,4" if 6 <= i < 14 else "4,5"
        lines.append(f"{start + timedelta(minutes=5 * i):%d.%m.%Y %H:%M:%S};{temperature};48,5")
    return write(tmp_path / "testo.csv", lines)


def test_a_decimal_comma_csv_in_a_fixed_zone_is_read_through_its_mapping(tmp_path: Path) -> None:
    record = read_logger_file(german_csv(tmp_path), zone=UTC, mapping=GERMAN)
    assert record.format is LoggerFormat.TABLE and record.device == "Testo 184 (Deutsch)"
    assert record.zone_from_file and record.interval == timedelta(minutes=5)
    first = record.readings[0]
    assert (first.at, first.temperature, first.humidity) == (utc(2025, 1, 20, 5, 0), 4.5, 48.5)
    (excursion,) = assess_record(record, COLD).excursions
    assert (excursion.start, excursion.minutes, excursion.highest) == (
        utc(2025, 1, 20, 5, 30),
        40.0,
        9.4,
    )


def test_a_fahrenheit_csv_is_converted_to_celsius(tmp_path: Path) -> None:
    mapping = ColumnMapping(
        "LogTag (US)",
        time_column="Date Time",
        time_format="%m/%d/%Y %I:%M %p",
        temperature_column="Temperature (°F)",
        humidity_column="RH(%)",
        unit=TemperatureUnit.FAHRENHEIT,
        zone="America/Bogota",
    )
    path = write(
        tmp_path / "logtag.csv",
        [
            "Date Time,Temperature (°F),RH(%)",
            "03/04/2025 11:55 PM,46.4,40",
            '03/05/2025 12:00 AM,"35.6",41',
            "03/05/2025 12:05 AM,47.5,",
        ],
    )
    record = read_logger_file(path, zone=UTC, mapping=mapping)
    assert [r.temperature for r in record.readings] == [8.0, 2.0, 8.61]
    assert record.readings[0].at == utc(2025, 3, 5, 4, 55)  # Bogotá is UTC-5 all year
    assert record.readings[2].humidity is None


def test_iso_times_keep_their_own_offset_and_naive_ones_take_the_callers_zone(
    tmp_path: Path,
) -> None:
    mapping = ColumnMapping("iso", "time", ISO, "temp")
    path = write(
        tmp_path / "iso.csv",
        ["time,temp", "2025-06-01T08:00:00+08:00,5.0", "2025-06-01T00:05:00,5.1"],
    )
    shanghai = ColumnMapping("x", "t", ISO, "v", zone="Asia/Shanghai").time_zone(UTC)
    record = read_logger_file(path, zone=shanghai, mapping=mapping)
    assert [r.at for r in record.readings] == [utc(2025, 5, 31, 16, 5), utc(2025, 6, 1, 0, 0)]
    assert not record.zone_from_file and record.zone is shanghai


def test_an_xlsx_export_with_date_cells_is_read(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Elitech RC-5", None, None])  # the logger's own title line
    sheet.append(["时间", "温度(℃)", "湿度(%RH)"])
    for i in range(6):
        sheet.append([datetime(2025, 2, 1, 9, 0) + timedelta(minutes=10 * i), 3.5 + i, 55])
    path = tmp_path / "elitech.xlsx"
    book.save(path)
    mapping = ColumnMapping(
        "Elitech RC-5",
        "时间",
        ISO,
        "温度(℃)",
        humidity_column="湿度(%RH)",
        zone="+08:00",
        skip_rows=1,
    )
    record = read_logger_file(path, zone=UTC, mapping=mapping)
    assert [r.temperature for r in record.readings] == [3.5, 4.5, 5.5, 6.5, 7.5, 8.5]
    assert record.readings[0].at == utc(2025, 2, 1, 1, 0)
    assert record.interval == timedelta(minutes=10)


def test_a_gb18030_csv_with_chinese_headers_and_unit_suffixes_is_read(tmp_path: Path) -> None:
    mapping = ColumnMapping("精创", "记录时间", "%Y/%m/%d %H:%M", "温度", humidity_column="湿度")
    path = write(
        tmp_path / "jingchuang.csv",
        ["记录时间,温度,湿度", "2025/02/01 09:00,4.5℃,50%", "2025/02/01 09:05,4.6 °C,51%"],
        encoding="gb18030",
    )
    record = read_logger_file(path, zone=UTC, mapping=mapping)
    assert [(r.temperature, r.humidity) for r in record.readings] == [(4.5, 50.0), (4.6, 51.0)]


def test_a_time_with_unpadded_fields_still_reads_in_its_format(tmp_path: Path) -> None:
    mapping = ColumnMapping("unpadded", "t", "%Y-%m-%d %H:%M", "v", zone="+08:00")
    path = write(tmp_path / "unpadded.csv", ["t,v", "2025-2-1 9:05,4.5", "2025-02-01 09:10,4.6"])
    record = read_logger_file(path, zone=UTC, mapping=mapping)
    assert [r.at for r in record.readings] == [utc(2025, 2, 1, 1, 5), utc(2025, 2, 1, 1, 10)]


def test_an_empty_temperature_cell_is_a_sample_not_taken(tmp_path: Path) -> None:
    mapping = ColumnMapping("plain", "t", "%Y-%m-%d %H:%M", "v")
    path = write(
        tmp_path / "holes.csv",
        ["t,v", "2025-02-01 09:00,4.5", "2025-02-01 09:05,", "2025-02-01 09:10,--.-", ",", ""],
    )
    record = read_logger_file(path, zone=UTC, mapping=mapping)
    assert [r.at for r in record.readings] == [utc(2025, 2, 1, 9, 0)]


def test_humidity_excursions_come_from_a_tables_humidity_column(tmp_path: Path) -> None:
    mapping = ColumnMapping("rh", "t", "%Y-%m-%d %H:%M", "v", humidity_column="rh")
    lines = ["t,v,rh"] + [
        f"2025-02-01 {9 + i // 12:02d}:{5 * (i % 12):02d},5.0,{80 if 4 <= i < 12 else 50}"
        for i in range(20)
    ]
    record = read_logger_file(write(tmp_path / "rh.csv", lines), zone=UTC, mapping=mapping)
    (excursion,) = assess_record(record, COLD).excursions
    assert excursion.measure is Measure.HUMIDITY and excursion.minutes == 40.0


def refused(path: Path, mapping: ColumnMapping | None, code: LoggerFileCode) -> LoggerFileError:
    with pytest.raises(LoggerFileError) as caught:
        read_logger_file(path, zone=UTC, mapping=mapping)
    assert caught.value.code is code, str(caught.value)
    return caught.value


def test_a_csv_without_a_mapping_asks_for_one(tmp_path: Path) -> None:
    refused(german_csv(tmp_path), None, LoggerFileCode.NO_MAPPING)


def test_a_column_in_another_unit_than_the_mapping_is_wrong_units(tmp_path: Path) -> None:
    celsius = ColumnMapping("wrong", "Date Time", "%m/%d/%Y %I:%M %p", "Temperature (°F)")
    path = write(tmp_path / "f.csv", ["Date Time,Temperature (°F)", "03/04/2025 11:55 PM,46.4"])
    error = refused(path, celsius, LoggerFileCode.WRONG_UNITS)
    assert "°F" in error.message


def test_a_kelvin_column_read_as_celsius_is_wrong_units_at_its_line(tmp_path: Path) -> None:
    mapping = ColumnMapping("k", "t", "%Y-%m-%d %H:%M", "v")
    path = write(tmp_path / "k.csv", ["t,v", "2025-02-01 09:00,4.5", "2025-02-01 09:05,278.2"])
    assert refused(path, mapping, LoggerFileCode.WRONG_UNITS).line == 3


def test_a_bad_time_is_a_bad_row_with_its_line_and_nothing_is_returned(tmp_path: Path) -> None:
    lines = ["t,v"] + [f"2025-02-01 09:{m:02d},4.5" for m in range(0, 50, 5)]
    lines.insert(7, "2025-02-31 09:99,4.5")
    path = write(tmp_path / "bad.csv", lines)
    error = refused(path, ColumnMapping("p", "t", "%Y-%m-%d %H:%M", "v"), LoggerFileCode.BAD_ROW)
    assert error.line == 8


def test_a_short_row_or_a_bad_number_is_a_bad_row(tmp_path: Path) -> None:
    mapping = ColumnMapping("p", "t", "%Y-%m-%d %H:%M", "v", humidity_column="rh")
    short = write(tmp_path / "short.csv", ["t,v,rh", "2025-02-01 09:00,4.5"])
    garbage = write(tmp_path / "garbage.csv", ["t,v,rh", "2025-02-01 09:00,warm,40"])
    damp = write(tmp_path / "damp.csv", ["t,v,rh", "2025-02-01 09:00,4.5,140"])
    for path in (short, garbage, damp):
        assert refused(path, mapping, LoggerFileCode.BAD_ROW).line == 2


def test_a_mapping_naming_a_missing_column_is_a_bad_mapping(tmp_path: Path) -> None:
    mapping = ColumnMapping("other", "Zeit", "%d.%m.%Y %H:%M:%S", "Temp", delimiter=";")
    error = refused(german_csv(tmp_path), mapping, LoggerFileCode.BAD_MAPPING)
    assert "'Datum/Zeit'" in error.message  # it names the columns the file has


def test_a_table_with_a_header_and_no_readings_has_no_readings(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.csv", ["t,v"])
    refused(path, ColumnMapping("p", "t", ISO, "v"), LoggerFileCode.NO_READINGS)


def test_a_file_that_is_not_a_workbook_is_not_a_logger_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip at all")
    refused(path, ColumnMapping("p", "t", ISO, "v"), LoggerFileCode.NOT_A_LOGGER_FILE)


def test_a_mapping_round_trips_through_json() -> None:
    text = json.dumps(GERMAN.to_json())
    assert ColumnMapping.from_json(text) == GERMAN
    assert ColumnMapping.from_json(json.loads(text)) == GERMAN
    assert json.loads(text)["unit"] == "C"


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ("[1, 2]", "JSON object"),
        ("{not json", "JSON object"),
        ({"name": "x", "time_column": "t", "time_format": ISO}, "temperature_column"),
        (
            {
                "name": "x",
                "time_column": "t",
                "time_format": ISO,
                "temperature_column": "v",
                "tz": 8,
            },
            "unknown mapping fields: tz",
        ),
        (
            {
                "name": "x",
                "time_column": "t",
                "time_format": ISO,
                "temperature_column": "v",
                "unit": "K",
            },
            "C or F",
        ),
    ],
)
def test_a_malformed_saved_mapping_is_a_bad_mapping(data: object, complaint: str) -> None:
    with pytest.raises(LoggerFileError) as caught:
        ColumnMapping.from_json(data)  # type: ignore[arg-type]
    assert caught.value.code is LoggerFileCode.BAD_MAPPING and complaint in caught.value.message


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"time_format": "%H:%M"}, "does not read a date"),
        ({"zone": "Mars/Olympus"}, "zone"),
        ({"zone": "+15:00"}, "offset"),
        ({"decimal_comma": True}, "another delimiter"),
        ({"delimiter": ";;"}, "one character"),
        ({"skip_rows": -1}, "skip_rows"),
        ({"temperature_column": " "}, "temperature_column"),
    ],
)
def test_a_mapping_refuses_to_exist_with_a_bad_field(
    changes: dict[str, object], complaint: str
) -> None:
    fields: dict[str, object] = {
        "name": "x",
        "time_column": "t",
        "time_format": "%Y-%m-%d %H:%M",
        "temperature_column": "v",
        **changes,
    }
    with pytest.raises(LoggerFileError) as caught:
        ColumnMapping(**fields)  # type: ignore[arg-type]
    assert caught.value.code is LoggerFileCode.BAD_MAPPING and complaint in caught.value.message
