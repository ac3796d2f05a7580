"""What the UDI database tests share: generated downloads imported into a real store, and scans.

Generated records used by number (tests.udid_gen.record):

- 15: GS1, registered, 盒 of 10 and 箱 of 20 盒 (200 eaches), stored at 2-8 ℃,
  label carries lot, production date and expiry;
- 9: GS1, no registration number, 盒 and 箱; label: production date and expiry, no lot;
- 13: a device (设备) with a serial on its label: serialised, with 盒 and 箱;
- 49: withdrawn from the market on 2024-06-30;
- 1-4: the template store's own items (GAUZE, STENT, PUMP, GLOVE), each with
  another registration number than the record's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.adapters.udid_file import read_devices
from app.services.commands import ImportUdiDatabase
from app.services.context import ActionResult
from tests.integration.core.store_kit import GS, World, days, yymmdd
from tests.udid_gen import gtin14, record, write_xml

EXPIRY = days(400)
PRODUCED = days(-30)


def each(n: int) -> str:
    """Record n's own DI (the sales unit) as GTIN-14."""
    return gtin14(n)


def box(n: int) -> str:
    return gtin14(n, 1)


def case(n: int) -> str:
    return gtin14(n, 2)


def label(
    di: str,
    lot: str | None = "L1",
    expiry: date | None = EXPIRY,
    produced: date | None = PRODUCED,
    serial: str | None = None,
    qty: int | None = None,
) -> str:
    """A GS1 element string as a scanner sends it, GS between variable fields."""
    fixed = f"01{di}"
    if produced is not None:
        fixed += f"11{yymmdd(produced)}"
    if expiry is not None:
        fixed += f"17{yymmdd(expiry)}"
    variable = []
    if lot is not None:
        variable.append(f"10{lot}")
    if serial is not None:
        variable.append(f"21{serial}")
    if qty is not None:
        variable.append(f"30{qty}")
    return fixed + GS.join(variable)


def download(folder: Path, count: int = 60, start: int = 0, name: str = "UDID_FULL.xml") -> Path:
    return write_xml(folder / name, count, start=start)


def import_files(world: World, *files: Path, user: str = "admin") -> ActionResult:
    """The import as the CLI asks it: every file's up-front checks, then one command."""
    from ui.commands.udid import devices_of

    return world.run(
        world.people[user], ImportUdiDatabase(tuple(map(str, files)), devices_of(files))
    )


def devices_in(path: Path) -> int:
    return sum(1 for _ in read_devices(path))


assert record(15).registration_no and record(9).registration_no == ""
