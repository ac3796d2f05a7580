"""GS1 element strings for a lot: the data the lot symbols carry.

One `Gs1Data` feeds every output: the bracketed form zxing-cpp encodes, the
human-readable interpretation printed under the symbols, and ZPL field data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from biip.checksums import gs1_standard_check_digit

from printing.content import LotLabel
from printing.errors import InvalidLabelData

# GS1 character set 82: the only characters allowed in lot and serial.
_CSET82 = re.compile(r"[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*")
# AIs whose value has a fixed length need no separator after them.
_FIXED_LENGTH = {"01", "11", "17"}


@dataclass(frozen=True, slots=True)
class Element:
    ai: str
    value: str

    @property
    def variable_length(self) -> bool:
        return self.ai not in _FIXED_LENGTH


@dataclass(frozen=True, slots=True)
class Gs1Data:
    elements: tuple[Element, ...]

    def bracketed(self) -> str:
        """`[01]0950...[17]251231[10]ABC`: zxing-cpp's GS1 input syntax."""
        return "".join(f"[{e.ai}]{e.value}" for e in self.elements)

    def parenthesised(self) -> str:
        """`(01)0950...(17)251231`: ZPL's GS1-128 mode D input."""
        return "".join(f"({e.ai}){e.value}" for e in self.elements)

    def hri(self) -> list[str]:
        """One `(AI) value` per element: GS1's human-readable interpretation."""
        return [f"({e.ai}) {e.value}" for e in self.elements]

    def without(self, *ais: str) -> Gs1Data:
        return Gs1Data(tuple(e for e in self.elements if e.ai not in ais))


def normalise_gtin(gtin: str) -> str:
    """GTIN-8/12/13/14 as the 14 digits AI (01) needs; refuses a bad check digit."""
    if not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        raise InvalidLabelData(f"GTIN must be 8, 12, 13 or 14 digits, got {gtin!r}")
    padded = gtin.zfill(14)
    if gs1_standard_check_digit(padded[:-1]) != int(padded[-1]):
        raise InvalidLabelData(f"GTIN {gtin} has a wrong check digit")
    return padded


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _text_element(ai: str, value: str, what: str) -> Element:
    if not value or len(value) > 20:
        raise InvalidLabelData(f"{what} must be 1 to 20 characters, got {value!r}")
    if not _CSET82.fullmatch(value):
        raise InvalidLabelData(f"{what} {value!r} has a character GS1 does not allow")
    return Element(ai, value)


def lot_data(label: LotLabel) -> Gs1Data:
    """The lot's elements in the order GS1 recommends: fixed-length AIs first."""
    elements = [Element("01", normalise_gtin(label.gtin))]
    if label.production_date is not None:
        elements.append(Element("11", _yymmdd(label.production_date)))
    if label.expiry is not None:
        elements.append(Element("17", _yymmdd(label.expiry)))
    elements.append(_text_element("10", label.lot, "Lot"))
    if label.serial:
        elements.append(_text_element("21", label.serial, "Serial"))
    return Gs1Data(tuple(elements))
