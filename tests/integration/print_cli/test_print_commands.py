"""`main.py print ...` end to end: data from a real store, symbols decoded back."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.domain.clock import Clock, FixedClock
from app.services.bus import execute
from app.services.commands import ImportMasterData, SetSiteSetting
from main import main
from tests.integration.printing.reading import pdf_pages_to_png, pdftotext, scans
from tests.kit import People, command
from tests.stores import ADMIN_PIN, Recipe, StoreCopy, Templates

GTIN = "06951234567897"
GS = "\x1d"


def seed(store: Store, clock: Clock) -> None:
    """Three locations, an operator, one syringe; two lots received, one of them quarantined."""
    people = People(store, clock, {"admin": ADMIN_PIN, "op": "1111"})
    tables = [
        (
            "locations",
            ["code", "name", "kind"],
            [
                {"code": "RCV", "name": "收货区", "kind": "receiving"},
                {"code": "A-01", "name": "A区01货位", "kind": "storage"},
                {"code": "Q", "name": "隔离区", "kind": "quarantine"},
            ],
        ),
        (
            "users",
            ["username", "role", "pin"],
            [{"username": "op", "role": "operator", "pin": "1111"}],
        ),
        (
            "items",
            ["gtin", "name", "name_zh", "registration_no"],
            [
                {
                    "gtin": GTIN,
                    "name": "Sterile syringe 5 ml",
                    "name_zh": "一次性使用无菌注射器",
                    "registration_no": "国械注准20153140001",
                },
            ],
        ),
    ]
    for kind, header, rows in tables:
        imported = execute(
            store.uow(), clock, people["admin"], ImportMasterData(kind, header, rows)
        )
        assert imported.ok, imported.detail
    for lot, expiry in (("LOT-A1", "270630"), ("LOT-Q9", "270131")):
        receive = command("receive", f"]d201{GTIN}17{expiry}10{lot}", qty=5, location="RCV")
        result = execute(store.uow(), clock, people["op"], receive)
        assert result.ok, result.message
    quarantine = command(
        "quarantine", f"]d201{GTIN}17270131" + "10LOT-Q9", reason="包装破损", location="RCV", to="Q"
    )
    held = execute(store.uow(), clock, people["op"], quarantine)
    assert held.ok, held.message


PRINTED = Recipe(datetime(2026, 1, 1, 9, tzinfo=UTC), seed=seed)


@pytest.fixture
def store_path(store_templates: Templates) -> Path:
    """The one store every print reads (tests that change it work on a copy)."""
    return store_templates[PRINTED]


def test_lot_label_pdf_carries_the_stored_lot_in_a_gs1_datamatrix_and_gs1_128(
    store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "lot.pdf"
    assert (
        main(
            [
                "print",
                "lot-label",
                "--db",
                str(store_path),
                "--gtin",
                GTIN[1:],
                "--lot",
                "LOT-A1",
                "--size",
                "100x50",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    [png] = pdf_pages_to_png(out.read_bytes(), tmp_path)
    symbols = scans(png)
    assert set(symbols) == {"]d2", "]C1"}
    for scan in symbols.values():
        assert (scan.gtin, scan.lot, scan.expiry) == (GTIN, "LOT-A1", date(2027, 6, 30))
    assert "一次性使用无菌注射器" in pdftotext(out.read_bytes(), tmp_path)


def test_quarantine_label_names_the_reason_and_carries_the_lot(
    store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "q.pdf"
    assert (
        main(
            [
                "print",
                "quarantine-label",
                "--db",
                str(store_path),
                "--gtin",
                GTIN,
                "--lot",
                "LOT-Q9",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = pdftotext(out.read_bytes(), tmp_path)
    assert "隔离" in text and "QUARANTINE" in text and "包装破损" in text
    [png] = pdf_pages_to_png(out.read_bytes(), tmp_path)
    assert scans(png)["]d2"].lot == "LOT-Q9"


def test_quarantine_label_for_a_lot_not_on_hold_is_refused(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "print",
            "quarantine-label",
            "--db",
            str(store_path),
            "--gtin",
            GTIN,
            "--lot",
            "LOT-A1",
            "--out",
            "/dev/null",
        ]
    )
    assert code == 1
    assert "not in quarantine" in capsys.readouterr().err


def test_zpl_label_reaches_a_raw_tcp_printer_byte_for_byte(
    store_path: Path, tmp_path: Path
) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def accept() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=accept)
    thread.start()
    port = server.getsockname()[1]
    assert (
        main(
            [
                "print",
                "lot-label",
                "--db",
                str(store_path),
                "--gtin",
                GTIN,
                "--lot",
                "LOT-A1",
                "--format",
                "zpl",
                "--printer",
                f"127.0.0.1:{port}",
            ]
        )
        == 0
    )
    thread.join(5)
    server.close()
    file_copy = tmp_path / "lot.zpl"
    assert (
        main(
            [
                "print",
                "lot-label",
                "--db",
                str(store_path),
                "--gtin",
                GTIN,
                "--lot",
                "LOT-A1",
                "--format",
                "zpl",
                "--out",
                str(file_copy),
            ]
        )
        == 0
    )
    assert bytes(received) == file_copy.read_bytes()
    assert received.startswith(b"^XA") and b"^CI28" in received and b"LOT-A1" in received


def test_printer_that_is_off_gives_a_clear_error(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = main(
        [
            "print",
            "location-label",
            "--db",
            str(store_path),
            "--location",
            "A-01",
            "--format",
            "zpl",
            "--printer",
            f"127.0.0.1:{port}",
        ]
    )
    assert code == 1
    assert "refused the connection" in capsys.readouterr().err


def test_location_label_barcode_reads_back_as_the_location_code(
    store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "loc.pdf"
    assert (
        main(
            [
                "print",
                "location-label",
                "--db",
                str(store_path),
                "--location",
                "A-01",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    from tests.integration.printing.reading import decode

    [png] = pdf_pages_to_png(out.read_bytes(), tmp_path)
    assert [b.text for b in decode(png)] == ["A-01"]


def test_quarantine_and_expiry_lists_list_the_right_lots(store_path: Path, tmp_path: Path) -> None:
    q = tmp_path / "q.pdf"
    e = tmp_path / "e.pdf"
    assert main(["print", "quarantine-list", "--db", str(store_path), "--out", str(q)]) == 0
    assert (
        main(["print", "expiry-list", "--db", str(store_path), "--within", "3650", "--out", str(e)])
        == 0
    )
    q_text = pdftotext(q.read_bytes(), tmp_path)
    assert "LOT-Q9" in q_text and "LOT-A1" not in q_text and "包装破损" in q_text
    e_text = pdftotext(e.read_bytes(), tmp_path)
    assert "LOT-A1" in e_text and "LOT-Q9" in e_text


def test_printed_lists_name_the_sites_time_zone_and_mark_recalled_stock(
    store_copy: StoreCopy, tmp_path: Path
) -> None:
    copy = store_copy(PRINTED, "copy.db")
    store = Store(copy)
    clock = FixedClock(datetime(2026, 1, 2, tzinfo=UTC))
    admin = People(store, clock, {"admin": ADMIN_PIN})["admin"]
    assert execute(store.uow(), clock, admin, SetSiteSetting("time_zone", "Asia/Shanghai")).ok
    store.close()
    out = tmp_path / "q.pdf"
    assert main(["print", "quarantine-list", "--db", str(copy), "--out", str(out)]) == 0
    text = pdftotext(out.read_bytes(), tmp_path)
    assert text.count("Asia/Shanghai (+08:00)") == 1
    assert "隔离 Quarantine" in text
