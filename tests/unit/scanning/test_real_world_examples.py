"""Real labels and scanner outputs from the standards and from other parsers' test suites.

Each expected value is worked out from the standard (ANSI/HIBC 2.6, GS1 General
Specifications, GS1 Digital Link URI syntax, ISO/IEC 15420 / AIM identifiers),
not copied from our own output. Sources are named per case; where a source's
example uses placeholder check/link characters ("L", "C"), the real modulo-43
check character is computed with `conftest.hibc`.
"""

from __future__ import annotations

from datetime import date

import pytest

from scanning.parse import parse
from scanning.scan import HibcId

from .conftest import code_of, hibc, p

GS = "\x1d"


# --- HIBC ---------------------------------------------------------------------------

# ANSI/HIBC 2.6 Appendix B.2.0 worked example: "+A123BJC5D6E71" sums to 145,
# 145 mod 43 = 16 -> "G"; E1.3: the secondary "+$$52001510X3" carries link "G",
# check "D". (Also in DacoTaco/BarcodeParserBuilder,
# BarcodeParserBuilder.UnitTests/Barcodes/HIBC/HibcBarcodeParserBuilderTestFixture.cs.)
A123 = HibcId("A123", "BJC5D6E7", "1")


def test_hibc_standard_primary_check_character_is_g() -> None:
    scan = p("+A123BJC5D6E71G")
    assert (scan.hibc, scan.di, scan.complete, scan.hibc_link) == (
        A123,
        "A123BJC5D6E71",
        True,
        "G",
    )


def test_hibc_standard_secondary_alone_is_partial_and_linked_to_g() -> None:
    scan = p("+$$52001510X3GD")
    # $$5 = YYJJJ: 2020, day 015 = 15 Jan 2020; lot 10X3.
    assert (scan.lot, scan.expiry, scan.hibc_link, scan.missing) == (
        "10X3",
        date(2020, 1, 15),
        "G",
        ("hibc",),
    )


@pytest.mark.parametrize(
    "raw",
    [
        "+A123BJC5D6E71G+$$52001510X3GD",  # two Code 39 lines joined by the scanner
        "]zB+A123BJC5D6E71G+$$52001510X3GD",
        "+$$52001510X3GD+A123BJC5D6E71G",  # secondary read first
        "+A123BJC5D6E71G+2001510X3GG",  # old format secondary: YYJJJ, no flag
    ],
)
def test_hibc_primary_and_secondary_read_as_one_line_make_one_complete_scan(raw: str) -> None:
    scan = p(raw)
    assert scan.hibc == A123 and scan.complete
    assert (scan.lot, scan.expiry) == ("10X3", date(2020, 1, 15))


def test_hibc_two_symbols_with_serial_secondary() -> None:
    # BarcodeParserBuilder "1D - ExpirationDate + SerialNumber": $$+ then YYJJJ then serial.
    scan = p("+A123BJC5D6E71G+$$+52001510X3GB")
    assert (scan.hibc, scan.serial, scan.lot, scan.expiry) == (
        A123,
        "10X3",
        None,
        date(2020, 1, 15),
    )


def test_hibc_two_symbols_with_lot_only_secondary() -> None:
    scan = p("+A123BJC5D6E71G+$$710X3G7")
    assert (scan.hibc, scan.lot, scan.expiry) == (A123, "10X3", None)


@pytest.mark.parametrize(
    "raw",
    [
        "+A123BJCMD6E79++$$52001510X3+ ",  # check "+" is the link; secondary check is a space
        "+A123BJCMD6E79++$$52001510X3+_",  # HRI prints a space check character as "_"
        "+A123BJCMD6E79++$$52001510X3+",  # trailing space dropped by the wedge (HIBC B.2.1)
    ],
)
def test_hibc_plus_link_and_space_check_characters(raw: str) -> None:
    scan = p(raw)
    assert scan.hibc == HibcId("A123", "BJCMD6E7", "9")
    assert (scan.lot, scan.expiry, scan.complete) == ("10X3", date(2020, 1, 15), True)


def test_hibc_two_symbols_whose_link_does_not_match_are_rejected() -> None:
    # BarcodeParserBuilder's invalid cases: wrong primary check, wrong secondary link.
    assert code_of("+A123BJC5D6E71++$$52001510X3+D") == "BAD_CHECK_DIGIT"
    assert code_of("+A123BJC5D6E71G+$$52001510X3+ ") == "BAD_CHECK_DIGIT"


def test_hibc_concatenated_standard_example() -> None:
    # ANSI/HIBC 2.6 2.2.1.1: one check character over "+A99912345/$$52001510X3".
    scan = p("+A99912345/$$52001510X33")
    assert (scan.hibc, scan.lot, scan.expiry) == (
        HibcId("A999", "1234", "5"),
        "10X3",
        date(2020, 1, 15),
    )


@pytest.mark.parametrize(
    ("raw", "lot", "serial", "expiry", "production", "quantity"),
    [
        # HIBC 2.6 sample data, with the /Q supplemental quantity.
        (
            "+A99912349/$10X3/16D20111231/14D20200131/Q500Z",
            "10X3",
            None,
            date(2020, 1, 31),
            date(2011, 12, 31),
            500,
        ),
        # $$8: two-digit quantity 12, flag 7 = no date, lot 10X3, then supplemental data.
        (
            "+A99912345/$$812710X3/16D20111212/14D20200906/S77DEFG453",
            "10X3",
            "77DEFG45",
            date(2020, 9, 6),
            date(2011, 12, 12),
            12,
        ),
        # $$9: five-digit quantity 02345.
        (
            "+A99912345/$$902345710X3/16D20111212/14D20200906/S77DEFG45F",
            "10X3",
            "77DEFG45",
            date(2020, 9, 6),
            date(2011, 12, 12),
            2345,
        ),
        # A printed label: qty 24, flag 3 = YYMMDD 280112, lot R00089525.
        ("+E203PB414109/$$8243280112R00089525J", "R00089525", None, date(2028, 1, 12), None, 24),
        # $$4 YYMMDDHH 20020216, 18-character lot and serial.
        (
            "+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202$",
            "LOT123456789012345",
            "XYZ456789012345678",
            date(2020, 2, 2),
            date(2013, 2, 2),
            None,
        ),
        # $$3 YYMMDD 231231.
        ("+J123AQ3451/$$3231231BC34567/S4012R", "BC34567", "4012", date(2023, 12, 31), None, None),
        # Old format inside one symbol: 25330 = 2025 day 330 = 26 Nov 2025.
        ("+J123AQ3451/25330BC34567/S4012X", "BC34567", "4012", date(2025, 11, 26), None, None),
        # $$7 (no date) lot, expiry given as /14D.
        ("+E308T800206X0/$$7230513/14D20260413F", "230513", None, date(2026, 4, 13), None, None),
        # $$5 YYJJJ 20250 = 2020 day 250 = 6 Sep 2020.
        (
            "+A99912345/$$52025010X3/16D20111212/S77DEFG458",
            "10X3",
            "77DEFG45",
            date(2020, 9, 6),
            date(2011, 12, 12),
            None,
        ),
        # Quantity alone: $$9 00100 with no date and no lot; "$" with an empty lot then /Q.
        ("+EHWD3551419/$$900100F", None, None, None, None, 100),
        ("+EHWD3551419/$/Q100X", None, None, None, None, 100),
    ],
)
def test_hibc_labels_from_barcode_parser_builder(
    raw: str,
    lot: str | None,
    serial: str | None,
    expiry: date | None,
    production: date | None,
    quantity: int | None,
) -> None:
    # DacoTaco/BarcodeParserBuilder, HibcBarcodeParserBuilderTestFixture.cs
    scan = p(raw)
    assert scan.complete and scan.scheme == "hibc"
    assert (scan.lot, scan.serial, scan.expiry, scan.production_date, scan.quantity) == (
        lot,
        serial,
        expiry,
        production,
        quantity,
    )


def test_hibc_data_matrix_with_quantity_after_lot() -> None:
    scan = p("]d1+EFOR78712011/$26485266/16D20240626/Q10S")
    assert (scan.hibc, scan.lot, scan.production_date, scan.quantity, scan.symbology) == (
        HibcId("EFOR", "7871201", "1"),
        "26485266",
        date(2024, 6, 26),
        10,
        "]d1",
    )


# The HIBC documentation's lot/serial table (lot 3C001, serial 0001, qty 24 or 100,
# 28 Sep 2005, 22:00), as reproduced in the Objective-C HIBC parser's HIBCTests.m;
# "L" is the link character, the check character is computed.
@pytest.mark.parametrize(
    ("secondary", "lot", "serial", "expiry", "quantity"),
    [
        ("05271", None, None, date(2005, 9, 28), None),
        ("$3C001", "3C001", None, None, None),
        ("$$09053C001", "3C001", None, date(2005, 9, 30), None),
        ("$$20928053C001", "3C001", None, date(2005, 9, 28), None),
        ("$$30509283C001", "3C001", None, date(2005, 9, 28), None),
        ("$$4050928223C001", "3C001", None, date(2005, 9, 28), None),
        ("$$5052713C001", "3C001", None, date(2005, 9, 28), None),
        ("$$605271223C001", "3C001", None, date(2005, 9, 28), None),
        ("$$73C001", "3C001", None, None, None),
        ("$$82409053C001", "3C001", None, date(2005, 9, 30), 24),
        ("$$82420928053C001", "3C001", None, date(2005, 9, 28), 24),
        ("$$82430509283C001", "3C001", None, date(2005, 9, 28), 24),
        ("$$8244050928223C001", "3C001", None, date(2005, 9, 28), 24),
        ("$$8245052713C001", "3C001", None, date(2005, 9, 28), 24),
        ("$$824605271223C001", "3C001", None, date(2005, 9, 28), 24),
        ("$$82473C001", "3C001", None, None, 24),
        ("$$824", None, None, None, 24),
        ("$$90010009053C001", "3C001", None, date(2005, 9, 30), 100),
        ("$$90010020928053C001", "3C001", None, date(2005, 9, 28), 100),
        ("$$900100605271223C001", "3C001", None, date(2005, 9, 28), 100),
        ("$$90010073C001", "3C001", None, None, 100),
        ("$$900100", None, None, None, 100),
        ("$+0001", None, "0001", None, None),
        ("$$+09050001", None, "0001", date(2005, 9, 30), None),
        ("$$+20928050001", None, "0001", date(2005, 9, 28), None),
        ("$$+30509280001", None, "0001", date(2005, 9, 28), None),
        ("$$+4050928200001", None, "0001", date(2005, 9, 28), None),
        ("$$+5052710001", None, "0001", date(2005, 9, 28), None),
        ("$$+605271200001", None, "0001", date(2005, 9, 28), None),
        ("$$+70001", None, "0001", None, None),
    ],
)
def test_hibc_documentation_secondary_formats(
    secondary: str, lot: str | None, serial: str | None, expiry: date | None, quantity: int | None
) -> None:
    alone = p(hibc(f"+{secondary}L"))
    joined = p(hibc(f"+Z999009993020351/{secondary}"))
    for scan in (alone, joined):
        assert (scan.lot, scan.serial, scan.expiry, scan.quantity) == (
            lot,
            serial,
            expiry,
            quantity,
        )
    assert alone.hibc_link == "L" and alone.missing == ("hibc",)
    assert joined.hibc == HibcId("Z999", "00999302035", "1") and joined.complete


def test_hibc_slash_as_check_and_link_character() -> None:
    # HIBCTests.m "Slash tests": "/" is a legal check or link character.
    assert p(hibc("+$$09053C001/")).hibc_link == "/"
    scan = p(hibc("+Z999009993020351/1715160668893E07"))
    # Old format: 17151 = 2017 day 151 = 31 May 2017, lot 60668893E07.
    assert (scan.lot, scan.expiry) == ("60668893E07", date(2017, 5, 31))


@pytest.mark.parametrize(
    "raw",
    [
        "*+A123BJC5D6E71G*",  # HRI with the Code 39 start/stop asterisks
        "]A1+A123BJC5D6E71G",  # Code 39, check character verified and transmitted
        "]A0+A123BJC5D6E71G",
        "]A3+A123BJC5D6E71",  # check character verified and stripped by the scanner
        "]A5a123BJC5D6E71G",  # reader left in full-ASCII mode: "+A" arrives as "a"
        "a123BJC5D6E71G",
        "]C0+A123BJC5D6E71G",  # HIBC in Code 128
        "]z0+A123BJC5D6E71G",  # HIBC in Aztec
    ],
)
def test_hibc_code39_as_printed_and_as_scanners_send_it(raw: str) -> None:
    assert p(raw).hibc == A123


# --- GS1 element strings ------------------------------------------------------------


def test_gs1_general_specifications_example_with_date_day_00() -> None:
    # GS1 GenSpecs 3.4.6: day 00 = last day of the month (AI 11, 12, 13, 15, 16, 17).
    scan = p("(01)09506000134352(17)141100(10)AB-123")
    assert (scan.gtin, scan.lot, scan.expiry) == ("09506000134352", "AB-123", date(2014, 11, 30))
    for ai in ("11", "12", "13", "15", "16"):
        assert p(f"(01)09506000134352({ai})240200").ais[ai] == "240200"
    assert p("(01)09506000134352(11)240200").production_date == date(2024, 2, 29)


def test_day_00_is_refused_where_gs1_does_not_allow_it() -> None:
    # (7006) first freeze date and (7003) are full YYMMDD dates: no day 00.
    assert code_of("(01)09506000134352(7006)141100") == "BAD_DATE"
    assert code_of("(01)09506000134352(7003)2512001430") == "BAD_DATE"


def test_expiry_date_and_time_7003_gives_the_expiry_when_17_is_absent() -> None:
    scan = p("(01)09506000134352(7003)2512311430")
    assert scan.expiry == date(2025, 12, 31) and scan.ais["7003"] == "2512311430"
    both = p("(01)09506000134352(17)251130(7003)2512311430")
    assert both.expiry == date(2025, 11, 30)


def test_measures_with_decimal_positions_are_kept_as_read() -> None:
    # (3103) net weight kg with 3 decimals; (3922) price with 2 decimals (variable length).
    scan = p(f"]C10109506000134352310300125039221299{GS}10LOT")
    assert scan.ais == {"01": "09506000134352", "3103": "001250", "3922": "1299", "10": "LOT"}


@pytest.mark.parametrize(
    "raw",
    [
        "]d20110012345678902",  # GS1 GenSpecs 7.8: transmitted data examples
        "]e00110012345678902",
        "]Q30110012345678902",
        "]J10110012345678902",
    ],
)
def test_gs1_transmission_examples_with_symbology_identifiers(raw: str) -> None:
    assert p(raw).gtin == "10012345678902"


def test_databar_example_with_lot() -> None:
    scan = p("]e0011001234567890210ABC123")
    assert (scan.gtin, scan.lot) == ("10012345678902", "ABC123")


def test_content_of_a_logistic_unit_02_with_count_37() -> None:
    scan = p("(02)09506000134352(37)24(10)ABC")
    assert (scan.gtin, scan.quantity, scan.lot, scan.complete) == (
        "09506000134352",
        24,
        "ABC",
        True,
    )


@pytest.mark.parametrize("ai", ["8006", "8026"])
def test_itip_pieces_identify_the_trade_item(ai: str) -> None:
    scan = p(f"({ai})095060001343520102(10)L1")
    assert (scan.gtin, scan.lot, scan.complete) == ("09506000134352", "L1", True)


@pytest.mark.parametrize(
    "raw",
    [
        "^0109506000134352^17251231^10ABC",  # gs1/gs1-syntax-engine "^" FNC1 notation
        "<F1>010950600013435217251231<F1>10ABC",  # FNC1 as shown by verifiers
    ],
)
def test_fnc1_notations_of_gs1_tools_are_read(raw: str) -> None:
    scan = p(raw)
    assert (scan.gtin, scan.expiry, scan.lot) == ("09506000134352", date(2025, 12, 31), "ABC")


def test_gs1_century_rule_two_digit_years() -> None:
    # GenSpecs 7.12: 51..99 years ahead -> previous century; 50 behind or more -> next.
    assert parse("(01)09506000134352(17)750101", today=date(2025, 6, 15)).expiry == date(2075, 1, 1)
    assert parse("(01)09506000134352(17)760101", today=date(2025, 6, 15)).expiry == date(1976, 1, 1)
    assert parse("(01)09506000134352(17)100101", today=date(2060, 6, 15)).expiry == date(2110, 1, 1)


# --- plain GTINs: EAN/UPC ----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "gtin"),
    [
        ("]E04006381333931", "04006381333931"),  # EAN-13
        ("]E00012345678905", "00012345678905"),  # UPC-A sent as 13 digits (ISO/IEC 15420)
        ("]E0012345678905", "00012345678905"),  # UPC-A as 12 digits
        ("]E496385074", "00000096385074"),  # EAN-8
        ("]E004252614", "00042100005264"),  # UPC-E 04252614 = UPC-A 042100005264
        ("]E00042100005264", "00042100005264"),  # the same UPC-E as zxing-cpp sends it
        ("04252614", "00042100005264"),  # UPC-E from a wedge scanner, no identifier
        ("]E3400638133393112", "04006381333931"),  # EAN-13 + 2-digit add-on
        ("]A04006381333931", "04006381333931"),
        ("]C04006381333931", "04006381333931"),
    ],
)
def test_ean_upc_symbols_give_the_gtin_14(raw: str, gtin: str) -> None:
    assert p(raw).gtin == gtin


def test_upc_e_with_a_wrong_check_digit_is_rejected() -> None:
    assert code_of("]E004252615") == "BAD_CHECK_DIGIT"


# --- GS1 Digital Link -------------------------------------------------------------

GTIN = "09506000134352"


@pytest.mark.parametrize(
    "uri",
    [
        f"https://id.gs1.org/01/{GTIN}/10/ABC/21/123?17=251231",
        f"HTTPS://ID.GS1.ORG/01/{GTIN}/10/ABC/21/123?17=251231",
        f"https://id.gs1.org/01/{GTIN}/10/ABC/21/123/?17=251231",  # trailing slash
        f"https://example.com/some/prefix/01/{GTIN}/10/ABC/21/123?17=251231&linkType=gs1:pip",
        f"]Q1https://id.gs1.org/01/{GTIN}/10/ABC/21/123?foo=bar&17=251231#x",
        f"https://id.gs1.org/01/{GTIN}/22/2A/10/ABC/21/123?17=251231",
    ],
)
def test_digital_link_path_qualifiers_and_query_ais(uri: str) -> None:
    scan = p(uri)
    assert (scan.gtin, scan.lot, scan.serial, scan.expiry) == (
        GTIN,
        "ABC",
        "123",
        date(2025, 12, 31),
    )


@pytest.mark.parametrize(
    ("short", "gtin14"),
    [("96385074", "00000096385074"), ("614141123452", "00614141123452")],
)
def test_digital_link_gtin_8_and_12_are_padded(short: str, gtin14: str) -> None:
    assert p(f"https://id.gs1.org/01/{short}").gtin == gtin14


def test_digital_link_qualifiers_out_of_order_are_refused() -> None:
    # GS1 Digital Link URI syntax: after /01/ the qualifiers come /22/, /10/, /21/.
    assert code_of(f"https://id.gs1.org/01/{GTIN}/21/123/10/ABC") == "BAD_FORMAT"


def test_digital_link_percent_encoded_values_are_decoded() -> None:
    assert p(f"https://id.gs1.org/01/{GTIN}/10/AB%2F1%2B2").lot == "AB/1+2"


def test_digital_link_impossible_date_is_bad_date() -> None:
    assert code_of(f"]Q1https://id.gs1.org/01/{GTIN}?17=250000") == "BAD_DATE"
