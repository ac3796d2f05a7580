"""Berlinger's text exports: Fridge-tag 2 / 2L / UL and Q-tag.

The device writes an indented tree of `name: value` lines (several on one
line joined by ", "), then tab-separated `Data:` (and `Marker:`) tables, and
closes with its certificate and a `Sig:` line. A Fridge-tag has `Hist:` (a
summary per day: min/max/mean and the minutes beyond each alarm limit), a
Q-tag has `Res:` (the run's figures and every alarm event). Times are the
logger's local time at its `Zone` (hours from UTC).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from app.adapters.logger_files.errors import LoggerFileCode, LoggerFileError
from app.domain.climate import (
    AlarmKind,
    AlarmSetting,
    DailySummary,
    LoggerAlarm,
    LoggerFormat,
    LoggerRecord,
    Reading,
    Side,
)

_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
_CLOCK = re.compile(r"\d{2}:\d{2}")
_DATA_TIME_HEADER = "yyyy-MM-dd hh:mm"
_NO_VALUE = "--.-"  # the logger had no sensor value (e.g. its probe was not connected yet)

# Q-tag alarm `Type`: which side, and whether the delay is one period or a run's total.
_Q_TAG_ALARM_TYPES = {
    1: (Side.BELOW, AlarmKind.SINGLE),
    2: (Side.ABOVE, AlarmKind.SINGLE),
    3: (Side.BELOW, AlarmKind.RUN_TOTAL),
    4: (Side.ABOVE, AlarmKind.RUN_TOTAL),
}
# Fridge-tag `Conf: Alarm:` 0 is the lower limit, 1 the upper; both count minutes per day.
_FRIDGE_TAG_ALARM_SIDES = {"0": Side.BELOW, "1": Side.ABOVE}


def looks_like_berlinger(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return first.startswith("Device:")


@dataclass
class _Node:
    line: int
    fields: dict[str, str]
    children: list[_Node] = field(default_factory=list)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return next(iter(self.fields))

    def child(self, key: str) -> _Node | None:
        return next((c for c in self.children if c.key == key), None)

    def value(self, key: str) -> str | None:
        """A field of this node's direct children (`Serial` under `Conf`)."""
        for child in self.children:
            if key in child.fields:
                return child.fields[key]
        return None

    def where(self, key: str) -> int:
        for child in self.children:
            if key in child.fields:
                return child.line
        return self.line


def _fields(text: str, line: int) -> dict[str, str]:
    fields: dict[str, str] = {}
    last: str | None = None
    for part in text.split(", "):
        if ": " in part:
            key, value = part.split(": ", 1)
        elif part.endswith(":"):
            key, value = part[:-1], ""
        elif last is not None:
            # A user-written value may itself hold ", ": it belongs to the field before.
            fields[last] += ", " + part
            continue
        else:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"expected 'name: value', found {text!r}", line=line
            )
        fields[key.strip()] = value.strip()
        last = key.strip()
    return fields


def _tree(lines: list[str]) -> _Node:
    root = _Node(0, {"": ""})
    stack: list[tuple[int, _Node]] = [(-1, root)]
    section: _Node | None = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if raw.startswith("\t"):
            if section is None or section.key not in ("Data", "Marker"):
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW, "a table row outside a Data table", line=number
                )
            section.rows.append((number, raw.split("\t")[1:]))
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        node = _Node(number, _fields(raw.strip(), number))
        while stack[-1][0] >= indent:
            stack.pop()
        stack[-1][1].children.append(node)
        stack.append((indent, node))
        if indent == 0:
            section = node
    return root


class _Reader:
    """Turns one export's tree into a LoggerRecord: units, zone and times."""

    def __init__(self, root: _Node, caller_zone: tzinfo) -> None:
        self.root = root
        conf = root.child("Conf")
        if conf is None:
            raise LoggerFileError(
                LoggerFileCode.NOT_A_LOGGER_FILE, "a Berlinger export has a Conf: block"
            )
        self.conf = conf
        unit = conf.value("Temp unit") or "C"
        if unit not in ("C", "F"):
            raise LoggerFileError(
                LoggerFileCode.WRONG_UNITS,
                f"temperature unit {unit!r}: only C and F are read",
                line=conf.where("Temp unit"),
            )
        self.celsius: Callable[[float], float] = (
            (lambda v: v) if unit == "C" else (lambda v: round((v - 32.0) * 5.0 / 9.0, 2))
        )
        zone_text = conf.value("Zone")
        self.zone_from_file = zone_text is not None
        if zone_text is None:
            self.zone = caller_zone
        else:
            hours = self.number(zone_text, conf.where("Zone"))
            if not -14 <= hours <= 14:
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW,
                    f"Zone {zone_text} is not hours from UTC",
                    line=conf.where("Zone"),
                )
            self.zone = timezone(timedelta(hours=hours))

    # -- values

    @staticmethod
    def number(text: str, line: int) -> float:
        try:
            return float(text)
        except ValueError:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a number", line=line
            ) from None

    def temperature(self, text: str, line: int) -> float:
        return self.celsius(self.number(text, line))

    def minutes(self, text: str | None, line: int) -> int:
        if not text:
            return 0
        value = self.number(text, line)
        if value < 0 or value != int(value):
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a number of minutes", line=line
            )
        return int(value)

    def utc(self, local: datetime) -> datetime:
        return local.replace(tzinfo=self.zone).astimezone(UTC)

    def stamp(self, text: str | None, line: int) -> datetime | None:
        if not text:
            return None
        if not _STAMP.fullmatch(text):
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a time (yyyy-MM-dd hh:mm)", line=line
            )
        try:
            return self.utc(datetime.fromisoformat(text))
        except ValueError:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a real date and time", line=line
            ) from None

    def clock_on(self, day: date, text: str | None, line: int) -> datetime | None:
        if not text:
            return None
        if not _CLOCK.fullmatch(text):
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a time of day (hh:mm)", line=line
            )
        try:
            return self.utc(datetime.combine(day, time.fromisoformat(text)))
        except ValueError:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{text!r} is not a real time of day", line=line
            ) from None

    def interval(self) -> timedelta | None:
        text = self.conf.value("Logging Interval")
        if text is None:
            return None
        return timedelta(minutes=self.minutes(text, self.conf.where("Logging Interval")))

    # -- the Data table

    def readings(self) -> tuple[Reading, ...]:
        data = self.root.child("Data")
        if data is None or not data.rows:
            return ()
        header_line, header = data.rows[0]
        if not header or header[0] != _DATA_TIME_HEADER or len(header) < 2 or header[1] != "T":
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW,
                f"a Data table's columns are '{_DATA_TIME_HEADER}', 'T': found {header}",
                line=header_line,
            )
        readings: list[Reading] = []
        for number, cells in data.rows[1:]:
            if len(cells) < 2:
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW, "a Data row has a time and a temperature", line=number
                )
            at = self.stamp(cells[0], number)
            assert at is not None  # stamp() returns None only for an empty cell, refused here
            value = cells[1].strip()
            if value == _NO_VALUE:
                continue
            marked = len(cells) > 2 and cells[2].strip() == "x"
            readings.append(Reading(at, self.temperature(value, number), out_of_limits=marked))
        readings.sort(key=lambda r: r.at)
        return tuple(readings)

    def device(self) -> str:
        return self.root.value("Device") or ""

    def serial(self) -> str | None:
        return self.conf.value("Serial") or None


def _alarm_order(alarm: LoggerAlarm) -> tuple[datetime, str]:
    at = alarm.start or alarm.triggered or datetime.min.replace(tzinfo=UTC)
    return (at, alarm.setting.side.value)


def _window(
    reader: _Reader, day: date, started: datetime | None, stopped: datetime | None
) -> tuple[datetime, datetime]:
    """The part of a (local) day the logger ran, in UTC."""
    start = reader.utc(datetime.combine(day, time()))
    end = reader.utc(datetime.combine(day + timedelta(days=1), time()))
    if started is not None and started > start:
        start = min(started, end)
    if stopped is not None and stopped < end:
        end = max(stopped, start)
    return start, end


def _fridge_tag(reader: _Reader) -> LoggerRecord:
    hist = reader.root.child("Hist")
    assert hist is not None  # chosen by read_berlinger for having one
    settings: dict[str, AlarmSetting] = {}
    alarm_conf = reader.conf.child("Alarm")
    for node in alarm_conf.children if alarm_conf else []:
        side = _FRIDGE_TAG_ALARM_SIDES.get(node.key)
        limit = node.value("T AL")
        if side is None or limit is None:
            continue
        settings[node.key] = AlarmSetting(
            side,
            AlarmKind.DAILY_TOTAL,
            reader.temperature(limit, node.where("T AL")),
            reader.minutes(node.value("t AL"), node.where("t AL")),
        )
    started = reader.stamp(hist.value("TS Actv"), hist.where("TS Actv"))
    stopped = reader.stamp(hist.value("TS Report Creation"), hist.where("TS Report Creation"))
    days: list[DailySummary] = []
    alarms: list[LoggerAlarm] = []
    for node in hist.children:
        if not node.key.isdigit():
            continue
        day_text = node.value("Date") or ""
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            raise LoggerFileError(
                LoggerFileCode.BAD_ROW, f"{day_text!r} is not a date", line=node.where("Date")
            ) from None
        minutes = {"0": 0, "1": 0}
        day_alarms = node.child("Alarm")
        for alarm in day_alarms.children if day_alarms else []:
            if alarm.key not in minutes:
                continue
            spent = reader.minutes(alarm.value("t Acc"), alarm.where("t Acc"))
            minutes[alarm.key] = spent
            triggered = reader.clock_on(day, alarm.value("TS A"), alarm.where("TS A"))
            if triggered is not None and alarm.key in settings:
                alarms.append(LoggerAlarm(settings[alarm.key], spent, triggered))
        timeouts = 0
        for sensor in ("Ext Sensor timeout", "Int Sensor timeout"):
            block = node.child(sensor)
            if block is not None:
                timeouts += reader.minutes(block.value("t AccST"), block.where("t AccST"))
        for required in ("Min T", "Max T"):
            if node.value(required) is None:
                raise LoggerFileError(
                    LoggerFileCode.BAD_ROW, f"day {day} has no {required}", line=node.line
                )
        mean = node.value("Avrg T")
        start, end = _window(reader, day, started, stopped)
        days.append(
            DailySummary(
                day,
                start,
                end,
                reader.temperature(node.value("Min T") or "", node.where("Min T")),
                reader.temperature(node.value("Max T") or "", node.where("Max T")),
                None if mean is None else reader.temperature(mean, node.where("Avrg T")),
                minutes["0"],
                minutes["1"],
                timeouts,
            )
        )
    days.sort(key=lambda d: d.day)
    alarms.sort(key=_alarm_order)
    return LoggerRecord(
        LoggerFormat.FRIDGE_TAG,
        reader.device(),
        reader.serial(),
        reader.zone,
        reader.zone_from_file,
        reader.interval(),
        started,
        stopped,
        alarm_settings=tuple(settings[k] for k in sorted(settings)),
        alarms=tuple(alarms),
        readings=reader.readings(),
        daily=tuple(days),
    )


def _q_tag(reader: _Reader) -> LoggerRecord:
    res = reader.root.child("Res")
    assert res is not None  # chosen by read_berlinger for having one
    settings: dict[str, AlarmSetting] = {}
    alarm_conf = reader.conf.child("Alarm")
    for node in alarm_conf.children if alarm_conf else []:
        kind_text, limit = node.value("Type"), node.value("T AL")
        if kind_text is None or limit is None:
            continue  # Type 0: the alarm is switched off
        line = node.where("Type")
        known = _Q_TAG_ALARM_TYPES.get(int(reader.number(kind_text, line)))
        if known is None:
            continue  # a type this reader does not know says nothing about the side
        side, kind = known
        settings[node.key] = AlarmSetting(
            side, kind, reader.temperature(limit, line), reader.minutes(node.value("t AL"), line)
        )
    alarms: list[LoggerAlarm] = []
    res_alarms = res.child("Alarm")
    for node in res_alarms.children if res_alarms else []:
        setting = settings.get(node.key)
        for event in node.children:
            if setting is None or "TS S" not in event.fields:
                continue
            line, values = event.line, event.fields
            extreme = values.get("T M")
            alarms.append(
                LoggerAlarm(
                    setting,
                    reader.minutes(values.get("t A"), line),
                    reader.stamp(values.get("TS A"), line),
                    reader.stamp(values.get("TS S"), line),
                    reader.stamp(values.get("TS E"), line),
                    None if not extreme else reader.temperature(extreme, line),
                )
            )
    alarms.sort(key=_alarm_order)
    energy = reader.conf.value("MKT Energy")
    mkt = res.value("MKT")
    return LoggerRecord(
        LoggerFormat.Q_TAG,
        reader.device(),
        reader.serial(),
        reader.zone,
        reader.zone_from_file,
        reader.interval(),
        reader.stamp(res.value("TS Start"), res.where("TS Start")),
        reader.stamp(res.value("TS Stop"), res.where("TS Stop")),
        alarm_settings=tuple(settings[k] for k in sorted(settings)),
        alarms=tuple(alarms),
        readings=reader.readings(),
        device_mkt=None if not mkt else reader.temperature(mkt, res.where("MKT")),
        activation_energy=None
        if not energy
        else reader.number(energy, reader.conf.where("MKT Energy")),
    )


def read_berlinger(text: str, zone: tzinfo) -> LoggerRecord:
    """One Fridge-tag or Q-tag export; `zone` places its times when it has no `Zone`."""
    lines = text.splitlines()
    if not looks_like_berlinger(text):
        raise LoggerFileError(
            LoggerFileCode.NOT_A_LOGGER_FILE, "a Berlinger export starts with 'Device:'", line=1
        )
    # The device writes its signature last: an export without it was cut short.
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    if not lines[last].startswith("Sig: ") or not lines[last][5:].strip():
        raise LoggerFileError(
            LoggerFileCode.TRUNCATED,
            "the export ends before its closing 'Sig:' line: copy the file from the logger again",
            line=last + 1,
        )
    root = _tree(lines)
    reader = _Reader(root, zone)
    if root.child("Hist") is not None:
        return _fridge_tag(reader)
    if root.child("Res") is not None:
        return _q_tag(reader)
    raise LoggerFileError(
        LoggerFileCode.NOT_A_LOGGER_FILE,
        "a Berlinger export has a Hist: (Fridge-tag) or Res: (Q-tag) block",
    )
