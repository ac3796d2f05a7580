"""How to read one logger's CSV/.xlsx export: a saved column mapping.

A mapping is a plain value, stored as JSON (`to_json` / `from_json`); one
that exists is valid (the constructor refuses a bad one with
LOGGER_BAD_MAPPING), so a saved mapping cannot fail later for its own sake.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.adapters.logger_files.errors import LoggerFileCode, LoggerFileError

ISO = "iso"  # ISO 8601 times; a time with its own offset keeps it

_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
# The directives a fixed-width numeric time uses; such formats skip strptime (ten times slower).
_FAST_DIRECTIVES = {
    "%Y": r"(?P<Y>\d{4})",
    "%m": r"(?P<m>\d{1,2})",
    "%d": r"(?P<d>\d{1,2})",
    "%H": r"(?P<H>\d{1,2})",
    "%M": r"(?P<M>\d{2})",
    "%S": r"(?P<S>\d{2})",
}


class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"


def _bad(message: str) -> LoggerFileError:
    return LoggerFileError(LoggerFileCode.BAD_MAPPING, message)


def parse_zone(text: str) -> tzinfo:
    """`UTC`, a fixed offset (`+08:00`, `UTC+8`, `-0330`) or an IANA name (`Asia/Shanghai`)."""
    cleaned = text.strip()
    if cleaned.upper() in ("UTC", "GMT", "Z"):
        return UTC
    offset = _OFFSET.fullmatch(cleaned)
    if offset is not None:
        sign = -1 if offset.group(1) == "-" else 1
        hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
        if hours > 14 or minutes >= 60:
            raise _bad(f"time zone {text!r} is not an offset from UTC")
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad(f"time zone {text!r} is neither an offset (+08:00) nor a zone name") from None


# Layouts `datetime.fromisoformat` reads as they are (about thirty times faster than strptime).
_ISO_LAYOUTS = {
    "%Y-%m-%d %H:%M:%S": 19,
    "%Y-%m-%d %H:%M": 16,
    "%Y-%m-%dT%H:%M:%S": 19,
    "%Y-%m-%dT%H:%M": 16,
}
_FIELD_ORDER = ("%Y", "%m", "%d", "%H", "%M", "%S")


def time_parser(time_format: str) -> Callable[[str], datetime]:
    """A function reading one time cell; raises ValueError for a cell not in the format."""
    if time_format == ISO:
        return datetime.fromisoformat
    tokens = [t for t in re.split(r"(%.)", time_format) if t]
    directives = [t for t in tokens if t.startswith("%")]
    fast = (
        all(d in _FAST_DIRECTIVES for d in directives)
        and len(set(directives)) == len(directives)
        and {"%Y", "%m", "%d"} <= set(directives)
    )
    if not fast:
        return lambda text: datetime.strptime(text, time_format)
    pattern = re.compile("".join(_FAST_DIRECTIVES.get(t) or re.escape(t) for t in tokens))
    # Where each of year, month, day, hour, minute, second sits among the groups; an absent
    # one points past them, at a "0" added to every match's groups.
    y, mo, d, h, mi, s = (
        directives.index(f) if f in directives else len(directives) for f in _FIELD_ORDER
    )

    def parse(text: str) -> datetime:
        match = pattern.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} does not match {time_format!r}")
        g = (*match.groups(), "0")
        return datetime(int(g[y]), int(g[mo]), int(g[d]), int(g[h]), int(g[mi]), int(g[s]))

    return parse


def utc_time_parser(time_format: str, zone: tzinfo) -> Callable[[str], datetime]:
    """Like `time_parser`, giving UTC: a time without its own offset is in `zone`."""
    naive = time_parser(time_format)

    def parse(text: str) -> datetime:
        at = naive(text)
        return (at if at.tzinfo is not None else at.replace(tzinfo=zone)).astimezone(UTC)

    length = _ISO_LAYOUTS.get(time_format)
    if length is None or not isinstance(zone, timezone):
        return parse
    # The hot path of a year of readings: with a fixed offset, fromisoformat reads the time
    # as if at UTC and taking the offset off places it (cheaper than astimezone per row).
    # The length and separator keep it to this one ISO layout.
    offset = zone.utcoffset(None)
    separator = time_format[8]

    def parse_iso_layout(text: str) -> datetime:
        if len(text) == length and text[10] == separator:
            try:
                return datetime.fromisoformat(text + "+00:00") - offset
            except ValueError:
                pass
        return parse(text)  # unpadded fields, or a clear refusal

    return parse_iso_layout


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which columns of a logger's table hold what, and how to read them.

    `time_format` is a strptime format (`%d.%m.%Y %H:%M`) or "iso". `zone`
    places times that carry no offset: an offset or a zone name; None is the
    zone the caller passes (the logger's configured zone, default the
    site's). `skip_rows` are a logger's own lines before the header row.
    """

    name: str
    time_column: str
    time_format: str
    temperature_column: str
    humidity_column: str | None = None
    unit: TemperatureUnit = TemperatureUnit.CELSIUS
    decimal_comma: bool = False
    zone: str | None = None
    delimiter: str = ","
    skip_rows: int = 0

    def __post_init__(self) -> None:
        for label in ("name", "time_column", "time_format", "temperature_column"):
            value = getattr(self, label)
            if not isinstance(value, str) or not value.strip():
                raise _bad(f"{label} must be a non-empty text")
        if self.humidity_column is not None and not (
            isinstance(self.humidity_column, str) and self.humidity_column.strip()
        ):
            raise _bad("humidity_column must be a column name or absent")
        if not isinstance(self.unit, TemperatureUnit):
            raise _bad(f"unit must be C or F, not {self.unit!r}")
        if not isinstance(self.decimal_comma, bool):
            raise _bad("decimal_comma must be true or false")
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise _bad("delimiter must be one character")
        if self.decimal_comma and self.delimiter == ",":
            raise _bad("a decimal comma needs another delimiter (such as ';')")
        if (
            not isinstance(self.skip_rows, int)
            or isinstance(self.skip_rows, bool)
            or self.skip_rows < 0
        ):
            raise _bad("skip_rows must be a whole number, zero or more")
        if self.zone is not None:
            if not isinstance(self.zone, str):
                raise _bad("zone must be a text such as '+08:00' or 'Asia/Shanghai'")
            parse_zone(self.zone)
        self._check_time_format()

    def _check_time_format(self) -> None:
        if self.time_format == ISO:
            return
        sample = datetime(2024, 11, 23, 14, 35, 46)
        try:
            back = time_parser(self.time_format)(sample.strftime(self.time_format))
        except ValueError:
            back = None
        if back is None or back.date() != sample.date():
            raise _bad(
                f"time_format {self.time_format!r} does not read a date back "
                "(use strptime directives such as %Y-%m-%d %H:%M, or 'iso')"
            )

    def time_zone(self, default: tzinfo) -> tzinfo:
        return default if self.zone is None else parse_zone(self.zone)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["unit"] = self.unit.value
        return data

    @classmethod
    def from_json(cls, data: str | Mapping[str, object]) -> ColumnMapping:
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as exc:
                raise _bad(f"a mapping is a JSON object: {exc}") from None
        if not isinstance(data, Mapping):
            raise _bad("a mapping is a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise _bad(f"unknown mapping fields: {', '.join(unknown)}")
        missing = sorted(f.name for f in fields(cls) if f.name in _REQUIRED and f.name not in data)
        if missing:
            raise _bad(f"the mapping needs {', '.join(missing)}")
        values = dict(data)
        if "unit" in values:
            try:
                values["unit"] = TemperatureUnit(str(values["unit"]))
            except ValueError:
                raise _bad(f"unit must be C or F, not {values['unit']!r}") from None
        return cls(**values)  # type: ignore[arg-type]  # every field is checked in __post_init__


_REQUIRED = frozenset({"name", "time_column", "time_format", "temperature_column"})
