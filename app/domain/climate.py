"""Cold chain: storage classes, the placement rule, excursions, no-data gaps and MKT.

Plain Python over plain values; nothing here reads a file, a clock or a
database. Conventions every function here keeps:

- Times are aware datetimes in UTC (a `Reading` refuses anything else); a
  "day" is a calendar day in the zone the caller names (the site's).
- Temperatures are °C and relative humidity is %, as floats. Loggers resolve
  0.1 °C / 0.1 %; the file readers keep the figure as written (a °F file is
  converted and rounded to 0.01 °C), so a reading written as the limit
  compares equal to it. A reading exactly on a limit is inside the range.
- A reading speaks for the time until the next one, or for one logging
  interval when the next is further away than two intervals: that gap is a
  "no data" period and counts neither as inside nor as outside.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise
from typing import ClassVar

# USP <1079.2>: heat of activation 83.144 kJ/mol unless the product's own is
# known, gas constant 8.3144 J/(mol·K); ΔH/R is then exactly 10,000 K.
ACTIVATION_ENERGY_KJ_PER_MOL = 83.144
GAS_CONSTANT = 8.3144
KELVIN_AT_ZERO_CELSIUS = 273.15


class Measure(StrEnum):
    TEMPERATURE = "temperature"
    HUMIDITY = "humidity"


class Side(StrEnum):
    ABOVE = "above"
    BELOW = "below"


# ---------------------------------------------------------------- storage classes


@dataclass(frozen=True, slots=True)
class Range:
    """Inclusive bounds; None is no bound on that side."""

    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"range low {self.low} is above its high {self.high}")

    def contains(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def lies_within(self, outer: Range) -> bool:
        """Every value this range allows is allowed by `outer`.

        An open side fits only under an open side: ≤ 20 °C does not lie within 2-8 °C.
        """
        low_ok = outer.low is None or (self.low is not None and self.low >= outer.low)
        high_ok = outer.high is None or (self.high is not None and self.high <= outer.high)
        return low_ok and high_ok


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How long readings may stay outside the range before it is an excursion.

    `daily_minutes` is the time allowed outside on one side within one
    calendar day, however it is split up; None switches that check off.
    """

    above_minutes: int = 30
    below_minutes: int = 60
    daily_minutes: int | None = 120

    def __post_init__(self) -> None:
        for minutes in (self.above_minutes, self.below_minutes, self.daily_minutes):
            if minutes is not None and minutes < 0:
                raise ValueError("a tolerance is a number of minutes, zero or more")

    def continuous(self, side: Side) -> timedelta:
        return timedelta(minutes=self.above_minutes if side is Side.ABOVE else self.below_minutes)

    @property
    def daily(self) -> timedelta | None:
        return None if self.daily_minutes is None else timedelta(minutes=self.daily_minutes)


GSP_HUMIDITY = Range(35.0, 75.0)

# The reason a lot held by an excursion carries (a quarantine hold only QA's
# decision on the excursion lifts): app.domain.rules refuses its use with this code.
EXCURSION_HOLD = "TEMPERATURE_EXCURSION"


@dataclass(frozen=True, slots=True)
class StorageClass:
    """The conditions a location keeps or an item needs.

    `name` is the class's key as the imports write it (冷藏); an item's own
    range (the UDI database's minimum/maximum) is a class with no name.
    `humidity` None means the class says nothing about humidity.
    """

    name: str | None
    temperature: Range
    humidity: Range | None = GSP_HUMIDITY
    tolerance: Tolerance = field(default_factory=Tolerance)

    def range_of(self, measure: Measure) -> Range | None:
        return self.temperature if measure is Measure.TEMPERATURE else self.humidity


# Chinese GSP practice: 常温 10-30 °C, 阴凉 not above 20 °C, 冷藏 2-8 °C,
# 冷冻 -18 °C or colder; relative humidity 35-75 %. Sites may edit them.
DEFAULT_STORAGE_CLASSES: tuple[StorageClass, ...] = (
    StorageClass("常温", Range(10.0, 30.0)),
    StorageClass("阴凉", Range(None, 20.0)),
    StorageClass("冷藏", Range(2.0, 8.0)),
    StorageClass("冷冻", Range(None, -18.0)),
)


@dataclass(frozen=True, slots=True)
class StorageMismatch:
    """The placement rule's refusal (code STORAGE_MISMATCH): the location's
    range for `measure` does not lie inside the item's."""

    code: ClassVar[str] = "STORAGE_MISMATCH"
    measure: Measure
    item_class: str | None
    location_class: str | None
    item_range: Range
    location_range: Range

    def detail(self) -> dict[str, object]:
        return {
            "measure": self.measure.value,
            "item_class": self.item_class,
            "location_class": self.location_class,
            "item_low": self.item_range.low,
            "item_high": self.item_range.high,
            "location_low": self.location_range.low,
            "location_high": self.location_range.high,
        }


def check_placement(
    item: StorageClass | None, location: StorageClass | None
) -> StorageMismatch | None:
    """May an item needing `item` be put (received, put away) where `location` is kept?

    None is yes. An item or a location with no class is not checked; humidity
    is checked only when both state a humidity range.
    """
    if item is None or location is None:
        return None
    for measure in Measure:
        needed, kept = item.range_of(measure), location.range_of(measure)
        if needed is not None and kept is not None and not kept.lies_within(needed):
            return StorageMismatch(measure, item.name, location.name, needed, kept)
    return None


def narrowest(classes: Iterable[StorageClass]) -> StorageClass | None:
    """The conditions that keep every one of `classes` (a delivery of several items):
    the highest low, the lowest high, the shortest tolerances. None when none is given."""
    chosen = list(classes)
    if not chosen:
        return None
    if len(chosen) == 1:
        return chosen[0]

    def bound(ranges: Sequence[Range | None]) -> Range | None:
        given = [r for r in ranges if r is not None]
        if not given:
            return None
        lows = [r.low for r in given if r.low is not None]
        highs = [r.high for r in given if r.high is not None]
        low, high = (max(lows) if lows else None), (min(highs) if highs else None)
        if low is not None and high is not None and low > high:
            high = low  # items that cannot travel together: nothing but `low` is inside
        return Range(low, high)

    dailies = [c.tolerance.daily_minutes for c in chosen if c.tolerance.daily_minutes is not None]
    temperature = bound([c.temperature for c in chosen])
    assert temperature is not None
    return StorageClass(
        None,
        temperature,
        bound([c.humidity for c in chosen]),
        Tolerance(
            min(c.tolerance.above_minutes for c in chosen),
            min(c.tolerance.below_minutes for c in chosen),
            min(dailies) if dailies else None,
        ),
    )


# ---------------------------------------------------------------- what loggers record


@dataclass(frozen=True, slots=True)
class Reading:
    """One logged sample. `out_of_limits` is the logger's own mark (against its
    alarm limits, not the storage class's)."""

    at: datetime
    temperature: float
    humidity: float | None = None
    out_of_limits: bool = False

    def __post_init__(self) -> None:
        if self.at.tzinfo is not UTC and self.at.utcoffset() != timedelta(0):
            raise ValueError(f"a reading's time must be an aware UTC datetime, not {self.at!r}")


@dataclass(frozen=True, slots=True)
class DailySummary:
    """A logger's own summary of one calendar day in its zone (Fridge-tag `Hist`).

    `start`/`end` (UTC) are the part of the day the logger was running.
    The minutes are what the logger counted beyond its own alarm limits
    (`LoggerRecord.alarm_settings`), which need not be the class's limits.
    """

    day: date
    start: datetime
    end: datetime
    lowest: float
    highest: float
    mean: float | None
    minutes_below: int
    minutes_above: int
    sensor_timeout_minutes: int = 0


class AlarmKind(StrEnum):
    SINGLE = "single"  # one continuous period beyond the limit longer than the delay
    DAILY_TOTAL = "daily_total"  # minutes beyond the limit within one day (Fridge-tag)
    RUN_TOTAL = "run_total"  # minutes beyond the limit over the whole run (Q-tag accumulated)


@dataclass(frozen=True, slots=True)
class AlarmSetting:
    """An alarm the logger was configured with (shown beside the class's range)."""

    side: Side
    kind: AlarmKind
    limit: float
    delay_minutes: int


@dataclass(frozen=True, slots=True)
class LoggerAlarm:
    """An alarm the logger itself raised, as its file reports it."""

    setting: AlarmSetting
    minutes: int
    triggered: datetime | None
    start: datetime | None = None
    end: datetime | None = None  # None: still beyond the limit when the logger stopped
    extreme: float | None = None


class LoggerFormat(StrEnum):
    FRIDGE_TAG = "fridge_tag"  # Berlinger Fridge-tag 2 / 2L / UL text export
    Q_TAG = "q_tag"  # Berlinger Q-tag text export
    TABLE = "table"  # CSV or .xlsx through a column mapping


@dataclass(frozen=True, slots=True)
class LoggerRecord:
    """Everything one logger file says, placed in UTC.

    `readings` are time-ordered (duplicates from the file kept; `merge_readings`
    collapses them). `zone` is the one the file's times were read in: the
    file's own `Zone` when `zone_from_file`, else the caller's.
    """

    format: LoggerFormat
    device: str
    serial: str | None
    zone: tzinfo
    zone_from_file: bool
    interval: timedelta | None
    started: datetime | None
    stopped: datetime | None
    alarm_settings: tuple[AlarmSetting, ...] = ()
    alarms: tuple[LoggerAlarm, ...] = ()
    readings: tuple[Reading, ...] = ()
    daily: tuple[DailySummary, ...] = ()
    device_mkt: float | None = None
    activation_energy: float | None = None  # kJ/mol, the logger's own (Q-tag `MKT Energy`)


# ---------------------------------------------------------------- merging and gaps


@dataclass(frozen=True, slots=True)
class MergedReadings:
    """Readings in strictly increasing time. `conflicts`: instants two files gave
    different values for (the first file's value is kept)."""

    readings: tuple[Reading, ...]
    duplicates: int
    conflicts: tuple[datetime, ...]


def merge_readings(runs: Iterable[Iterable[Reading]]) -> MergedReadings:
    """One series from overlapping files: the same instant twice is one reading."""
    # sorted() is stable, so at one instant the first file's reading comes first and wins.
    everything = sorted((r for run in runs for r in run), key=lambda r: r.at)
    kept: list[Reading] = []
    duplicates = 0
    conflicts: list[datetime] = []
    for reading in everything:
        if kept and kept[-1].at == reading.at:
            duplicates += 1
            first = kept[-1]
            if (first.temperature, first.humidity) != (reading.temperature, reading.humidity):
                conflicts.append(reading.at)
            continue
        kept.append(reading)
    return MergedReadings(tuple(kept), duplicates, tuple(dict.fromkeys(conflicts)))


def typical_interval(readings: Sequence[Reading]) -> timedelta | None:
    """The logging interval a series shows (the median step), for files that do not state one."""
    steps = sorted(b.at - a.at for a, b in pairwise(readings) if b.at > a.at)
    return steps[len(steps) // 2] if steps else None


@dataclass(frozen=True, slots=True)
class NoData:
    """No readings between the last one before (`start`) and the first one after (`end`)."""

    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def find_no_data(readings: Sequence[Reading], interval: timedelta) -> tuple[NoData, ...]:
    """Steps longer than twice the logging interval."""
    limit = 2 * interval
    return tuple(NoData(a.at, b.at) for a, b in pairwise(readings) if b.at - a.at > limit)


# ---------------------------------------------------------------- excursions


class ExcursionKind(StrEnum):
    CONTINUOUS = "continuous"  # one unbroken period outside, longer than the side's tolerance
    CUMULATIVE = "cumulative"  # a day's total outside on one side beyond the daily limit
    DAY = "day"  # from a logger's daily summary (no readings): its alarm minutes


@dataclass(frozen=True, slots=True)
class Excursion:
    """A period the goods were outside their range for longer than allowed.

    `duration` is the time outside (for a cumulative one, the day's total,
    less than `end - start` when it came in pieces); `lowest`/`highest` are
    the extreme readings outside (a day-level one: the day's extremes).
    `open_ended`: the readings stopped (a gap, or the end of the file) while
    still outside, so the true end is unknown and may be later.
    """

    kind: ExcursionKind
    measure: Measure
    side: Side
    start: datetime
    end: datetime
    duration: timedelta
    lowest: float
    highest: float
    limit: float
    open_ended: bool = False

    @property
    def minutes(self) -> float:
        return self.duration.total_seconds() / 60


@dataclass(frozen=True, slots=True)
class DayOutside:
    """Time outside a range on one side within one calendar day, however split up."""

    day: date
    side: Side
    duration: timedelta
    start: datetime  # the first moment outside that day
    end: datetime  # the last
    lowest: float
    highest: float

    @property
    def minutes(self) -> float:
        return self.duration.total_seconds() / 60


class _Days:
    """Cuts UTC spans at the day boundaries of one zone, remembering the current day."""

    def __init__(self, zone: tzinfo) -> None:
        self._zone = zone
        self._day = date.min
        self._start = self._end = datetime.min.replace(tzinfo=UTC)

    def split(self, start: datetime, end: datetime) -> Iterable[tuple[date, datetime, datetime]]:
        while start < end:
            if not self._start <= start < self._end:
                self._day = start.astimezone(self._zone).date()
                self._start = _midnight(self._day, self._zone)
                self._end = _midnight(self._day + timedelta(days=1), self._zone)
            piece_end = min(end, self._end)
            yield self._day, start, piece_end
            start = piece_end


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


class _Series:
    """One measure's values with the span each reading speaks for (see the module's rule)."""

    def __init__(self, readings: Sequence[Reading], measure: Measure, interval: timedelta) -> None:
        self.measure = measure
        self.times = [r.at for r in readings]
        for earlier, later in pairwise(self.times):
            if later <= earlier:
                raise ValueError(f"readings out of order or repeated at {later}: merge them first")
        self.values = [
            r.temperature if measure is Measure.TEMPERATURE else r.humidity for r in readings
        ]
        limit = 2 * interval
        self.ends = [b if b - a <= limit else a + interval for a, b in pairwise(self.times)]
        if self.times:
            self.ends.append(self.times[-1] + interval)

    def sides(self, limits: Range) -> list[Side | None]:
        """Per reading: outside above, outside below, or None (inside, or no value)."""
        low, high = limits.low, limits.high
        sides: list[Side | None] = []
        for value in self.values:
            if value is not None and high is not None and value > high:
                sides.append(Side.ABOVE)
            elif value is not None and low is not None and value < low:
                sides.append(Side.BELOW)
            else:
                sides.append(None)
        return sides


@dataclass(slots=True)
class _Total:
    duration: timedelta
    start: datetime
    end: datetime
    lowest: float
    highest: float


def _day_totals(series: _Series, sides: Sequence[Side | None], days: _Days) -> list[DayOutside]:
    totals: dict[tuple[date, Side], _Total] = {}
    for index, side in enumerate(sides):
        value = series.values[index]
        if side is None or value is None:
            continue
        for day, start, end in days.split(series.times[index], series.ends[index]):
            total = totals.get((day, side))
            if total is None:
                totals[day, side] = _Total(end - start, start, end, value, value)
            else:
                total.duration += end - start
                total.end = end
                total.lowest = min(total.lowest, value)
                total.highest = max(total.highest, value)
    return [
        DayOutside(day, side, t.duration, t.start, t.end, t.lowest, t.highest)
        for (day, side), t in totals.items()
    ]


def daily_time_outside(
    readings: Sequence[Reading],
    limits: Range,
    interval: timedelta,
    *,
    measure: Measure = Measure.TEMPERATURE,
    day_zone: tzinfo = UTC,
) -> tuple[DayOutside, ...]:
    """Per calendar day in `day_zone` and side, the time `measure` spent outside `limits`
    (what a Fridge-tag's `Hist` counts against its own alarm limits)."""
    series = _Series(readings, measure, interval)
    totals = _day_totals(series, series.sides(limits), _Days(day_zone))
    return tuple(sorted(totals, key=lambda t: (t.day, t.side.value)))


@dataclass(slots=True)
class _Period:
    side: Side
    start: datetime
    end: datetime
    lowest: float
    highest: float
    open_ended: bool = False


def _periods(series: _Series, sides: Sequence[Side | None]) -> list[_Period]:
    """Unbroken runs of readings outside on one side."""
    periods: list[_Period] = []
    current: _Period | None = None
    for index, side in enumerate(sides):
        at, value = series.times[index], series.values[index]
        if current is not None and (side is not current.side or current.end != at):
            # A gap or a missing value leaves the period's true end unknown.
            current.open_ended = current.end != at or value is None
            current = None
        if side is None or value is None:
            continue
        if current is None:
            current = _Period(side, at, series.ends[index], value, value)
            periods.append(current)
        else:
            current.end = series.ends[index]
            current.lowest = min(current.lowest, value)
            current.highest = max(current.highest, value)
    if current is not None:
        current.open_ended = True  # the data ends while still outside
    return periods


def _measure_excursions(
    series: _Series, limits: Range, tolerance: Tolerance, days: _Days
) -> list[Excursion]:
    def limit_of(side: Side) -> float:
        bound = limits.high if side is Side.ABOVE else limits.low
        assert bound is not None  # a side is only ever set against a bound it has
        return bound

    sides = series.sides(limits)
    found: list[Excursion] = []
    in_excursions: dict[tuple[date, Side], timedelta] = {}
    for period in _periods(series, sides):
        duration = period.end - period.start
        if duration <= tolerance.continuous(period.side):
            continue
        found.append(
            Excursion(
                ExcursionKind.CONTINUOUS,
                series.measure,
                period.side,
                period.start,
                period.end,
                duration,
                period.lowest,
                period.highest,
                limit_of(period.side),
                period.open_ended,
            )
        )
        for day, start, end in days.split(period.start, period.end):
            key = (day, period.side)
            in_excursions[key] = in_excursions.get(key, timedelta(0)) + (end - start)
    daily = tolerance.daily
    if daily is None:
        return found
    for total in _day_totals(series, sides, days):
        # A day whose time outside all lies in continuous excursions says nothing new.
        already = in_excursions.get((total.day, total.side), timedelta(0))
        if total.duration > daily and total.duration > already:
            found.append(
                Excursion(
                    ExcursionKind.CUMULATIVE,
                    series.measure,
                    total.side,
                    total.start,
                    total.end,
                    total.duration,
                    total.lowest,
                    total.highest,
                    limit_of(total.side),
                )
            )
    return found


def find_excursions(
    readings: Sequence[Reading],
    storage: StorageClass,
    interval: timedelta,
    *,
    day_zone: tzinfo = UTC,
) -> tuple[Excursion, ...]:
    """Excursions of temperature (and of humidity, when the class and the readings have it).

    `readings` must be in strictly increasing time (`merge_readings` makes
    them so). An excursion is a continuous period outside the range longer
    than the side's tolerance (exactly the tolerance is not), or a calendar
    day in `day_zone` whose time outside on one side passes the daily limit
    (not reported again when all of it lies in continuous excursions).
    """
    days = _Days(day_zone)
    found = _measure_excursions(
        _Series(readings, Measure.TEMPERATURE, interval),
        storage.temperature,
        storage.tolerance,
        days,
    )
    if storage.humidity is not None and any(r.humidity is not None for r in readings):
        found += _measure_excursions(
            _Series(readings, Measure.HUMIDITY, interval),
            storage.humidity,
            storage.tolerance,
            days,
        )
    return tuple(sorted(found, key=_excursion_order))


def _excursion_order(excursion: Excursion) -> tuple[datetime, str, str]:
    return (excursion.start, excursion.measure.value, excursion.kind.value)


def day_excursions(
    summaries: Iterable[DailySummary], storage: StorageClass
) -> tuple[Excursion, ...]:
    """Day-level excursions from daily summaries alone (a Fridge-tag 2 without readings).

    A day is an excursion on a side when its extreme passed the class's limit
    and the logger's minutes beyond its own limit on that side exceed the
    side's tolerance (or the daily limit, if lower): without readings the
    longest spell may be as long as the day's total.
    """
    limits, tolerance = storage.temperature, storage.tolerance
    found: list[Excursion] = []
    for summary in summaries:
        for side, bound, extreme, minutes in (
            (Side.ABOVE, limits.high, summary.highest, summary.minutes_above),
            (Side.BELOW, limits.low, summary.lowest, summary.minutes_below),
        ):
            if bound is None:
                continue
            crossed = extreme > bound if side is Side.ABOVE else extreme < bound
            allowed = tolerance.continuous(side)
            if tolerance.daily is not None:
                allowed = min(allowed, tolerance.daily)
            spent = timedelta(minutes=minutes)
            if crossed and spent > allowed:
                found.append(
                    Excursion(
                        ExcursionKind.DAY,
                        Measure.TEMPERATURE,
                        side,
                        summary.start,
                        summary.end,
                        spent,
                        summary.lowest,
                        summary.highest,
                        bound,
                    )
                )
    return tuple(sorted(found, key=_excursion_order))


# ---------------------------------------------------------------- mean kinetic temperature


def mean_kinetic_temperature(
    temperatures: Iterable[float], activation_energy: float = ACTIVATION_ENERGY_KJ_PER_MOL
) -> float:
    """USP <1079.2> MKT, °C, of equally weighted temperatures (°C).

        T_K = (ΔH/R) / -ln((e^(-ΔH/RT_1) + ... + e^(-ΔH/RT_n)) / n)

    with ΔH in J/mol, R = 8.3144 J/(mol·K), T in kelvin. Readings at the
    logging interval weigh equally; a no-data gap has no readings and so
    weighs nothing. Unrounded: round for display (0.1 °C).
    """
    ratio = activation_energy * 1000.0 / GAS_CONSTANT  # ΔH/R in kelvin
    exponents = [-ratio / (t + KELVIN_AT_ZERO_CELSIUS) for t in temperatures]
    if not exponents:
        raise ValueError("mean kinetic temperature needs at least one temperature")
    # Shift by the largest exponent so the sum keeps its precision at any temperature.
    top = max(exponents)
    mean = math.fsum(math.exp(x - top) for x in exponents) / len(exponents)
    return ratio / -(top + math.log(mean)) - KELVIN_AT_ZERO_CELSIUS


# ---------------------------------------------------------------- one call for a record


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a logger's run says against a storage class.

    `mkt` is over the run's readings (or, without readings, the days' mean
    temperatures) at `activation_energy`; `device_mkt` is the logger's own
    figure when its file gives one.
    """

    storage: StorageClass
    excursions: tuple[Excursion, ...]
    no_data: tuple[NoData, ...]
    mkt: float | None
    activation_energy: float
    device_mkt: float | None
    first: datetime | None
    last: datetime | None
    conflicts: tuple[datetime, ...]


def assess_record(
    record: LoggerRecord, storage: StorageClass, *, day_zone: tzinfo = UTC
) -> Assessment:
    """Excursions, gaps and MKT of one file: from its readings, or from its
    daily summaries when it has none."""
    energy = record.activation_energy or ACTIVATION_ENERGY_KJ_PER_MOL
    if not record.readings:
        # USP's MKT may be taken over period means; it needs every day's.
        means = [d.mean for d in record.daily if d.mean is not None]
        complete = bool(means) and len(means) == len(record.daily)
        return Assessment(
            storage,
            day_excursions(record.daily, storage),
            (),
            mean_kinetic_temperature(means, energy) if complete else None,
            energy,
            record.device_mkt,
            record.started,
            record.stopped,
            (),
        )
    merged = merge_readings([record.readings])
    readings = merged.readings
    # A lone reading with no stated interval speaks for no time at all.
    interval = record.interval or typical_interval(readings) or timedelta(0)
    return Assessment(
        storage,
        find_excursions(readings, storage, interval, day_zone=day_zone),
        find_no_data(readings, interval),
        mean_kinetic_temperature((r.temperature for r in readings), energy),
        energy,
        record.device_mkt,
        readings[0].at,
        readings[-1].at,
        merged.conflicts,
    )
