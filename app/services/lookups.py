"""Small reads the screens fill their pickers from."""

from __future__ import annotations

from typing import Any

from app.domain.model import Location
from app.services.ports import UnitOfWork


def locations(uow: UnitOfWork) -> list[Location]:
    with uow:
        return sorted(uow.locations.all(), key=lambda loc: loc.code)


def categories(uow: UnitOfWork) -> list[str]:
    with uow:
        return sorted(c for c in uow.items.categories() if c)


def find_lots(uow: UnitOfWork, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """The first lots matching a GTIN, lot number or item name."""
    with uow:
        return uow.queries.search_lots(text, 0, limit)
