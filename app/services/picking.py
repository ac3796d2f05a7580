"""Read queries for pick lists: which lot FEFO says to take for an item, and where.

The same rule the pick action enforces (`fefo_choice` on the stock at a
location), looked at across every location that holds usable stock, so a
pick-list line can name the lot and the shelf before anything is scanned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.clock import Clock
from app.domain.model import Item, LocationKind
from app.domain.rules import days_left, fefo_choice, fefo_key
from app.services.ports import UnitOfWork
from scanning.errors import ScanError
from scanning.parse import parse


@dataclass(frozen=True, slots=True)
class FefoSuggestion:
    di: str
    item_name: str
    item_name_zh: str
    lot: str | None
    """None when no usable stock of the item is left anywhere."""
    expiry: date | None = None
    days_left: int | None = None
    location: str | None = None
    on_hand: int = 0


def item_code(text: str) -> str:
    """A GTIN/HIBC typed or scanned for a pick-list line -> its device identifier."""
    text = text.strip()
    try:
        scan = parse(text)
    except ScanError:
        return text
    return scan.di or text


def fefo_suggestion(uow: UnitOfWork, clock: Clock, code: str) -> FefoSuggestion | None:
    """FEFO's lot for the item (GTIN or HIBC DI), or None when the item is unknown."""
    today = clock.today()
    with uow:
        item = uow.items.get(item_code(code))
        if item is None:
            return None
        assert item.id is not None
        window = uow.settings.policy().do_not_issue_for(item.category)
        choices = []
        for location in uow.locations.all():
            # Quarantine holds stock that must not be issued, whatever the lot's own state.
            if not location.kind.holds_stock or location.kind is LocationKind.QUARANTINE:
                continue
            assert location.id is not None
            choice = fefo_choice(uow.stock.lines_for_item_at(item.id, location.id), today, window)
            if choice is not None:
                choices.append((choice, location.code))
    if not choices:
        return _none_left(item)
    line, where = min(choices, key=lambda c: fefo_key(c[0]))
    expiry = line.lot.expiry
    return FefoSuggestion(
        di=item.di,
        item_name=item.name,
        item_name_zh=item.name_zh,
        lot=line.lot.lot,
        expiry=expiry,
        days_left=days_left(expiry, today) if expiry else None,
        location=where,
        on_hand=line.quantity,
    )


def _none_left(item: Item) -> FefoSuggestion:
    return FefoSuggestion(di=item.di, item_name=item.name, item_name_zh=item.name_zh, lot=None)
