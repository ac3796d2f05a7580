"""The store's settings: the rule book's policy (tiers, windows, duties) and the site's own.

The policy is the centre's to set for the network (a supervisor may set it
at a site too); the site settings are how this store runs, an
administrator's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import tzlocal

from app.domain.policy import Policy
from app.errors import Code, Refused
from app.services.commands import SetPolicy, SetSiteSetting
from app.services.context import ActionResult, Context, done
from app.services.notifications import EMAIL_PREFIX
from app.services.ports import UnitOfWork


def current_policy(uow: UnitOfWork) -> Policy:
    with uow:
        return uow.settings.policy()


def set_policy(ctx: Context, cmd: SetPolicy) -> ActionResult:
    _check(cmd.policy)
    before = ctx.uow.settings.policy()
    if before == cmd.policy:
        raise Refused(Code.NOTHING_TO_DO, "the policy is unchanged")
    ctx.uow.settings.set_policy(cmd.policy)
    ctx.change(
        "set_policy",
        "settings",
        "policy",
        before.to_json(),
        cmd.policy.to_json(),
        ("policy", cmd.policy.to_json()),
    )
    return done("policy changed")


def _check(policy: Policy) -> None:
    def bad(problem: str, **detail: object) -> Refused:
        return Refused(Code.BAD_POLICY, problem, problem=problem, **detail)

    tier_sets = [policy.tiers, *policy.tiers_by_category.values()]
    for tiers in tier_sets:
        if not tiers:
            raise bad("a tier list needs at least one tier")
        if any(t.days < 0 for t in tiers):
            raise bad("tier days must be 0 or more")
        if len({t.days for t in tiers}) != len(tiers):
            raise bad("two tiers have the same number of days")
    windows = [policy.do_not_issue_days, *policy.do_not_issue_by_category.values()]
    if any(days < 0 for days in windows):
        raise bad("do-not-issue days must be 0 or more")


# --- this site's own settings ----------------------------------------------------------


def _whole(low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not value.strip().isdigit() or not low <= int(value) <= high:
            raise ValueError(f"a whole number from {low} to {high}")
        return str(int(value))

    return check


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _zone(value: str) -> str:
    # The exact name from the zone database (listing it takes most of a second, but
    # only here): "asia/shanghai" would load from a case-insensitive disk (Windows)
    # and then fail on every other machine.
    name = value.strip()
    if name not in available_timezones():
        raise ValueError("a time zone name such as Asia/Shanghai or Europe/Berlin")
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


def _map_of(kind: str) -> Callable[[str], str]:
    """A JSON object from category to a person's name ("names") or a whole number ("counts")."""

    def check(value: str) -> str:
        example = '"sup"' if kind == "names" else "5"
        wanted = f'a JSON object such as {{"implant": {example}}}'
        try:
            data = json.loads(value or "{}")
        except ValueError:
            raise ValueError(wanted) from None
        if not isinstance(data, dict):
            raise ValueError(wanted)
        for key, item in data.items():
            good = (
                isinstance(item, str) and item.strip()
                if kind == "names"
                else isinstance(item, int) and not isinstance(item, bool) and item >= 0
            )
            if not str(key).strip() or not good:
                raise ValueError(wanted)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    return check


def _fixed(value: str) -> Callable[[], str]:
    return lambda: value


def _optional(value: str) -> str:
    return value.strip()


def _url(value: str) -> str:
    url = value.strip()
    if url and not url.startswith(("https://", "http://")):
        raise ValueError("an https:// URL (or empty: no webhook)")
    return url


def _address(value: str) -> str:
    address = value.strip()
    if address and ("@" not in address or " " in address):
        raise ValueError("an e-mail address such as wang.li@example.cn (or empty: none)")
    return address


# Each setting: how a typed value is checked, and what it is until someone sets it.
SITE_SETTINGS: dict[str, tuple[Callable[[str], str], Callable[[], str]]] = {
    "backup_keep_days": (_whole(1, 3650), _fixed("14")),
    "device_name": (_name, _fixed("unknown")),
    # Wrong PINs in a row that lock a user out, and for how long.
    "lockout_attempts": (_whole(1, 100), _fixed("5")),
    "lockout_minutes": (_whole(1, 1440), _fixed("15")),
    # A workstation left alone this long locks until its user (or another) logs in.
    "idle_lock_minutes": (_whole(1, 480), _fixed("10")),
    # Times are stored in UTC and shown, on screens and paper, in this zone.
    "time_zone": (_zone, _os_zone),
    # The closed loop (app.services.dispositions): days an owner has to deal with a
    # warning by its level, who owns a category's warnings when its location names
    # no one, who overdue warnings go to, minimum stock per category, and the days
    # of history behind daily usage (app.services.forecast).
    "due_days_critical": (_whole(1, 365), _fixed("1")),
    "due_days_warning": (_whole(1, 365), _fixed("3")),
    "due_days_notice": (_whole(1, 365), _fixed("7")),
    "category_owners": (_map_of("names"), _fixed("{}")),
    "escalate_to": (_name, _fixed("supervisors")),
    "category_min_stock": (_map_of("counts"), _fixed("{}")),
    "usage_days": (_whole(1, 3650), _fixed("90")),
    # Notifications (app.services.notifications): the SMTP server (STARTTLS always), the
    # file holding its password, the sender, a CA file to trust; the group robot's URL.
    # Each person's address is `notify.email.<username>`.
    "notify.smtp_host": (_optional, _fixed("")),
    "notify.smtp_port": (_whole(1, 65535), _fixed("587")),
    "notify.smtp_user": (_optional, _fixed("")),
    "notify.smtp_password_file": (_optional, _fixed("")),
    "notify.smtp_from": (_address, _fixed("")),
    "notify.smtp_ca_file": (_optional, _fixed("")),
    "notify.webhook_url": (_url, _fixed("")),
}


def device_name(uow: UnitOfWork) -> str:
    """The device audit entries name, read within the caller's transaction."""
    return site_setting(uow, "device_name")


def site_setting(uow: UnitOfWork, key: str) -> str:
    """A site setting within the caller's transaction, or its default."""
    return uow.settings.get(key) or SITE_SETTINGS[key][1]()


def site_settings(uow: UnitOfWork) -> dict[str, str]:
    with uow:
        return {key: site_setting(uow, key) for key in SITE_SETTINGS}


def backup_keep_days(uow: UnitOfWork) -> int:
    return int(site_settings(uow)["backup_keep_days"])


def site_zone(uow: UnitOfWork) -> tzinfo:
    """The site's time zone: times are stored in UTC and shown, on screens and paper, in this."""
    with uow:
        return zone_of_site(uow)


def zone_of_site(uow: UnitOfWork) -> tzinfo:
    """`site_zone` within the caller's transaction (a handler's)."""
    name = site_setting(uow, "time_zone")
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # set on a machine whose zone database had it
        return ZoneInfo("UTC")


def set_site_setting(ctx: Context, cmd: SetSiteSetting) -> ActionResult:
    if cmd.key not in SITE_SETTINGS and not cmd.key.startswith(EMAIL_PREFIX):
        raise Refused(
            Code.UNKNOWN_SETTING,
            f"no setting {cmd.key!r}: one of {', '.join(SITE_SETTINGS)}",
            key=cmd.key,
            known=list(SITE_SETTINGS),
        )
    check, default = SITE_SETTINGS.get(cmd.key, (_address, _fixed("")))
    try:
        value = check(cmd.value)
    except ValueError as exc:
        raise Refused(
            Code.BAD_SETTING, f"{cmd.key}: {exc}", key=cmd.key, value=cmd.value, wanted=str(exc)
        ) from None
    before = ctx.uow.settings.get(cmd.key) or default()
    ctx.uow.settings.put(cmd.key, value)
    ctx.change("set_setting", "settings", cmd.key, {cmd.key: before}, {cmd.key: value})
    return done(f"{cmd.key} = {value}", key=cmd.key, value=value)


HANDLERS: dict[type, Any] = {SetPolicy: set_policy, SetSiteSetting: set_site_setting}
