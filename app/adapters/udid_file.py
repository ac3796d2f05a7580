"""Reading the NMPA UDI database download: `read_devices(path) -> Iterator[UdiDevice]`.

A full download holds millions of devices in several GB of XML (one or
more files, zipped); an incremental (daily, weekly, monthly) one the same
records with a change type (versionStauts). Both are streamed with lxml's
iterparse (libxml2), which builds each device in C and hands Python only the
<device> elements; each is dropped once it is read, so memory stays flat
whatever the file's size. The parser expands no entities and never reaches
the network. A .zip's XML files are read in
their part order (…PART1…, …PART2…); other members are ignored.

When problems are raised, for callers that must import all or nothing:

- before `read_devices` returns, for what can be seen without reading
  records: no such file, not XML, a zip archive truncated (the download
  stopped) or damaged or holding no XML, an XML file whose root is not
  `<udid>`, each XML file of a zip checked;
- by the iterator, where it meets them: XML malformed further on (with line
  and column), a zip member whose data is damaged or cut short, a header
  count (numberRkeyecordXML) other than the devices read, and a bad record:
  no DI, a GS1 DI whose check digit is wrong, a value that is not what its
  field takes (with the record's number in its file).

So a caller either writes inside one transaction and rolls it back on
UdiFileError, or iterates once to validate and again to write.

Speed (tests/bench/test_bench_udid.py, 2-core VM under other work): see
that benchmark's figures in the README; a bare standard-library iterparse
loop over the same file is the floor it prints beside them. Building the
records is most of the cost: one dict of the children's texts, the GS1
check digits of the DIs (byte tables, scanning.gs1), the frozen dataclasses.
"""

from __future__ import annotations

import functools
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO

from lxml import etree

from app.domain.udi import UdidCode, UdiDevice, UdiFileError, UdiPackage, UdiStorage, is_gs1
from scanning.check_digit import check_digit_holds
from scanning.gs1 import is_plain_gtin

_ROOT = "udid"
# What lxml's parser may do: no entity expansion (a "billion laughs" file), no network.
_PARSER: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
}
# The only elements Python sees while reading: each device, and the header's count.
_WANTED = ("{*}device", "{*}numberRkeyecordXML")
_WHERE = re.compile(r",? line \d+, column \d+\s*$")
_ERR_DOCUMENT_EMPTY, _ERR_DOCUMENT_END = 4, 5  # libxml2's XML_ERR_DOCUMENT_EMPTY / _END
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or an empty archive's end
_PART = re.compile(r"PART(\d+)", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})[-/]?(\d{2})[-/]?(\d{2})")
_FLAGS = {
    **{yes: True for yes in ("是", "true", "True", "TRUE", "1")},
    **{no: False for no in ("否", "false", "False", "FALSE", "0")},
}
# A flag's text as given, to its answer: the common path (none, or an exact word); a padded
# or wrong one takes the slow path, which says which.
_FLAG_OF: dict[str | None, bool | None] = {None: None, "": None}
_FLAG_OF.update(_FLAGS)
_FLAG_TAGS = ("scbssfbhph", "scbssfbhxlh", "scbssfbhscrq", "scbssfbhsxrq", "sfbjwycxsy", "sfwwjbz")
_PACKING, _STORAGE = ("packingList", "packing"), ("storageList", "storage")


def read_devices(path: str | os.PathLike[str]) -> Iterator[UdiDevice]:
    """Every device of a UDI database XML file, or of the XML files in a .zip, in order.

    Raises UdiFileError for a whole-file problem seen up front; the iterator
    raises it for the rest (see the module's docstring).
    """
    file = Path(path)
    if _is_zip(file):
        members = _xml_members(file)
        return _zip_devices(file, members)
    with _open(file) as stream:
        _check_root(stream, str(file))
    return _xml_devices(file)


def _is_zip(file: Path) -> bool:
    try:
        with file.open("rb") as stream:
            head = stream.read(1024)
    except FileNotFoundError:
        raise UdiFileError(UdidCode.NO_FILE, "no such file", file=str(file)) from None
    except OSError as exc:
        raise UdiFileError(
            UdidCode.NO_FILE, f"cannot be read ({exc.strerror or exc})", file=str(file)
        ) from None
    if head[:4] in _ZIP_MAGIC:
        return True
    if file.suffix.lower() == ".zip":
        raise UdiFileError(UdidCode.BAD_ZIP, "named .zip but not a zip archive", file=str(file))
    if not head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<"):
        raise UdiFileError(
            UdidCode.NOT_XML,
            "neither XML nor a zip archive: download the UDI database's XML (or its .zip)",
            file=str(file),
        )
    return False


def _open(file: Path) -> IO[bytes]:
    try:
        return file.open("rb")
    except OSError as exc:
        raise UdiFileError(
            UdidCode.NO_FILE, f"cannot be read ({exc.strerror or exc})", file=str(file)
        ) from None


def _xml_members(file: Path) -> list[zipfile.ZipInfo]:
    """The archive's XML files in part order, each one's root checked."""
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile as exc:
        if _starts_like_a_zip(file):
            raise UdiFileError(
                UdidCode.TRUNCATED_ZIP,
                "the archive ends early (its directory is missing): the download did not finish,"
                " download it again",
                file=str(file),
            ) from None
        raise UdiFileError(
            UdidCode.BAD_ZIP, f"damaged zip archive ({exc})", file=str(file)
        ) from None
    with archive:
        infos = archive.infolist()
        members = sorted(
            (info for info in infos if info.filename.lower().endswith(".xml")),
            key=lambda info: _part_order(info.filename),
        )
        if not members:
            nested = any(info.filename.lower().endswith(".zip") for info in infos)
            raise UdiFileError(
                UdidCode.NO_XML_IN_ZIP,
                "holds zip archives, not XML: unpack the outer archive first"
                if nested
                else "holds no XML file",
                file=str(file),
            )
        for info in members:
            name = f"{file}!{info.filename}"
            with _zip_data_errors(name):
                try:
                    with _member(archive, info, file) as stream:
                        _check_root(stream, name)
                except UdiFileError as error:
                    if error.code == UdidCode.MALFORMED_XML:
                        _read_to_the_end(archive, info, file)  # damaged data reads as bad XML
                    raise
        return members


@contextmanager
def _zip_data_errors(name: str) -> Iterator[None]:
    """A member's compressed data cut short or damaged, as the codes say it."""
    try:
        yield
    except EOFError:
        raise UdiFileError(
            UdidCode.TRUNCATED_ZIP,
            "the compressed data ends early: download the archive again",
            file=name,
        ) from None
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise UdiFileError(
            UdidCode.BAD_ZIP,
            f"damaged compressed data ({exc}): download the archive again",
            file=name,
        ) from None


def _starts_like_a_zip(file: Path) -> bool:
    with file.open("rb") as stream:
        return stream.read(4) == _ZIP_MAGIC[0]


def _part_order(name: str) -> tuple[int, str]:
    match = _PART.search(name)
    return (int(match.group(1)) if match else 0, name)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: Path) -> IO[bytes]:
    try:
        return archive.open(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
        raise UdiFileError(
            UdidCode.BAD_ZIP, f"{info.filename} cannot be opened ({exc})", file=str(file)
        ) from None


def _check_root(stream: IO[bytes], name: str) -> None:
    """The first element must be <udid>: anything else is not this database's file."""
    try:
        for _, element in etree.iterparse(stream, events=("start",), **_PARSER):
            _namespace_of(element.tag, name)
            return
    except etree.XMLSyntaxError as exc:
        if _no_element(exc):
            raise UdiFileError(UdidCode.NOT_XML, "holds no XML element", file=name) from None
        raise _malformed(exc, name) from None
    raise UdiFileError(UdidCode.NOT_XML, "holds no XML element", file=name)


def _no_element(exc: etree.XMLSyntaxError) -> bool:
    """libxml2's word for a document that ends before any element (empty, or a bare prolog)."""
    return exc.code in (_ERR_DOCUMENT_EMPTY, _ERR_DOCUMENT_END) and exc.position[0] <= 1


def _namespace_of(root_tag: str, name: str) -> str:
    """The root's namespace ("{uri}" or ""), after checking it is <udid>."""
    namespace, _, local = root_tag.rpartition("}")
    if local != _ROOT:
        raise UdiFileError(
            UdidCode.WRONG_ROOT,
            f"the root element is <{local}>, not <udid>: not a UDI database download",
            file=name,
        )
    return namespace + "}" if namespace else ""


def _malformed(exc: etree.XMLSyntaxError, name: str) -> UdiFileError:
    line, column = exc.position
    return UdiFileError(
        UdidCode.MALFORMED_XML,
        f"malformed XML ({_WHERE.sub('', exc.msg or '').strip()}): "
        "the file is damaged or incomplete",
        file=name,
        line=line,
        column=column,  # libxml2 counts characters from 1, as editors do
    )


def _xml_devices(file: Path) -> Iterator[UdiDevice]:
    with _open(file) as stream:
        yield from _devices(stream, str(file))


def _zip_devices(file: Path, members: list[zipfile.ZipInfo]) -> Iterator[UdiDevice]:
    with zipfile.ZipFile(file) as archive:
        for info in members:
            name = f"{file}!{info.filename}"
            with _zip_data_errors(name):
                try:
                    with _member(archive, info, file) as stream:
                        yield from _devices(stream, name)
                except UdiFileError as error:
                    if error.code == UdidCode.MALFORMED_XML:
                        _read_to_the_end(archive, info, file)  # damaged data reads as bad XML
                    raise


def _read_to_the_end(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: Path) -> None:
    """Read a member to its end, where zipfile checks its CRC (BadZipFile if it fails)."""
    with _member(archive, info, file) as stream:
        while stream.read(1 << 20):
            pass


def _devices(stream: IO[bytes], name: str) -> Iterator[UdiDevice]:
    """The devices of one XML file, each element dropped once it is read.

    libxml2 (lxml) builds each <device> in C and hands Python only the
    devices and the header's count, not the ~50 elements inside each; a
    finished device and the siblings before it are then removed, so the tree
    never holds more than the device being read.
    """
    events = etree.iterparse(stream, events=("end",), tag=_WANTED, **_PARSER)
    ns: str | None = None
    declared: int | None = None
    number = 0
    try:
        for _, element in events:
            local = element.tag.rpartition("}")[2]
            if local == "device":
                if ns is None:
                    ns = element.tag[: len(element.tag) - len(local)]
                number += 1
                yield _device(element, ns, name, number)
                element.clear(keep_tail=True)
                while element.getprevious() is not None:
                    del element.getparent()[0]
            else:
                declared = _count(element.text, name)
    except etree.XMLSyntaxError as exc:
        raise _malformed(exc, name) from None
    if declared is not None and declared != number:
        raise UdiFileError(
            UdidCode.COUNT_MISMATCH,
            f"the header announces {declared} devices but the file holds {number}",
            file=name,
        )


def _count(text: str | None, name: str) -> int:
    value = (text or "").strip()
    if not value.isascii() or not value.isdigit():
        raise UdiFileError(UdidCode.BAD_VALUE, f"header count {value!r} is not a number", file=name)
    return int(value)


@functools.lru_cache(maxsize=4096)
def _day(value: str) -> date | None:
    """A YYYY-MM-DD (or YYYYMMDD, YYYY/MM/DD) date, with any time after it; None if none.

    Cached: a download's dates repeat (whole days of versions), its DIs do not.
    """
    match = _DATE.match(value)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _device(element: etree._Element, ns: str, file: str, number: int) -> UdiDevice:
    """One <device> element as a UdiDevice, or a UdiFileError naming it.

    Written for speed (millions of records, a profile's worth each): one
    dict of the children's texts, then straight-line lookups: no function
    made per record, a flag or a DI read through a table or a cache on the
    common path, the slow path (strip, say what is wrong) only where the
    fast one misses. Fields are read in the order they were always checked,
    so a record with two problems reports the same one.
    """
    if ns:
        cut = len(ns)
        raw = {child.tag[cut:]: child.text for child in element}
    else:
        raw = {child.tag: child.text for child in element}
    try:
        return _record(raw, element, ns)
    except _Bad as bad:
        code, tag, message = bad.args
        key = _text(raw.get("deviceRecordKey")) or _text(raw.get("zxxsdycpbs"))
        raise UdiFileError(
            code,
            f"{message} ({tag}{f', record {key}' if key else ''})",
            file=file,
            record=number,
            field=tag,
        ) from None


class _Bad(Exception):
    """A record's problem (code, tag, message), named with its file and number by _device."""


def _record(raw: dict[str, str | None], element: etree._Element, ns: str) -> UdiDevice:
    get = raw.get
    coding_system = _text(get("cpbsbmtxmc"))
    gs1 = is_gs1(coding_system)
    own = _text(get("zxxsdycpbs"))
    if not own:
        raise _Bad(UdidCode.MISSING_DI, "zxxsdycpbs", "the device has no DI")
    di = _di(gs1, "zxxsdycpbs", own)
    use_unit_di = _text(get("sydycpbs"))
    if use_unit_di:
        use_unit_di = _di(gs1, "sydycpbs", use_unit_di)
    use_units = _whole("zxxsdyzsydydsl", _text(get("zxxsdyzsydydsl")))
    direct_mark_di = _text(get("btcpbs"))
    if direct_mark_di:
        direct_mark_di = _di(gs1, "btcpbs", direct_mark_di)
    flags = [
        _FLAG_OF[value] if (value := get(tag)) in _FLAG_OF else _flag(tag, _text(value))
        for tag in _FLAG_TAGS
    ]
    withdrawn_on = _date("tsrq", _text(get("tsrq")))
    version = _whole("versionNumber", _text(get("versionNumber")))
    version_date = _date("versionTime", _text(get("versionTime")))
    packages: tuple[UdiPackage, ...] = ()
    if "packingList" in raw:  # a child of that name, though maybe not in the device's namespace
        packages = tuple(_package(gs1, item) for item in _items(element, ns, _PACKING))
    storage: tuple[UdiStorage, ...] = ()
    if "storageList" in raw:
        storage = tuple(
            UdiStorage(
                condition=item.get("cchcztj", ""),
                minimum=item.get("zdz", ""),
                maximum=item.get("zgz", ""),
                unit=item.get("jldw", ""),
            )
            for item in _items(element, ns, _STORAGE)
        )
    return UdiDevice(
        di=di,
        coding_system=coding_system,
        generic_name=_text(get("cpmctymc")),
        trade_name=_text(get("spmc")),
        model=_text(get("ggxh")),
        registration_no=_text(get("zczbhhzbapzbh")),
        registrant=_text(get("ylqxzcrbarmc")),
        registrant_en=_text(get("ylqxzcrbarywmc")),
        registrant_credit_code=_text(get("tyshxydm")),
        classification_code=_text(get("flbm")),
        device_kind=_text(get("qxlb")),
        product_kind=_text(get("cplb")),
        use_unit_di=use_unit_di,
        use_units=use_units,
        direct_mark_di=direct_mark_di,
        pi_has_lot=flags[0],
        pi_has_serial=flags[1],
        pi_has_production_date=flags[2],
        pi_has_expiry=flags[3],
        single_use=flags[4],
        sterile_package=flags[5],
        sterilisation=_text(get("mjfs")),
        withdrawn_on=withdrawn_on,
        record_key=_text(get("deviceRecordKey")),
        version=version,
        version_date=version_date,
        change=_text(get("versionStauts")),  # sic: the database's own spelling
        packages=packages,
        storage=storage,
    )


def _text(value: str | None) -> str:
    return value.strip() if value else ""


def _flag(tag: str, value: str) -> bool | None:
    """A flag off the common path: padded, or neither 是 nor 否."""
    if not value:
        return None
    answer = _FLAGS.get(value)
    if answer is None:
        raise _Bad(UdidCode.BAD_VALUE, tag, f"{value!r} is neither 是 nor 否")
    return answer


def _whole(tag: str, value: str) -> int | None:
    if not value:
        return None
    if not value.isascii() or not value.isdigit():
        raise _Bad(UdidCode.BAD_VALUE, tag, f"{value!r} is not a whole number")
    return int(value)


def _date(tag: str, value: str) -> date | None:
    if not value:
        return None
    day = _day(value)
    if day is None:
        raise _Bad(UdidCode.BAD_VALUE, tag, f"{value!r} is not a date")
    return day


@functools.lru_cache(maxsize=256)
def _gtin14(value: str) -> str | None:
    """A GS1 DI as GTIN-14; None unless 8, 12, 13 or 14 digits whose check digit holds.

    Cached: a record names its DIs twice (as a level and as its content).
    """
    digits = value.replace(" ", "")
    if is_plain_gtin(digits) and check_digit_holds(digits):
        return digits.zfill(14)
    return None


def _di(gs1: bool, tag: str, value: str) -> str:
    """A GS1 DI as GTIN-14 once its check digit holds; any other kept as given."""
    if not gs1:
        return value
    gtin = _gtin14(value)
    if gtin is not None:
        return gtin
    if not is_plain_gtin(value.replace(" ", "")):
        raise _Bad(UdidCode.BAD_DI, tag, f"GS1 DI {value!r} is not 8, 12, 13 or 14 digits")
    raise _Bad(UdidCode.BAD_DI, tag, f"GS1 DI {value} has a wrong check digit")


def _items(element: etree._Element, ns: str, list_item: tuple[str, str]) -> list[dict[str, str]]:
    """Each entry of a list (packingList/packing …) as its fields' stripped texts."""
    list_tag, item_tag = list_item
    holder = next(element.iterchildren(ns + list_tag), None)  # the first, as find() takes
    if holder is None:
        return []
    cut = len(ns)
    return [
        {field.tag[cut:]: (field.text or "").strip() for field in item}
        for item in holder.iterchildren(ns + item_tag)
    ]


def _package(gs1: bool, item: dict[str, str]) -> UdiPackage:
    count = _whole("bznhxyjcpbssl", item.get("bznhxyjcpbssl", ""))
    if count is None or count < 1:
        raise _Bad(
            UdidCode.BAD_VALUE,
            "bznhxyjcpbssl",
            "a package level must say how many of the level below it holds",
        )
    dis = []
    for tag in ("bzcpbs", "bznhxyjbzcpbs"):
        value = item.get(tag, "")
        if not value:
            raise _Bad(UdidCode.BAD_VALUE, tag, "a package level without its DI")
        dis.append(_di(gs1, tag, value))
    return UdiPackage(di=dis[0], level=item.get("cpbzjb", ""), contains=count, contains_di=dis[1])
