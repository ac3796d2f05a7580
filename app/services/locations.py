"""The store's locations as screens list them (pick a destination, a source)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.domain.model import LocationKind
from app.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class LocationView:
    code: str
    name: str
    kind: str


def list_locations(
    uow: UnitOfWork, kinds: Collection[LocationKind] | None = None
) -> list[LocationView]:
    with uow:
        rows = uow.locations.all()
    return sorted(
        (
            LocationView(loc.code, loc.name, loc.kind.value)
            for loc in rows
            if kinds is None or loc.kind in kinds
        ),
        key=lambda v: v.code,
    )
