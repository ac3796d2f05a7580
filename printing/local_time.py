"""Times on paper: stored in UTC, printed in the site's zone, the zone named once per document."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo


def local(at: datetime, zone: tzinfo) -> datetime:
    # A naive time can only have come from storage, which is UTC.
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(zone)


def stamp(at: datetime | None, zone: tzinfo) -> str:
    return local(at, zone).strftime("%Y-%m-%d %H:%M") if at is not None else "—"


def local_date(at: datetime, zone: tzinfo) -> date:
    return local(at, zone).date()


def zone_label(zone: tzinfo, on: date) -> str:
    """'Asia/Shanghai (+08:00)': the zone's name and its offset from UTC on that day."""
    name = getattr(zone, "key", None) or zone.tzname(None) or "UTC"
    offset = datetime.combine(on, time(12), zone).utcoffset()
    minutes = round(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    return f"{name} ({sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
