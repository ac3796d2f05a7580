"""Transfers between sites hold the same rules from the executor, `batch` and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.identity import Actor
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.services.commands import ApplyCentralPage, CreateRecall
from app.services.recall_trace import recall_trace
from tests.integration.core.store_kit import GAUZE, PINS, World, days, scan
from tests.integration.one_path.staging import EARLY, LATE, NOW
from tests.integration.one_path.test_entry_points import main_py

SITE, OTHER = "S1", "S2"
ARRIVING = scan(GAUZE, "G-NEW", days(320))


@pytest.fixture
def site(staged: World) -> World:
    """The staged store, enrolled as site S1, with 2 of G-EARLY already on their way to S2."""
    staged.write("INSERT INTO settings (key, value) VALUES ('sync.site', ?)", SITE)
    sent = staged.do("transfer_out", EARLY, user="sup", location="A2", site=OTHER, qty=2)
    assert sent.ok, sent
    return staged


def _expect(world: World, transfer_id: str, lot: str, qty: int) -> None:
    """The centre's word that a transfer is on its way here (as sync applies it)."""
    change = {
        "id": transfer_id,
        "from_site": OTHER,
        "to_site": SITE,
        "di": GAUZE,
        "lot": lot,
        "expiry": days(320).isoformat(),
        "production_date": None,
        "qc": "released",
        "quantity": qty,
        "status": "in_transit",
        "sent_at": NOW.isoformat(),
        "suggestion_id": None,
    }
    page = ApplyCentralPage([("transfer", change)], "test", {})
    assert world.run(Actor.system("test-device"), page).ok


CASES = [
    ("to_own_site", "transfer_out", LATE, {"location": "A1", "site": SITE, "qty": 1}, "SAME_SITE"),
    ("from_transit", "transfer_out", LATE, {"location": "IN-TRANSIT", "site": OTHER}, "IN_TRANSIT"),
    ("nothing_coming", "transfer_arrive", LATE, {"location": "RCV"}, "UNKNOWN_TRANSFER"),
]


def test_stock_sent_is_in_transit_counted_and_not_taken(site: World) -> None:
    sent = site.do("transfer_out", LATE, user="sup", location="A1", site=OTHER, qty=4)
    assert sent.ok, sent
    assert (site.qty(GAUZE, "G-LATE", "A1"), site.qty(GAUZE, "G-LATE", "IN-TRANSIT")) == (6, 4)
    assert site.lot(GAUZE, "G-LATE")["on_hand"] == 10
    for action, fields in (
        ("pick", {"location": "IN-TRANSIT", "to": "WARD"}),
        ("move", {"location": "IN-TRANSIT", "to": "A2"}),
        ("count", {"location": "IN-TRANSIT", "qty": 4}),
    ):
        refused = site.do(action, LATE, user="sup", **fields)
        assert refused.code.value == "IN_TRANSIT", (action, refused)
    new = NewRecall(RecallScope(GAUZE, ScopeKind.LOTS, lots=("G-LATE",)), 1, "seal")
    opened = site.run(site.people["qa"], CreateRecall(new))
    assert opened.ok, opened
    trace = recall_trace(site.store.uow(read_only=True), str(opened.detail["recall_id"]))
    [lot] = trace["lots"]
    assert (lot["in_transit"], lot["on_shelf"], lot["affected"]) == (4, 6, 10)


def test_an_operator_may_not_send_stock_to_another_site(site: World) -> None:
    refused = site.do("transfer_out", LATE, user="op", location="A1", site=OTHER, qty=1)
    assert refused.code.value == "NOT_PERMITTED"


def test_an_arrival_is_counted_once_with_its_difference(site: World) -> None:
    _expect(site, "T-1", "G-NEW", 12)
    _expect(site, "T-1", "G-NEW", 12)  # pulled twice: still one transfer
    arrived = site.do("transfer_arrive", ARRIVING, location="RCV", qty=10, reason="2 crushed")
    assert arrived.ok, arrived
    assert (arrived.detail["sent"], arrived.detail["difference"]) == (12, -2)
    assert site.qty(GAUZE, "G-NEW", "RCV") == 10
    assert site.lot(GAUZE, "G-NEW")["qc"] == "released"  # released where it came from
    again = site.do("transfer_arrive", ARRIVING, location="RCV", qty=10)
    assert again.code.value == "TRANSFER_ARRIVED"
    assert site.sql("SELECT status, received, note FROM transfers WHERE id = ?", "T-1") == [
        ("arrived", 10, "2 crushed")
    ]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_each_refusal_is_the_same_from_the_executor_batch_and_the_cli(
    site: World, tmp_path: Path, case: tuple[str, str, str, dict[str, object], str]
) -> None:
    _name, action, text, fields, code = case
    before = site.dump()
    assert site.do(action, text, user="sup", **fields).code.value == code
    assert site.dump() == before

    line = {"action": action, "user": "sup", "pin": PINS["sup"], "scan": text, **fields}
    upload = tmp_path / "upload.jsonl"
    upload.write_text(json.dumps(line) + "\n", encoding="utf-8")
    done = main_py(
        "batch", "--db", site.path, "--user", "sup", upload, home=tmp_path, pin=PINS["sup"]
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["code"] == code

    verb = "out" if action == "transfer_out" else "arrive"
    argv = ["transfer", verb, "--db", site.path, "--scan", text, "--user", "sup"]
    argv += ["--location", str(fields["location"])]
    if "site" in fields:
        argv += ["--to-site", str(fields["site"])]
    cli = main_py(*argv, home=tmp_path, pin=PINS["sup"])
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert json.loads(cli.stdout)["code"] == code


def test_suggestions_are_answered_from_batch_and_the_cli(site: World, tmp_path: Path) -> None:
    for n in (1, 2):
        change = {
            "id": f"SG-{n}",
            "from_site": SITE,
            "to_site": OTHER,
            "di": GAUZE,
            "lot": "G-LATE",
            "expiry": days(300).isoformat(),
            "quantity": 3,
            "unused": 5,
            "status": "open",
            "computed_at": NOW.isoformat(),
        }
        page = ApplyCentralPage([("transfer_suggestion", change)], "test", {})
        assert site.run(Actor.system("test-device"), page).ok
    listed = main_py("transfer", "suggestions", "--db", site.path, home=tmp_path)
    assert [json.loads(r)["id"] for r in listed.stdout.splitlines()] == ["SG-1", "SG-2"]

    lines = [
        {"action": "transfer_decline", "user": "sup", "pin": PINS["sup"], "suggestion": "SG-1"},
        {
            "action": "transfer_decline",
            "user": "sup",
            "pin": PINS["sup"],
            "suggestion": "SG-1",
            "reason": "the ward needs it",
        },
    ]
    upload = tmp_path / "answers.jsonl"
    upload.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    done = main_py(
        "batch", "--db", site.path, "--user", "sup", upload, home=tmp_path, pin=PINS["sup"]
    )
    assert [json.loads(r)["code"] for r in done.stdout.splitlines()] == [
        "REASON_REQUIRED",
        "ACCEPTED",
    ]
    accepted = main_py(
        "transfer",
        "accept",
        "--db",
        site.path,
        "SG-2",
        "--user",
        "sup",
        home=tmp_path,
        pin=PINS["sup"],
    )
    assert accepted.returncode == 0, accepted.stderr
    assert site.qty(GAUZE, "G-LATE", "IN-TRANSIT") == 3
    assert site.sql("SELECT id, status FROM transfer_suggestions ORDER BY id") == [
        ("SG-1", "declined"),
        ("SG-2", "accepted"),
    ]
    events = [r[0] for r in site.sql("SELECT type FROM outbox ORDER BY seq")]
    assert "transfer_suggestion_declined" in events and "transfer_sent" in events
