"""GS1 element strings (FNC1/GS form and bracketed HRI form) and plain GTINs -> Scan.

The AI table (lengths, character sets, patterns) is biip's; what biip leaves
to the caller is done here: stable error codes, a lot that overruns its
maximum length (biip would silently read the overflow as the next AI), date
rules with an injected "today", check digits raised as errors, and the GS1
mandatory associations (a lot without its GTIN is a partial scan).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from biip.gs1_application_identifiers import _GS1_APPLICATION_IDENTIFIERS

from scanning.check_digit import check_digit_holds
from scanning.errors import ScanError
from scanning.scan import Scan
from scanning.substitutes import GS

# GS1 General Specifications 4.14 (mandatory associations): these AIs describe
# a trade item and mean nothing without its GTIN (01/02) or ITIP (8006/8026).
_ITEM_IDENTIFIERS = ("01", "02", "8006", "8026")
_ITEM_ATTRIBUTES = frozenset(
    {
        "10", "11", "12", "13", "15", "16", "17", "21", "22", "30", "37",
        "235", "240", "241", "242", "243", "250", "251", "254",
        "7003", "7004", "7006", "7008", "7009", "7010", "7240",
    }
)  # fmt: skip
_MEASURE_PREFIXES = frozenset({"31", "32", "33", "34", "35", "36"})

# Date AIs whose day may be 00, meaning the last day of the month (GS1 GS 7.12).
_DAY_00_DATE_AIS = frozenset({"11", "12", "13", "15", "16", "17"})
# Date AIs that start with a full YYMMDD date (times after it are checked by the pattern).
_STRICT_DATE_AIS = frozenset({"4324", "4325", "4326", "7003", "7006", "7007", "8008"})

_CHECK_DIGIT_SPANS = {"00": 18, "01": 14, "02": 14, "8006": 14, "8026": 14}
_GLN_PREFIX = "41"

_GTIN_LENGTHS = frozenset({8, 12, 13, 14})


@dataclass(frozen=True, slots=True)
class AiSpec:
    ai: str
    variable: bool  # ends at a GS (FNC1) rather than after a fixed length
    length: int  # the fixed length, or the maximum for variable-length AIs
    pattern: re.Pattern[str]

    def fits(self, value: str) -> bool:
        """Whether ``value`` is allowed here: length, character set, date form."""
        return self.pattern.fullmatch(self.ai + value) is not None


def _data_length(fmt: str) -> int:
    # "N2+N14" -> 14, "N2+X..20" -> 20, "N3+N13[+X..17]" -> 30: the AI part is first.
    return sum(int(n) for n in re.findall(r"[NXYZ]\.*(\d+)", fmt.split("+", 1)[1]))


_SPECS: dict[str, AiSpec] = {
    ai: AiSpec(
        ai=ai,
        variable=entry.separator_required,
        length=_data_length(entry.format),
        pattern=re.compile(entry.pattern),
    )
    for ai, entry in _GS1_APPLICATION_IDENTIFIERS.items()
}


def ai_spec(ai: str) -> AiSpec:
    """What the GS1 AI table says of ``ai``; KeyError for an AI it does not list."""
    return _SPECS[ai]


def is_ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts e.g. Arabic-Indic digits, which no barcode carries.
    return text.isascii() and text.isdigit()


def gs1_year(yy: int, today: date) -> int:
    """Full year for a two-digit year: within -49..+50 years of today (GS1 GS 7.12)."""
    century = today.year - today.year % 100
    diff = yy - today.year % 100
    if 51 <= diff <= 99:
        return century - 100 + yy
    if -99 <= diff <= -50:
        return century + 100 + yy
    return century + yy


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def gs1_date(yymmdd: str, today: date, *, day_00_is_last: bool, what: str) -> date:
    """A YYMMDD date; ``00`` as day means the month's last day where the AI allows it."""
    if len(yymmdd) != 6 or not is_ascii_digits(yymmdd):
        raise ScanError("BAD_DATE", f"{what}: {yymmdd!r} is not a YYMMDD date")
    year = gs1_year(int(yymmdd[:2]), today)
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if not 1 <= month <= 12:
        raise ScanError("BAD_DATE", f"{what}: month {month:02d} does not exist ({yymmdd})")
    if day == 0 and day_00_is_last:
        return last_day_of_month(year, month)
    try:
        return date(year, month, day)
    except ValueError:
        raise ScanError("BAD_DATE", f"{what}: {yymmdd} is not a calendar date") from None


def verify_check_digit(digits: str, what: str) -> None:
    if not check_digit_holds(digits):
        raise ScanError(
            "BAD_CHECK_DIGIT",
            f"{what} {digits} has a wrong check digit: misread or misprinted, scan again",
        )


def _lookup_ai(body: str, pos: int) -> AiSpec:
    # GS1 AIs are prefix-free, so at most one of the 2-, 3- and 4-digit prefixes is an AI.
    for size in (2, 3, 4):
        spec = _SPECS.get(body[pos : pos + size])
        if spec is not None:
            return spec
    head = body[pos : pos + 4]
    if is_ascii_digits(head[:2]):
        raise ScanError("UNKNOWN_AI", f"unknown GS1 application identifier at {head!r}")
    raise ScanError("BAD_FORMAT", f"expected a GS1 application identifier, found {head!r}")


def _check_value(spec: AiSpec, value: str) -> None:
    """Raise the most useful code for a value that does not fit its AI."""
    if spec.fits(value):
        return
    if not value:
        raise ScanError("TRUNCATED", f"AI ({spec.ai}) has no data")
    if spec.variable and len(value) > spec.length:
        raise ScanError(
            "TOO_LONG",
            f"AI ({spec.ai}) holds {len(value)} characters, at most {spec.length} allowed: "
            "the scanner probably dropped the group separator (FNC1); "
            "set it to send GS or a substitute such as <GS>",
        )
    if not spec.variable and len(value) < spec.length:
        raise ScanError("TRUNCATED", f"AI ({spec.ai}) needs {spec.length} digits, got {value!r}")
    if not spec.variable and len(value) > spec.length:
        raise ScanError("TOO_LONG", f"AI ({spec.ai}) needs {spec.length} digits, got {value!r}")
    if spec.ai in _DAY_00_DATE_AIS or spec.ai in _STRICT_DATE_AIS:
        raise ScanError("BAD_DATE", f"AI ({spec.ai}): {value!r} is not a valid date")
    raise ScanError("BAD_FORMAT", f"AI ({spec.ai}): {value!r} is not allowed for this field")


def split_element_string(body: str) -> list[tuple[str, str]]:
    """Split FNC1-separated GS1 data into (AI, value) pairs, validating each format."""
    elements: list[tuple[str, str]] = []
    pos, end = 0, len(body)
    while pos < end:
        if body[pos] == GS:
            # GS is allowed after any element, even a fixed-length one (GS1 GS 7.8.6).
            pos += 1
            continue
        spec = _lookup_ai(body, pos)
        start = pos + len(spec.ai)
        if spec.variable:
            stop = body.find(GS, start)
            stop = end if stop < 0 else stop
        else:
            stop = min(start + spec.length, end)
            gs_at = body.find(GS, start, stop)
            stop = stop if gs_at < 0 else gs_at
        value = body[start:stop]
        _check_value(spec, value)
        elements.append((spec.ai, value))
        pos = stop
    if not elements:
        raise ScanError("TRUNCATED", "the barcode holds no GS1 data")
    return elements


_HRI_AI = re.compile(r"\((\d{2,4})\)")


def split_hri(text: str) -> list[tuple[str, str]]:
    """Split ``(01)...(17)...`` into (AI, value) pairs, validating each format."""
    marks = list(_HRI_AI.finditer(text))
    if not marks or marks[0].start() != 0:
        raise ScanError("BAD_FORMAT", "expected the form (01)...(17)...(10)...")
    elements: list[tuple[str, str]] = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        ai = mark.group(1)
        spec = _SPECS.get(ai)
        if spec is None:
            raise ScanError("UNKNOWN_AI", f"unknown GS1 application identifier ({ai})")
        # The GS1 character set has no space, so spaces are only layout.
        value = text[mark.end() : following.start() if following else len(text)]
        value = "".join(value.split())
        _check_value(spec, value)
        elements.append((ai, value))
    return elements


def scan_from_elements(
    elements: Iterable[tuple[str, str]],
    *,
    raw: str,
    symbology: str | None,
    today: date,
) -> Scan:
    """Build a Scan from validated (AI, value) pairs; checks what a pattern cannot."""
    ais: dict[str, str] = {}
    for ai, value in elements:
        if ais.get(ai, value) != value:
            raise ScanError(
                "BAD_FORMAT", f"AI ({ai}) appears twice with different values: not one item"
            )
        ais[ai] = value
        _check_semantics(ai, value, today)

    gtin = next((ais[ai][:14] for ai in _ITEM_IDENTIFIERS if ai in ais), None)
    missing: tuple[str, ...] = ()
    if gtin is None:
        if not any(ai in _ITEM_ATTRIBUTES or ai[:2] in _MEASURE_PREFIXES for ai in ais):
            raise ScanError(
                "NOT_A_UDI",
                "this GS1 barcode identifies no item (e.g. a pallet SSCC or a location): "
                "scan the item's own barcode",
            )
        missing = ("gtin",)

    quantity = ais.get("30") or ais.get("37")
    return Scan(
        scheme="gs1",
        raw=raw,
        symbology=symbology,
        gtin=gtin,
        lot=ais.get("10"),
        expiry=_expiry(ais, today),
        production_date=_date_of(ais, "11", today),
        serial=ais.get("21"),
        quantity=int(quantity) if quantity else None,
        ais=ais,
        missing=missing,
    )


def _check_semantics(ai: str, value: str, today: date) -> None:
    span = _CHECK_DIGIT_SPANS.get(ai)
    if span is None and ai.startswith(_GLN_PREFIX) and len(value) == 13:
        span = 13
    if span is not None:
        verify_check_digit(value[:span], f"AI ({ai})")
    if ai in _DAY_00_DATE_AIS:
        gs1_date(value, today, day_00_is_last=True, what=f"AI ({ai})")
    elif ai in _STRICT_DATE_AIS:
        gs1_date(value[:6], today, day_00_is_last=False, what=f"AI ({ai})")


def _expiry(ais: dict[str, str], today: date) -> date | None:
    """(17), or else the date of (7003) expiration date and time (YYMMDDHHMM)."""
    if "17" in ais or "7003" not in ais:
        return _date_of(ais, "17", today)
    return gs1_date(ais["7003"][:6], today, day_00_is_last=False, what="AI (7003)")


def _date_of(ais: dict[str, str], ai: str, today: date) -> date | None:
    value = ais.get(ai)
    if value is None:
        return None
    return gs1_date(value, today, day_00_is_last=True, what=f"AI ({ai})")


def parse_plain_gtin(digits: str, *, raw: str, symbology: str | None) -> Scan:
    """EAN-8, UPC-A, EAN-13 or GTIN-14 digits, check digit verified, as a GTIN-14."""
    if not is_plain_gtin(digits):
        raise ScanError("BAD_FORMAT", f"{digits!r} is not an EAN-8, UPC-A, EAN-13 or GTIN-14")
    verify_check_digit(digits, "GTIN")
    return Scan(scheme="gtin", raw=raw, symbology=symbology, gtin=digits.zfill(14))


def upc_e_to_upc_a(upc_e: str) -> str:
    """The 12-digit UPC-A (GTIN-12) an 8-digit UPC-E (number system 0 or 1) stands for.

    Zero suppression by the sixth data digit (GS1 General Specifications 5.2.2.4.2;
    e.g. UPC-E 04252614 is UPC-A 042100005264).
    """
    ns, d, check = upc_e[0], upc_e[1:7], upc_e[7]
    last = d[5]
    if last in "012":
        body = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + last
    return ns + body + check


def is_upc_e(text: str) -> bool:
    return len(text) == 8 and text[0] in "01" and is_ascii_digits(text)


def parse_upc_e(digits: str, *, raw: str, symbology: str | None) -> Scan:
    """An 8-digit UPC-E, expanded to its UPC-A and check digit verified, as a GTIN-14."""
    if not is_upc_e(digits):
        raise ScanError("BAD_FORMAT", f"{digits!r} is not a UPC-E (8 digits, number system 0/1)")
    upc_a = upc_e_to_upc_a(digits)
    if not check_digit_holds(upc_a):
        raise ScanError(
            "BAD_CHECK_DIGIT",
            f"UPC-E {digits} has a wrong check digit: misread or misprinted, scan again",
        )
    return Scan(scheme="gtin", raw=raw, symbology=symbology, gtin=upc_a.zfill(14))


def is_plain_gtin(text: str) -> bool:
    return len(text) in _GTIN_LENGTHS and is_ascii_digits(text)
