"""What the centre's web page shows, computed from what the centre holds.

Each function reads one connection and returns plain rows (dicts of
numbers, codes and times), the same rows the page draws as charts and
lists as tables:

- `risk_lots`: stock on hand per site and lot (`site_stock`, summed over the
  locations that hold stock) in a warning tier today, by the lot's expiry as
  the site said it (`site_lots.expiry`) and the site's tiers: the newest
  policy the site pushed (a `policy` event), else the policy the centre
  published, else the defaults 60/30/7 days; by the item's category when
  the policy has tiers for it (the item as the centre published it).
- `recall_rows`: per recall and site (`recall_sites`): when the site locked
  it, hours from issue to lock, its progress, and its picks after recall
  (`pick_after_recall` exceptions).
- `site_rows`: per site: devices, last push (`devices.last_seen`), clock
  skew, events held, refused events (`push_refusals`), audit flags.
- `kpis`: per site, over the last `days` days (listed in the README).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from app.domain.model import Level
from app.domain.policy import Policy
from app.domain.rules import expiry_level
from sync.protocol import ChangeKind
from sync.server import recall_picks
from sync.server import schema as s

# The tiers a page shows, worst first.
TIERS = (Level.EXPIRED, Level.CRITICAL, Level.WARNING, Level.NOTICE)
ISSUES = recall_picks.ISSUE_TYPES


def _published(conn: Connection, kind: ChangeKind) -> dict[str, dict[str, Any]]:
    c = s.changes.c
    rows = conn.execute(
        select(c.key, c.payload).where(c.kind == kind.value, c.superseded.is_(False))
    )
    return {key: json.loads(payload) for key, payload in rows}


def policies(conn: Connection) -> tuple[dict[str, Policy], Policy, str]:
    """Each site's own policy (its newest `policy` event), the network's, and whence that is."""
    network = _published(conn, ChangeKind.POLICY).get("policy")
    default = Policy.from_json(network) if network else Policy()
    e = s.events.c
    own: dict[str, Policy] = {}
    rows = conn.execute(
        select(e.site, e.payload).where(e.type == "policy").order_by(e.received_at, e.seq)
    )
    for site, payload in rows:
        try:
            own[site] = Policy.from_json(json.loads(payload))
        except (ValueError, KeyError, TypeError):
            continue  # a policy the centre cannot read leaves the site on the network's
    return own, default, "centre" if network else "default"


def tiers_text(policy: Policy) -> str:
    return "/".join(str(t.days) for t in policy.tiers_for(""))


def risk_lots(conn: Connection, today: date) -> list[dict[str, Any]]:
    """Every lot a site holds that is in a warning tier today, worst and soonest first."""
    own, default, _ = policies(conn)
    items = _published(conn, ChangeKind.ITEM)
    st, sl = s.site_stock.c, s.site_lots.c
    on_hand = (
        select(st.site, st.di, st.lot, func.sum(st.quantity).label("units"))
        .group_by(st.site, st.di, st.lot)
        .subquery()
    )
    rows = conn.execute(
        select(on_hand, sl.expiry)
        .join_from(
            on_hand,
            s.site_lots,
            (sl.site == on_hand.c.site) & (sl.di == on_hand.c.di) & (sl.lot == on_hand.c.lot),
            isouter=True,
        )
        .where(on_hand.c.units > 0)
    )
    found = []
    for site, di, lot, units, expiry in rows:
        item = items.get(di, {})
        policy = own.get(site, default)
        level = expiry_level(expiry, today, policy.tiers_for(str(item.get("category") or "")))
        if level is None:
            continue
        found.append(
            {
                "site": site,
                "di": di,
                "name": str(item.get("name_zh") or item.get("name") or ""),
                "lot": lot,
                "expiry": expiry,
                "days_left": (expiry - today).days,
                "units": int(units),
                "tier": level.value,
            }
        )
    order = {level.value: i for i, level in enumerate(TIERS)}
    found.sort(key=lambda r: (r["site"], order[r["tier"]], r["expiry"], r["di"], r["lot"]))
    return found


def risk_by_site(lots: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Lots and units per site and tier, every tier named (zero when none)."""
    per: dict[str, dict[str, Any]] = {}
    for row in lots:
        entry = per.setdefault(
            row["site"],
            {"site": row["site"]}
            | {f"{t.value}_lots": 0 for t in TIERS}
            | {f"{t.value}_units": 0 for t in TIERS},
        )
        entry[f"{row['tier']}_lots"] += 1
        entry[f"{row['tier']}_units"] += row["units"]
    return [per[site] for site in sorted(per)]


def _hours(later: datetime | None, earlier: datetime) -> float | None:
    if later is None:
        return None
    return round((later - earlier).total_seconds() / 3600, 2)


def recall_rows(conn: Connection) -> list[dict[str, Any]]:
    r, rs, x = s.recalls.c, s.recall_sites.c, s.exceptions.c
    picks: dict[tuple[str, str], tuple[int, int]] = {}
    for reference, site, detail in conn.execute(
        select(x.reference, x.site, x.detail).where(x.kind == recall_picks.KIND)
    ):
        quantity = json.loads(detail).get("quantity") or 0
        count, units = picks.get((reference, site), (0, 0))
        picks[(reference, site)] = (count + 1, units + int(quantity))
    rows = conn.execute(
        select(r.id, r.di, r.issued_at, r.drill, *s.recall_sites.c)
        .join_from(s.recall_sites, s.recalls, r.id == rs.recall_id)
        .order_by(r.issued_at.desc(), r.id, rs.site)
    ).mappings()
    out = []
    for row in rows:
        affected = int(row["affected"])
        count, units = picks.get((row["id"], row["site"]), (0, 0))
        out.append(
            {
                "recall": row["id"],
                "di": row["di"],
                "drill": bool(row["drill"]),
                "site": row["site"],
                "issued_at": row["issued_at"],
                "locked_at": row["locked_at"],
                "lock_hours": _hours(row["locked_at"], row["issued_at"]),
                "affected": affected,
                "recovered": int(row["recovered"]),
                "unaccounted": int(row["unaccounted"]),
                "progress": round(100 * int(row["recovered"]) / affected, 1) if affected else None,
                "closed_at": row["closed_at"],
                "picks_after_recall": count,
                "units_after_recall": units,
            }
        )
    # Sites with picks after a recall they have not reported on yet still show.
    reported = {(o["recall"], o["site"]) for o in out}
    issued = {
        rid: (di, at, drill)
        for rid, di, at, drill in conn.execute(select(r.id, r.di, r.issued_at, r.drill))
    }
    for (reference, site), (count, units) in sorted(picks.items()):
        if (reference, site) not in reported and reference in issued:
            di, at, drill = issued[reference]
            out.append(
                {
                    "recall": reference,
                    "di": di,
                    "drill": bool(drill),
                    "site": site,
                    "issued_at": at,
                    "locked_at": None,
                    "lock_hours": None,
                    "affected": 0,
                    "recovered": 0,
                    "unaccounted": 0,
                    "progress": None,
                    "closed_at": None,
                    "picks_after_recall": count,
                    "units_after_recall": units,
                }
            )
    return out


def _sites(conn: Connection) -> list[str]:
    return sorted(set(conn.execute(select(s.devices.c.site).distinct()).scalars()))


def site_rows(conn: Connection) -> list[dict[str, Any]]:
    d, e, p, f = s.devices.c, s.events.c, s.push_refusals.c, s.audit_flags.c
    devices = {
        site: (int(n), seen, skew)
        for site, n, seen, skew in conn.execute(
            select(d.site, func.count(), func.max(d.last_seen), func.max(d.clock_skew_seconds))
            .where(d.retired_reason.is_(None))
            .group_by(d.site)
        )
    }
    events: dict[str, int] = {
        site: int(n) for site, n in conn.execute(select(e.site, func.count()).group_by(e.site))
    }
    refused: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for site, stored, n in conn.execute(
        select(p.site, p.stored_at.is_not(None), func.count()).group_by(
            p.site, p.stored_at.is_not(None)
        )
    ):
        refused[site][1 if stored else 0] += int(n)
    flags: dict[str, int] = {
        site: int(n) for site, n in conn.execute(select(f.site, func.count()).group_by(f.site))
    }
    out = []
    for site in _sites(conn):
        n, seen, skew = devices.get(site, (0, None, None))
        out.append(
            {
                "site": site,
                "devices": n,
                "last_sync": seen,
                "clock_skew_seconds": skew,
                "events": int(events.get(site, 0)),
                "refused_open": refused[site][0],
                "refused_stored_later": refused[site][1],
                "audit_flags": int(flags.get(site, 0)),
            }
        )
    return out


def refused_rows(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    p = s.push_refusals.c
    rows = conn.execute(
        select(p.site, p.event_key, p.seq, p.code, p.message, p.first_at, p.last_at, p.times)
        .add_columns(p.stored_at)
        .order_by(p.last_at.desc(), p.site, p.event_key)
        .limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


def kpis(conn: Connection, now: datetime, days: int) -> list[dict[str, Any]]:
    """Per site, over the `days` days up to `now` (the README gives each formula)."""
    since = now - timedelta(days=days)
    e, st, x = s.events.c, s.site_stock.c, s.exceptions.c
    on_hand = dict(
        conn.execute(
            select(st.site, func.sum(st.quantity)).where(st.quantity > 0).group_by(st.site)
        ).all()
    )
    issued: Counter[str] = Counter()
    picks: Counter[str] = Counter()
    overrides: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for site, payload in conn.execute(
        select(e.site, e.payload).where(e.type == "movement", e.at >= since, e.at <= now)
    ):
        data = json.loads(payload)
        kind, quantity = str(data.get("type", "")), int(data.get("quantity") or 0)
        if kind in ISSUES:
            issued[site] += quantity
            picks[site] += 1
            if data.get("override"):
                overrides[site] += 1
        elif kind == "receive":
            received[site] += quantity
    exceptions: Counter[tuple[str, str]] = Counter()
    for site, kind, n in conn.execute(
        select(x.site, x.kind, func.count())
        .where(x.raised_at >= since, x.raised_at <= now)
        .group_by(x.site, x.kind)
    ):
        exceptions[(site, kind)] = int(n)
    locks: dict[str, list[float]] = defaultdict(list)
    for row in recall_rows(conn):
        if row["lock_hours"] is not None and not row["drill"] and row["issued_at"] >= since:
            locks[row["site"]].append(row["lock_hours"])
    risk = {r["site"]: r for r in risk_by_site(risk_lots(conn, now.date()))}
    p = s.push_refusals.c
    refused: dict[str, int] = {
        site: int(n)
        for site, n in conn.execute(
            select(p.site, func.count()).where(p.last_at >= since).group_by(p.site)
        )
    }
    out = []
    for site in _sites(conn):
        units = int(on_hand.get(site) or 0)
        tiers = risk.get(site, {})
        at_risk = sum(int(tiers.get(f"{t.value}_units", 0)) for t in TIERS)
        out.append(
            {
                "site": site,
                "units_on_hand": units,
                "units_received": received[site],
                "units_issued": issued[site],
                "turnover": round(issued[site] / units, 2) if units else None,
                "picks": picks[site],
                "overrides_per_1000_picks": (
                    round(1000 * overrides[site] / picks[site], 1) if picks[site] else None
                ),
                "risk_units_share": round(100 * at_risk / units, 1) if units else None,
                "expired_units": int(tiers.get("expired_units", 0)),
                "picks_after_recall": exceptions[(site, recall_picks.KIND)],
                "picks_after_hold": exceptions[(site, "pick_after_hold")],
                "negative_stock": exceptions[(site, "negative_stock")],
                "median_lock_hours": (
                    round(statistics.median(locks[site]), 2) if locks[site] else None
                ),
                "refused_events": int(refused.get(site, 0)),
            }
        )
    return out
