"""Packaging levels (单位换算): a box or case with its own DI holds a count of the level below.

The stock ledger counts the item's smallest unit (the each, 最小销售单元)
only. A package level says what one scan of the package's DI stands for:
`units` eaches, through the chain of levels down to the item (a 箱 of 20
盒 of 10 is 200). A level whose chain cannot be followed down to its item
has no count, and a scan of it is refused, never taken as one unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain.udi import UdiDevice


@dataclass(frozen=True, slots=True)
class PackageLevel:
    di: str  # the package's own DI
    item_di: str  # the each-level item it holds
    level: str  # the level's name, as the registrant or master data gives it (盒, 箱 …)
    contains: int  # how many of the level below one package holds
    contains_di: str  # the level below: another package's DI, or the item's
    units: int  # eaches in one package, the counts multiplied down the chain


@dataclass(frozen=True, slots=True)
class LevelProblem:
    di: str
    problem: str


def chain_units(item_di: str, di: str, below: Mapping[str, tuple[int, str]]) -> int | None:
    """Eaches in one unit of `di`, following `below` (DI -> (count, DI below)) to the item.

    None when the chain breaks (a level below that is not known) or loops.
    """
    units, seen = 1, set()
    while di != item_di:
        step = below.get(di)
        if step is None or di in seen:
            return None
        seen.add(di)
        units *= step[0]
        di = step[1]
    return units


def resolve_levels(
    item_di: str, levels: Iterable[tuple[str, str, int, str]]
) -> tuple[list[PackageLevel], list[LevelProblem]]:
    """(di, level, contains, contains_di) rows of one item as levels with their counts.

    A row whose chain does not reach the item is a problem, not a level.
    """
    rows = list(levels)
    below = {di: (contains, contains_di) for di, _, contains, contains_di in rows}
    resolved: list[PackageLevel] = []
    problems: list[LevelProblem] = []
    for di, level, contains, contains_di in rows:
        if di == item_di:
            problems.append(LevelProblem(di, "a package cannot have its item's own DI"))
            continue
        units = chain_units(item_di, di, below)
        if units is None:
            problems.append(
                LevelProblem(di, f"its level below ({contains_di}) does not lead to {item_di}")
            )
            continue
        resolved.append(PackageLevel(di, item_di, level, contains, contains_di, units))
    return resolved, problems


def device_levels(device: UdiDevice) -> tuple[list[PackageLevel], list[LevelProblem]]:
    """A device record's packingList as levels of its sales unit."""
    return resolve_levels(
        device.di, ((p.di, p.level, p.contains, p.contains_di) for p in device.packages)
    )
