"""This site's own settings (not the centre's): device name, backups kept, time zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import tzlocal

from app.domain.clock import Clock
from app.domain.codes import Code, DomainError
from app.domain.rules import permitted
from app.services.ports import UnitOfWork


def _days(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 3650:
        raise DomainError(Code.BAD_REQUEST, "backup_keep_days must be a whole number of days")
    return str(int(value))


def _name(value: str) -> str:
    if not value.strip():
        raise DomainError(Code.BAD_REQUEST, "device_name must not be empty")
    return value.strip()


def _zone(value: str) -> str:
    # The exact name from the zone database (listing it takes most of a second, but
    # only here): "asia/shanghai" would load from a case-insensitive disk (Windows)
    # and then fail on every other machine.
    name = value.strip()
    if name not in available_timezones():
        raise DomainError(
            Code.BAD_REQUEST,
            f"time_zone {value!r} is not a time zone name such as Asia/Shanghai or Europe/Berlin",
        )
    return name


def _os_zone() -> str:
    """The operating system's zone as a zone database name (tzlocal reads Windows' too)."""
    try:
        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
    except (LookupError, ValueError):  # a zone the database lacks, or an unreadable one
        return "UTC"
    return name or "UTC"


# Each setting: how a typed value is checked, and what it is until someone sets it.
SITE_SETTINGS: dict[str, tuple[Callable[[str], str], Callable[[], str]]] = {
    "backup_keep_days": (_days, lambda: "14"),
    "device_name": (_name, lambda: "unknown"),
    "time_zone": (_zone, _os_zone),
}


def device_name(uow: UnitOfWork) -> str:
    """The device audit entries name, read within the caller's transaction."""
    return uow.settings.get("device_name") or SITE_SETTINGS["device_name"][1]()


def site_settings(uow: UnitOfWork) -> dict[str, str]:
    with uow:
        return {
            key: uow.settings.get(key) or default() for key, (_, default) in SITE_SETTINGS.items()
        }


def backup_keep_days(uow: UnitOfWork) -> int:
    return int(site_settings(uow)["backup_keep_days"])


def site_zone(uow: UnitOfWork) -> tzinfo:
    """The site's time zone: times are stored in UTC and shown, on screens and paper, in this."""
    name = site_settings(uow)["time_zone"]
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # set on a machine whose zone database had it
        return ZoneInfo("UTC")


def set_site_setting(uow: UnitOfWork, clock: Clock, user: str, key: str, value: str) -> None:
    """Only an administrator changes how the site runs; the change is audited."""
    if key not in SITE_SETTINGS:
        raise DomainError(
            Code.BAD_REQUEST, f"no setting {key!r}: one of {', '.join(SITE_SETTINGS)}"
        )
    check, default = SITE_SETTINGS[key]
    value = check(value)
    with uow:
        who = uow.users.get(user)
        if who is None or not who.active:
            raise DomainError(Code.UNKNOWN_USER, f"no active user {user!r}")
        if not permitted(who.role, "manage"):
            raise DomainError(Code.NOT_PERMITTED, f"{user} may not change the site's settings")
        before = uow.settings.get(key) or default()
        uow.settings.put(key, value)
        uow.audit.append(
            clock.now(),
            user,
            device_name(uow),
            "set_setting",
            "settings",
            key,
            {key: before},
            {key: value},
        )
        uow.commit()
