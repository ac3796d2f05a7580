"""Master data imports (items, suppliers, locations, users): all rows or none."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.clock import Clock
from app.domain.codes import DomainError
from app.domain.model import Item, Location, LocationKind, Role, Supplier
from app.services.people import add_user
from app.services.ports import UnitOfWork
from app.services.site_settings import device_name
from scanning.errors import ScanError
from scanning.parse import parse

KINDS = ("items", "suppliers", "locations", "users")

REQUIRED: dict[str, tuple[str, ...]] = {
    "items": ("gtin", "name"),
    "suppliers": ("code", "name"),
    "locations": ("code", "name", "kind"),
    "users": ("username", "role", "pin"),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "items": (
        "name_zh",
        "model",
        "manufacturer",
        "registration_no",
        "category",
        "unit",
        "storage",
        "serialised",
        "min_stock",
        "auto_release",
    ),
    "suppliers": ("auto_release",),
    "locations": ("responsible",),
    "users": ("display_name", "badge"),
}

_HIBC_DI = re.compile(r"^[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}[0-9]$")
_TRUE = {"1", "true", "yes", "y", "是", "t"}
_FALSE = {"0", "false", "no", "n", "否", "f", ""}


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # 1-based data row, as a spreadsheet shows it after the header row (row 2 = first)
    column: str
    problem: str


@dataclass(slots=True)
class ImportReport:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _RowError(ValueError):
    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column = column
        self.problem = problem


def normalise_di(value: str) -> str:
    """A GTIN (8, 12, 13 or 14 digits, check digit verified) as GTIN-14, or a HIBC DI."""
    value = value.strip()
    if value.isdigit():
        try:
            scan = parse(value)
        except ScanError as exc:
            raise _RowError("gtin", exc.message) from exc
        assert scan.gtin is not None
        return scan.gtin
    if _HIBC_DI.match(value.upper()):
        return value.upper()
    raise _RowError("gtin", f"{value!r} is neither a GTIN nor a HIBC device identifier")


def di_to_look_up(text: str) -> str:
    """An identifier someone typed to look up: normalised, or as typed if it is not valid."""
    try:
        return normalise_di(text)
    except ValueError:
        return text.strip()


def _bool(row: Mapping[str, str], column: str) -> bool:
    value = row.get(column, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _RowError(column, f"{value!r} is not yes/no")


def _int(row: Mapping[str, str], column: str) -> int:
    value = row.get(column, "").strip() or "0"
    try:
        number = int(value)
    except ValueError:
        raise _RowError(column, f"{value!r} is not a whole number") from None
    if number < 0:
        raise _RowError(column, "must not be negative")
    return number


def _text(row: Mapping[str, str], column: str) -> str:
    return row.get(column, "").strip()


def _import_item(uow: UnitOfWork, clock: Clock, row: Mapping[str, str], by: str) -> bool:
    di = normalise_di(row["gtin"])
    fields = {
        "name": _text(row, "name"),
        "name_zh": _text(row, "name_zh"),
        "model": _text(row, "model"),
        "manufacturer": _text(row, "manufacturer"),
        "registration_no": _text(row, "registration_no"),
        "category": _text(row, "category"),
        "unit": _text(row, "unit"),
        "storage": _text(row, "storage"),
        "serialised": _bool(row, "serialised"),
        "min_stock": _int(row, "min_stock"),
        "auto_release": _bool(row, "auto_release"),
    }
    existing = uow.items.get(di)
    device = device_name(uow)
    if existing is None:
        uow.items.add(Item(di=di, **fields))  # type: ignore[arg-type]
        uow.audit.append(clock.now(), by, device, "create_item", "item", di, None, fields)
        return True
    before = {k: getattr(existing, k) for k in fields}
    for k, v in fields.items():
        setattr(existing, k, v)
    existing.provisional = False
    uow.items.update(existing)
    uow.audit.append(clock.now(), by, device, "update_item", "item", di, before, fields)
    return False


def _import_supplier(uow: UnitOfWork, clock: Clock, row: Mapping[str, str], by: str) -> bool:
    code = _text(row, "code")
    if uow.suppliers.get(code) is not None:
        raise _RowError("code", f"supplier {code!r} already exists")
    supplier = Supplier(code, _text(row, "name"), _bool(row, "auto_release"))
    uow.suppliers.add(supplier)
    uow.audit.append(
        clock.now(),
        by,
        device_name(uow),
        "create_supplier",
        "supplier",
        code,
        None,
        {"code": code, "name": supplier.name, "auto_release": supplier.auto_release},
    )
    return True


def _import_location(uow: UnitOfWork, clock: Clock, row: Mapping[str, str], by: str) -> bool:
    code = _text(row, "code")
    kind = _text(row, "kind").lower()
    if kind not in {k.value for k in LocationKind}:
        raise _RowError(
            "kind", f"{kind!r} is not one of {', '.join(k.value for k in LocationKind)}"
        )
    if uow.locations.get(code) is not None:
        raise _RowError("code", f"location {code!r} already exists")
    location = Location(code, _text(row, "name"), LocationKind(kind), _text(row, "responsible"))
    uow.locations.add(location)
    uow.audit.append(
        clock.now(),
        by,
        device_name(uow),
        "create_location",
        "location",
        code,
        None,
        {"code": code, "name": location.name, "kind": kind, "responsible": location.responsible},
    )
    return True


def _import_user(uow: UnitOfWork, clock: Clock, row: Mapping[str, str], by: str) -> bool:
    role = _text(row, "role").lower()
    if role not in {r.value for r in Role}:
        raise _RowError("role", f"{role!r} is not one of {', '.join(r.value for r in Role)}")
    pin = _text(row, "pin")
    if len(pin) < 4:
        raise _RowError("pin", "a PIN needs at least 4 characters")
    try:
        add_user(
            uow,
            clock,
            by,
            _text(row, "username"),
            Role(role),
            pin,
            _text(row, "display_name"),
            _text(row, "badge"),
        )
    except DomainError as exc:
        raise _RowError("username", exc.message) from exc
    return True


_IMPORTERS: dict[str, Callable[[UnitOfWork, Clock, Mapping[str, str], str], bool]] = {
    "items": _import_item,
    "suppliers": _import_supplier,
    "locations": _import_location,
    "users": _import_user,
}
# The column that names a row of each kind.
KEY_COLUMN = {"items": "gtin", "suppliers": "code", "locations": "code", "users": "username"}


def import_rows(
    uow: UnitOfWork,
    clock: Clock,
    kind: str,
    header: Sequence[str],
    rows: Sequence[Mapping[str, str]],
    by: str = "import",
) -> ImportReport:
    """Check every row; write them all in one transaction only if none has a problem."""
    report = ImportReport(kind)
    columns = {c.strip().lower() for c in header}
    missing = [c for c in REQUIRED[kind] if c not in columns]
    if missing:
        report.problems += [Problem(1, c, "required column is missing") for c in missing]
        return report
    seen: dict[str, int] = {}
    importer = _IMPORTERS[kind]
    with uow:
        for number, raw in enumerate(rows, start=2):
            row = {k.strip().lower(): (v or "") for k, v in raw.items() if k is not None}
            if not any(v.strip() for v in row.values()):
                continue  # a blank line between rows
            report.rows += 1
            blank = [c for c in REQUIRED[kind] if not row.get(c, "").strip()]
            if blank:
                report.problems += [Problem(number, c, "empty") for c in blank]
                continue
            key = row[KEY_COLUMN[kind]].strip().upper()
            if key in seen:
                report.problems.append(
                    Problem(number, KEY_COLUMN[kind], f"duplicates row {seen[key]}")
                )
                continue
            seen[key] = number
            try:
                if importer(uow, clock, row, by):
                    report.created += 1
                else:
                    report.updated += 1
            except _RowError as exc:
                report.problems.append(Problem(number, exc.column, exc.problem))
        if report.ok:
            uow.commit()
        else:
            report.created = report.updated = 0
    return report
