from __future__ import annotations

from datetime import date

import pytest

from scanning.parse import parse

from .conftest import code_of, gs1_check, p

GS = "\x1d"
# GS1 General Specifications, 2.1 / 4.15 example: (01)09501101530003(17)140704(10)AB-123
GENSPEC_GTIN = "09501101530003"


def test_gs1_general_specifications_example_is_read_in_every_transport_form() -> None:
    forms = [
        f"]C101{GENSPEC_GTIN}17140704{GS}10AB-123",
        f"]d201{GENSPEC_GTIN}1714070410AB-123",
        f"{GS}01{GENSPEC_GTIN}1714070410AB-123",
        f"(01){GENSPEC_GTIN}(17)140704(10)AB-123",
        f"(01) {GENSPEC_GTIN} (17) 140704 (10) AB-123",
        f"https://example.com/01/{GENSPEC_GTIN}/10/AB-123?17=140704",
    ]
    for raw in forms:
        scan = p(raw)
        assert (scan.gtin, scan.lot, scan.expiry) == (GENSPEC_GTIN, "AB-123", date(2014, 7, 4))
        assert scan.scheme == "gs1" and scan.complete


def test_aim_symbology_identifier_is_kept_and_not_data() -> None:
    for aim in ("]C1", "]d2", "]Q3", "]e0", "]J1"):
        scan = p(f"{aim}01{GENSPEC_GTIN}")
        assert scan.symbology == aim and scan.gtin == GENSPEC_GTIN
    assert p(f"01{GENSPEC_GTIN}").symbology is None


def test_all_ais_are_kept_as_read_and_raw_is_kept() -> None:
    raw = f"]d201{GENSPEC_GTIN}11240101{GS}21SN1{GS}3012{GS}10L1\r\n"
    scan = p(raw)
    assert scan.ais == {"01": GENSPEC_GTIN, "11": "240101", "21": "SN1", "30": "12", "10": "L1"}
    assert scan.raw == raw
    assert (scan.production_date, scan.serial, scan.quantity) == (date(2024, 1, 1), "SN1", 12)


def test_count_in_logistic_unit_is_the_quantity() -> None:
    scan = p(f"02{GENSPEC_GTIN}3725{GS}10L1")
    assert (scan.gtin, scan.quantity) == (GENSPEC_GTIN, 25)


def test_expiry_day_00_means_last_day_of_month() -> None:
    assert p(f"01{GENSPEC_GTIN}17251200").expiry == date(2025, 12, 31)
    assert p(f"01{GENSPEC_GTIN}17240200").expiry == date(2024, 2, 29)
    assert p(f"01{GENSPEC_GTIN}17250200").expiry == date(2025, 2, 28)
    assert p(f"01{GENSPEC_GTIN}17250400").expiry == date(2025, 4, 30)


def test_two_digit_year_follows_gs1_century_rule() -> None:
    # GS1 GS 7.12: up to 50 years ahead, else up to 49 years back, of the current year.
    assert p(f"01{GENSPEC_GTIN}17750101").expiry == date(2075, 1, 1)
    assert p(f"01{GENSPEC_GTIN}17760101").expiry == date(1976, 1, 1)
    assert parse(f"01{GENSPEC_GTIN}17050101", today=date(2098, 1, 1)).expiry == date(2105, 1, 1)


@pytest.mark.parametrize("bad", ["17251301", "17250230", "17251232", "17250000", "11000000"])
def test_impossible_dates_are_bad_date(bad: str) -> None:
    assert code_of(f"01{GENSPEC_GTIN}{bad}") == "BAD_DATE"


def test_wrong_gtin_check_digit_is_bad_check_digit() -> None:
    assert code_of("0109501101530004") == "BAD_CHECK_DIGIT"
    assert code_of("(01)09501101530004(10)A") == "BAD_CHECK_DIGIT"


def test_lot_longer_than_20_characters_is_too_long_not_the_next_ai() -> None:
    assert code_of(f"01{GENSPEC_GTIN}10ABCDEFGHIJKLMNOPQRSTU") == "TOO_LONG"
    assert code_of(f"01{GENSPEC_GTIN}10{'1' * 21}") == "TOO_LONG"
    assert code_of(f"(01){GENSPEC_GTIN}(10){'A' * 21}") == "TOO_LONG"


def test_lot_of_exactly_20_characters_is_fine() -> None:
    assert p(f"01{GENSPEC_GTIN}10{'A' * 20}").lot == "A" * 20


def test_lot_without_gtin_is_a_partial_scan_missing_gtin() -> None:
    scan = p(f"]C117251231{GS}10ABC")
    assert (scan.lot, scan.expiry, scan.gtin) == ("ABC", date(2025, 12, 31), None)
    assert scan.missing == ("gtin",) and not scan.complete


def test_serial_without_gtin_is_a_partial_scan() -> None:
    assert p("21XYZ").missing == ("gtin",)


def test_sscc_alone_identifies_no_item() -> None:
    assert code_of(gs1_check("00" + "0" + "9501101" + "000000001")) == "NOT_A_UDI"


def test_unknown_ai_is_reported() -> None:
    assert code_of(f"01{GENSPEC_GTIN}99") != "UNKNOWN_AI"  # 99 is a valid internal AI
    assert code_of(f"01{GENSPEC_GTIN}2312") == "UNKNOWN_AI"
    assert code_of("(23)12") == "UNKNOWN_AI"


def test_cut_off_fixed_length_field_is_truncated() -> None:
    assert code_of("]C1010950110153") == "TRUNCATED"
    assert code_of(f"01{GENSPEC_GTIN}1725") == "TRUNCATED"
    assert code_of(f"01{GENSPEC_GTIN}10") == "TRUNCATED"


def test_same_ai_twice_with_different_values_is_rejected() -> None:
    assert code_of(f"01{GENSPEC_GTIN}10A{GS}10B") == "BAD_FORMAT"


def test_characters_outside_gs1_set_are_bad_format() -> None:
    assert code_of(f"01{GENSPEC_GTIN}10AB#C") == "BAD_FORMAT"


@pytest.mark.parametrize(
    "substitute", ["<GS>", "{GS}", "[GS]", "^]", "\\x1d", "\\x1D", "\u241d", "<FNC1>"]
)
def test_scanner_stand_ins_for_gs_are_restored(substitute: str) -> None:
    scan = p(f"01{GENSPEC_GTIN}10ABC{substitute}21XYZ{substitute}17251231")
    assert (scan.lot, scan.serial, scan.expiry) == ("ABC", "XYZ", date(2025, 12, 31))


def test_stand_ins_are_configurable() -> None:
    raw = f"01{GENSPEC_GTIN}10ABC~21XYZ"
    assert code_of(raw) == "BAD_FORMAT"  # "~" is not in the default list
    assert p(raw, substitutes=("~",)).serial == "XYZ"


def test_trailing_cr_lf_and_tab_from_the_scanner_are_ignored() -> None:
    for end in ("\r", "\n", "\r\n", "\t"):
        assert p(f"01{GENSPEC_GTIN}10ABC{end}").lot == "ABC"


def test_dropped_gs_is_harmless_when_the_variable_field_is_last() -> None:
    assert p(f"01{GENSPEC_GTIN}1725123110ABC").lot == "ABC"


def test_dropped_gs_that_overruns_a_lot_is_too_long() -> None:
    assert code_of(f"01{GENSPEC_GTIN}10ABCDEFGHIJKLMNOP21SERIAL42") == "TOO_LONG"


@pytest.mark.parametrize(
    ("digits", "gtin14"),
    [
        ("96385074", "00000096385074"),  # EAN-8
        ("036000291452", "00036000291452"),  # UPC-A
        ("4006381333931", "04006381333931"),  # EAN-13
        ("09501101530003", "09501101530003"),  # GTIN-14
    ],
)
def test_plain_gtins_are_normalised_to_gtin14(digits: str, gtin14: str) -> None:
    scan = p(digits)
    assert (scan.scheme, scan.gtin, scan.di, scan.complete) == ("gtin", gtin14, gtin14, True)


def test_plain_gtin_with_wrong_check_digit_is_rejected() -> None:
    assert code_of("4006381333932") == "BAD_CHECK_DIGIT"
    assert code_of("]E04006381333932") == "BAD_CHECK_DIGIT"


def test_eight_digits_that_are_no_ean8_are_read_as_a_gs1_element() -> None:
    scan = p("17251231")
    assert (scan.scheme, scan.expiry, scan.missing) == ("gs1", date(2025, 12, 31), ("gtin",))


def test_eight_digits_valid_as_both_are_a_gtin_unless_the_symbology_says_gs1() -> None:
    # 17251211 is a valid EAN-8 and also "(17) 11 Dec 2025".
    assert p("17251211").scheme == "gtin"
    scan = p("]C117251211")
    assert (scan.scheme, scan.expiry) == ("gs1", date(2025, 12, 11))


def test_ean_add_on_is_not_part_of_the_gtin() -> None:
    assert p("]E3400638133393112").gtin == "04006381333931"


def test_empty_and_foreign_text_are_rejected_with_codes() -> None:
    assert code_of("") == "TRUNCATED"
    assert code_of("\r\n") == "TRUNCATED"
    assert code_of("hello world") == "NOT_A_UDI"
    assert code_of("]") == "BAD_FORMAT"
