"""Storage classes as data, and the placement rule at receiving and put-away."""

from __future__ import annotations

from app.domain.climate import Range, StorageClass, Tolerance
from app.errors import Code
from app.services.climate import list_classes
from app.services.commands import SetLocationStorage, SetStorageClass
from tests.integration.cold_chain.kit import EXPIRY, cold_store, imported
from tests.integration.core.store_kit import GAUZE, GLOVE, PINS, STENT, World, scan


def test_a_new_store_has_the_gsp_storage_classes(world: World) -> None:
    classes = {c.name: c for c in list_classes(world.store.uow(read_only=True))}
    assert {n: (c.temperature.low, c.temperature.high) for n, c in classes.items()} == {
        "常温": (10.0, 30.0),
        "阴凉": (None, 20.0),
        "冷藏": (2.0, 8.0),
        "冷冻": (None, -18.0),
    }
    for storage in classes.values():
        assert storage.humidity == Range(35.0, 75.0)
        assert (storage.tolerance.above_minutes, storage.tolerance.below_minutes) == (30, 60)


def test_a_supervisor_edits_a_storage_class_and_an_operator_may_not(world: World) -> None:
    wider = StorageClass("冷藏", Range(2.0, 8.0), Range(30.0, 80.0), Tolerance(15, 45, None))
    refused = world.run(world.people["op"], SetStorageClass(wider))
    assert refused.code is Code.NOT_PERMITTED
    done = world.run(world.people["sup"], SetStorageClass(wider))
    assert done.ok, done
    (stored,) = [c for c in list_classes(world.store.uow(read_only=True)) if c.name == "冷藏"]
    assert stored == wider
    (entry,) = world.sql("SELECT user, action FROM audit WHERE entity='storage_class'")
    assert entry == ("sup", "set_storage_class")


def test_receiving_a_cold_item_onto_a_warm_shelf_is_refused_and_writes_nothing(
    world: World,
) -> None:
    cold_store(world)
    before = world.dump()
    refused = world.do("receive", scan(GAUZE, "G1", EXPIRY), qty=5, location="WARM")
    assert refused.code is Code.STORAGE_MISMATCH
    assert refused.detail["location"] == "WARM"
    assert (refused.detail["item_class"], refused.detail["location_class"]) == ("冷藏", "常温")
    assert world.dump() == before


def test_a_supervisor_may_accept_a_storage_mismatch_with_a_reason(world: World) -> None:
    cold_store(world)
    text = scan(GAUZE, "G1", EXPIRY)
    by_operator = world.do(
        "receive", text, qty=5, location="WARM", override=("op2", PINS["op2"], "in a hurry")
    )
    assert by_operator.code is Code.NOT_PERMITTED
    accepted = world.do(
        "receive", text, qty=5, location="WARM", override=("sup", PINS["sup"], "fridge defrost")
    )
    assert accepted.ok and accepted.detail["override_by"] == "sup"
    (row,) = world.sql("SELECT override_by, override_reason FROM movements WHERE type='receive'")
    assert row == ("sup", "fridge defrost")


def test_put_away_needs_a_location_whose_range_lies_inside_the_items(world: World) -> None:
    cold_store(world)
    gauze, stent = scan(GAUZE, "G1", EXPIRY), scan(STENT, "S1", EXPIRY)
    world.receive(GAUZE, "G1", EXPIRY, 4)
    world.receive(STENT, "S1", EXPIRY, 4)
    # ≤ 20 °C does not lie within 2-8 °C, nor 2-8 °C within the stent's own 10-25 °C.
    assert world.do("move", gauze, qty=1, location="RCV", to="COOL").code is Code.STORAGE_MISMATCH
    assert world.do("move", stent, qty=1, location="RCV", to="FRIDGE").code is (
        Code.STORAGE_MISMATCH
    )
    assert world.do("move", gauze, qty=1, location="RCV", to="FRIDGE").ok
    overridden = world.do(
        "move", stent, qty=1, location="RCV", to="FRIDGE", override=("sup", PINS["sup"], "QA ok")
    )
    assert overridden.ok and overridden.detail["override_by"] == "sup"


def test_an_item_or_a_location_with_no_class_is_not_checked(world: World) -> None:
    cold_store(world)
    # GLOVE has no class; A1 keeps none.
    world.receive(GLOVE, "GL1", EXPIRY, 2)
    assert world.do("move", scan(GLOVE, "GL1", EXPIRY), qty=1, location="RCV", to="WARM").ok
    world.receive(GAUZE, "G1", EXPIRY, 2)
    assert world.do("move", scan(GAUZE, "G1", EXPIRY), qty=1, location="RCV", to="A1").ok


def test_an_import_naming_an_unknown_class_imports_nothing(world: World) -> None:
    before = world.dump()
    result = imported(
        world,
        "locations",
        [
            {"code": "F2", "name": "Fridge 2", "kind": "storage", "storage_class": "冷藏"},
            {"code": "F3", "name": "Fridge 3", "kind": "storage", "storage_class": "冷柜"},
        ],
    )
    assert result.code is Code.IMPORT_PROBLEMS
    (problem,) = result.detail["problems"]
    assert (problem["row"], problem["column"]) == (3, "storage_class")
    assert world.dump() == before


def test_a_location_is_given_a_class_by_a_supervisor(world: World) -> None:
    cold_store(world)
    world.receive(GAUZE, "G1", EXPIRY, 2)
    assert world.run(world.people["op"], SetLocationStorage("A1", "常温")).code is (
        Code.NOT_PERMITTED
    )
    assert world.run(world.people["sup"], SetLocationStorage("A1", "常温")).ok
    moved = world.do("move", scan(GAUZE, "G1", EXPIRY), qty=1, location="RCV", to="A1")
    assert moved.code is Code.STORAGE_MISMATCH
