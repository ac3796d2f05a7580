"""`parse`: any text a scanner or camera delivers -> Scan, or ScanError.

What is recognised, in this order, after the AIM symbology identifier
(``]C1``, ``]d2``, ``]Q3``...) and the scanner's CR/LF/Tab are taken off and
GS stand-ins are restored (see `scanning.substitutes`):

- ``http://``/``https://`` -> GS1 Digital Link, any host;
- ``+`` (or ``*+...*`` as printed under Code 39) -> HIBC; a lower-case
  letter first under ``]A``/no identifier -> tried as HIBC read by a Code 39
  scanner left in full-ASCII mode ("+A" arrives as "a");
- ``(`` -> bracketed GS1 HRI, ``(01)...(17)...``;
- 8 digits under ``]E0`` (``]E4`` is EAN-8), or 8 digits starting with 0
  without a symbology identifier whose UPC-E check digit holds -> UPC-E,
  expanded to its UPC-A (EAN-8s starting with 0 are restricted-circulation
  numbers, not trade items); 8 digits starting with 1 stay EAN-8 first;
- 8, 12, 13 or 14 digits with a valid check digit -> plain GTIN, unless the
  symbology says GS1 (``]C1`` ``]d2`` ``]Q3`` ``]e0`` ``]J1``): eight digits
  such as ``17251231`` can be both an EAN-8 and an expiry element, and the
  check digit decides when nothing else does;
- other digits -> a GS1 element string.

Dropped GS (a scanner that sends nothing for FNC1): a variable-length field
at the end needs no GS, so that reads fine. A variable-length field followed
by more data is not recoverable, because lots and serials may contain digits
and so every split is a guess; a wrong lot is worse than a rescan. When the
run-on exceeds the field's maximum (20 for a lot), parse says TOO_LONG and
asks for the scanner to be set up; when it does not, the field is read as the
standard says, up to the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from scanning.digital_link import parse_digital_link
from scanning.errors import ScanError
from scanning.gs1 import (
    is_ascii_digits,
    is_plain_gtin,
    is_upc_e,
    parse_plain_gtin,
    parse_upc_e,
    scan_from_elements,
    split_element_string,
    split_hri,
)
from scanning.hibc import parse_hibc, undo_code39_full_ascii
from scanning.scan import Scan
from scanning.substitutes import DEFAULT_GS_SUBSTITUTES, GS, restore_gs, strip_terminators

_AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_GS1_SYMBOLOGIES = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1", "]z1"})
_EAN_UPC_SYMBOLOGIES = frozenset({"]E0", "]E4", "]X0"})
_EAN_WITH_ADD_ON = "]E3"
_UPC_E_SYMBOLOGY = "]E0"
_ADD_ON_LENGTHS = (2, 5)


def parse(
    raw: str,
    *,
    substitutes: Sequence[str] = DEFAULT_GS_SUBSTITUTES,
    today: date | None = None,
) -> Scan:
    """Parse one scan.

    ``today`` places two-digit years (GS1 century rule); by default the system date.

    Raises ScanError, and nothing else, for anything that is not a readable UDI.
    """
    try:
        return _parse(raw, substitutes, today or date.today())
    except ScanError:
        raise
    except Exception as exc:  # the boundary promise: only ScanError leaves
        raise ScanError("BAD_FORMAT", f"unreadable barcode data ({type(exc).__name__})") from exc


def _parse(raw: str, substitutes: Sequence[str], today: date) -> Scan:
    text = strip_terminators(raw)
    symbology: str | None = None
    aim = _AIM_ID.match(text)
    if aim is not None:
        symbology = aim.group()
        text = text[aim.end() :]
    elif text.startswith("]"):
        raise ScanError("BAD_FORMAT", f"malformed symbology identifier {text[:3]!r}")
    text = restore_gs(text, substitutes).strip(GS)
    if not text:
        raise ScanError("TRUNCATED", "the scan holds no data")

    if text[:8].lower().startswith(("http://", "https://")):
        return parse_digital_link(text, raw=raw, symbology=symbology, today=today)
    if len(text) > 2 and text.startswith("*+") and text.endswith("*"):
        text = text[1:-1]
    if text.startswith("+"):
        return parse_hibc(text, raw=raw, symbology=symbology, today=today)
    if "a" <= text[0] <= "z" and (symbology is None or symbology.startswith("]A")):
        # Code 39 read in full-ASCII mode turns HIBC's "+A" into "a" (and "$A" into ^A...).
        try:
            return parse_hibc(
                undo_code39_full_ascii(text), raw=raw, symbology=symbology, today=today
            )
        except ScanError:
            pass
    if text.startswith("("):
        return scan_from_elements(split_hri(text), raw=raw, symbology=symbology, today=today)
    if symbology == _EAN_WITH_ADD_ON and len(text) - 13 in _ADD_ON_LENGTHS:
        # The add-on (issue number, price) is not part of the GTIN.
        text = text[:13]
    if symbology == _UPC_E_SYMBOLOGY and is_upc_e(text):
        # ]E4 is EAN-8, so eight digits under ]E0 are a UPC-E (zbar, wedge scanners).
        return parse_upc_e(text, raw=raw, symbology=symbology)
    if symbology in _EAN_UPC_SYMBOLOGIES or symbology == _EAN_WITH_ADD_ON:
        return parse_plain_gtin(text, raw=raw, symbology=symbology)
    if symbology not in _GS1_SYMBOLOGIES and text[:1] == "0" and is_upc_e(text):
        # EAN-8 numbers starting with 0 are restricted-circulation (velocity) codes, so
        # eight digits from 0 are a UPC-E when that reading's check digit holds.
        try:
            return parse_upc_e(text, raw=raw, symbology=symbology)
        except ScanError:
            pass
    if symbology not in _GS1_SYMBOLOGIES and is_plain_gtin(text):
        try:
            return parse_plain_gtin(text, raw=raw, symbology=symbology)
        except ScanError as gtin_error:
            try:
                return _element_string(text, raw, symbology, today)
            except ScanError:
                raise gtin_error from None
    if is_ascii_digits(text[:2]):
        return _element_string(text, raw, symbology, today)
    raise ScanError(
        "NOT_A_UDI", "not a GS1, HIBC or GTIN barcode: scan the UDI barcode on the label"
    )


def _element_string(text: str, raw: str, symbology: str | None, today: date) -> Scan:
    return scan_from_elements(split_element_string(text), raw=raw, symbology=symbology, today=today)
