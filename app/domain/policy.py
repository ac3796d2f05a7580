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
class Duties:
    """Separation of duties: where one person's word is not enough (each can be switched off).

    - recall_close: whoever opened a recall cannot close it alone; a second QA signs.
    - disposal: disposing of expired or QC-rejected stock needs a second person's
      signature (a supervisor or an administrator other than the one disposing).
    - count_approval: a count's variance is approved by someone other than the counter.
    - qc_release: QC release by someone other than whoever received the lot.
    """

    recall_close: bool = True
    disposal: bool = True
    count_approval: bool = True
    qc_release: bool = True

    def to_json(self) -> dict[str, bool]:
        return {
            "recall_close": self.recall_close,
            "disposal": self.disposal,
            "count_approval": self.count_approval,
            "qc_release": self.qc_release,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Duties:
        default = cls()
        return cls(**{k: bool(data.get(k, getattr(default, k))) for k in default.to_json()})


@dataclass(frozen=True, slots=True)
class Policy:
    tiers: tuple[Tier, ...] = DEFAULT_TIERS
    tiers_by_category: Mapping[str, tuple[Tier, ...]] = field(default_factory=dict)
    do_not_issue_days: int = 0
    do_not_issue_by_category: Mapping[str, int] = field(default_factory=dict)
    min_receive_shelf_life_days: int = 30
    duties: Duties = Duties()

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
            "duties": self.duties.to_json(),
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
            duties=Duties.from_json(data.get("duties") or {}),
        )
