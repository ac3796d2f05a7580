"""Logger files into the store: readings merged, gaps, excursions holding the lots they touched."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.model import AlertKind, Level
from app.errors import Code
from app.services.alerts import open_warnings
from app.services.climate import list_excursions
from app.services.commands import DecideExcursion, SaveLoggerMapping
from app.services.ports import WarningFilter
from tests.integration.cold_chain.kit import (
    FRIDGE_FILE,
    LOGGERS,
    MAPPING,
    cold_store,
    import_file,
    in_fridge,
    utc,
    write_csv,
)
from tests.integration.core.store_kit import GAUZE, World


@pytest.fixture
def cold(world: World) -> World:
    return cold_store(world)


def after_run(world: World) -> None:
    world.clock = __import__("app.domain.clock", fromlist=["FixedClock"]).FixedClock(
        datetime(2024, 7, 3, 9, tzinfo=UTC)
    )


def test_a_lot_in_the_fridge_during_an_excursion_is_held_until_qa_releases_it(
    cold: World,
) -> None:
    text = in_fridge(cold, GAUZE, "G-IN", 10)
    after_run(cold)
    result = import_file(cold, FRIDGE_FILE)
    assert result.ok, result
    (excursion,) = list_excursions(cold.store.uow(read_only=True))
    # 9.5 °C from 14:00 to 14:45 local (+8): 45 minutes above 8 °C.
    assert (excursion.start, excursion.end) == (utc(2024, 7, 1, 6, 0), utc(2024, 7, 1, 6, 45))
    assert (excursion.minutes, excursion.highest, excursion.location) == (45.0, 9.5, "FRIDGE")
    assert [x.key for x in excursion.lots] == [f"{GAUZE}/G-IN"]
    assert cold.lot(GAUZE, "G-IN")["hold_reason"] == "TEMPERATURE_EXCURSION"

    picked = cold.do("pick", text, qty=1, location="FRIDGE", to="WARD")
    assert picked.code is Code.TEMPERATURE_EXCURSION
    released = cold.do("release", text, user="qa", reason="looks fine")
    assert released.code is Code.EXCURSION_OPEN

    decide = DecideExcursion(excursion.id, True, "stability data allow 48 h at 25 °C")
    assert cold.run(cold.people["sup"], decide).code is Code.NOT_PERMITTED
    assert cold.run(cold.people["qa"], DecideExcursion(excursion.id, True, " ")).code is (
        Code.REASON_REQUIRED
    )
    assert cold.run(cold.people["qa"], decide).ok
    assert cold.lot(GAUZE, "G-IN")["hold"] == "none"
    assert cold.do("pick", text, qty=1, location="FRIDGE", to="WARD").ok
    assert cold.run(cold.people["qa"], decide).code is Code.EXCURSION_DECIDED


def test_qa_rejecting_an_excursion_rejects_its_lots(cold: World) -> None:
    text = in_fridge(cold, GAUZE, "G-IN", 10)
    after_run(cold)
    assert import_file(cold, FRIDGE_FILE).ok
    (excursion,) = list_excursions(cold.store.uow(read_only=True))
    assert cold.run(cold.people["qa"], DecideExcursion(excursion.id, False, "9.5 °C")).ok
    assert cold.lot(GAUZE, "G-IN")["qc"] == "rejected"
    assert cold.do("pick", text, qty=1, location="FRIDGE", to="WARD").code is not Code.ACCEPTED
    (decided,) = list_excursions(cold.store.uow(read_only=True), "rejected")
    assert decided.decided_by == "qa" and decided.justification == "9.5 °C"


def test_only_lots_that_were_there_during_the_excursion_are_held(cold: World) -> None:
    in_fridge(cold, GAUZE, "G-IN", 10)
    in_fridge(cold, GAUZE, "G-LATER", 10, on=date(2024, 7, 2))
    in_fridge(cold, GAUZE, "G-GONE", 10)
    cold.do("move", "01" + GAUZE + "17291231" + "10G-GONE", qty=10, location="FRIDGE", to="A1")
    after_run(cold)
    assert import_file(cold, FRIDGE_FILE).ok
    (excursion,) = list_excursions(cold.store.uow(read_only=True))
    assert [x.lot for x in excursion.lots] == ["G-IN"]
    assert cold.lot(GAUZE, "G-LATER")["hold"] == "none"
    assert cold.lot(GAUZE, "G-GONE")["hold"] == "none"


def test_the_same_file_twice_changes_nothing(cold: World) -> None:
    in_fridge(cold, GAUZE, "G-IN", 10)
    after_run(cold)
    assert import_file(cold, FRIDGE_FILE).ok
    before = cold.dump()
    again = import_file(cold, FRIDGE_FILE)
    assert again.ok and again.detail["already_imported"] is True
    assert cold.dump() == before


def test_overlapping_files_merge_into_one_series(cold: World, tmp_path: Path) -> None:
    assert cold.run(cold.people["sup"], SaveLoggerMapping("generic", MAPPING)).ok
    start = datetime(2024, 7, 1, 0, 0)
    first = write_csv(tmp_path / "a.csv", start, [5.0] * 24)  # 00:00-01:55
    second = write_csv(tmp_path / "b.csv", start + timedelta(hours=1), [5.0] * 24)  # 01:00-02:55
    after_run(cold)
    one = import_file(cold, first, mapping="generic")
    two = import_file(cold, second, mapping="generic")
    assert (one.detail["new_readings"], two.detail["new_readings"]) == (24, 12)
    assert two.detail["duplicates"] == 12
    assert cold.count("climate_readings") == 36


def test_a_gap_longer_than_two_intervals_is_a_no_data_period(cold: World) -> None:
    after_run(cold)
    result = import_file(cold, FRIDGE_FILE)
    # No rows 07-02 02:05-02:55 local: the last reading before 02:00, the next at 03:00.
    assert [(g["start"], g["end"]) for g in result.detail["gaps"]] == [
        (utc(2024, 7, 1, 18, 0), utc(2024, 7, 1, 19, 0))
    ]
    assert cold.sql("SELECT start, end FROM climate_gaps") == [
        ("2024-07-01T18:00:00.000000+00:00", "2024-07-01T19:00:00.000000+00:00")
    ]


@pytest.mark.parametrize(
    ("name", "reader_code"),
    [
        ("truncated_fridge_tag_2l.txt", "LOGGER_TRUNCATED"),
        ("wrong_units_fridge_tag_2.txt", "LOGGER_WRONG_UNITS"),
        ("not_a_logger.txt", "LOGGER_NOT_A_LOGGER_FILE"),
        ("bad_row_fridge_tag_2l.txt", "LOGGER_BAD_ROW"),
    ],
)
def test_a_malformed_file_is_refused_with_its_code_and_imports_nothing(
    cold: World, name: str, reader_code: str
) -> None:
    from app.errors import Refused

    before = cold.dump()
    with pytest.raises(Refused) as refused:
        import_file(cold, LOGGERS / name)
    assert refused.value.code is Code.BAD_LOGGER_FILE
    assert refused.value.detail["logger_code"] == reader_code
    assert cold.dump() == before


def test_a_daily_summary_file_gives_day_level_excursions(cold: World) -> None:
    in_fridge(cold, GAUZE, "G-IN", 10, on=date(2024, 2, 28))
    cold.clock = __import__("app.domain.clock", fromlist=["FixedClock"]).FixedClock(
        datetime(2024, 3, 10, 9, tzinfo=UTC)
    )
    assert import_file(cold, LOGGERS / "fridge_tag_2_summary.txt").ok
    found = list_excursions(cold.store.uow(read_only=True))
    assert {(x.kind, x.side) for x in found} == {("day", "above"), ("day", "below")}
    assert all(x.lots and x.lots[0].lot == "G-IN" for x in found)


def test_a_q_tag_files_own_activation_energy_gives_the_mkt(cold: World) -> None:
    in_fridge(cold, GAUZE, "G-IN", 10, on=date(2020, 1, 1))
    cold.clock = __import__("app.domain.clock", fromlist=["FixedClock"]).FixedClock(
        datetime(2030, 1, 1, tzinfo=UTC)
    )
    assert import_file(cold, LOGGERS / "q_tag.txt").ok
    (excursion, *_) = list_excursions(cold.store.uow(read_only=True))
    assert excursion.activation_energy == 83.0
    assert excursion.device_mkt is not None and excursion.mkt is not None
    assert abs(excursion.mkt - excursion.device_mkt) < 0.1


def test_a_later_file_that_continues_an_excursion_extends_it_and_holds_the_lots_that_came(
    cold: World, tmp_path: Path
) -> None:
    assert cold.run(cold.people["sup"], SaveLoggerMapping("generic", MAPPING)).ok
    in_fridge(cold, GAUZE, "G-IN", 10, on=date(2024, 6, 30))
    start = datetime(2024, 7, 1, 0, 0)
    # 00:00-01:55, warm (9.6 °C) from 01:00 to the file's end; then 02:00-03:55, warm to 02:55.
    first = write_csv(tmp_path / "a.csv", start, [5.0] * 12 + [9.6] * 12)
    second = write_csv(tmp_path / "b.csv", start + timedelta(hours=2), [9.6] * 12 + [5.0] * 12)
    cold.on(date(2024, 7, 1), hour=2)
    one = import_file(cold, first, mapping="generic")
    assert one.ok and len(one.detail["excursions"]) == 1
    (excursion,) = list_excursions(cold.store.uow(read_only=True))
    assert (excursion.start, excursion.end, excursion.open_ended) == (
        utc(2024, 7, 1, 1, 0), utc(2024, 7, 1, 2, 0), True
    )  # fmt: skip
    assert cold.run(cold.people["qa"], DecideExcursion(excursion.id, True, "short spell")).ok
    cold.clock = FixedClock(datetime(2024, 7, 1, 2, 30, tzinfo=UTC))  # while still warm
    during = cold.do(
        "receive", "01" + GAUZE + "17291231" + "10G-MID", qty=4, location="FRIDGE", reference="DN-M"
    )
    assert during.ok, during
    in_fridge(cold, GAUZE, "G-LATER", 5, on=date(2024, 7, 1))  # 09:00: after it ended
    cold.on(date(2024, 7, 2))

    two = import_file(cold, second, mapping="generic")

    assert two.ok, two
    assert two.detail["excursions"] == [] and two.detail["extended"] == [excursion.id]
    (extended,) = list_excursions(cold.store.uow(read_only=True))
    assert extended.id == excursion.id
    assert (extended.start, extended.end, extended.open_ended) == (
        utc(2024, 7, 1, 1, 0), utc(2024, 7, 1, 3, 0), False
    )  # fmt: skip
    assert extended.minutes == 120.0
    assert extended.status == "open" and extended.decided_by is None  # QA decided less
    assert [x.lot for x in extended.lots] == ["G-IN", "G-MID"]
    assert cold.lot(GAUZE, "G-MID")["hold_reason"] == "TEMPERATURE_EXCURSION"
    assert cold.lot(GAUZE, "G-IN")["hold_reason"] == "TEMPERATURE_EXCURSION"  # held again
    assert cold.lot(GAUZE, "G-LATER")["hold"] == "none"
    assert cold.count("excursions") == 1


def test_a_no_data_period_is_a_logger_gap_warning_of_its_own_on_the_location(cold: World) -> None:
    after_run(cold)
    assert import_file(cold, FRIDGE_FILE).ok
    (warning,) = [
        w for w in open_warnings(cold.store.uow(read_only=True), WarningFilter())
        if w.kind is AlertKind.LOGGER_GAP
    ]  # fmt: skip
    assert (warning.location, warning.level, warning.lot) == ("FRIDGE", Level.WARNING, "")
    assert "2024-07-01T18:00:00+00:00 - 2024-07-01T19:00:00+00:00 (60 min)" in warning.message
    assert cold.sql("SELECT count(*) FROM audit WHERE action = 'raise_alert'") == [(1,)]
    assert import_file(cold, FRIDGE_FILE).ok  # the same file again: no second warning
    assert cold.sql("SELECT count(*) FROM alerts WHERE kind = 'logger_gap'") == [(1,)]
