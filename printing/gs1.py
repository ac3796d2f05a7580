"""GS1 element strings for a lot: the data the lot symbols carry.

One `Gs1Data` feeds every output: the bracketed form zxing-cpp encodes, the
human-readable interpretation printed under the symbols, and ZPL field data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from printing.content import LotLabel
from printing.errors import InvalidLabelData
from scanning.check_digit import check_digit_holds
from scanning.gs1 import ai_spec, is_plain_gtin


@dataclass(frozen=True, slots=True)
class Element:
    ai: str
    value: str

    @property
    def variable_length(self) -> bool:
        """Needs a separator (FNC1) after it when another element follows."""
        return ai_spec(self.ai).variable


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
    if not is_plain_gtin(gtin):
        raise InvalidLabelData(f"GTIN must be 8, 12, 13 or 14 digits, got {gtin!r}")
    padded = gtin.zfill(14)
    if not check_digit_holds(padded):
        raise InvalidLabelData(f"GTIN {gtin} has a wrong check digit")
    return padded


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _text_element(ai: str, value: str, what: str) -> Element:
    spec = ai_spec(ai)
    if not value or len(value) > spec.length:
        raise InvalidLabelData(f"{what} must be 1 to {spec.length} characters, got {value!r}")
    if not spec.fits(value):
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
