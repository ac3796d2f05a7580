"""Storage classes and the put-away/receiving placement rule."""

from __future__ import annotations

import pytest

from app.domain.climate import (
    DEFAULT_STORAGE_CLASSES,
    GSP_HUMIDITY,
    Measure,
    Range,
    StorageClass,
    StorageMismatch,
    Tolerance,
    check_placement,
)

CLASSES = {c.name: c for c in DEFAULT_STORAGE_CLASSES}
AMBIENT, COOL, COLD, FROZEN = CLASSES["常温"], CLASSES["阴凉"], CLASSES["冷藏"], CLASSES["冷冻"]


def test_default_classes_are_chinese_gsp_practice() -> None:
    assert AMBIENT.temperature == Range(10.0, 30.0)
    assert COOL.temperature == Range(None, 20.0)
    assert COLD.temperature == Range(2.0, 8.0)
    assert FROZEN.temperature == Range(None, -18.0)
    assert all(c.humidity == GSP_HUMIDITY == Range(35.0, 75.0) for c in DEFAULT_STORAGE_CLASSES)
    assert all(c.tolerance == Tolerance(30, 60, 120) for c in DEFAULT_STORAGE_CLASSES)


def test_a_range_includes_its_limits() -> None:
    assert COLD.temperature.contains(2.0) and COLD.temperature.contains(8.0)
    assert not COLD.temperature.contains(8.01) and not COLD.temperature.contains(1.99)
    assert COOL.temperature.contains(-40.0)


def test_placement_accepts_a_location_of_the_items_class() -> None:
    assert check_placement(COLD, COLD) is None


def test_placement_accepts_a_location_whose_range_lies_inside_the_items() -> None:
    # A cool (≤ 20 °C) item may go into a 2-8 °C fridge.
    assert check_placement(COOL, COLD) is None


def test_placement_refuses_a_cold_item_on_a_warm_shelf() -> None:
    mismatch = check_placement(COLD, AMBIENT)
    assert isinstance(mismatch, StorageMismatch)
    assert mismatch.code == "STORAGE_MISMATCH"
    assert mismatch.measure is Measure.TEMPERATURE
    assert mismatch.detail() == {
        "measure": "temperature",
        "item_class": "冷藏",
        "location_class": "常温",
        "item_low": 2.0,
        "item_high": 8.0,
        "location_low": 10.0,
        "location_high": 30.0,
    }


def test_placement_refuses_a_location_open_on_a_side_the_item_bounds() -> None:
    # 阴凉 says nothing below 20 °C: a 2-8 °C item could freeze there.
    mismatch = check_placement(COLD, COOL)
    assert mismatch is not None and mismatch.location_range == Range(None, 20.0)


def test_placement_is_not_checked_without_a_class_on_either_side() -> None:
    assert check_placement(None, AMBIENT) is None
    assert check_placement(COLD, None) is None


def test_placement_takes_an_items_own_range_from_the_udi_database() -> None:
    own = StorageClass(None, Range(0.0, 25.0), humidity=None)
    assert check_placement(own, COLD) is None
    mismatch = check_placement(own, AMBIENT)
    assert mismatch is not None and mismatch.item_class is None


def test_placement_refuses_a_location_whose_humidity_range_is_wider() -> None:
    damp = StorageClass("冷藏-湿", Range(2.0, 8.0), humidity=Range(30.0, 80.0))
    mismatch = check_placement(COLD, damp)
    assert mismatch is not None and mismatch.measure is Measure.HUMIDITY


def test_placement_checks_humidity_only_when_both_state_it() -> None:
    unrecorded = StorageClass("冷库", Range(2.0, 8.0), humidity=None)
    assert check_placement(COLD, unrecorded) is None


def test_a_range_refuses_a_low_above_its_high() -> None:
    with pytest.raises(ValueError, match="above its high"):
        Range(8.0, 2.0)


def test_a_tolerance_refuses_negative_minutes() -> None:
    with pytest.raises(ValueError, match="minutes"):
        Tolerance(above_minutes=-1)
