"""Times on paper are the site's local time; the zone is named with its offset."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from printing.local_time import local_date, stamp, zone_label

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_stored_utc_instant_prints_as_the_sites_local_time() -> None:
    at = datetime(2026, 11, 21, 1, 27, tzinfo=UTC)
    assert stamp(at, SHANGHAI) == "2026-11-21 09:27"
    assert stamp(at, ZoneInfo("America/New_York")) == "2026-11-20 20:27"


def test_the_local_day_is_the_sites_day_not_utcs() -> None:
    late = datetime(2026, 11, 21, 17, 30, tzinfo=UTC)  # 01:30 the next morning in Shanghai
    assert local_date(late, SHANGHAI) == date(2026, 11, 22)


def test_a_naive_time_is_taken_as_stored_that_is_utc() -> None:
    assert stamp(datetime(2026, 11, 21, 1, 27), SHANGHAI) == "2026-11-21 09:27"


def test_no_time_prints_a_dash() -> None:
    assert stamp(None, SHANGHAI) == "—"


@pytest.mark.parametrize(
    ("zone", "on", "label"),
    [
        (SHANGHAI, date(2026, 7, 1), "Asia/Shanghai (+08:00)"),
        (ZoneInfo("Europe/Berlin"), date(2026, 1, 15), "Europe/Berlin (+01:00)"),
        (ZoneInfo("Europe/Berlin"), date(2026, 7, 15), "Europe/Berlin (+02:00)"),
        (ZoneInfo("America/St_Johns"), date(2026, 1, 15), "America/St_Johns (-03:30)"),
        (ZoneInfo("UTC"), date(2026, 1, 15), "UTC (+00:00)"),
        (timezone(timedelta(hours=5, minutes=45), "NPT"), date(2026, 1, 15), "NPT (+05:45)"),
    ],
)
def test_the_zone_is_named_with_its_offset_on_the_documents_day(
    zone: ZoneInfo | timezone, on: date, label: str
) -> None:
    assert zone_label(zone, on) == label
