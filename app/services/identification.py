"""Which item a scanned device identifier is, and how many eaches one scan stands for.

A DI is an item's own (its smallest unit, the each), or one of its package
levels' (a 盒 or 箱 with a DI of its own: one scan is that many eaches).
Anything else is unknown here, and is one of three things:

- a package the national UDI database (or GS1's rule) says it is, but whose
  count of eaches cannot be known: refused UNKNOWN_PACKAGE_LEVEL, never
  taken as one unit;
- a device of the national UDI database: at receiving its item is made from
  the record (`app.services.udi.item_from_device`);
- neither: at receiving a provisional item, as before the database existed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.model import Item
from app.domain.packaging import PackageLevel
from app.errors import Code, Refused
from app.services.ports import UnitOfWork
from scanning.check_digit import gs1_check_digit_of


@dataclass(frozen=True, slots=True)
class Identified:
    item: Item
    package: PackageLevel | None = None
    """The package level scanned, None when the scan is of the item itself."""

    @property
    def units(self) -> int:
        """Eaches one scan stands for."""
        return self.package.units if self.package is not None else 1


def known(uow: UnitOfWork, di: str) -> Identified | None:
    """The item `di` names here (itself or one of its package levels), or None."""
    item = uow.items.get(di)
    if item is not None:
        return Identified(item)
    level = uow.packages.get(di)
    if level is None:
        return None
    owner = uow.items.get(level.item_di)
    assert owner is not None, f"package {di} of a missing item {level.item_di}"
    return Identified(owner, level)


def grouped_gtin(di: str) -> str | None:
    """The trade item a GTIN-14 with indicator digit 1-8 groups, by GS1's numbering.

    GS1 gives a grouping of trade items (a box, a case) the contained item's
    number behind an indicator digit 1-8, with its own check digit; 0 is the
    item itself and 9 a variable-measure item. None when `di` is no such GTIN.
    """
    if len(di) != 14 or not di.isdigit() or di[0] not in "12345678":
        return None
    body = "0" + di[1:13]
    return body + gs1_check_digit_of(body)


def unknown_package(uow: UnitOfWork, di: str) -> Refused | None:
    """The refusal for a DI that is some package whose count of eaches is not known here."""
    owner = uow.devices.owner_of_package(di)
    if owner is not None:
        return Refused(
            Code.UNKNOWN_PACKAGE_LEVEL,
            f"{di} is a package of {owner.di} in the national UDI database, but its levels do "
            "not lead down to the item: give its level in a packages import",
            di=di,
            item_di=owner.di,
        )
    grouped = grouped_gtin(di)
    if grouped is not None:
        return Refused(
            Code.UNKNOWN_PACKAGE_LEVEL,
            f"{di} is a GS1 package (indicator {di[0]}) whose level is not known here: "
            "import the national UDI database or its level, it is not received as 1",
            di=di,
            item_di=grouped,
        )
    return None


def identified(uow: UnitOfWork, di: str) -> Identified:
    """The known item `di` names; Refused UNKNOWN_PACKAGE_LEVEL or UNKNOWN_ITEM otherwise."""
    found = known(uow, di)
    if found is not None:
        return found
    package = unknown_package(uow, di)
    if package is not None:
        raise package
    raise Refused(Code.UNKNOWN_ITEM, f"item {di} is not known here", di=di)
