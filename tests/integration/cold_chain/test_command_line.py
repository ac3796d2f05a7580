"""The cold chain from the command line: real `main.py` processes on a real store file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber

from app.domain.clock import FixedClock
from app.services.commands import SetSiteSetting
from tests.integration.cold_chain.kit import EXPIRY, FRIDGE_FILE, LOGGERS, cold_store, in_fridge
from tests.integration.core.store_kit import GAUZE, PINS, World, scan
from tests.integration.one_path.test_entry_points import main_py


def test_climate_import_lists_the_excursion_and_its_lots_as_json(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    in_fridge(world, GAUZE, "G-IN", 10)
    world.close()
    imported = main_py(
        "climate", "import", "--db", world.path, "--location", "FRIDGE", FRIDGE_FILE,
        "--user", "op", home=tmp_path, pin=PINS["op"],
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    summary = json.loads(imported.stdout)
    assert summary["ok"] and summary["detail"]["held"] == [f"{GAUZE}/G-IN"]
    listed = main_py("climate", "excursions", "--db", world.path, "--json", home=tmp_path)
    (excursion,) = json.loads(listed.stdout)
    assert {"location", "start", "end", "minutes", "min", "max", "mkt", "lots"} <= set(excursion)
    assert excursion["location"] == "FRIDGE"
    assert (excursion["start"], excursion["end"]) == (
        "2024-07-01T06:00:00+00:00",
        "2024-07-01T06:45:00+00:00",
    )
    assert (excursion["minutes"], excursion["min"], excursion["max"]) == (45.0, 9.5, 9.5)
    assert excursion["lots"] == [{"gtin": GAUZE, "lot": "G-IN", "quantity": 10, "held": True}]
    assert 5.0 < excursion["mkt"] < 6.5
    again = main_py(
        "climate", "import", "--db", world.path, "--location", "FRIDGE", FRIDGE_FILE,
        "--user", "op", home=tmp_path, pin=PINS["op"],
    )  # fmt: skip
    assert json.loads(again.stdout)["detail"]["already_imported"] is True


def test_a_malformed_file_from_the_command_line_is_its_code_and_no_traceback(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    world.close()
    done = main_py(
        "climate", "import", "--db", world.path, "--location", "FRIDGE",
        LOGGERS / "truncated_fridge_tag_2l.txt", "--user", "op", home=tmp_path, pin=PINS["op"],
    )  # fmt: skip
    assert done.returncode == 1
    assert "BAD_LOGGER_FILE" in done.stderr and "LOGGER_TRUNCATED" in done.stderr
    assert "Traceback" not in done.stderr


def test_qa_decides_and_the_report_pdf_says_what_happened(world: World, tmp_path: Path) -> None:
    cold_store(world)
    assert world.run(world.people["admin"], SetSiteSetting("time_zone", "Asia/Shanghai")).ok
    in_fridge(world, GAUZE, "G-IN", 10)
    world.clock = FixedClock(datetime(2024, 7, 3, 9, tzinfo=UTC))
    from tests.integration.cold_chain.kit import import_file

    assert import_file(world, FRIDGE_FILE).ok
    world.close()
    by_operator = main_py(
        "climate", "decide", "--db", world.path, "--excursion", "1", "--release",
        "--reason", "ok", "--user", "op", home=tmp_path, pin=PINS["op"],
    )  # fmt: skip
    assert by_operator.returncode == 1 and "NOT_PERMITTED" in by_operator.stdout
    decided = main_py(
        "climate", "decide", "--db", world.path, "--excursion", "1", "--release",
        "--reason", "稳定性数据允许 25 °C 48 小时", "--user", "qa", home=tmp_path, pin=PINS["qa"],
    )  # fmt: skip
    assert decided.returncode == 0, decided.stdout + decided.stderr
    out = tmp_path / "excursion.pdf"
    report = main_py(
        "climate", "report", "--db", world.path, "--excursion", "1", "--out", out, home=tmp_path
    )
    assert report.returncode == 0, report.stderr
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        drawn = sum(len(page.curves) + len(page.lines) + len(page.rects) for page in pdf.pages)
    assert "温湿度超标评估报告" in text and "Temperature Excursion Report" in text
    assert "2024-07-01 14:00" in text and "2024-07-01 14:45" in text  # the site's zone
    assert "45 分钟 min" in text and "9.5 °C" in text
    assert "G-IN" in text and GAUZE in text
    assert "放行 Released" in text and "QA Zhang" in text
    assert "稳定性数据允许" in text
    assert drawn > 3  # the curve, the band and the shaded excursion


def test_a_batch_move_onto_a_warm_shelf_is_refused_unless_a_supervisor_signs(
    world: World, tmp_path: Path
) -> None:
    cold_store(world)
    world.receive(GAUZE, "G1", EXPIRY, 4)
    world.close()
    text = scan(GAUZE, "G1", EXPIRY)
    plain = {"action": "move", "user": "op", "scan": text, "qty": 1, "location": "RCV"}
    lines = [
        {**plain, "to": "WARM"},
        {**plain, "to": "WARM", "override": {"supervisor": "sup", "pin": PINS["sup"],
                                             "reason": "fridge defrost"}},
    ]  # fmt: skip
    done = main_py(
        "batch", "--db", world.path, "--user", "op", home=tmp_path, pin=PINS["op"],
        stdin="\n".join(json.dumps(line) for line in lines) + "\n",
    )  # fmt: skip
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["code"] for a in answers] == ["STORAGE_MISMATCH", "ACCEPTED"]
    assert answers[0]["detail"]["location_class"] == "常温"
