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


def lot_reference(di: str, lot: str) -> str:
    """A lot chosen by hand, written as the GS1 element string a scan of it would give."""
    return f"01{di}10{lot}"


def find_lots(uow: UnitOfWork, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """The first lots matching a GTIN, lot number or item name."""
    with uow:
        return uow.queries.search_lots(text, 0, limit)
