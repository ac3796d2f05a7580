"""A delivery's transport logger at receiving: its whole run is the shipment's record."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

from app.adapters.logger_files.intake import logger_file_command
from app.services.climate import list_excursions
from app.services.commands import ImportMasterData, Receive, SaveLoggerMapping
from tests.integration.cold_chain.kit import EXPIRY, MAPPING, cold_store, write_csv
from tests.integration.core.store_kit import GAUZE, PINS, World, scan
from tests.integration.one_path.test_entry_points import main_py

DEPARTED = datetime(2027, 2, 27, 8, 0)  # the world's clock is 2027-03-01 09:00 UTC


def transport(world: World, path: Path, values: list[float]) -> Path:
    assert world.run(world.people["sup"], SaveLoggerMapping("truck", MAPPING)).ok
    return write_csv(path, DEPARTED, values, step_minutes=10)


def receive(world: World, lot: str, log: Path | None, delivery: str = "DN-77") -> dict[str, object]:
    command = Receive(scan(GAUZE, lot, EXPIRY), 5, "FRIDGE", None, delivery)
    if log is not None:
        read = logger_file_command(world.store.uow(), log, delivery=delivery, mapping="truck")
        command = dataclasses.replace(command, transport_log=read)
    result = world.run(world.people["op"], command)
    assert result.ok, result
    return dict(result.detail)


def test_an_excursion_in_transit_receives_every_lot_of_the_delivery_into_quarantine(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    # 50 minutes at 11 °C on the road (more than the 30 allowed above 2-8 °C).
    log = transport(world, tmp_path / "truck.csv", [5.0] * 12 + [11.0] * 5 + [5.0] * 12)
    first = receive(world, "G-T1", log)
    second = receive(world, "G-T2", log)
    assert first["hold"] == second["hold"] == "quarantine"
    assert first["transport"]["quarantined"] is True  # type: ignore[index]
    (excursion,) = list_excursions(world.store.uow(read_only=True))
    assert excursion.delivery == "DN-77" and excursion.minutes == 50.0
    assert sorted(x.lot for x in excursion.lots) == ["G-T1", "G-T2"]
    assert world.count("climate_files") == 1


def test_a_clean_run_within_the_transit_limit_receives_as_usual(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    log = transport(world, tmp_path / "truck.csv", [5.0] * 30)
    detail = receive(world, "G-OK", log)
    assert detail["hold"] == "none" and detail["transport"]["excursions"] == []  # type: ignore[index]


def test_a_run_longer_than_the_item_may_travel_quarantines_it(world: World, tmp_path: Path) -> None:
    cold_store(world)
    rows = [{"gtin": GAUZE, "name": "Gauze swab", "transit_hours": "4"}]
    assert world.run(
        world.people["admin"], ImportMasterData("items", ["gtin", "name", "transit_hours"], rows)
    ).ok
    log = transport(world, tmp_path / "truck.csv", [5.0] * 36)  # 6 hours at 5 °C
    detail = receive(world, "G-SLOW", log)
    assert detail["hold"] == "quarantine"
    assert detail["transport"]["transit_minutes"] == 350  # type: ignore[index]
    (excursion,) = list_excursions(world.store.uow(read_only=True))
    assert excursion.kind == "transit_time" and [x.lot for x in excursion.lots] == ["G-SLOW"]


def test_a_batch_receipt_with_a_transport_log_is_held_with_its_excursion(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    log = transport(world, tmp_path / "truck.csv", [5.0] * 6 + [11.0] * 5 + [5.0] * 6)
    world.close()
    line = {
        "action": "receive", "user": "op", "scan": scan(GAUZE, "G-B1", EXPIRY), "qty": 3,
        "location": "FRIDGE", "reference": "DN-88", "transport_log": str(log),
        "transport_mapping": "truck",
    }  # fmt: skip
    broken = {**line, "scan": scan(GAUZE, "G-B2", EXPIRY), "transport_log": str(tmp_path / "x")}
    done = main_py(
        "batch", "--db", world.path, "--user", "op", home=tmp_path, pin=PINS["op"],
        stdin=json.dumps(line) + "\n" + json.dumps(broken) + "\n",
    )  # fmt: skip
    answers = [json.loads(x) for x in done.stdout.splitlines()]
    assert [a["code"] for a in answers] == ["ACCEPTED", "BAD_LOGGER_FILE"]
    assert answers[0]["detail"]["hold"] == "quarantine"
    assert answers[0]["detail"]["transport"]["excursions"] == [1]
    assert answers[1]["detail"]["logger_code"] == "LOGGER_NO_FILE"
