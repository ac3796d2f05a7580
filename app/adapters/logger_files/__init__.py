"""Temperature logger files, read whole into a domain `LoggerRecord`.

    read_logger_file(path, zone=site_zone)                   Berlinger Fridge-tag / Q-tag .txt
    read_logger_file(path, zone=site_zone, mapping=mapping)  any logger's CSV/.xlsx

`zone` places the times of a file that does not name its own (a Berlinger
export's `Zone` wins; a mapping's `zone` wins). Every failure is one
LoggerFileError with a stable code; nothing is returned half-read.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from app.adapters.logger_files.berlinger import looks_like_berlinger, read_berlinger
from app.adapters.logger_files.column_mapping import ISO, ColumnMapping, TemperatureUnit
from app.adapters.logger_files.errors import LoggerFileCode, LoggerFileError
from app.adapters.logger_files.table_logs import read_table_log
from app.domain.climate import LoggerRecord

__all__ = [
    "ISO",
    "ColumnMapping",
    "LoggerFileCode",
    "LoggerFileError",
    "TemperatureUnit",
    "read_logger_file",
]

_TABLE_SUFFIXES = frozenset({".csv", ".xlsx", ".tsv"})


def read_logger_file(
    path: Path, *, zone: tzinfo, mapping: ColumnMapping | None = None
) -> LoggerRecord:
    if mapping is not None:
        return read_table_log(path, mapping, zone)
    if path.suffix.lower() in _TABLE_SUFFIXES:
        raise LoggerFileError(
            LoggerFileCode.NO_MAPPING,
            f"{path.name} is a table: choose the column mapping of the logger that wrote it",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoggerFileError(LoggerFileCode.NO_FILE, f"cannot read {path}: {exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""  # Berlinger exports are ASCII: anything else is not one
    if not looks_like_berlinger(text):
        raise LoggerFileError(
            LoggerFileCode.NOT_A_LOGGER_FILE,
            f"{path.name} is not a Berlinger Fridge-tag/Q-tag export "
            "(a CSV or .xlsx is read through a column mapping)",
        )
    return read_berlinger(text, zone)
