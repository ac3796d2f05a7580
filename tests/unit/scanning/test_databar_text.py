"""GS1 DataBar text as the decoders deliver it: ``]e0`` and an element string
that starts with (01), GS after a variable-length field that is not last."""

from __future__ import annotations

from datetime import date

from .conftest import code_of, gs1_check, p

GS = "\x1d"
GTIN = gs1_check("0950600013435")


def test_databar_omnidirectional_stacked_or_limited_is_its_gtin() -> None:
    scan = p(f"]e001{GTIN}")
    assert (scan.scheme, scan.symbology, scan.gtin) == ("gs1", "]e0", GTIN)
    assert (scan.lot, scan.expiry) == (None, None)


def test_databar_expanded_carries_lot_expiry_and_serial_field_by_field() -> None:
    scan = p(f"]e001{GTIN}17261231{GS}10AB12{GS}21SN9")
    assert (scan.gtin, scan.expiry, scan.lot, scan.serial) == (
        GTIN,
        date(2026, 12, 31),
        "AB12",
        "SN9",
    )
    assert scan.complete


def test_databar_expanded_lot_before_expiry_needs_the_gs_it_carries() -> None:
    scan = p(f"]e001{GTIN}10AB12{GS}17261231")
    assert (scan.lot, scan.expiry) == ("AB12", date(2026, 12, 31))


def test_databar_expanded_with_a_variable_measure_keeps_the_weight() -> None:
    # Variable-measure trade items (indicator 9) carry their net weight, (3103) kg.
    gtin = gs1_check("9950600013435")
    scan = p(f"]e001{gtin}3103001250")
    assert scan.ais == {"01": gtin, "3103": "001250"}


def test_databar_with_a_wrong_check_digit_is_refused() -> None:
    wrong = GTIN[:-1] + str((int(GTIN[-1]) + 1) % 10)
    assert code_of(f"]e001{wrong}") == "BAD_CHECK_DIGIT"


def test_eight_digits_under_e0_are_an_element_string_not_an_ean8() -> None:
    # "17261231" is also a valid EAN-8; under a GS1 symbology it is (17) expiry.
    scan = p("]e017261231")
    assert scan.expiry == date(2026, 12, 31) and scan.gtin is None
