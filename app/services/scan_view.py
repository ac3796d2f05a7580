"""What a scan is, in the store's terms, before anything is done with it.

For the receiving screen: the item's name (or that it is unknown), the lot
as recorded if it exists, the expiry with its days left and warning tier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.clock import Clock
from app.domain.rules import days_left, expiry_level
from app.services.identification import known, unknown_package
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
    package_level: str = ""
    """The package level scanned (盒, 箱 ...), "" for the item itself."""
    package_units: int = 1
    """Eaches one scan of it stands for."""
    unit: str = ""

    @property
    def mismatch(self) -> bool:
        return self.label_expiry is not None and self.label_expiry != self.expiry


def describe_scan(uow: UnitOfWork, clock: Clock, scan: Scan) -> ScanView:
    today = clock.today()
    with uow:
        found = known(uow, scan.di) if scan.di else None
        item = found.item if found is not None else None
        # Not named here but named by the national UDI database (or a package refused
        # whatever its name): receiving makes the item, or says why not, without asking.
        device = (
            (uow.devices.get(scan.di) or uow.devices.owner_of_package(scan.di))
            if scan.di and item is None
            else None
        )
        refused = unknown_package(uow, scan.di) if scan.di and item is None else None
        lot = uow.lots.get(item.di, scan.lot) if item is not None and scan.lot else None
        policy = uow.settings.policy()
    expiry = lot.expiry if lot is not None and lot.expiry is not None else scan.expiry
    level = expiry_level(expiry, today, policy.tiers_for(item.category if item else ""))
    package = found.package if found is not None else None
    name = device.name if device is not None else ""
    return ScanView(
        di=scan.di,
        item_known=item is not None or device is not None or refused is not None,
        item_name=item.name if item else name,
        item_name_zh=item.name_zh if item else name,
        provisional=item.provisional if item else False,
        lot=scan.lot,
        lot_known=lot is not None,
        expiry=expiry,
        days_left=days_left(expiry, today) if expiry else None,
        level=level.value if level else None,
        quantity=scan.quantity,
        serial=scan.serial,
        label_expiry=scan.expiry,
        package_level=package.level if package is not None else "",
        package_units=package.units if package is not None else 1,
        unit=item.unit if item else "",
    )
