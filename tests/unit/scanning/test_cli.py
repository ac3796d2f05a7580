from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import hibc

MAIN = Path(__file__).resolve().parents[3] / "main.py"
GTIN = "09501101530003"


def run(*args: str, stdin: bytes = b"") -> tuple[int, list[dict[str, Any]]]:
    done = subprocess.run(
        [sys.executable, str(MAIN), "parse", "--today", "2025-06-15", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=60,
    )
    lines = done.stdout.decode("utf-8").splitlines()
    return done.returncode, [json.loads(line) for line in lines]


def test_cli_prints_one_json_object_per_argument_in_order() -> None:
    code, out = run(f"]d201{GTIN}17251200\x1d10AB-123", "4006381333931")
    assert code == 0
    assert out[0] == {
        "ok": True,
        "scheme": "gs1",
        "di": GTIN,
        "gtin": GTIN,
        "hibc": None,
        "lot": "AB-123",
        "expiry": "2025-12-31",
        "production_date": None,
        "serial": None,
        "quantity": None,
        "symbology": "]d2",
        "ais": {"01": GTIN, "17": "251200", "10": "AB-123"},
        "complete": True,
        "missing": [],
    }
    assert out[1]["scheme"] == "gtin" and out[1]["gtin"] == "04006381333931"


def test_cli_reads_stdin_lines_with_gs_stand_ins_and_exits_1_on_any_failure() -> None:
    stdin = f"01{GTIN}10L1<GS>21S1\r\n17251231^]10L2\nnot a barcode\n".encode()
    code, out = run(stdin=stdin)
    assert code == 1
    assert [o["ok"] for o in out] == [True, True, False]
    assert (out[0]["lot"], out[0]["serial"]) == ("L1", "S1")
    assert out[1]["complete"] is False and out[1]["missing"] == ["gtin"] and out[1]["di"] is None
    assert out[2]["error_code"] == "NOT_A_UDI" and out[2]["error"]


def test_cli_reports_hibc_parts() -> None:
    code, out = run(hibc("+A99912345/$$3260520LOT1"))
    assert code == 0
    assert out[0]["hibc"] == {"lic": "A999", "pcn": "1234", "uom": "5"}
    assert out[0]["di"] == "A99912345" and out[0]["gtin"] is None


def test_cli_error_object_has_code_and_message() -> None:
    code, out = run("0109501101530004")
    assert code == 1
    assert out == [
        {"ok": False, "error_code": "BAD_CHECK_DIGIT", "error": out[0]["error"]},
    ]
