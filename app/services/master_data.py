"""Master data imports (items, suppliers, locations, users; packages at a site): all or none.

An item whose DI is in the national UDI database's device table takes the
record's values where the file leaves its columns empty (absent or blank):
name in Chinese, model, registrant, registration number, and for a new item
the label's lot-data flags. A record that contradicts what the row says
(another registration number) is reported in `ImportReport.conflicts`,
never applied: the row is the site's word.

`packages` (a site's own): each row a package level of an item, `package_di`
holding `contains` of `contains_di` (the item itself when left empty, or a
level imported before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from app.domain.model import Item, Location, LocationKind, Role, Supplier
from app.domain.packaging import PackageLevel
from app.domain.rules import MAX_QUANTITY
from app.domain.udi import ITEM_FLAGS, ITEM_TEXTS, item_values
from app.errors import Code, Refused
from app.services.commands import ImportMasterData
from app.services.context import ActionResult, Context, done
from app.services.people import add_user, pin_problem
from scanning.errors import ScanError

KINDS = ("items", "suppliers", "locations", "users")
# What a site imports: the master kinds (the centre's too) and its own package levels.
SITE_KINDS = (*KINDS, "packages")

REQUIRED: dict[str, tuple[str, ...]] = {
    "items": ("gtin", "name"),
    "suppliers": ("code", "name"),
    "locations": ("code", "name", "kind"),
    "users": ("username", "role", "pin"),
    "packages": ("package_di", "gtin", "level", "contains"),
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
        "expiry_required",
        "lot_required",
        "production_date_required",
        "unit_cost",
        "max_stock",
    ),
    "suppliers": ("auto_release", "return_window_days"),
    "locations": ("responsible", "zone"),
    "users": ("display_name", "badge"),
    "packages": ("contains_di",),
}

# Cold chain columns (the site's own: kept in item_storage / location_storage, not on
# the item): a class name such as 冷藏, or an item's own range and transit limit.
STORAGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "items": ("storage_class", "storage_min", "storage_max", "transit_hours"),
    "locations": ("storage_class",),
}

# Fields where a row and its device record must agree, or a person decides.
COMPARED_WITH_DEVICE = ("registration_no",)

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
    conflicts: list[Problem] = field(default_factory=list)
    """Rows the national UDI database contradicts: reported, the row's value kept."""

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
    from scanning.parse import parse  # not at import: see Context.parsed_scan

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


def _bool(row: Mapping[str, str], column: str, default: bool = False) -> bool:
    if column not in row:
        return default
    value = row.get(column, "").strip().lower()
    if value == "":
        return default
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


# What a row's import reports beside its problems: (column, conflict with the UDI database).
Notes = list[tuple[str, str]]

_BOOL_FIELDS = {
    "serialised",
    "auto_release",
    "expiry_required",
    "lot_required",
    "production_date_required",
}
_INT_FIELDS = {"min_stock", "max_stock"}


def _cost(row: Mapping[str, str], column: str) -> float | None:
    """A unit cost: a number not below zero, or empty for not known."""
    value = row.get(column, "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise _RowError(column, f"{value!r} is not a number") from None
    if not 0 <= number < 1e12:  # also refuses nan and inf
        raise _RowError(column, "must be a number not below zero")
    return number


def _from_device(
    ctx: Context, di: str, row: Mapping[str, str], fields: dict[str, object], new: bool
) -> list[tuple[str, str]]:
    """Fill the row's empty fields from the device table; returns (column, conflict) pairs."""
    device = ctx.uow.devices.get(di)
    if device is None:
        return []
    values = item_values(device)
    found = []
    for column in ITEM_TEXTS:
        theirs = str(values.get(column, ""))
        ours = str(fields[column]).strip()
        if not ours:
            fields[column] = theirs
        elif column in COMPARED_WITH_DEVICE and theirs and not _same_text(ours, theirs):
            found.append((column, f"{ours!r} here, {theirs!r} in the national UDI database"))
    if new:
        for column in ITEM_FLAGS:
            if column in values and not row.get(column, "").strip():
                fields[column] = values[column]
    return found


def _same_text(ours: str, theirs: str) -> bool:
    return "".join(ours.split()).casefold() == "".join(theirs.split()).casefold()


def _import_item(ctx: Context, row: Mapping[str, str], columns: set[str], notes: Notes) -> bool:
    di = normalise_di(row["gtin"])
    existing = ctx.uow.items.get(di)
    if existing is None and ctx.uow.packages.get(di) is not None:
        raise _RowError("gtin", f"{di} is a package level of another item, not an item")
    base = existing if existing is not None else Item(di=di, name="")
    fields: dict[str, object] = {}
    for column in ("name", *OPTIONAL["items"]):
        if column not in columns:
            # A column the file leaves out keeps what the item has (a new item: the default).
            fields[column] = getattr(base, column)
        elif column in _BOOL_FIELDS:
            fields[column] = _bool(row, column, bool(getattr(base, column)))
        elif column in _INT_FIELDS:
            fields[column] = _int(row, column)
        elif column == "unit_cost":
            fields[column] = _cost(row, column)
        else:
            fields[column] = _text(row, column)
    notes += _from_device(ctx, di, row, fields, existing is None)
    if existing is None:
        added = ctx.uow.items.add(Item(di=di, **fields))  # type: ignore[arg-type]
        ctx.change("create_item", "item", di, None, fields)
        _item_storage(ctx, added, row, columns)
        return True
    before = {k: getattr(existing, k) for k in fields}
    for k, v in fields.items():
        setattr(existing, k, v)
    existing.provisional = False
    ctx.uow.items.update(existing)
    ctx.change("update_item", "item", di, before, fields)
    _item_storage(ctx, existing, row, columns)
    return False


def _class_name(ctx: Context, row: Mapping[str, str]) -> str | None:
    name = _text(row, "storage_class")
    if name and ctx.uow.climate.storage_class(name) is None:
        known = ", ".join(c.name or "" for c in ctx.uow.climate.classes())
        raise _RowError("storage_class", f"no storage class {name!r} (known: {known})")
    return name or None


def _number(row: Mapping[str, str], column: str) -> float | None:
    value = _text(row, column).replace("℃", "").replace("°C", "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise _RowError(column, f"{value!r} is not a number") from None
    if not -100.0 <= number <= 100.0 and column != "transit_hours":
        raise _RowError(column, f"{number} °C is not a storage temperature")
    if column == "transit_hours" and number <= 0:
        raise _RowError(column, "must be more than 0")
    return number


def _item_storage(ctx: Context, item: Item, row: Mapping[str, str], columns: set[str]) -> None:
    """The item's class or own range, when the file has the columns (else kept as it is)."""
    if not columns & set(STORAGE_COLUMNS["items"]):
        return
    assert item.id is not None
    before = ctx.uow.climate.item_storage_values(item.id) or {}
    name = _class_name(ctx, row) if "storage_class" in columns else before.get("class_name")

    def number(column: str, key: str) -> float | None:
        kept = before.get(key)
        return _number(row, column) if column in columns else kept

    low = number("storage_min", "temperature_low")
    high = number("storage_max", "temperature_high")
    transit = number("transit_hours", "transit_hours")
    if low is not None and high is not None and low > high:
        raise _RowError("storage_min", f"{low} is above storage_max {high}")
    if name and (low is not None or high is not None):
        raise _RowError("storage_class", "give a storage class or an own range, not both")
    ctx.uow.climate.set_item_storage(item.id, name, low, high, transit)
    values = {
        "class_name": name,
        "temperature_low": low,
        "temperature_high": high,
        "transit_hours": transit,
    }
    old = {k: before.get(k) for k in values}
    if old != values:
        ctx.change("set_item_storage", "item", item.di, old, values)


def _import_supplier(ctx: Context, row: Mapping[str, str], columns: set[str], notes: Notes) -> bool:
    code = _text(row, "code")
    if ctx.uow.suppliers.get(code) is not None:
        raise _RowError("code", f"supplier {code!r} already exists")
    supplier = Supplier(
        code, _text(row, "name"), _bool(row, "auto_release"), _int(row, "return_window_days")
    )
    ctx.uow.suppliers.add(supplier)
    ctx.change(
        "create_supplier",
        "supplier",
        code,
        None,
        {
            "code": code,
            "name": supplier.name,
            "auto_release": supplier.auto_release,
            "return_window_days": supplier.return_window_days,
        },
    )
    return True


def _import_location(ctx: Context, row: Mapping[str, str], columns: set[str], notes: Notes) -> bool:
    code = _text(row, "code")
    kind = _text(row, "kind").lower()
    if kind not in {k.value for k in LocationKind}:
        raise _RowError(
            "kind", f"{kind!r} is not one of {', '.join(k.value for k in LocationKind)}"
        )
    if ctx.uow.locations.get(code) is not None:
        raise _RowError("code", f"location {code!r} already exists")
    location = Location(
        code, _text(row, "name"), LocationKind(kind), _text(row, "responsible"), _text(row, "zone")
    )
    ctx.uow.locations.add(location)
    storage_class = _class_name(ctx, row) if "storage_class" in columns else None
    if storage_class is not None:
        assert location.id is not None
        ctx.uow.climate.set_location_storage(location.id, storage_class)
    ctx.change(
        "create_location",
        "location",
        code,
        None,
        {
            "code": code,
            "name": location.name,
            "kind": kind,
            "responsible": location.responsible,
            "zone": location.zone,
            **({"storage_class": storage_class} if storage_class else {}),
        },
    )
    return True


def _import_user(ctx: Context, row: Mapping[str, str], columns: set[str], notes: Notes) -> bool:
    role = _text(row, "role").lower()
    if role not in {r.value for r in Role}:
        raise _RowError("role", f"{role!r} is not one of {', '.join(r.value for r in Role)}")
    pin = _text(row, "pin")
    weak = pin_problem(Role(role), pin)
    if weak:
        raise _RowError("pin", weak)
    try:
        add_user(
            ctx,
            _text(row, "username"),
            Role(role),
            pin,
            _text(row, "display_name"),
            _text(row, "badge"),
        )
    except Refused as exc:
        raise _RowError("username", exc.message) from exc
    return True


def _whole(row: Mapping[str, str], column: str) -> int:
    number = _int(row, column)
    if number < 1:
        raise _RowError(column, "must be at least 1")
    return number


def _import_package(ctx: Context, row: Mapping[str, str], columns: set[str], notes: Notes) -> bool:
    """One package level of an item: its DI, its name, how many of the level below it holds."""
    try:
        package_di = normalise_di(row["package_di"])
    except _RowError as exc:
        raise _RowError("package_di", exc.problem) from None
    item_di = normalise_di(row["gtin"])
    item = ctx.uow.items.get(item_di)
    if item is None or item.id is None:
        raise _RowError("gtin", f"no item {item_di}: import the item first")
    if ctx.uow.items.get(package_di) is not None:
        raise _RowError("package_di", f"{package_di} is an item of its own, not a package")
    below = normalise_di(row["contains_di"]) if _text(row, "contains_di") else item_di
    contains = _whole(row, "contains")
    if below == item_di:
        units = contains
    else:
        level_below = ctx.uow.packages.get(below)
        if level_below is None or level_below.item_di != item_di:
            raise _RowError("contains_di", f"{below} is neither {item_di} nor a level of it")
        units = contains * level_below.units
    if units > MAX_QUANTITY:
        raise _RowError("contains", f"{units} eaches in one package is more than {MAX_QUANTITY}")
    previous = ctx.uow.packages.get(package_di)
    if previous is not None and previous.item_di != item_di:
        raise _RowError("package_di", f"{package_di} is already a level of {previous.item_di}")
    level = PackageLevel(package_di, item_di, _text(row, "level"), contains, below, units)
    ctx.uow.packages.put(item.id, level)
    before = asdict(previous) if previous is not None else None
    ctx.change("put_package_level", "item", item_di, before, asdict(level))
    return previous is None


_IMPORTERS: dict[str, Callable[[Context, Mapping[str, str], set[str], Notes], bool]] = {
    "packages": _import_package,
    "items": _import_item,
    "suppliers": _import_supplier,
    "locations": _import_location,
    "users": _import_user,
}
# The column that names a row of each kind.
KEY_COLUMN = {
    "items": "gtin",
    "suppliers": "code",
    "locations": "code",
    "users": "username",
    "packages": "package_di",
}


def import_table(
    ctx: Context, kind: str, header: Sequence[str], rows: Sequence[Mapping[str, str]]
) -> ImportReport:
    """Check every row and write them in the caller's transaction; the caller keeps them
    only if the report has no problem (all rows or none)."""
    report = ImportReport(kind)
    if kind not in _IMPORTERS:
        report.problems.append(
            Problem(1, "kind", f"{kind!r} is not one of {', '.join(SITE_KINDS)}")
        )
        return report
    columns = {c.strip().lower() for c in header}
    missing = [c for c in REQUIRED[kind] if c not in columns]
    if missing:
        report.problems += [Problem(1, c, "required column is missing") for c in missing]
        return report
    seen: dict[str, int] = {}
    importer = _IMPORTERS[kind]
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
            report.problems.append(Problem(number, KEY_COLUMN[kind], f"duplicates row {seen[key]}"))
            continue
        seen[key] = number
        notes: Notes = []
        try:
            if importer(ctx, row, columns, notes):
                report.created += 1
            else:
                report.updated += 1
        except _RowError as exc:
            report.problems.append(Problem(number, exc.column, exc.problem))
        report.conflicts += [Problem(number, column, text) for column, text in notes]
    if not report.ok:
        report.created = report.updated = 0
    return report


def import_master_data(ctx: Context, cmd: ImportMasterData) -> ActionResult:
    report = import_table(ctx, cmd.kind, cmd.header, cmd.rows)
    if not report.ok:
        raise Refused(
            Code.IMPORT_PROBLEMS,
            f"nothing imported: {len(report.problems)} problem(s) in {report.rows} rows",
            problems=[asdict(p) for p in report.problems],
            rows=report.rows,
        )
    return done(
        f"imported {report.rows} {cmd.kind}: {report.created} new, {report.updated} updated",
        kind=cmd.kind,
        rows=report.rows,
        created=report.created,
        updated=report.updated,
        conflicts=[asdict(p) for p in report.conflicts],
    )


HANDLERS: dict[type, Any] = {ImportMasterData: import_master_data}
