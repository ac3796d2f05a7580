from __future__ import annotations

from datetime import date

import pytest

from scanning.parse import parse

from .conftest import TODAY, code_of

# GS1 Digital Link standard examples.
GTIN = "09506000134352"


def test_digital_link_on_gs1_resolver_is_read() -> None:
    scan = parse(f"https://id.gs1.org/01/{GTIN}/10/ABC?17=251231", today=TODAY)
    assert (scan.scheme, scan.gtin, scan.lot, scan.expiry) == (
        "gs1",
        GTIN,
        "ABC",
        date(2025, 12, 31),
    )
    assert scan.ais == {"01": GTIN, "10": "ABC", "17": "251231"}


def test_digital_link_on_any_host_and_path_prefix_is_read() -> None:
    scan = parse(f"https://brand.example.com/products/x/01/{GTIN}/10/L1/21/S1", today=TODAY)
    assert (scan.gtin, scan.lot, scan.serial) == (GTIN, "L1", "S1")


@pytest.mark.parametrize("aim", ["]Q1", "]d1", "]Q3", "]d2", "]z0"])
def test_digital_link_after_an_aim_identifier_is_read(aim: str) -> None:
    scan = parse(f"{aim}https://id.gs1.org/01/{GTIN}/10/ABC", today=TODAY)
    assert (scan.gtin, scan.symbology) == (GTIN, aim)


def test_gtin_13_in_digital_link_is_padded_to_gtin_14() -> None:
    assert parse("https://id.gs1.org/01/4006381333931", today=TODAY).gtin == "04006381333931"


def test_percent_encoded_lot_is_decoded() -> None:
    assert parse(f"https://id.gs1.org/01/{GTIN}/10/A%2FB", today=TODAY).lot == "A/B"


def test_digital_link_with_wrong_check_digit_is_rejected() -> None:
    assert code_of("https://id.gs1.org/01/09506000134353") == "BAD_CHECK_DIGIT"


def test_digital_link_with_over_long_lot_is_too_long() -> None:
    assert code_of(f"https://id.gs1.org/01/{GTIN}/10/{'A' * 21}") == "TOO_LONG"


def test_digital_link_with_impossible_expiry_is_bad_date() -> None:
    assert code_of(f"https://id.gs1.org/01/{GTIN}?17=251340") == "BAD_DATE"


def test_web_address_that_is_no_digital_link_is_rejected() -> None:
    assert code_of("https://example.com/about") == "BAD_FORMAT"
