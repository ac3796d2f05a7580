"""Package levels and the UDI database from every entry point: the CLI, batch (a file and a
pipe), the receiving and picking screens, and the printed lot label."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.printouts import lot_label
from printing.label_size import LabelSize
from printing.labels import layout_label
from printing.layout import Text
from tests.integration.core.store_kit import PINS, World, gtin14
from tests.integration.one_path.test_entry_points import main_py
from tests.integration.udid.udid_kit import box, case, download, each, import_files, label
from tests.udid_gen import chunks, write_zip
from ui.main_window import MainWindow
from ui.reasons import Tone
from ui.screens.picking import PickingScreen
from ui.screens.receiving import ReceivingScreen
from ui.session import Session
from ui.sounds import Sounds


@pytest.fixture
def imported(world: World, tmp_path: Path) -> World:
    assert import_files(world, download(tmp_path)).ok
    return world


def test_the_udid_import_command_imports_a_zipped_download(world: World, tmp_path: Path) -> None:
    file = write_zip(tmp_path / "UDID_FULL_DOWNLOAD.zip", 120, parts=2)
    done = main_py(
        "udid", "import", "--db", world.path, file, "--user", "admin",
        home=tmp_path, pin=PINS["admin"],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["devices"] == 120 and world.count("udi_devices") == 120
    # The template's own items contradict their records: warned of, not applied.
    assert "warning: " in done.stderr and "(not applied)" in done.stderr


def test_the_udid_import_command_says_where_a_file_is_malformed_and_imports_nothing(
    world: World, tmp_path: Path
) -> None:
    good = download(tmp_path, 20)
    broken = tmp_path / "PART2.xml"
    broken.write_text("".join(chunks(5)).replace("</ggxh>", "</ggxx>", 1), encoding="utf-8")
    done = main_py(
        "udid", "import", "--db", world.path, good, broken, "--user", "admin",
        home=tmp_path, pin=PINS["admin"],
    )  # fmt: skip
    assert done.returncode == 1
    assert "BAD_UDI_FILE: UDID_MALFORMED_XML" in done.stderr and "line " in done.stderr
    assert "Traceback" not in done.stderr
    assert world.count("udi_devices") == 0


def test_the_udid_import_command_needs_an_administrator(world: World, tmp_path: Path) -> None:
    done = main_py(
        "udid", "import", "--db", world.path, download(tmp_path), "--user", "sup",
        home=tmp_path, pin=PINS["sup"],
    )  # fmt: skip
    assert done.returncode == 1 and "NOT_PERMITTED" in done.stderr


def receive_line(scan: str) -> str:
    return json.dumps(
        {"action": "receive", "user": "op", "scan": scan, "location": "RCV",
         "at": "2027-03-01T09:30:00+08:00"}
    )  # fmt: skip


def test_batch_receiving_a_case_gtin_with_lot_and_expiry_adds_the_contained_eaches(
    imported: World, tmp_path: Path
) -> None:
    upload = tmp_path / "upload.jsonl"
    upload.write_text(receive_line(label(case(15))) + "\n", encoding="utf-8")
    done = main_py(
        "batch", "--db", imported.path, "--user", "op", upload, home=tmp_path, pin=PINS["op"]
    )
    (answer,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert answer["code"] == "ACCEPTED", answer
    assert answer["gtin"] == each(15) and answer["detail"]["quantity"] == 200
    assert imported.qty(each(15), "L1", "RCV") == 200


def test_the_command_line_piped_receiving_a_box_adds_its_eaches_and_refuses_an_unknown_level(
    imported: World, tmp_path: Path
) -> None:
    grouped = gtin14("3" + each(15)[1:13])  # GS1's grouping of record 15, in no table
    lines = [receive_line(label(box(15))), receive_line(label(grouped))]
    done = main_py(
        "batch", "--db", imported.path, "--user", "op",
        stdin="\n".join(lines) + "\n", home=tmp_path, pin=PINS["op"],
    )  # fmt: skip
    first, second = [json.loads(line) for line in done.stdout.splitlines()]
    assert (first["code"], first["detail"]["quantity"]) == ("ACCEPTED", 10)
    assert second["code"] == "UNKNOWN_PACKAGE_LEVEL"
    assert imported.qty(each(15), "L1", "RCV") == 10


# ---- the screens


def settle(session: Session) -> None:
    for _ in range(6):
        session.writer.wait_idle()
        session.tasks.wait_idle()
        QCoreApplication.processEvents()


@pytest.fixture
def window(qtbot: QtBot, imported: World) -> Iterator[MainWindow]:
    session = Session(imported.store, imported.clock, imported.people["op"], sounds=Sounds(False))
    win = MainWindow(session, [ReceivingScreen, PickingScreen])
    qtbot.addWidget(win)
    win.show()
    settle(session)
    yield win
    settle(session)
    session.close()


def test_the_receiving_screen_receives_a_case_as_its_eaches_and_says_both(
    window: MainWindow, imported: World
) -> None:
    window.show_screen(ReceivingScreen.key)
    screen = window.screens[ReceivingScreen.key]
    assert isinstance(screen, ReceivingScreen)
    settle(window.session)
    screen.location.setCurrentIndex(screen.location.findData("RCV"))
    screen.handle_scan(label(case(15)))
    settle(window.session)
    assert screen.dialog is None  # the record names the item: nobody is asked for a name
    assert screen.band.tone is Tone.OK
    assert "200" in screen.band.headline.text()
    assert "1 箱 = 200" in screen.band.detail.text()
    assert imported.qty(each(15), "L1", "RCV") == 200


def test_the_picking_screen_picks_a_box_from_its_items_line(
    window: MainWindow, imported: World
) -> None:
    assert imported.do("receive", label(case(15)), location="RCV").ok
    assert imported.do("qc_release", label(each(15)), user="qa").ok
    assert imported.do("move", label(case(15)), location="RCV", to="A1").ok
    window.show_screen(PickingScreen.key)
    screen = window.screens[PickingScreen.key]
    assert isinstance(screen, PickingScreen)
    settle(window.session)
    screen.department.setCurrentIndex(screen.department.findData("WARD"))
    screen.add_line(each(15), 10)
    settle(window.session)
    screen.handle_scan(label(box(15)))
    settle(window.session)
    assert screen.band.tone is Tone.OK, screen.band.headline.text()
    assert len(screen.lines) == 1 and screen.lines[0].picked_lot == "L1"
    assert "1 盒 = 10" in screen.band.detail.text()
    assert imported.qty(each(15), "L1", "A1") == 190


def test_a_package_levels_lot_label_carries_its_di_and_says_its_eaches(imported: World) -> None:
    assert imported.do("receive", label(case(15)), location="RCV").ok
    label_of_case = lot_label(imported.store.uow(), case(15), "L1")
    assert label_of_case.gtin == case(15)
    assert label_of_case.package_line == "1 箱 = 200"
    texts = [
        item.text for item in layout_label(label_of_case, LabelSize.LARGE).items
        if isinstance(item, Text)
    ]  # fmt: skip
    assert "1 箱 = 200" in texts
    assert any(case(15) in text for text in texts)  # the HRI under the symbols
