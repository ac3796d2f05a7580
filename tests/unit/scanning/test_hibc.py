from __future__ import annotations

from datetime import date

import pytest

from scanning.scan import HibcId

from .conftest import code_of, hibc, p

# HIBC LIC 2.6 examples: labeler A999, product 1234, unit of measure 5.
PRIMARY = "+A99912345"


def test_hibc_check_character_is_modulo_43_including_the_plus() -> None:
    # Worked by hand: + A 9 9 9 1 2 3 4 5 / $ $ 5 2 0 0 1 5 1 0 X sums to 258 = 6 * 43 -> "0".
    assert hibc("+A99912345/$$52001510X") == "+A99912345/$$52001510X0"
    scan = p("+A99912345/$$52001510X0")
    assert scan.hibc == HibcId("A999", "1234", "5")
    assert (scan.lot, scan.expiry, scan.di) == ("10X", date(2020, 1, 15), "A99912345")


def test_hibc_primary_alone_is_a_complete_device_identifier() -> None:
    raw = hibc("+A123BJC5D6E71")
    scan = p(raw)
    assert scan.scheme == "hibc" and scan.complete
    assert scan.hibc == HibcId("A123", "BJC5D6E7", "1")
    assert scan.hibc_link == raw[-1]


def test_wrong_hibc_check_character_is_bad_check_digit() -> None:
    good = hibc("+A123BJC5D6E71")
    wrong = "0" if good[-1] != "0" else "1"
    assert code_of(good[:-1] + wrong) == "BAD_CHECK_DIGIT"


@pytest.mark.parametrize(
    ("secondary", "lot", "serial", "expiry", "quantity"),
    [
        ("$$0526LOT1", "LOT1", None, date(2026, 5, 31), None),  # MMYY: end of month
        ("$$1226LOT1", "LOT1", None, date(2026, 12, 31), None),
        ("$$2052026LOT1", "LOT1", None, date(2026, 5, 20), None),  # MMDDYY
        ("$$3260520LOT1", "LOT1", None, date(2026, 5, 20), None),  # YYMMDD
        ("$$426052014LOT1", "LOT1", None, date(2026, 5, 20), None),  # YYMMDDHH
        ("$$526140LOT1", "LOT1", None, date(2026, 5, 20), None),  # YYJJJ
        ("$$62614014LOT1", "LOT1", None, date(2026, 5, 20), None),  # YYJJJHH
        ("$$7LOT1", "LOT1", None, None, None),  # no expiry
        ("$$8240526LOT1", "LOT1", None, date(2026, 5, 31), 24),  # qty 2 digits, MMYY
        ("$$82432605200LOT1", "0LOT1", None, date(2026, 5, 20), 24),  # qty, YYMMDD
        ("$$9001000526LOT1", "LOT1", None, date(2026, 5, 31), 100),  # qty 5 digits, MMYY
        ("$$+0526SN1", None, "SN1", date(2026, 5, 31), None),  # date then serial
        ("$$+3260520SN1", None, "SN1", date(2026, 5, 20), None),
        ("$+SN1", None, "SN1", None, None),  # serial only
        ("$LOT1", "LOT1", None, None, None),  # lot only
    ],
)
def test_every_hibc_secondary_format_is_read(
    secondary: str, lot: str | None, serial: str | None, expiry: date | None, quantity: int | None
) -> None:
    combined = p(hibc(f"{PRIMARY}/{secondary}"))
    alone = p(hibc(f"+{secondary}L"))
    for scan in (combined, alone):
        assert (scan.lot, scan.serial, scan.expiry, scan.quantity) == (
            lot,
            serial,
            expiry,
            quantity,
        )
    assert combined.complete and combined.hibc == HibcId("A999", "1234", "5")
    assert alone.missing == ("hibc",) and alone.hibc_link == "L"


def test_old_format_secondary_has_a_julian_expiry_without_flag() -> None:
    scan = p(hibc("+26140LOT1L"))
    assert (scan.expiry, scan.lot, scan.missing) == (date(2026, 5, 20), "LOT1", ("hibc",))


def test_hibc_supplemental_serial_and_dates_are_read() -> None:
    scan = p(hibc(f"{PRIMARY}/$$3260520LOT1/SSN9/16D20240101"))
    assert (scan.lot, scan.serial, scan.production_date) == ("LOT1", "SN9", date(2024, 1, 1))
    scan = p(hibc(f"{PRIMARY}/$$7LOT1/14D20261231"))
    assert scan.expiry == date(2026, 12, 31)


@pytest.mark.parametrize(
    "secondary",
    ["$$1326LOT", "$$2023026LOT", "$$3260532LOT", "$$426052025LOT", "$$525366LOT", "$$X"],
)
def test_impossible_hibc_dates_are_rejected(secondary: str) -> None:
    assert code_of(hibc(f"{PRIMARY}/{secondary}")) in {"BAD_DATE", "BAD_FORMAT"}


def test_julian_day_366_exists_only_in_leap_years() -> None:
    assert p(hibc(f"{PRIMARY}/$$524366LOT")).expiry == date(2024, 12, 31)
    assert code_of(hibc(f"{PRIMARY}/$$525366LOT")) == "BAD_DATE"


def test_hibc_lot_longer_than_18_characters_is_too_long() -> None:
    assert code_of(hibc(f"{PRIMARY}/$${'A' * 19}".replace("$$", "$"))) == "TOO_LONG"


def test_hibc_typed_with_caps_lock_is_still_read() -> None:
    assert p(hibc(f"{PRIMARY}/$$7LOT1").lower()).lot == "LOT1"


def test_code39_asterisks_of_the_printed_text_are_ignored() -> None:
    raw = hibc("+A123BJC5D6E71")
    assert p(f"*{raw}*").hibc == HibcId("A123", "BJC5D6E7", "1")


def test_characters_outside_code39_are_bad_format() -> None:
    assert code_of("+A123_BJC") == "BAD_FORMAT"


def test_hibc_primary_too_short_is_truncated() -> None:
    assert code_of(hibc("+A121")) == "TRUNCATED"
