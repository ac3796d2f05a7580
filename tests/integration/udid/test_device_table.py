"""The national UDI database in a site store: its import, items made and filled from it,
package levels received and picked in eaches, withdrawn devices warned of."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.udi import UdiDevice
from app.services.commands import ImportMasterData, ImportUdiDatabase
from app.services.udi import StorageRange, storage_range
from tests.integration.core.store_kit import GAUZE, REGISTRATION, World, gtin14
from tests.integration.udid.udid_kit import (
    box,
    case,
    devices_in,
    download,
    each,
    import_files,
    label,
)
from tests.udid_gen import chunks, device_xml, record, write_zip
from ui.commands.udid import devices_of


@pytest.fixture
def imported(world: World, tmp_path: Path) -> World:
    assert import_files(world, download(tmp_path)).ok
    return world


def test_a_download_fills_the_device_table_with_its_levels_and_storage(
    world: World, tmp_path: Path
) -> None:
    file = download(tmp_path)
    result = import_files(world, file)
    assert result.ok, result
    assert world.count("udi_devices") == devices_in(file) == 60
    assert result.detail["package_levels"] == world.count("udi_packages") == 75
    assert world.sql("SELECT level, contains FROM udi_packages WHERE di=?", case(15)) == [
        ("箱", 20)
    ]
    with world.store.uow() as uow:
        assert storage_range(uow, each(15)) == StorageRange(Decimal(2), Decimal(8), "储存温度")
        assert storage_range(uow, each(2)) is None  # record 2 gives no storage condition
    (entry,) = world.sql("SELECT user, action FROM audit WHERE action='import_udid'")
    assert entry == ("admin", "import_udid")


def test_a_zipped_download_of_several_parts_imports_every_part(
    world: World, tmp_path: Path
) -> None:
    file = write_zip(tmp_path / "UDID_FULL.zip", 90, parts=3)
    assert import_files(world, file).ok
    assert world.count("udi_devices") == 90


def test_an_incremental_file_replaces_a_record_and_its_levels(
    imported: World, tmp_path: Path
) -> None:
    changed = device_xml(record(15)).replace("<bznhxyjcpbssl>20</bznhxyjcpbssl>", "")
    changed = changed.replace(
        f"<packing><bzcpbs>{case(15)}</bzcpbs><cpbzjb>箱</cpbzjb>"
        f"<bznhxyjbzcpbs>{box(15)}</bznhxyjbzcpbs></packing>",
        "",
    )
    file = tmp_path / "UDID_DAY_INCREMENT.xml"
    file.write_text(
        f"<udid><devices>{changed.replace('<ggxh>', '<ggxh>NEW ', 1)}</devices></udid>",
        encoding="utf-8",
    )
    assert import_files(imported, file).ok
    assert imported.count("udi_devices") == 60
    assert imported.sql("SELECT model FROM udi_devices WHERE di=?", each(15))[0][0].startswith(
        "NEW "
    )
    assert imported.sql("SELECT di FROM udi_packages WHERE device_di=?", each(15)) == [(box(15),)]


def test_only_an_administrator_imports_the_udi_database(world: World, tmp_path: Path) -> None:
    result = import_files(world, download(tmp_path), user="sup")
    assert result.code.value == "NOT_PERMITTED"
    assert world.count("udi_devices") == 0


def bad_file_imports_nothing(world: World, *files: Path) -> str:
    before = world.dump()
    result = import_files(world, *files)
    assert not result.ok and result.code.value == "BAD_UDI_FILE", result
    assert world.dump() == before  # nothing half-imported, not even an audit entry
    return str(result.detail["udid_code"])


def test_malformed_xml_imports_nothing(world: World, tmp_path: Path) -> None:
    good = download(tmp_path, 30, name="PART1.xml")
    # The second file breaks late: the first file's devices were written by then.
    broken = tmp_path / "PART2.xml"
    lines = "".join(chunks(40)).splitlines(keepends=True)
    lines[30] = lines[30].replace("</spmc>", "</spmx>", 1)
    broken.write_text("".join(lines), encoding="utf-8")
    assert bad_file_imports_nothing(world, good, broken) == "UDID_MALFORMED_XML"


def test_a_wrong_root_imports_nothing(world: World, tmp_path: Path) -> None:
    file = tmp_path / "export.xml"
    file.write_text("".join(chunks(5)).replace("udid", "products"), encoding="utf-8")
    assert bad_file_imports_nothing(world, download(tmp_path), file) == "UDID_WRONG_ROOT"


def test_a_device_without_its_di_imports_nothing(world: World, tmp_path: Path) -> None:
    devices = [device_xml(record(n)) for n in range(50)]
    devices[44] = devices[44].replace(f"<zxxsdycpbs>{record(44).di}</zxxsdycpbs>", "")
    file = tmp_path / "missing.xml"
    file.write_text(f"<udid><devices>{''.join(devices)}</devices></udid>", encoding="utf-8")
    assert bad_file_imports_nothing(world, file) == "UDID_MISSING_DI"


def test_a_truncated_zip_imports_nothing(world: World, tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID_FULL.zip", 300)
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])
    assert bad_file_imports_nothing(world, file) == "UDID_TRUNCATED_ZIP"


def test_damaged_data_late_in_a_zip_imports_nothing(world: World, tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID.zip", 300)
    with zipfile.ZipFile(file) as archive:
        assert archive.testzip() is None
    data = bytearray(file.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    file.write_bytes(bytes(data))
    assert bad_file_imports_nothing(world, file) == "UDID_BAD_ZIP"


# ---- items from the device table


def test_a_di_first_scanned_at_receiving_becomes_a_registered_item_from_its_record(
    imported: World,
) -> None:
    result = imported.do("receive", label(each(15)), location="RCV")
    assert result.ok, result
    assert result.detail["new_item"] is True and result.detail["registered"] is True
    rec = record(15)
    ((name, name_zh, model, maker, number, provisional, lot, expiry, produced, serial),) = (
        imported.sql(
            "SELECT name, name_zh, model, manufacturer, registration_no, provisional, "
            "lot_required, expiry_required, production_date_required, serialised "
            "FROM items WHERE di=?",
            each(15),
        )
    )
    assert (name, name_zh, model, maker, number) == (
        rec.name,
        rec.name,
        rec.model,
        rec.registrant,
        rec.registration_no,
    )
    assert (provisional, lot, expiry, produced, serial) == (0, 1, 1, 1, 0)


def test_an_item_made_from_its_record_needs_what_its_label_carries(imported: World) -> None:
    # Record 15's label carries a production date: a scan without one is incomplete.
    result = imported.do("receive", label(each(15), produced=None), location="RCV")
    assert result.code.value == "INCOMPLETE_SCAN"
    assert result.detail["missing"] == ["production_date"]
    assert imported.sql("SELECT count(*) FROM items WHERE di=?", each(15)) == [(0,)]


def test_a_device_without_a_registration_number_becomes_a_provisional_item(
    imported: World,
) -> None:
    # Record 9 has no number, and its label carries no lot.
    result = imported.do("receive", label(each(9), lot=None), location="RCV")
    assert result.ok, result
    assert result.detail["registered"] is False
    assert imported.sql("SELECT provisional, lot_required FROM items WHERE di=?", each(9)) == [
        (1, 0)
    ]


def test_a_di_in_no_table_is_a_provisional_item_as_before(imported: World) -> None:
    stranger = gtin14("0691234567890")
    result = imported.do("receive", label(stranger, produced=None), location="RCV")
    assert result.ok and result.detail["registered"] is False
    assert imported.sql("SELECT name, provisional FROM items WHERE di=?", stranger) == [
        (f"? {stranger}", 1)
    ]


def test_an_imported_item_is_filled_from_the_device_table_where_its_columns_are_empty(
    imported: World,
) -> None:
    result = imported.run(
        imported.people["admin"],
        ImportMasterData(
            "items",
            ["gtin", "name", "model", "registration_no"],
            [{"gtin": each(21), "name": "Gauze pad", "model": "own model", "registration_no": ""}],
        ),
    )
    assert result.ok, result
    rec = record(21)
    assert imported.sql(
        "SELECT name, name_zh, model, manufacturer, registration_no, provisional "
        "FROM items WHERE di=?",
        each(21),
    ) == [("Gauze pad", rec.name, "own model", rec.registrant, rec.registration_no, 0)]
    assert result.detail["conflicts"] == []


def test_an_item_import_that_contradicts_the_device_table_is_reported_not_applied(
    imported: World,
) -> None:
    result = imported.run(
        imported.people["admin"],
        ImportMasterData(
            "items",
            ["gtin", "name", "registration_no"],
            [{"gtin": each(22), "name": "Cannula", "registration_no": "国械注准20990000001"}],
        ),
    )
    assert result.ok, result
    (conflict,) = result.detail["conflicts"]
    assert (conflict["row"], conflict["column"]) == (2, "registration_no")
    assert record(22).registration_no in conflict["problem"]
    assert imported.sql("SELECT registration_no FROM items WHERE di=?", each(22)) == [
        ("国械注准20990000001",)
    ]


def test_a_record_that_contradicts_local_master_data_is_reported_not_applied(
    world: World, tmp_path: Path
) -> None:
    # The template's GAUZE is record 1's DI, with another registration number.
    result = import_files(world, download(tmp_path))
    conflicts = {c["di"]: c for c in result.detail["conflicts"]}
    assert conflicts[GAUZE]["ours"] == REGISTRATION
    assert conflicts[GAUZE]["database"] == record(1).registration_no
    assert world.sql("SELECT registration_no FROM items WHERE di=?", GAUZE) == [(REGISTRATION,)]
    # ... while its empty fields are filled.
    assert world.sql("SELECT model FROM items WHERE di=?", GAUZE) == [(record(1).model,)]


def test_a_provisional_item_becomes_registered_when_the_database_arrives(
    world: World, tmp_path: Path
) -> None:
    assert world.do("receive", label(each(15)), location="RCV").ok  # before any import
    assert world.sql("SELECT provisional FROM items WHERE di=?", each(15)) == [(1,)]
    assert import_files(world, download(tmp_path)).ok
    assert world.sql(
        "SELECT provisional, registration_no, production_date_required FROM items WHERE di=?",
        each(15),
    ) == [(0, record(15).registration_no, 1)]


def test_a_withdrawn_device_raises_a_warning_for_lots_on_hand(world: World, tmp_path: Path) -> None:
    withdrawn = each(49)  # record 49: 退市 2024-06-30
    assert world.do("receive", label(withdrawn), location="RCV").ok
    assert import_files(world, download(tmp_path)).detail["withdrawn_warnings"] == 1
    assert world.sql("SELECT kind, level FROM alerts WHERE kind='withdrawn'") == [
        ("withdrawn", "warning")
    ]
    # Once per lot: a second import does not raise it again.
    assert import_files(world, download(tmp_path)).detail["withdrawn_warnings"] == 0


def test_receiving_a_withdrawn_device_raises_its_warning_at_once(imported: World) -> None:
    assert imported.do("receive", label(each(49), expiry=None), location="RCV").ok
    assert imported.count("alerts") == 1
    assert imported.sql("SELECT kind FROM alerts") == [("withdrawn",)]


# ---- packaging levels


def test_receiving_a_case_gtin_with_lot_and_expiry_adds_the_contained_eaches_to_the_each_level_lot(
    imported: World,
) -> None:
    result = imported.do("receive", label(case(15)), location="RCV")
    assert result.ok, result
    assert (result.di, result.detail["quantity"]) == (each(15), 200)
    assert (result.detail["package_level"], result.detail["package_units"]) == ("箱", 200)
    assert imported.qty(each(15), "L1", "RCV") == 200
    assert imported.sql("SELECT count(*) FROM lots WHERE di=?", case(15)) == [(0,)]
    # Two boxes more of the same lot: the same each-level lot.
    assert imported.do("receive", label(box(15)), qty=2, location="RCV").detail["quantity"] == 20
    assert imported.qty(each(15), "L1", "RCV") == 220
    (movement,) = imported.sql("SELECT quantity, raw_scan FROM movements ORDER BY seq LIMIT 1")
    assert movement == (200, label(case(15)))


def test_picking_a_box_takes_its_eaches_from_the_each_level_lot(imported: World) -> None:
    imported.do("receive", label(case(15)), location="RCV")
    assert imported.do("qc_release", label(each(15)), user="qa").ok
    assert imported.do("move", label(box(15)), qty=3, location="RCV", to="A1").ok
    assert imported.qty(each(15), "L1", "A1") == 30
    picked = imported.do("pick", label(box(15)), location="A1", to="WARD")
    assert picked.ok, picked
    assert picked.detail["quantity"] == 10 and picked.detail["package_level"] == "盒"
    assert imported.qty(each(15), "L1", "A1") == 20


def test_a_package_di_without_a_known_level_is_refused_not_received_as_one(
    world: World, tmp_path: Path
) -> None:
    # The case's level below is a DI the record does not have: no count of eaches.
    broken = device_xml(record(15)).replace(
        f"<bznhxyjbzcpbs>{box(15)}</bznhxyjbzcpbs>",
        f"<bznhxyjbzcpbs>{gtin14('3690000000015')}</bznhxyjbzcpbs>",
    )
    file = tmp_path / "broken_chain.xml"
    file.write_text(f"<udid><devices>{broken}</devices></udid>", encoding="utf-8")
    assert import_files(world, file).ok
    before = world.dump()
    result = world.do("receive", label(case(15)), location="RCV")
    assert result.code.value == "UNKNOWN_PACKAGE_LEVEL", result
    assert world.dump() == before
    assert world.do("receive", label(box(15)), location="RCV").detail["quantity"] == 10


def test_a_gs1_package_of_a_known_item_without_its_level_is_refused(world: World) -> None:
    # Indicator 3 before GAUZE's number: by GS1's rule a grouping of GAUZE, of unknown count.
    grouped = gtin14("3" + GAUZE[1:13])
    result = world.do("receive", label(grouped, produced=None), location="RCV")
    assert result.code.value == "UNKNOWN_PACKAGE_LEVEL"
    assert result.detail["item_di"] == GAUZE
    assert world.count("items") == 4


def test_a_packages_import_gives_an_item_its_levels(world: World) -> None:
    inner, outer = gtin14("1" + GAUZE[1:13]), gtin14("5" + GAUZE[1:13])
    result = world.run(
        world.people["admin"],
        ImportMasterData(
            "packages",
            ["package_di", "gtin", "level", "contains", "contains_di"],
            [
                {"package_di": inner, "gtin": GAUZE, "level": "盒", "contains": "12"},
                {
                    "package_di": outer,
                    "gtin": GAUZE,
                    "level": "箱",
                    "contains": "4",
                    "contains_di": inner,
                },
            ],
        ),
    )
    assert result.ok, result
    received = world.do("receive", label(outer, produced=None), location="RCV")
    assert received.ok and received.detail["quantity"] == 48
    assert world.qty(GAUZE, "L1", "RCV") == 48


def test_a_packages_import_refuses_a_level_that_does_not_lead_to_its_item(world: World) -> None:
    result = world.run(
        world.people["admin"],
        ImportMasterData(
            "packages",
            ["package_di", "gtin", "level", "contains", "contains_di"],
            [
                {
                    "package_di": gtin14("1" + GAUZE[1:13]),
                    "gtin": GAUZE,
                    "level": "盒",
                    "contains": "12",
                    "contains_di": gtin14("0691234567890"),
                }
            ],
        ),
    )
    assert result.code.value == "IMPORT_PROBLEMS"
    assert result.detail["problems"][0]["column"] == "contains_di"
    assert world.count("item_packages") == 0


def test_a_case_of_a_serialised_item_is_refused(imported: World) -> None:
    # Record 13 is equipment with a serial on its label: each unit is scanned on its own.
    assert imported.do("receive", label(each(13), expiry=None, serial="SN1"), location="RCV").ok
    result = imported.do("receive", label(case(13), expiry=None, serial="SN2"), location="RCV")
    assert result.code.value == "PACKAGE_OF_SERIALISED"


def test_a_package_never_holds_more_eaches_than_one_action_may_move(imported: World) -> None:
    result = imported.do("receive", label(case(15)), qty=10_000, location="RCV")
    assert result.code.value == "BAD_QUANTITY"


def test_lot_data_rules_apply_to_a_package_scan_as_to_its_item(imported: World) -> None:
    result = imported.do("receive", label(case(15), expiry=None), location="RCV")
    assert result.code.value == "INCOMPLETE_SCAN" and "expiry" in result.detail["missing"]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads RSS from /proc")
def test_a_100000_device_zip_imports_with_flat_memory(world: World, tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID_FULL_DOWNLOAD.zip", 100_000, parts=2)
    page = os.sysconf("SC_PAGE_SIZE")
    samples: list[int] = []

    def sampled(devices: Iterator[UdiDevice]) -> Iterator[UdiDevice]:
        for count, device in enumerate(devices, start=1):
            if count % 10_000 == 0:
                samples.append(int(Path("/proc/self/statm").read_text().split()[1]) * page)
            yield device

    result = world.run(
        world.people["admin"],
        ImportUdiDatabase((str(file),), sampled(devices_of([file]))),
    )
    assert result.ok, result
    assert world.count("udi_devices") == 100_000
    growth = max(samples) - samples[0]  # after the first 10,000: warmed up
    print(f"\n  RSS growth over the import {growth / 2**20:.1f} MiB")
    assert growth < 16 * 2**20


REAL = os.environ.get("LOTKEEPER_UDID_FILES", "")


@pytest.mark.skipif(not REAL, reason="set LOTKEEPER_UDID_FILES to real NMPA downloads (os.pathsep)")
def test_a_real_download_imports_and_its_items_receive(world: World) -> None:
    files = [Path(f) for f in REAL.split(os.pathsep) if f]
    result = import_files(world, *files)
    assert result.ok, result
    print(f"\n  {result.message}")
    ((di,),) = world.sql("SELECT di FROM udi_devices WHERE coding_system LIKE 'GS1%' LIMIT 1")
    (packaged,) = world.sql("SELECT di FROM udi_packages LIMIT 1") or [(None,)]
    assert world.count("udi_devices") > 0 and di
    assert packaged is None or world.do("receive", label(packaged), location="RCV").code.value in {
        "ACCEPTED",
        "INCOMPLETE_SCAN",
        "UNKNOWN_PACKAGE_LEVEL",
    }
