"""Real Berlinger exports (tests/fixtures/loggers/real, open-mSupply's) into a store."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.clock import FixedClock
from app.services.climate import list_excursions
from tests.integration.cold_chain.kit import LOGGERS, cold_store, import_file, in_fridge
from tests.integration.core.store_kit import GAUZE, World

REAL = LOGGERS / "real"


def test_a_real_fridge_tag_2l_run_holds_the_lot_that_sat_through_its_excursions(
    world: World,
) -> None:
    cold_store(world)
    in_fridge(world, GAUZE, "G-2022", 20, on=date(2022, 4, 1))
    world.clock = FixedClock(datetime(2022, 6, 9, tzinfo=UTC))
    result = import_file(world, REAL / "130500109088_202206081014.txt")
    assert result.ok, result
    assert result.detail["new_readings"] == result.detail["readings"] == 10653
    found = list_excursions(world.store.uow(read_only=True))
    assert found and all(x.location == "FRIDGE" for x in found)
    assert all([lot.lot for lot in x.lots] == ["G-2022"] for x in found)
    assert world.lot(GAUZE, "G-2022")["hold_reason"] == "TEMPERATURE_EXCURSION"
    # The device's own alarm limits are kept beside the class's range.
    assert {(a["side"], a["limit"]) for a in found[0].logger_limits} >= {("above", 8.0)}


def test_two_runs_of_one_real_q_tag_are_one_logger_and_keep_its_mkt_energy(
    world: World,
) -> None:
    cold_store(world)
    world.clock = FixedClock(datetime(2023, 5, 1, tzinfo=UTC))
    first = import_file(world, REAL / "RCPJ00010_02_202211090128.txt")
    second = import_file(world, REAL / "RCPJ00010_03_202304201359.txt")
    assert first.ok and second.ok
    assert world.sql("SELECT serial, place FROM climate_loggers") == [
        ("RCPJ00010", "location:FRIDGE")
    ]
    assert world.count("climate_files") == 2
    excursions = list_excursions(world.store.uow(read_only=True))
    # The device says "MKT Energy: 83.0" (kJ/mol): its MKT is figured at that, not 83.144.
    assert excursions and {x.activation_energy for x in excursions} == {83.0}
