"""A device of China's national UDI database (NMPA 医疗器械唯一标识数据库, UDID).

The database is published at https://udi.nmpa.gov.cn/ (下载 → 全量/增量数据) as
XML, `<udid><header>…</header><devices><device>…</device>…</devices></udid>`,
usually zipped, one device per registered product specification and its
smallest sales unit. Each field is a pinyin-initial tag; the ones kept here
are named beside each attribute. Reading the file is
`app.adapters.udid_file.read_devices`; this module is plain data, the rules
over it, and the one error type a reader raises.

Texts are kept as given, "" when absent; flags (是/否) and numbers are None
when absent, so "not said" stays apart from "no".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class UdidCode(StrEnum):
    """Why a UDI database file, or one record in it, cannot be read."""

    # the whole file: nothing in it is usable
    NO_FILE = "UDID_NO_FILE"
    NOT_XML = "UDID_NOT_XML"
    MALFORMED_XML = "UDID_MALFORMED_XML"
    WRONG_ROOT = "UDID_WRONG_ROOT"
    COUNT_MISMATCH = "UDID_COUNT_MISMATCH"
    BAD_ZIP = "UDID_BAD_ZIP"
    TRUNCATED_ZIP = "UDID_TRUNCATED_ZIP"
    NO_XML_IN_ZIP = "UDID_NO_XML_IN_ZIP"
    # one record
    MISSING_DI = "UDID_MISSING_DI"
    BAD_DI = "UDID_BAD_DI"
    BAD_VALUE = "UDID_BAD_VALUE"


class UdiFileError(ValueError):
    """A UDI database file that cannot be read, or a record in it.

    `file` is the file (for a zip, ``archive.zip!member.xml``); `line` and
    `column` (both from 1, the column in characters) place malformed XML;
    `record` is the device's number in its XML file, from 1, for a record's
    problem (`field` names the tag).
    """

    def __init__(
        self,
        code: UdidCode,
        message: str,
        *,
        file: str,
        line: int | None = None,
        column: int | None = None,
        record: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.field = field

    @property
    def whole_file(self) -> bool:
        """True when nothing in the file is usable; False for one record's problem."""
        return self.record is None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}, column {self.column}"
        if self.record is not None:
            where += f", device {self.record}"
        return f"{self.code}: {where}: {self.message}"


@dataclass(frozen=True, slots=True)
class UdiPackage:
    """A packaging level above the smallest sales unit (packingList/packing)."""

    di: str  # bzcpbs: this package's DI
    level: str  # cpbzjb: the level's name as the registrant gives it (盒, 中包装, 箱 …)
    contains: int  # bznhxyjcpbssl: how many of the next level down one package holds
    contains_di: str  # bznhxyjbzcpbs: the next level's DI (a package, or the sales unit)


@dataclass(frozen=True, slots=True)
class UdiStorage:
    """A storage or handling condition (storageList/storage)."""

    condition: str  # cchcztj: 储存温度, 储存湿度, 运输温度 …
    minimum: str  # zdz, as given ("" when there is no lower limit)
    maximum: str  # zgz
    unit: str  # jldw: ℃, %RH, kPa …

    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        """The limits as numbers; None where absent or not a number."""
        return _number(self.minimum), _number(self.maximum)


# The production identifier's parts, named as scanning.scan.Scan names them.
LOT, SERIAL, PRODUCTION_DATE, EXPIRY = "lot", "serial", "production_date", "expiry"


@dataclass(frozen=True, slots=True)
class UdiDevice:
    """One device record: the smallest sales unit's DI and what the label must carry."""

    di: str  # zxxsdycpbs: GS1 DIs as GTIN-14 (check digit verified), others as given
    coding_system: str  # cpbsbmtxmc: GS1, MA (IDcode, ZIIOT), AHM …
    generic_name: str  # cpmctymc: 产品名称/通用名称
    trade_name: str  # spmc: 商品名称
    model: str  # ggxh: 规格型号
    registration_no: str  # zczbhhzbapzbh: 注册证编号 or 备案凭证编号
    registrant: str  # ylqxzcrbarmc: 注册人/备案人名称
    registrant_en: str  # ylqxzcrbarywmc
    registrant_credit_code: str  # tyshxydm: 统一社会信用代码
    classification_code: str  # flbm: 分类编码, e.g. 14-01-02
    device_kind: str  # qxlb: 器械 or 体外诊断试剂
    product_kind: str  # cplb: 耗材 or 设备
    use_unit_di: str  # sydycpbs: DI of the unit of use inside the sales unit, "" if none
    use_units: int | None  # zxxsdyzsydydsl: units of use in one sales unit
    direct_mark_di: str  # btcpbs: DI marked on the device itself (本体标识), "" if none
    pi_has_lot: bool | None  # scbssfbhph: the production identifier carries a lot
    pi_has_serial: bool | None  # scbssfbhxlh: … a serial number
    pi_has_production_date: bool | None  # scbssfbhscrq: … a production date
    pi_has_expiry: bool | None  # scbssfbhsxrq: … an expiry date
    single_use: bool | None  # sfbjwycxsy: 是否标记为一次性使用
    sterile_package: bool | None  # sfwwjbz: 是否为无菌包装
    sterilisation: str  # mjfs: 灭菌方式
    withdrawn_on: date | None  # tsrq: 退市日期
    record_key: str  # deviceRecordKey: the database's key for this record
    version: int | None  # versionNumber
    version_date: date | None  # versionTime
    change: str  # versionStauts (sic): 新增, 变更 … in incremental files; "" if absent
    packages: tuple[UdiPackage, ...]
    storage: tuple[UdiStorage, ...]

    @property
    def name(self) -> str:
        return self.generic_name or self.trade_name

    @property
    def is_gs1(self) -> bool:
        return is_gs1(self.coding_system)

    @property
    def registered(self) -> bool:
        """Registered (注册) or filed (备案): a number the authority issued."""
        return bool(self.registration_no)

    @property
    def label_carries(self) -> frozenset[str]:
        """The production identifier's parts the label must carry (said 是)."""
        flags = (
            (LOT, self.pi_has_lot),
            (SERIAL, self.pi_has_serial),
            (PRODUCTION_DATE, self.pi_has_production_date),
            (EXPIRY, self.pi_has_expiry),
        )
        return frozenset(part for part, carried in flags if carried)

    def sales_units_in(self, di: str) -> int | None:
        """How many smallest sales units one unit with DI `di` holds.

        1 for the sales unit's own DI; for a package the product of the
        counts down its chain of levels to the sales unit. None when `di` is
        not this device's, or its chain breaks or loops (a record to report,
        not a count to guess).
        """
        if di == self.di:
            return 1
        by_di = {package.di: package for package in self.packages}
        units, seen = 1, set()
        while di != self.di:
            package = by_di.get(di)
            if package is None or di in seen:
                return None
            seen.add(di)
            units *= package.contains
            di = package.contains_di
        return units


def is_gs1(coding_system: str) -> bool:
    return coding_system.strip().upper().startswith("GS1")


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# Storage conditions that name the temperature a device is kept at (储存/贮存/存储温度).
_TEMPERATURE_UNITS = ("℃", "°C", "度")


def storage_temperature(device: UdiDevice) -> UdiStorage | None:
    """The device's storage temperature condition in ℃, if its record gives one.

    Transport (运输温度) and humidity limits are not where the stock is kept;
    the first storage condition measured in ℃ that is not about transport is.
    """
    for storage in device.storage:
        if storage.unit.strip() in _TEMPERATURE_UNITS and "运输" not in storage.condition:
            return storage
    return None


# What an item takes from its device record: the texts, then the label's data.
ITEM_TEXTS = ("name", "name_zh", "model", "manufacturer", "registration_no")
ITEM_FLAGS = ("lot_required", "expiry_required", "production_date_required", "serialised")


def item_values(device: UdiDevice) -> dict[str, str | bool]:
    """The item fields the device record gives, by Item's names.

    The name is the record's own (Chinese) one, as both names: the database
    has no English name. A flag the record leaves unsaid (neither 是 nor 否)
    is left out, so the item keeps its default.
    """
    values: dict[str, str | bool] = {
        "name": device.name,
        "name_zh": device.name,
        "model": device.model,
        "manufacturer": device.registrant,
        "registration_no": device.registration_no,
    }
    flags = (
        ("lot_required", device.pi_has_lot),
        ("expiry_required", device.pi_has_expiry),
        ("production_date_required", device.pi_has_production_date),
        ("serialised", device.pi_has_serial),
    )
    values.update({name: flag for name, flag in flags if flag is not None})
    return {k: v for k, v in values.items() if v != ""}
