"""HIBC LIC supplier labels (ANSI/HIBC 2.6, the UDI-capable version) -> Scan.

Layouts accepted (check character C is modulo 43 over everything before it,
the leading ``+`` included; L is the link character, equal to the check
character of the primary symbol it belongs to):

    +LIC PCN U C                   primary alone
    +LIC PCN U / secondary C       primary and secondary in one symbol (no L)
    +secondary L C                 secondary alone
    +LIC PCN U C+secondary L C     both symbols in one read (two Code 39 lines a
                                   scanner joined): one complete scan if L == C

secondary, by its leading flag:

    $$ MMYY lot         $$2 MMDDYY lot     $$3 YYMMDD lot     $$4 YYMMDDHH lot
    $$5 YYJJJ lot       $$6 YYJJJHH lot    $$7 lot (no expiry)
    $$8 QQ <date> lot   $$9 QQQQQ <date> lot   (quantity, then any date form above,
                                                or nothing: "$$824" is 24 units)
    $$+ <date> serial   $+ serial          $ lot
    YYJJJ lot           (the old format: five-digit julian expiry, no flag)

followed by optional supplemental fields ``/S`` serial, ``/16D`` YYYYMMDD
production date, ``/14D`` YYYYMMDD expiry, ``/Q`` quantity.

Check and link characters: a space one is printed ``_`` in the human-readable
text and read as a space; a trailing space check character that a wedge
scanner or legacy system dropped (ANSI/HIBC 2.6 B.2.1 warns of this) is put
back when the data without it checks to a space; a Code 39 read reported as
``]A3``/``]A7`` (check character verified and stripped by the scanner) gets
its check character recomputed.

An MMYY expiry is read as the last day of that month, as GS1 reads day 00:
ANSI/HIBC 2.6 gives no day, and some parsers take the first; the last day is
the one the manufacturer's "use by MM/YY" means.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from scanning.errors import ScanError
from scanning.gs1 import gs1_year, is_ascii_digits, last_day_of_month
from scanning.scan import HibcId, Scan

_CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
_VALUE = {char: value for value, char in enumerate(_CODE39)}
_DATA_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.")

_MAX_PCN = 18
_MAX_LOT = 18
_MAX_SERIAL = 18
_OLD_FORMAT_MAX_LOT = 13
_MAX_QUANTITY_DIGITS = 8
# AIM modifiers of a Code 39 read whose check character was verified and stripped.
_CHECK_STRIPPED = frozenset({"]A3", "]A7"})


def mod43(text: str) -> str:
    """The HIBC check character of ``text``."""
    return _CODE39[sum(_VALUE[char] for char in text) % 43]


def parse_hibc(text: str, *, raw: str, symbology: str | None, today: date) -> Scan:
    """Parse HIBC data starting with its ``+`` flag: one symbol, or two read as one line."""
    # HIBC has no lower case: lower case means a wedge scanner typed with Caps Lock on.
    text = text.upper()
    # HRI prints a space check or link character as "_" (ANSI/HIBC 2.6, 4.1).
    if "_" in text[-2:]:
        text = text[:-2] + text[-2:].replace("_", " ")
    bad = next((char for char in text if char not in _VALUE), None)
    if bad is not None:
        raise ScanError("BAD_FORMAT", f"character {bad!r} cannot occur in a HIBC barcode")
    if symbology in _CHECK_STRIPPED and len(text) > 1:
        # Code 39 read with "verify and strip check character": put it back.
        text += mod43(text)
    pair = _split_pair(text)
    if pair is None:
        return _symbol(_with_check(text), raw=raw, symbology=symbology, today=today)
    first, second = (_symbol(part, raw=raw, symbology=symbology, today=today) for part in pair)
    return _join_pair(first, second)


# Code 39 full ASCII: which two-character sequence each character stands for.
_FULL_ASCII: dict[str, str] = {
    **{chr(0x61 + i): "+" + chr(0x41 + i) for i in range(26)},  # a-z <- +A..+Z
    **{chr(0x01 + i): "$" + chr(0x41 + i) for i in range(26)},  # ^A-^Z <- $A..$Z
    # /A../L, except "$" "%" "+" (/D /E /K), which a reader may pass through as they are.
    **{c: "/" + chr(0x41 + i) for i, c in enumerate("!\"#$%&'()*+,") if c not in "$%+"},
    ":": "/Z",
}


def undo_code39_full_ascii(text: str) -> str:
    """The standard Code 39 characters a full-ASCII read of ``text`` came from.

    HIBC requires readers in standard mode; a scanner left in full-ASCII mode
    sends "a123..." for "+A123...". Only the pairs HIBC data can form are undone.
    """
    return "".join(_FULL_ASCII.get(char, char) for char in text)


def _with_check(text: str) -> str:
    """``text`` if its check character is right, or with the space check character
    some wedge scanners and legacy systems drop (ANSI/HIBC 2.6, B.2.1) put back."""
    if len(text) < 4:
        raise ScanError("TRUNCATED", "HIBC barcode too short")
    expected = mod43(text[:-1])
    if text[-1] == expected:
        return text
    if mod43(text) == " ":
        return text + " "
    raise ScanError(
        "BAD_CHECK_DIGIT",
        f"HIBC check character is {text[-1]!r}, expected {expected!r}: misread, scan again",
    )


def _split_pair(text: str) -> tuple[str, str] | None:
    """Two HIBC symbols read as one line (``+primary C +secondary L C``), or None.

    A ``+`` after the start that does not follow ``$`` (the ``$+``/``$$+`` flags)
    starts a new symbol unless it is the check or link character at the end;
    the split is taken only where both halves carry a right check character.
    """
    for at in range(2, len(text) - 2):
        if text[at] != "+" or text[at - 1] == "$":
            continue
        left, right = text[:at], text[at:]
        if len(left) >= 4 and mod43(left[:-1]) == left[-1]:
            try:
                return left, _with_check(right)
            except ScanError:
                continue
    return None


def _join_pair(first: Scan, second: Scan) -> Scan:
    primary, secondary = (first, second) if first.hibc is not None else (second, first)
    # A primary alone carries its check character as link; a secondary alone has no HIBC id.
    if primary.hibc is None or primary.hibc_link is None or secondary.hibc is not None:
        raise ScanError(
            "BAD_FORMAT", "two HIBC symbols in one read must be one primary and one secondary"
        )
    if secondary.hibc_link != primary.hibc_link:
        raise ScanError(
            "BAD_CHECK_DIGIT",
            f"HIBC secondary link character {secondary.hibc_link!r} does not match the "
            f"primary's check character {primary.hibc_link!r}: the two barcodes are from "
            "different items",
        )
    return replace(secondary, hibc=primary.hibc, missing=(), hibc_link=None)


def _symbol(text: str, *, raw: str, symbology: str | None, today: date) -> Scan:
    """One HIBC symbol whose check character has been verified."""
    check = text[-1]
    data = text[1:-1]
    if data[0].isalpha():
        primary, joined, secondary = data.partition("/")
        hibc = _primary(primary)
        if not joined:
            return Scan(scheme="hibc", raw=raw, symbology=symbology, hibc=hibc, hibc_link=check)
        fields = _secondary(secondary, today)
        return fields.scan(raw=raw, symbology=symbology, hibc=hibc, link=None)
    if len(data) < 2:
        raise ScanError("TRUNCATED", "HIBC secondary data is empty")
    fields = _secondary(data[:-1], today)
    return fields.scan(raw=raw, symbology=symbology, hibc=None, link=data[-1])


def _primary(primary: str) -> HibcId:
    lic, pcn, uom = primary[:4], primary[4:-1], primary[-1:]
    if len(primary) < 6:
        raise ScanError("TRUNCATED", f"HIBC primary data {primary!r} is too short")
    if len(pcn) > _MAX_PCN:
        raise ScanError("TOO_LONG", f"HIBC product number {pcn!r} exceeds {_MAX_PCN} characters")
    if not (lic.isalnum() and pcn.isalnum() and lic[0].isalpha()):
        raise ScanError("BAD_FORMAT", f"HIBC labeler code {lic!r} or product {pcn!r} is malformed")
    if not uom.isdigit():
        raise ScanError("BAD_FORMAT", f"HIBC unit of measure {uom!r} must be a digit")
    return HibcId(lic=lic, pcn=pcn, uom=uom)


@dataclass(slots=True)
class _Fields:
    """What a secondary data string holds, filled while reading it."""

    lot: str | None = None
    serial: str | None = None
    expiry: date | None = None
    production_date: date | None = None
    quantity: int | None = None

    def scan(
        self, *, raw: str, symbology: str | None, hibc: HibcId | None, link: str | None
    ) -> Scan:
        return Scan(
            scheme="hibc",
            raw=raw,
            symbology=symbology,
            hibc=hibc,
            lot=self.lot,
            expiry=self.expiry,
            production_date=self.production_date,
            serial=self.serial,
            quantity=self.quantity,
            missing=() if hibc is not None else ("hibc",),
            hibc_link=link,
        )


def _secondary(secondary: str, today: date) -> _Fields:
    fields = _Fields()
    rest: str
    if secondary.startswith("$$+"):
        fields.expiry, rest = _date_field(secondary[3:], today)
        rest = _main_value(fields, rest, is_serial=True)
    elif secondary.startswith(("$$8", "$$9")):
        digits = 2 if secondary[2] == "8" else 5
        qty = secondary[3 : 3 + digits]
        if len(qty) != digits or not is_ascii_digits(qty):
            raise ScanError("BAD_FORMAT", f"HIBC quantity must be {digits} digits, got {qty!r}")
        fields.quantity = int(qty)
        rest = secondary[3 + digits :]
        if rest and not rest.startswith("/"):  # a quantity may stand alone (HIBC 2.6, $$8QQ)
            fields.expiry, rest = _date_field(rest, today)
        rest = _main_value(fields, rest, is_serial=False)
    elif secondary.startswith("$$"):
        fields.expiry, rest = _date_field(secondary[2:], today)
        rest = _main_value(fields, rest, is_serial=False)
    elif secondary.startswith("$+"):
        rest = _main_value(fields, secondary[2:], is_serial=True)
    elif secondary.startswith("$"):
        rest = _main_value(fields, secondary[1:], is_serial=False)
    elif is_ascii_digits(secondary[:5]) and len(secondary) >= 5:
        fields.expiry = _julian(secondary[:5], today)
        rest = _main_value(fields, secondary[5:], is_serial=False, max_len=_OLD_FORMAT_MAX_LOT)
    else:
        raise ScanError("BAD_FORMAT", f"HIBC secondary data {secondary!r} has no known flag")
    _supplemental(fields, rest)
    if fields == _Fields():
        raise ScanError(
            "TRUNCATED", "HIBC secondary data holds neither lot, serial, expiry nor quantity"
        )
    return fields


def _main_value(fields: _Fields, text: str, *, is_serial: bool, max_len: int = _MAX_LOT) -> str:
    """Read the lot (or serial) up to the first supplemental field; return the rest."""
    value, _, rest = text.partition("/")
    limit = _MAX_SERIAL if is_serial else max_len
    if len(value) > limit:
        what = "serial" if is_serial else "lot"
        raise ScanError("TOO_LONG", f"HIBC {what} {value!r} exceeds {limit} characters")
    _check_chars(value)
    if value:
        if is_serial:
            fields.serial = value
        else:
            fields.lot = value
    return rest


def _supplemental(fields: _Fields, rest: str) -> None:
    for part in rest.split("/") if rest else ():
        if part.startswith(("14D", "16D")):
            when = _yyyymmdd(part[3:])
            if part.startswith("16D"):
                fields.production_date = when
            elif fields.expiry not in (None, when):
                raise ScanError("BAD_FORMAT", "HIBC label carries two different expiry dates")
            else:
                fields.expiry = when
        elif part.startswith("S") and len(part) > 1:
            if len(part) - 1 > _MAX_SERIAL:
                raise ScanError("TOO_LONG", f"HIBC serial exceeds {_MAX_SERIAL} characters")
            _check_chars(part[1:])
            fields.serial = part[1:]
        elif part.startswith("Q") and 1 < len(part) <= 1 + _MAX_QUANTITY_DIGITS:
            # Quantity (ANSI/HIBC 2.6 supplemental data, e.g. "/Q500").
            if not is_ascii_digits(part[1:]):
                raise ScanError("BAD_FORMAT", f"HIBC quantity {part[1:]!r} must be digits")
            if fields.quantity not in (None, int(part[1:])):
                raise ScanError("BAD_FORMAT", "HIBC label carries two different quantities")
            fields.quantity = int(part[1:])
        else:
            raise ScanError("BAD_FORMAT", f"unknown HIBC supplemental data {part!r}")


def _check_chars(value: str) -> None:
    bad = next((char for char in value if char not in _DATA_CHARS), None)
    if bad is not None:
        raise ScanError("BAD_FORMAT", f"character {bad!r} cannot occur in a HIBC lot or serial")


def _date_field(text: str, today: date) -> tuple[date | None, str]:
    """Read the expiry that follows ``$$`` (its form flag, then the date); return the rest."""
    flag = text[:1]
    if flag in ("0", "1"):
        mmyy = _digits(text[:4], "MMYY")
        return _month_end(int(mmyy[2:]), int(mmyy[:2]), today), text[4:]
    if flag == "2":
        mmddyy = _digits(text[1:7], "MMDDYY")
        return _ymd(mmddyy[4:], mmddyy[:2], mmddyy[2:4], today), text[7:]
    if flag in ("3", "4"):
        size = 6 if flag == "3" else 8
        stamp = _digits(text[1 : 1 + size], "YYMMDD" if flag == "3" else "YYMMDDHH")
        if flag == "4":
            _hour(stamp[6:])
        return _ymd(stamp[:2], stamp[2:4], stamp[4:6], today), text[1 + size :]
    if flag in ("5", "6"):
        size = 5 if flag == "5" else 7
        stamp = _digits(text[1 : 1 + size], "YYJJJ" if flag == "5" else "YYJJJHH")
        if flag == "6":
            _hour(stamp[5:])
        return _julian(stamp[:5], today), text[1 + size :]
    if flag == "7":
        return None, text[1:]
    raise ScanError("BAD_FORMAT", f"unknown HIBC expiry date format flag {flag!r}")


def _digits(text: str, form: str) -> str:
    if len(text) != len(form) or not is_ascii_digits(text):
        raise ScanError("BAD_DATE", f"HIBC expiry {text!r} is not in the form {form}")
    return text


def _hour(hh: str) -> None:
    if int(hh) > 23:
        raise ScanError("BAD_DATE", f"HIBC expiry hour {hh} does not exist")


def _month_end(yy: int, month: int, today: date) -> date:
    if not 1 <= month <= 12:
        raise ScanError("BAD_DATE", f"HIBC expiry month {month:02d} does not exist")
    return last_day_of_month(gs1_year(yy, today), month)


def _ymd(yy: str, mm: str, dd: str, today: date) -> date:
    try:
        return date(gs1_year(int(yy), today), int(mm), int(dd))
    except ValueError:
        raise ScanError("BAD_DATE", f"HIBC date {yy}-{mm}-{dd} does not exist") from None


def _julian(yyjjj: str, today: date) -> date:
    year, day = gs1_year(int(yyjjj[:2]), today), int(yyjjj[2:])
    if not 1 <= day <= (366 if calendar.isleap(year) else 365):
        raise ScanError("BAD_DATE", f"HIBC julian date {yyjjj}: day {day} does not exist")
    return date(year, 1, 1) + timedelta(days=day - 1)


def _yyyymmdd(text: str) -> date:
    if len(text) != 8 or not is_ascii_digits(text):
        raise ScanError("BAD_DATE", f"HIBC date {text!r} is not in the form YYYYMMDD")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise ScanError("BAD_DATE", f"HIBC date {text} does not exist") from None
