"""The store's configurable limits: warning tiers and shelf-life windows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.model import Level


@dataclass(frozen=True, slots=True)
class Tier:
    """Warn at `level` once a lot has `days` or fewer days left before expiry."""

    days: int
    level: Level


DEFAULT_TIERS: tuple[Tier, ...] = (
    Tier(60, Level.NOTICE),
    Tier(30, Level.WARNING),
    Tier(7, Level.CRITICAL),
)


@dataclass(frozen=True, slots=True)
class Policy:
    tiers: tuple[Tier, ...] = DEFAULT_TIERS
    tiers_by_category: Mapping[str, tuple[Tier, ...]] = field(default_factory=dict)
    do_not_issue_days: int = 0
    do_not_issue_by_category: Mapping[str, int] = field(default_factory=dict)
    min_receive_shelf_life_days: int = 30

    def tiers_for(self, category: str) -> tuple[Tier, ...]:
        tiers = self.tiers_by_category.get(category, self.tiers)
        return tuple(sorted(tiers, key=lambda t: t.days, reverse=True))

    def do_not_issue_for(self, category: str) -> int:
        return self.do_not_issue_by_category.get(category, self.do_not_issue_days)

    def to_json(self) -> dict[str, Any]:
        def tiers(ts: tuple[Tier, ...]) -> list[list[object]]:
            return [[t.days, t.level.value] for t in ts]

        return {
            "tiers": tiers(self.tiers),
            "tiers_by_category": {k: tiers(v) for k, v in self.tiers_by_category.items()},
            "do_not_issue_days": self.do_not_issue_days,
            "do_not_issue_by_category": dict(self.do_not_issue_by_category),
            "min_receive_shelf_life_days": self.min_receive_shelf_life_days,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Policy:
        def tiers(raw: Any) -> tuple[Tier, ...]:
            return tuple(Tier(int(days), Level(level)) for days, level in raw)

        default = cls()
        return cls(
            tiers=tiers(data["tiers"]) if "tiers" in data else default.tiers,
            tiers_by_category={
                str(k): tiers(v) for k, v in data.get("tiers_by_category", {}).items()
            },
            do_not_issue_days=int(data.get("do_not_issue_days", default.do_not_issue_days)),
            do_not_issue_by_category={
                str(k): int(v) for k, v in data.get("do_not_issue_by_category", {}).items()
            },
            min_receive_shelf_life_days=int(
                data.get("min_receive_shelf_life_days", default.min_receive_shelf_life_days)
            ),
        )
