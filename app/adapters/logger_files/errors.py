"""The one error a logger file reader raises.

LoggerFileError        .code (a LoggerFileCode), .message, .line (1-based, when
                       a line or row is to blame). Raised before anything is
                       returned: a file is read whole or not at all.
"""

from __future__ import annotations

from enum import StrEnum


class LoggerFileCode(StrEnum):
    NO_FILE = "LOGGER_NO_FILE"  # missing or unreadable
    NOT_A_LOGGER_FILE = "LOGGER_NOT_A_LOGGER_FILE"  # not a format we read
    TRUNCATED = "LOGGER_TRUNCATED"  # a Berlinger export cut short (no closing signature)
    WRONG_UNITS = "LOGGER_WRONG_UNITS"  # a unit we do not read, or not the mapping's
    NO_MAPPING = "LOGGER_NO_MAPPING"  # a CSV/.xlsx needs a column mapping
    BAD_MAPPING = "LOGGER_BAD_MAPPING"  # the mapping is malformed or names missing columns
    BAD_ROW = "LOGGER_BAD_ROW"  # a line or row that cannot be read
    NO_READINGS = "LOGGER_NO_READINGS"  # a table with no reading in it


class LoggerFileError(ValueError):
    def __init__(self, code: LoggerFileCode, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line is not None else ""
        return f"{self.code}: {self.message}{where}"
