"""Any logger's CSV or .xlsx export, read through a ColumnMapping."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from app.adapters.logger_files.column_mapping import (
    ColumnMapping,
    TemperatureUnit,
    utc_time_parser,
)
from app.adapters.logger_files.errors import LoggerFileCode, LoggerFileError
from app.domain.climate import LoggerFormat, LoggerRecord, Reading, typical_interval

Cell = str | float | int | datetime | None

# A unit written in a header or a cell: "Temp (°F)", "温度(℃)", "4.5 °C", "[F]".
_UNIT_MARK = re.compile(r"(?:°\s*|deg\s*|\(|\[)([CF])\b|([℃℉])", re.IGNORECASE)
_NO_VALUE = frozenset({"", "-", "--", "--.-", "n/a", "na"})
# Beyond these a "temperature" is in another unit (kelvin, or °F read as °C) or is garbage.
_PLAUSIBLE_CELSIUS = (-200.0, 150.0)


def _unit_in(text: str) -> TemperatureUnit | None:
    match = _UNIT_MARK.search(text)
    if match is None:
        return None
    letter = (match.group(1) or ("C" if match.group(2) == "℃" else "F")).upper()
    return TemperatureUnit(letter)


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:4096]:
        raise LoggerFileError(LoggerFileCode.NOT_A_LOGGER_FILE, f"{path.name} is not a text table")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Chinese Excel saves "CSV" in GB18030/GBK unless told to write UTF-8.
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise LoggerFileError(
            LoggerFileCode.NOT_A_LOGGER_FILE, f"{path.name} is neither UTF-8 nor GB18030 text"
        ) from None


def _csv_rows(path: Path, mapping: ColumnMapping) -> Iterator[tuple[int, Sequence[Cell]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoggerFileError(LoggerFileCode.NO_FILE, f"cannot read {path}: {exc}") from None
    reader = csv.reader(io.StringIO(_decode(raw, path), newline=""), delimiter=mapping.delimiter)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise LoggerFileError(
            LoggerFileCode.BAD_ROW, f"not readable as CSV: {exc}", line=reader.line_num
        ) from None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[Cell]]]:
    from openpyxl import load_workbook  # only when a spreadsheet is actually read

    if not path.exists():
        raise LoggerFileError(LoggerFileCode.NO_FILE, f"no file {path}")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file that is not a workbook
        raise LoggerFileError(
            LoggerFileCode.NOT_A_LOGGER_FILE, f"{path.name} is not a readable .xlsx file: {exc}"
        ) from None
    try:
        yield from enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)
    finally:
        book.close()


def _blank(row: Sequence[Cell]) -> bool:
    return not any(c is not None and (not isinstance(c, str) or c.strip()) for c in row)


class _RowReader:
    def __init__(self, mapping: ColumnMapping, zone: tzinfo, header: Sequence[Cell]) -> None:
        names = ["" if h is None else str(h).strip() for h in header]

        def index(column: str) -> int:
            try:
                return names.index(column.strip())
            except ValueError:
                shown = ", ".join(repr(n) for n in names if n)
                raise LoggerFileError(
                    LoggerFileCode.BAD_MAPPING,
                    f"mapping {mapping.name!r}: no column {column!r} (the file has {shown})",
                ) from None

        self.time_at = index(mapping.time_column)
        self.temperature_at = index(mapping.temperature_column)
        self.humidity_at = (
            None if mapping.humidity_column is None else index(mapping.humidity_column)
        )
        written = _unit_in(names[self.temperature_at])
        if written is not None and written is not mapping.unit:
            raise LoggerFileError(
                LoggerFileCode.WRONG_UNITS,
                f"column {names[self.temperature_at]!r} is in °{written}, "
                f"mapping {mapping.name!r} reads °{mapping.unit}",
            )
        self.width = 1 + max(self.time_at, self.temperature_at, self.humidity_at or 0)
        self.mapping = mapping
        self.zone = zone
        self.parse_time: Callable[[str], datetime] = utc_time_parser(mapping.time_format, zone)
        self.fahrenheit = mapping.unit is TemperatureUnit.FAHRENHEIT
        self.decimal_comma = mapping.decimal_comma

    def time(self, cell: Cell, line: int) -> datetime:
        try:
            return self.parse_time(cell)  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return self.careful_time(cell, line)

    def careful_time(self, cell: Cell, line: int) -> datetime:
        """The slow path: a date cell, spaces around the text, or a clear refusal."""
        if isinstance(cell, datetime):  # a date cell of a workbook
            placed = cell if cell.tzinfo is not None else cell.replace(tzinfo=self.zone)
            return placed.astimezone(UTC)
        if isinstance(cell, str) and cell.strip():
            try:
                return self.parse_time(cell.strip())
            except ValueError:
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW,
                    f"time {cell!r} is not in the format {self.mapping.time_format!r}",
                    line=line,
                ) from None
        raise LoggerFileError(
            LoggerFileCode.BAD_ROW, f"no time in column {self.mapping.time_column!r}", line=line
        )

    def value(self, cell: Cell, line: int, what: str) -> float | None:
        if type(cell) is str:  # the plain number nearly every cell is
            try:
                return float(cell.replace(",", ".") if self.decimal_comma else cell)
            except ValueError:
                pass
        return self.number(cell, line, what)

    def number(self, cell: Cell, line: int, what: str) -> float | None:
        """The cell's value, None for an empty one (a sample the logger did not take);
        the careful path, for cells `value` could not read as a plain number."""
        if cell is None:
            return None
        if isinstance(cell, bool | datetime):
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{what} {cell!r} is not a number", line=line
            )
        if isinstance(cell, int | float):
            return float(cell)
        text = cell.strip()
        if self.mapping.decimal_comma:
            text = text.replace(",", ".")
        try:
            return float(text)
        except ValueError:
            pass
        if text.lower() in _NO_VALUE:
            return None
        written = _unit_in(text)
        if what == "temperature" and written is not None and written is not self.mapping.unit:
            raise LoggerFileError(
                LoggerFileCode.WRONG_UNITS,
                f"{cell!r} is in °{written}, "
                f"mapping {self.mapping.name!r} reads °{self.mapping.unit}",
                line=line,
            )
        bare = _UNIT_MARK.sub("", text).replace("%", "").strip().rstrip("°").strip()
        try:
            return float(bare)
        except ValueError:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{what} {cell!r} is not a number", line=line
            ) from None

    def reading(self, row: Sequence[Cell], line: int) -> Reading | None:
        try:
            temperature_cell, time_cell = row[self.temperature_at], row[self.time_at]
            humidity_cell = None if self.humidity_at is None else row[self.humidity_at]
        except IndexError:
            if _blank(row):
                return None
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW,
                f"the row has {len(row)} columns, the mapping needs {self.width}",
                line=line,
            ) from None
        value = self.value(temperature_cell, line, "temperature")
        if value is None:
            return None  # a blank row, or a sample the logger did not take
        if self.fahrenheit:
            value = round((value - 32.0) * 5.0 / 9.0, 2)
        low, high = _PLAUSIBLE_CELSIUS
        if not low <= value <= high:
            raise LoggerFileError(
                LoggerFileCode.WRONG_UNITS,
                f"{value} °C is not a temperature a store sees: is the column in another unit?",
                line=line,
            )
        humidity = None
        if self.humidity_at is not None:
            humidity = self.value(humidity_cell, line, "humidity")
            if humidity is not None and not 0.0 <= humidity <= 100.0:
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW,
                    f"relative humidity {humidity} is not 0-100 %",
                    line=line,
                )
        return Reading(self.time(time_cell, line), value, humidity)


def read_table_log(path: Path, mapping: ColumnMapping, zone: tzinfo) -> LoggerRecord:
    """All readings of a CSV/.xlsx table, or a LoggerFileError and nothing."""
    placed_in = mapping.time_zone(zone)
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path, mapping)
    reader: _RowReader | None = None
    readings: list[Reading] = []
    skipped = 0
    for line, row in rows:
        if skipped < mapping.skip_rows:
            skipped += 1
            continue
        if reader is None:
            if not _blank(row):
                reader = _RowReader(mapping, placed_in, row)
            continue
        reading = reader.reading(row, line)
        if reading is not None:
            readings.append(reading)
    if reader is None:
        raise LoggerFileError(LoggerFileCode.NO_READINGS, f"{path.name} has no header row")
    if not readings:
        raise LoggerFileError(LoggerFileCode.NO_READINGS, f"{path.name} has no readings")
    readings.sort(key=lambda r: r.at)
    return LoggerRecord(
        LoggerFormat.TABLE,
        mapping.name,
        None,
        placed_in,
        mapping.zone is not None,
        typical_interval(readings),
        readings[0].at,
        readings[-1].at,
        readings=tuple(readings),
    )
