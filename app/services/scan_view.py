"""What a scan is, in the store's terms, before anything is done with it.

For the receiving screen: the item's name (or that it is unknown), the lot
as recorded if it exists, the expiry with its days left and warning tier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.clock import Clock
from app.domain.rules import days_left, expiry_level
from app.services.ports import UnitOfWork
from scanning.scan import Scan


@dataclass(frozen=True, slots=True)
class ScanView:
    di: str | None
    item_known: bool
    item_name: str = ""
    item_name_zh: str = ""
    provisional: bool = False
    lot: str | None = None
    lot_known: bool = False
    expiry: date | None = None
    days_left: int | None = None
    level: str | None = None
    """The warning tier the expiry is in today (notice/warning/critical/expired), or None."""
    quantity: int | None = None
    serial: str | None = None
    label_expiry: date | None = None
    """The label's expiry; differs from `expiry` when the label contradicts the record."""

    @property
    def mismatch(self) -> bool:
        return self.label_expiry is not None and self.label_expiry != self.expiry


def describe_scan(uow: UnitOfWork, clock: Clock, scan: Scan) -> ScanView:
    today = clock.today()
    with uow:
        item = uow.items.get(scan.di) if scan.di else None
        lot = uow.lots.get(scan.di, scan.lot) if scan.di and scan.lot else None
        policy = uow.settings.policy()
    expiry = lot.expiry if lot is not None and lot.expiry is not None else scan.expiry
    level = expiry_level(expiry, today, policy.tiers_for(item.category if item else ""))
    return ScanView(
        di=scan.di,
        item_known=item is not None,
        item_name=item.name if item else "",
        item_name_zh=item.name_zh if item else "",
        provisional=item.provisional if item else False,
        lot=scan.lot,
        lot_known=lot is not None,
        expiry=expiry,
        days_left=days_left(expiry, today) if expiry else None,
        level=level.value if level else None,
        quantity=scan.quantity,
        serial=scan.serial,
        label_expiry=scan.expiry,
    )
