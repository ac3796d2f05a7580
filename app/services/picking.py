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
from app.domain.rules import days_left, fefo_choice
from app.services.identification import known
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
    """FEFO's lot and bin for the item (GTIN or HIBC DI), or None when the item is unknown.

    The same choice the pick enforces: among the store's storage locations.
    """
    today = clock.today()
    with uow:
        found = known(uow, item_code(code))  # a box's DI gives its item's line
        if found is None:
            return None
        item = found.item
        assert item.id is not None
        window = uow.settings.policy().do_not_issue_for(item.category)
        lines = [
            line
            for line in uow.stock.lines_for_item(item.id)
            if line.location.kind is LocationKind.STORAGE
        ]
    line = fefo_choice(lines, today, window, item.registered)
    if line is None:
        return _none_left(item)
    expiry = line.lot.expiry
    return FefoSuggestion(
        di=item.di,
        item_name=item.name,
        item_name_zh=item.name_zh,
        lot=line.lot.lot,
        expiry=expiry,
        days_left=days_left(expiry, today) if expiry else None,
        location=line.location.code,
        on_hand=line.quantity,
    )


def _none_left(item: Item) -> FefoSuggestion:
    return FefoSuggestion(di=item.di, item_name=item.name, item_name_zh=item.name_zh, lot=None)
