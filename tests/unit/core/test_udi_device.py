"""Rules over a UDI database device record: package levels, label data, storage bounds."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from app.domain.udi import UdidCode, UdiDevice, UdiFileError, UdiPackage, UdiStorage

EACH = "06901234567892"
BOX = "16901234567899"
CASE = "26901234567896"


def device(**changes: object) -> UdiDevice:
    base = UdiDevice(
        di=EACH,
        coding_system="GS1",
        generic_name="一次性使用无菌注射器",
        trade_name="威力",
        model="5ml",
        registration_no="国械注准20193140123",
        registrant="示例医疗器械有限公司",
        registrant_en="Example Medical",
        registrant_credit_code="91320594MA1000000X",
        classification_code="14-01-01",
        device_kind="器械",
        product_kind="耗材",
        use_unit_di="",
        use_units=1,
        direct_mark_di="",
        pi_has_lot=True,
        pi_has_serial=False,
        pi_has_production_date=None,
        pi_has_expiry=True,
        single_use=True,
        sterile_package=True,
        sterilisation="环氧乙烷灭菌",
        withdrawn_on=None,
        record_key="K1",
        version=1,
        version_date=None,
        change="",
        packages=(UdiPackage(BOX, "盒", 10, EACH), UdiPackage(CASE, "箱", 20, BOX)),
        storage=(),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_case_holds_the_product_of_the_counts_down_to_the_each() -> None:
    assert device().sales_units_in(CASE) == 200
    assert device().sales_units_in(BOX) == 10
    assert device().sales_units_in(EACH) == 1


def test_a_di_that_is_not_the_devices_has_no_count() -> None:
    assert device().sales_units_in("06900000000007") is None


def test_a_broken_chain_of_levels_has_no_count() -> None:
    broken = device(packages=(UdiPackage(CASE, "箱", 20, BOX),))  # the box level is missing
    assert broken.sales_units_in(CASE) is None


def test_a_loop_of_levels_has_no_count() -> None:
    looped = device(packages=(UdiPackage(BOX, "盒", 10, CASE), UdiPackage(CASE, "箱", 20, BOX)))
    assert looped.sales_units_in(CASE) is None


def test_the_label_must_carry_the_parts_said_yes() -> None:
    assert device().label_carries == {"lot", "expiry"}
    assert device(pi_has_lot=None, pi_has_expiry=False).label_carries == frozenset()


def test_a_device_with_a_registration_or_filing_number_is_registered() -> None:
    assert device().registered
    assert device(registration_no="苏械备20190012号").registered
    assert not device(registration_no="").registered


def test_the_name_is_the_generic_name_else_the_trade_name() -> None:
    assert device().name == "一次性使用无菌注射器"
    assert device(generic_name="").name == "威力"


@pytest.mark.parametrize(
    ("system", "gs1"), [("GS1", True), ("gs1 ", True), ("MA", False), ("ZIIOT", False)]
)
def test_only_the_gs1_coding_system_is_gs1(system: str, gs1: bool) -> None:
    assert device(coding_system=system).is_gs1 is gs1


def test_storage_bounds_are_numbers_where_given() -> None:
    assert UdiStorage("储存温度", "2", "8", "℃").bounds() == (Decimal(2), Decimal(8))
    assert UdiStorage("储存温度", "-20", "", "℃").bounds() == (Decimal(-20), None)
    assert UdiStorage("储存环境", "常温", "阴凉", "").bounds() == (None, None)


def test_a_record_error_names_the_record_and_a_file_error_does_not() -> None:
    record = UdiFileError(UdidCode.MISSING_DI, "no DI", file="a.xml", record=4, field="zxxsdycpbs")
    whole = UdiFileError(UdidCode.MALFORMED_XML, "bad", file="a.xml", line=3, column=7)
    assert not record.whole_file and whole.whole_file
    assert str(record) == "UDID_MISSING_DI: a.xml, device 4: no DI"
    assert str(whole) == "UDID_MALFORMED_XML: a.xml, line 3, column 7: bad"
