"""Writes NMPA UDI database downloads for tests and benchmarks.

Records are made up but shaped like the real download (field names, 是/否
flags, Chinese texts, packaging and storage lists, the fields this project
does not read such as cpms and contactList); record `n` is always the same,
so a test can say what it expects of it. A GS1 record's DI is a GTIN-14
under the 690 prefix; every tenth record is an MA (IDcode) one, and every
tenth other a GTIN-13 written without its leading zero.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from tests.unit.scanning.conftest import gs1_check

NAMES = [
    ("一次性使用无菌注射器 带针", "威力", "1ml 0.45×16RWLB"),
    ("医用外科口罩", "护安", "17.5cm×9.5cm 耳挂式"),
    ("PTCA球囊扩张导管", "速通", "CBC-1210"),
    ("一次性使用输液器 带针", "畅流", "0.7×25TWLB"),
    ("血糖测试条（葡萄糖氧化酶法）", "准测", "50条/盒"),
    ("医用脱脂纱布块", "", "8cm×10cm-8P"),
    ("一次性使用静脉留置针", "安留", "22G Y型"),
    ("可吸收性外科缝线", "愈合", "3-0 75cm 圆针"),
]
REGISTRANTS = [
    ("华东示例医疗器械有限公司", "East China Example Medical Devices Co., Ltd."),
    ("北方样本医用材料股份有限公司", "Northern Sample Medical Materials Co., Ltd."),
    ("测试生物科技（苏州）有限公司", ""),
]
STERILISATION = ["环氧乙烷灭菌", "辐照灭菌", "湿热灭菌", ""]


@dataclass(frozen=True)
class Package:
    di: str
    level: str
    contains: int
    contains_di: str


@dataclass(frozen=True)
class Storage:
    condition: str
    low: str
    high: str
    unit: str


@dataclass(frozen=True)
class Record:
    """What the generator writes for record `n`, as written."""

    n: int
    di: str
    coding_system: str
    name: str
    trade_name: str
    model: str
    registration_no: str
    registrant: str
    registrant_en: str
    classification_code: str
    device_kind: str
    product_kind: str
    flags: dict[str, str]  # tag -> 是/否
    sterilisation: str
    withdrawn: str
    version: int
    packages: tuple[Package, ...] = ()
    storage: tuple[Storage, ...] = field(default=())

    @property
    def record_key(self) -> str:
        return f"{self.di}{self.n:08d}"


def gtin14(serial: int, indicator: int = 0) -> str:
    return gs1_check(f"{indicator}690{serial % 10**9:09d}")


def record(n: int) -> Record:
    name, trade, model = NAMES[n % len(NAMES)]
    registrant, registrant_en = REGISTRANTS[n % len(REGISTRANTS)]
    ma = n % 10 == 7
    if ma:
        di = f"MA.156.M0.100123.{n:08d}"
    elif n % 10 == 3:
        di = gtin14(n)[1:]  # GTIN-13: the same number without the leading zero
    else:
        di = gtin14(n)
    packages: tuple[Package, ...] = ()
    if n % 4 != 2:
        box = f"MA.156.M0.100123.B{n:08d}" if ma else gtin14(n, 1)
        packages = (Package(box, "盒", 10, di),)
        if n % 4 != 0:
            case = f"MA.156.M0.100123.C{n:08d}" if ma else gtin14(n, 2)
            packages += (Package(case, "箱", 20, box),)
    storage: tuple[Storage, ...] = ()
    if n % 3 == 0:
        storage = (Storage("储存温度", "2", "8", "℃"),)
    elif n % 3 == 1:
        storage = (Storage("储存温度", "-20", "30", "℃"), Storage("储存湿度", "", "80", "%RH"))
    device = n % 8 == 5
    return Record(
        n=n,
        di=di,
        coding_system="MA" if ma else "GS1",
        name=name,
        trade_name=trade,
        model=model,
        registration_no=""
        if n % 9 == 0
        else f"国械注准2019{3 + n % 2}{n % 100:02d}{n % 10000:04d}",
        registrant=registrant,
        registrant_en=registrant_en,
        classification_code=f"14-0{n % 9 + 1}-0{n % 5 + 1}",
        device_kind="体外诊断试剂" if n % 8 == 4 else "器械",
        product_kind="设备" if device else "耗材",
        flags={
            "scbssfbhph": "否" if n % 5 == 4 else "是",
            "scbssfbhxlh": "是" if n % 6 == 0 or device else "否",
            "scbssfbhscrq": "是" if n % 2 else "否",
            "scbssfbhsxrq": "否" if n % 7 == 0 or device else "是",
            "sfbjwycxsy": "否" if device else "是",
            "sfwwjbz": "否" if device else "是",
        },
        sterilisation="" if device else STERILISATION[n % len(STERILISATION)],
        withdrawn="2024-06-30" if n % 50 == 49 else "",
        version=1 + n % 4,
        packages=packages,
        storage=storage,
    )


def device_xml(rec: Record, *, change: str | None = None) -> str:
    def tag(name: str, value: object) -> str:
        return f"<{name}>{escape(str(value))}</{name}>"

    flags = "".join(tag(name, value) for name, value in rec.flags.items())
    packing = "".join(
        "<packing>"
        + tag("bzcpbs", p.di)
        + tag("cpbzjb", p.level)
        + tag("bznhxyjcpbssl", p.contains)
        + tag("bznhxyjbzcpbs", p.contains_di)
        + "</packing>"
        for p in rec.packages
    )
    storage = "".join(
        "<storage>"
        + tag("cchcztj", s.condition)
        + tag("zdz", s.low)
        + tag("zgz", s.high)
        + tag("jldw", s.unit)
        + "</storage>"
        for s in rec.storage
    )
    return (
        "<device>"
        + tag("zxxsdycpbs", rec.di)
        + tag("cpbsbmtxmc", rec.coding_system)
        + tag("cpbsfbrq", "2020-01-15")
        + tag("zxxsdyzsydydsl", 1)
        + tag("sydycpbs", "")
        + tag("bszt", "一维码,二维码")
        + tag("sfyzcbayz", "是")
        + tag("cpmctymc", rec.name)
        + tag("spmc", rec.trade_name)
        + tag("ggxh", rec.model)
        + tag("sfwblztlcp", "否")
        + tag("cpms", f"{rec.name}，由{rec.registrant}生产，用于临床。规格：{rec.model}。")
        + tag("cphhhbh", f"REF-{rec.n:06d}")
        + tag("qxlb", rec.device_kind)
        + tag("flbm", rec.classification_code)
        + tag("tyshxydm", f"91320594MA1{rec.n % 10**6:06d}X")
        + tag("zczbhhzbapzbh", rec.registration_no)
        + tag("ylqxzcrbarmc", rec.registrant)
        + tag("ylqxzcrbarywmc", rec.registrant_en)
        + tag("cplb", rec.product_kind)
        + tag("cgzmraqxgxx", "说明书中未包括MR安全性信息")
        + flags
        + tag("zdcfsycs", 0)
        + tag("syqsfxyjxmj", "否")
        + tag("mjfs", rec.sterilisation)
        + tag("qtxxdwzlj", "")
        + tag("tsrq", rec.withdrawn)
        + tag("tscchcztj", "")
        + f"<packingList>{packing}</packingList>"
        + f"<storageList>{storage}</storageList>"
        + "<clinicalList><clinical><lcsycclx>长度</lcsycclx><ccz>25</ccz><ccdw>mm</ccdw>"
        + "</clinical></clinicalList>"
        + "<contactList><contact><qylxrdh>0512-12345678</qylxrdh>"
        + "<qylxryx>udi@example.cn</qylxryx></contact></contactList>"
        + tag("deviceRecordKey", rec.record_key)
        + tag("versionNumber", rec.version)
        + tag("versionTime", "2025-03-01")
        + (tag("versionStauts", change) if change is not None else "")
        + "</device>\n"
    )


def chunks(
    count: int, *, start: int = 0, change: str | None = None, header: bool = True
) -> Iterator[str]:
    """The file's text, a device at a time."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<udid version="1.0">'
    if header:
        yield f"<header><numberRkeyecordXML>{count}</numberRkeyecordXML></header>"
    yield "<devices>\n"
    for n in range(start, start + count):
        yield device_xml(record(n), change=change)
    yield "</devices></udid>\n"


def write_xml(
    path: Path, count: int, *, start: int = 0, change: str | None = None, header: bool = True
) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for chunk in chunks(count, start=start, change=change, header=header):
            out.write(chunk)
    return path


def write_zip(path: Path, count: int, *, parts: int = 1, change: str | None = None) -> Path:
    """`count` devices split over `parts` XML files, streamed into the archive."""
    per_part = -(-count // parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part in range(parts):
            start = part * per_part
            size = min(per_part, count - start)
            name = f"UDID_FULL_DOWNLOAD_PART{part + 1}_Of_{parts}_20250301.xml"
            with archive.open(name, "w") as member:
                for chunk in chunks(size, start=start, change=change):
                    member.write(chunk.encode("utf-8"))
    return path
