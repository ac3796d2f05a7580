from __future__ import annotations

from datetime import date

from scanning.assembler import ScanAssembler

from .conftest import hibc, p

GS = "\x1d"
GTIN = "09501101530003"
OTHER_GTIN = "4006381333931"  # an EAN-13 symbol


def test_complete_scan_passes_straight_through() -> None:
    full = p(f"01{GTIN}17251231{GS}10L1")
    result = ScanAssembler().feed(full, 0.0)
    assert result.complete and result.scan is full and result.amends is None


def test_lot_symbol_then_gtin_symbol_make_one_complete_scan() -> None:
    asm = ScanAssembler(window=3.0)
    first = asm.feed(p(f"17251231{GS}10L1"), 0.0)
    assert not first.complete and first.missing == ("gtin",)
    second = asm.feed(p(OTHER_GTIN), 1.0)
    assert second.complete
    assert second.scan.lot == "L1" and second.scan.expiry == date(2025, 12, 31)
    assert second.scan.gtin == "0" + OTHER_GTIN
    assert second.scan.ais["10"] == "L1"


def test_gtin_symbol_then_lot_symbol_amend_the_delivered_gtin_scan() -> None:
    asm = ScanAssembler()
    gtin_only = asm.feed(p(f"01{GTIN}"), 0.0)
    assert gtin_only.complete
    amended = asm.feed(p(f"17251231{GS}10L1"), 0.5)
    assert amended.complete and amended.amends is gtin_only.scan
    assert (amended.scan.gtin, amended.scan.lot) == (GTIN, "L1")


def test_hibc_primary_then_secondary_with_matching_link_join() -> None:
    primary = p(hibc("+A123BJC5D6E71"))
    secondary = p(hibc(f"+$$3260520LOT1{primary.hibc_link}"))
    asm = ScanAssembler()
    asm.feed(primary, 0.0)
    joined = asm.feed(secondary, 1.0)
    assert joined.complete and joined.scan.lot == "LOT1" and joined.scan.hibc == primary.hibc


def test_hibc_secondary_with_foreign_link_character_is_not_joined() -> None:
    primary = p(hibc("+A123BJC5D6E71"))
    foreign_link = "Z" if primary.hibc_link != "Z" else "Y"
    asm = ScanAssembler()
    asm.feed(primary, 0.0)
    result = asm.feed(p(hibc(f"+$$3260520LOT1{foreign_link}")), 1.0)
    assert not result.complete and result.missing == ("hibc",)


def test_partial_scans_outside_the_window_are_not_joined_and_the_loss_is_reported() -> None:
    asm = ScanAssembler(window=2.0)
    lot = p(f"10L1{GS}17251231")
    asm.feed(lot, 0.0)
    result = asm.feed(p(GTIN), 5.0)
    assert result.scan.lot is None
    assert result.dropped is lot and result.drop_reason == "TIMED_OUT"


def test_expire_reports_a_partial_scan_left_waiting() -> None:
    asm = ScanAssembler(window=2.0)
    lot = p("10L1")
    asm.feed(lot, 0.0)
    assert asm.pending is lot
    assert asm.expire(1.0) is None
    assert asm.expire(3.0) is lot and asm.pending is None


def test_conflicting_lot_starts_over_and_says_so() -> None:
    asm = ScanAssembler()
    first = p("10L1")
    asm.feed(first, 0.0)
    result = asm.feed(p("10L2"), 0.5)
    assert result.dropped is first and result.drop_reason == "CONFLICT"
    assert result.scan.lot == "L2" and result.missing == ("gtin",)


def test_second_symbol_with_other_gtin_is_a_new_item_not_mixed_in() -> None:
    asm = ScanAssembler()
    asm.feed(p(f"01{GTIN}10L1"), 0.0)
    result = asm.feed(p(f"010{OTHER_GTIN}"), 0.5)
    assert result.scan.gtin != GTIN and result.scan.lot is None and result.amends is None


def test_partial_with_conflicting_full_scan_is_dropped() -> None:
    asm = ScanAssembler()
    partial = p("10L1")
    asm.feed(partial, 0.0)
    full = p(f"01{GTIN}10L2")
    result = asm.feed(full, 0.5)
    assert result.scan is full and result.dropped is partial and result.drop_reason == "CONFLICT"


def test_lot_and_expiry_on_separate_symbols_wait_together_for_the_gtin() -> None:
    asm = ScanAssembler()
    asm.feed(p("10L1"), 0.0)
    still = asm.feed(p("17251231"), 0.5)
    assert not still.complete and still.scan.lot == "L1" and still.scan.expiry is not None
    done = asm.feed(p(f"01{GTIN}"), 1.0)
    assert done.complete and (done.scan.gtin, done.scan.lot) == (GTIN, "L1")
