"""Reading the NMPA UDI database download: `read_devices(path) -> Iterator[UdiDevice]`.

A full download holds millions of devices in several GB of XML (one or
more files, zipped); an incremental (daily, weekly, monthly) one the same
records with a change type (versionStauts). Both are streamed through
lxml's parser (libxml2) with a target (`_Found`) instead of a tree: no
element is ever built, Python is handed each run of text and each element's
end, and keeps only the devices of the chunk being parsed, so memory stays
flat whatever the file's size. The parser expands no entities and never
reaches the network. A .zip's XML files are read in their part order
(…PART1…, …PART2…); other members are ignored.

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
loop over the same file is the floor it prints beside them. CPU per device
of its 1.8 KB records: libxml2 parsing with no tree ~5 µs, the target's
calls (an `end` per element, a C `list.append` per text) ~19 µs, the checks
and the frozen dataclasses ~10 µs; the floor ~26 µs. Tried on the same file
and slower: lxml's tag-filtered iterparse (the reader before this one:
libxml2 builds each device's elements, ~19 µs, then a proxy, a tag and a
text string for each element read, ~15 µs more), xml.etree's C iterparse
(no tag filter: a Python step for every element's event), pyexpat with
Python handlers, and a target with a `start` method as well (lxml then makes
a tag string and an attribute dict for every start: ~10 µs more).
"""

from __future__ import annotations

import functools
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

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
_WHERE = re.compile(r",? line \d+, column \d+\s*$")
_ERR_DOCUMENT_EMPTY, _ERR_DOCUMENT_END = 4, 5  # libxml2's XML_ERR_DOCUMENT_EMPTY / _END
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or an empty archive's end
_PART = re.compile(r"PART(\d+)", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})[-/]?(\d{2})[-/]?(\d{2})")
# A flag's stripped text to its answer: "" (or no element) is not said.
_FLAGS: dict[str, bool | None] = {
    "": None,
    **{yes: True for yes in ("是", "true", "True", "TRUE", "1")},
    **{no: False for no in ("否", "false", "False", "FALSE", "0")},
}
_NOT_A_FLAG = object()
_FLAG_TAGS = ("scbssfbhph", "scbssfbhxlh", "scbssfbhscrq", "scbssfbhsxrq", "sfbjwycxsy", "sfwwjbz")


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
    """The devices of one XML file, read as libxml2 parses it: no tree is built.

    The file is fed to lxml's parser a chunk at a time with a `_Found` as its
    target, which keeps each finished device's field texts; the devices of a
    chunk are then checked and handed on in order, before any error the
    parser met further on in that chunk.
    """
    found = _Found()
    parser = etree.XMLParser(target=found, **_PARSER)
    declared: int | None = None
    number = 0
    while True:
        chunk = stream.read(_CHUNK)
        broken: etree.XMLSyntaxError | None = None
        try:
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
        except etree.XMLSyntaxError as exc:
            broken = exc
        for record in found.take():
            if isinstance(record, str):
                declared = _count(record, name)
            else:
                number += 1
                yield _device(record, name, number)
        if broken is not None:
            raise _malformed(broken, name) from None
        if not chunk:
            break
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


# A device's plain fields in UdiDevice's order (its first 27 attributes); the indexes of
# those that are checked or converted.
_FIELDS = (
    "zxxsdycpbs",
    "cpbsbmtxmc",
    "cpmctymc",
    "spmc",
    "ggxh",
    "zczbhhzbapzbh",
    "ylqxzcrbarmc",
    "ylqxzcrbarywmc",
    "tyshxydm",
    "flbm",
    "qxlb",
    "cplb",
    "sydycpbs",
    "zxxsdyzsydydsl",
    "btcpbs",
    *_FLAG_TAGS,
    "mjfs",
    "tsrq",
    "deviceRecordKey",
    "versionNumber",
    "versionTime",
    "versionStauts",  # sic: the database's own spelling
)
_DI, _CODING_SYSTEM, _USE_UNIT_DI, _USE_UNITS, _DIRECT_MARK_DI, _FIRST_FLAG = map(
    _FIELDS.index,
    ("zxxsdycpbs", "cpbsbmtxmc", "sydycpbs", "zxxsdyzsydydsl", "btcpbs", "scbssfbhph"),
)
_WITHDRAWN, _RECORD_KEY, _VERSION, _VERSION_DATE = map(
    _FIELDS.index, ("tsrq", "deviceRecordKey", "versionNumber", "versionTime")
)
_PACKAGE_FIELDS = ("bzcpbs", "cpbzjb", "bznhxyjcpbssl", "bznhxyjbzcpbs")
_STORAGE_FIELDS = ("cchcztj", "zdz", "zgz", "jldw")

# What an element's end means to `_Found`, by its name without namespace.
(
    _OTHER,
    _FIELD,
    _PACKAGE_FIELD,
    _STORAGE_FIELD,
    _PACKAGE,
    _STORAGE_ITEM,
    _PACKAGE_LIST,
    _STORAGE_LIST,
    _DEVICE,
    _COUNT,
    _HEADER,
) = range(11)
_KINDS: dict[str, tuple[int, int]] = {
    **{tag: (_FIELD, index) for index, tag in enumerate(_FIELDS)},
    **{tag: (_PACKAGE_FIELD, index) for index, tag in enumerate(_PACKAGE_FIELDS)},
    **{tag: (_STORAGE_FIELD, index) for index, tag in enumerate(_STORAGE_FIELDS)},
    "packing": (_PACKAGE, 0),
    "storage": (_STORAGE_ITEM, 0),
    "packingList": (_PACKAGE_LIST, 0),
    "storageList": (_STORAGE_LIST, 0),
    "device": (_DEVICE, 0),
    "numberRkeyecordXML": (_COUNT, 0),
    "header": (_HEADER, 0),
}
_CHUNK = 1 << 16  # bytes fed to the parser at a time


@dataclass(frozen=True, slots=True)
class _Record:
    """A device's texts as the file gives them, stripped ("" where absent)."""

    values: list[str]  # _FIELDS' texts
    packages: list[list[str]]  # the first packingList's entries: _PACKAGE_FIELDS' texts
    storage: list[list[str]]  # the first storageList's entries: _STORAGE_FIELDS' texts


class _Found:
    """lxml's parser target: each device's field texts as the parser meets them.

    libxml2 calls `data` with each run of text (list.append itself: no Python
    frame) and `end` at each element's end, never building an element;
    `end` takes the texts since the previous end as that element's, stripped,
    and files them by what the element's name is (each tag classified once,
    in whatever namespace). A device's fields are the elements of those names
    that end inside it, a tag given twice the last; its levels the `packing`
    entries of its first `packingList` (and `storage` of `storageList`
    alike); a `header` is no device's. With no start events (lxml would make
    a tag and an attribute dict for each) there is no depth: this relies on
    the download's shape, where those names are a device's children, entries
    and entry fields only, and no text stands between elements but
    indentation (text there would count as the next field's).
    """

    def __init__(self) -> None:
        self._texts: list[str] = []
        self.data = self._texts.append
        self._kinds: dict[str, tuple[int, int]] = {}
        self._found: list[_Record | str] = []  # devices and header counts, in order
        self._device()

    def _device(self) -> None:
        self._values = [""] * len(_FIELDS)
        self._package = [""] * len(_PACKAGE_FIELDS)
        self._storage = [""] * len(_STORAGE_FIELDS)
        self._packages: list[list[str]] = []
        self._storages: list[list[str]] = []
        self._package_list: list[list[str]] | None = None
        self._storage_list: list[list[str]] | None = None

    def end(self, tag: str) -> None:
        kind, index = self._kinds.get(tag) or self._kind(tag)
        if kind == _FIELD:
            self._values[index] = "".join(self._texts).strip()
        elif kind == _OTHER:
            pass
        elif kind == _PACKAGE_FIELD:
            self._package[index] = "".join(self._texts).strip()
        elif kind == _STORAGE_FIELD:
            self._storage[index] = "".join(self._texts).strip()
        elif kind == _PACKAGE:
            self._packages.append(self._package)
            self._package = [""] * len(_PACKAGE_FIELDS)
        elif kind == _STORAGE_ITEM:
            self._storages.append(self._storage)
            self._storage = [""] * len(_STORAGE_FIELDS)
        elif kind == _PACKAGE_LIST:
            if self._package_list is None:  # the first, as find() takes
                self._package_list = self._packages
            self._packages = []
        elif kind == _STORAGE_LIST:
            if self._storage_list is None:
                self._storage_list = self._storages
            self._storages = []
        elif kind == _DEVICE:
            self._found.append(
                _Record(self._values, self._package_list or [], self._storage_list or [])
            )
            self._device()
        elif kind == _COUNT:
            self._found.append("".join(self._texts))
        else:  # _HEADER: what it held is no device's
            self._device()
        self._texts.clear()

    def _kind(self, tag: str) -> tuple[int, int]:
        kind = self._kinds[tag] = _KINDS.get(tag.rpartition("}")[2], (_OTHER, 0))
        return kind

    def take(self) -> list[_Record | str]:
        """The devices and header counts found since the last call, in the file's order."""
        found, self._found = self._found, []
        return found

    def close(self) -> None:
        """What lxml calls at the end of the file: everything was taken as it was found."""


def _device(record: _Record, file: str, number: int) -> UdiDevice:
    """One device's texts as a UdiDevice, or a UdiFileError naming it.

    Written for speed (millions of records): the fields come in UdiDevice's
    order, so only those that are checked or converted are touched, in the
    order they were always checked (a record with two problems reports the
    same one); a flag through a table, a date through a cache, the slow path
    (say what is wrong) only where the fast one misses.
    """
    try:
        return _checked(record)
    except _Bad as bad:
        code, tag, message = bad.args
        key = record.values[_RECORD_KEY] or record.values[_DI]
        raise UdiFileError(
            code,
            f"{message} ({tag}{f', record {key}' if key else ''})",
            file=file,
            record=number,
            field=tag,
        ) from None


class _Bad(Exception):
    """A record's problem (code, tag, message), named with its file and number by _device."""


def _checked(record: _Record) -> UdiDevice:
    values: list[Any] = record.values.copy()  # the record's own stay, for an error to name
    if not values[_DI]:
        raise _Bad(UdidCode.MISSING_DI, "zxxsdycpbs", "the device has no DI")
    gs1 = is_gs1(values[_CODING_SYSTEM])
    checked: dict[str, str] = {}  # each GS1 DI once: a package names the level below again
    if gs1:
        values[_DI] = _di(checked, "zxxsdycpbs", values[_DI])
        if values[_USE_UNIT_DI]:
            values[_USE_UNIT_DI] = _di(checked, "sydycpbs", values[_USE_UNIT_DI])
    values[_USE_UNITS] = _whole("zxxsdyzsydydsl", values[_USE_UNITS])
    if gs1 and values[_DIRECT_MARK_DI]:
        values[_DIRECT_MARK_DI] = _di(checked, "btcpbs", values[_DIRECT_MARK_DI])
    for index in range(_FIRST_FLAG, _FIRST_FLAG + len(_FLAG_TAGS)):
        flag = _FLAGS.get(values[index], _NOT_A_FLAG)
        if flag is _NOT_A_FLAG:
            tag = _FIELDS[index]
            raise _Bad(UdidCode.BAD_VALUE, tag, f"{values[index]!r} is neither 是 nor 否")
        values[index] = flag
    values[_WITHDRAWN] = _date("tsrq", values[_WITHDRAWN])
    values[_VERSION] = _whole("versionNumber", values[_VERSION])
    values[_VERSION_DATE] = _date("versionTime", values[_VERSION_DATE])
    packages = tuple(_package(gs1, checked, *item) for item in record.packages)
    storage = tuple(UdiStorage(*item) for item in record.storage)
    values += (packages, storage)
    return UdiDevice(*values)


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


def _di(checked: dict[str, str], tag: str, value: str) -> str:
    """A GS1 DI as GTIN-14 once its check digit holds (`checked`: this record's so far)."""
    gtin = checked.get(value)
    if gtin is not None:
        return gtin
    digits = value.replace(" ", "")
    if not is_plain_gtin(digits):
        raise _Bad(UdidCode.BAD_DI, tag, f"GS1 DI {value!r} is not 8, 12, 13 or 14 digits")
    if not check_digit_holds(digits):
        raise _Bad(UdidCode.BAD_DI, tag, f"GS1 DI {value} has a wrong check digit")
    checked[value] = gtin = digits.zfill(14)
    return gtin


def _package(
    gs1: bool, checked: dict[str, str], di: str, level: str, count: str, contains_di: str
) -> UdiPackage:
    contains = _whole("bznhxyjcpbssl", count)
    if contains is None or contains < 1:
        raise _Bad(
            UdidCode.BAD_VALUE,
            "bznhxyjcpbssl",
            "a package level must say how many of the level below it holds",
        )
    if not di:
        raise _Bad(UdidCode.BAD_VALUE, "bzcpbs", "a package level without its DI")
    if gs1:
        di = _di(checked, "bzcpbs", di)
    if not contains_di:
        raise _Bad(UdidCode.BAD_VALUE, "bznhxyjbzcpbs", "a package level without its DI")
    if gs1:
        contains_di = _di(checked, "bznhxyjbzcpbs", contains_di)
    return UdiPackage(di, level, contains, contains_di)
