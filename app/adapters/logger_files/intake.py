"""A logger file on disk -> the ImportLoggerFile command every entry point executes.

The CLI, `batch` (a receipt's `transport_log`) and the screens read a file
the same way: the saved column mapping by name, the zone (the file's own,
else the one given, else the logger's configured one at that place, else the
site's), its SHA-256 (the same file twice changes nothing). A file that
cannot be read is Refused(BAD_LOGGER_FILE) with the reader's own code in
`logger_code`, before anything is written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.adapters.logger_files import read_logger_file
from app.adapters.logger_files.column_mapping import ColumnMapping, parse_zone
from app.adapters.logger_files.errors import LoggerFileCode, LoggerFileError
from app.errors import Code, Refused
from app.services.climate import MAPPING_SETTING
from app.services.commands import ImportLoggerFile
from app.services.ports import UnitOfWork
from app.services.settings import zone_of_site


def saved_mapping(uow: UnitOfWork, name: str) -> ColumnMapping:
    text = uow.settings.get(MAPPING_SETTING + name)
    if text is None:
        raise _bad(LoggerFileError(LoggerFileCode.BAD_MAPPING, f"no saved column mapping {name!r}"))
    try:
        return ColumnMapping.from_json(text)
    except LoggerFileError as exc:
        raise _bad(exc) from None


def _bad(exc: LoggerFileError) -> Refused:
    return Refused(Code.BAD_LOGGER_FILE, str(exc), logger_code=exc.code.value, line=exc.line)


def logger_file_command(
    uow: UnitOfWork,
    path: Path,
    *,
    location: str | None = None,
    delivery: str | None = None,
    mapping: str | None = None,
    zone: str = "",
) -> ImportLoggerFile:
    """Read `path` whole into the command; Refused (BAD_LOGGER_FILE) if it cannot be."""
    place = f"location:{location}" if location else f"delivery:{(delivery or '').strip()}"
    with uow:
        chosen = saved_mapping(uow, mapping) if mapping else None
        configured = zone or uow.climate.place_zone(place)
        try:
            placed = parse_zone(configured) if configured else zone_of_site(uow)
        except LoggerFileError as exc:
            raise _bad(exc) from None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _bad(
            LoggerFileError(LoggerFileCode.NO_FILE, f"cannot read {path}: {exc.strerror or exc}")
        ) from None
    try:
        record = read_logger_file(path, zone=placed, mapping=chosen)
    except LoggerFileError as exc:
        raise _bad(exc) from None
    return ImportLoggerFile(
        file_name=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        record=record,
        location=location,
        delivery=delivery,
        zone=zone,
    )
