"""The closed loop's rules, asked through the executor (what every entry point calls)."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.disposition import TRANSFER_OUT
from app.domain.identity import Actor
from app.domain.model import Level, MovementType
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.errors import Code
from app.printouts import expiry_list
from app.services import dispositions
from app.services.alerts import count_open_warnings
from app.services.commands import CreateRecall
from app.services.context import Context
from app.services.ports import WarningFilter
from printing.documents import document_pdf
from printing.words import word
from tests.integration.core.store_kit import GAUZE, TODAY, World, days, scan
from tests.integration.loop.conftest import G1, RECEIVED
from tests.integration.loop.loop_kit import alert_row, open_rows, raise_today, setting, warning_of


def _choose(world: World, user: str, lot: str, disposition: str, **fields: str) -> Code:
    alert = warning_of(world, lot).alert_id
    return world.do(
        "choose_disposition", user=user, alert=alert, disposition=disposition, **fields
    ).code


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_a_warning_gets_its_locations_responsible_and_a_due_time_by_its_level(
    shelved: World,
) -> None:
    g1, g2 = warning_of(shelved, "G1"), warning_of(shelved, "G2")
    assert (g1.level, g1.responsible) == (Level.WARNING, "op")
    first, second = alert_row(shelved, g1.alert_id), alert_row(shelved, g2.alert_id)
    assert _stamp(first["due_at"]) - _stamp(first["raised"]) == timedelta(days=3)
    assert _stamp(second["due_at"]) - _stamp(second["raised"]) == timedelta(days=7)


def test_due_times_are_settings_and_a_location_naming_no_one_gives_the_category_owner(
    world: World,
) -> None:
    world.write("UPDATE locations SET responsible = '' WHERE code = 'A2'")
    setting(world, "due_days_warning", "5")
    setting(world, "category_owners", '{"consumable": "op2"}')
    world.on(RECEIVED)
    world.stocked(GAUZE, "G1", days(20), 10, location="A2")
    world.on(TODAY)
    raise_today(world)
    row = warning_of(world, "G1")
    assert row.responsible == "op2"
    stored = alert_row(world, row.alert_id)
    assert _stamp(stored["due_at"]) - _stamp(stored["raised"]) == timedelta(days=5)


def test_the_days_raise_writes_owners_and_due_times_with_the_warnings_in_one_audit_entry(
    world: World,
) -> None:
    setting(world, "category_owners", '{"consumable": "op2"}')
    world.on(RECEIVED)
    world.stocked(GAUZE, "G1", days(20), 10)
    world.stocked(GAUZE, "G2", days(50), 10)
    world.on(TODAY)
    ((seq, last),) = world.sql(
        "SELECT max(seq), (SELECT coalesce(max(id), 0) FROM alerts) FROM audit"
    )
    raise_today(world)
    entries = world.sql("SELECT action, after FROM audit WHERE seq > ?", seq)
    assert [action for action, _ in entries] == ["raise_expiry_alerts"]
    ids = [r[0] for r in world.sql("SELECT id FROM alerts WHERE id > ? ORDER BY id", last)]
    assert json.loads(entries[0][1])["assigned"] == {
        "alerts": 2,
        "first": ids[0],
        "last": ids[-1],
        "due_days": {"notice": 7, "warning": 3, "critical": 1, "expired": 1},
        "category_owners": {"consumable": "op2"},
    }
    assert world.sql("SELECT count(*) FROM alerts WHERE due_at IS NULL") == [(0,)]


def test_a_recalls_alerts_are_written_with_the_category_owner_and_the_critical_due_time(
    world: World,
) -> None:
    setting(world, "category_owners", '{"consumable": "op2"}')
    world.on(RECEIVED)
    world.stocked(GAUZE, "G1", days(200), 10)
    world.stocked(GAUZE, "G2", days(300), 10)
    scope = RecallScope(GAUZE, ScopeKind.ALL_LOTS)
    opened = world.run(world.people["sup"], CreateRecall(NewRecall(scope, 2, "seal leaks")))
    assert opened.ok, opened
    rows = world.sql("SELECT assigned_to, raised, due_at FROM alerts WHERE kind = 'recall'")
    assert len(rows) == 2
    for owner, raised, due in rows:
        assert owner == "op2"
        assert _stamp(due) - _stamp(raised) == timedelta(days=1)
    actions = [r[0] for r in world.sql("SELECT action FROM audit")]
    assert "assign_alerts" not in actions
    applied = world.sql("SELECT after FROM audit WHERE action = 'apply_recall'")[0][0]
    assert json.loads(applied)["assigned"]["alerts"] == 2


def test_only_the_owner_or_a_supervisor_chooses_a_disposition(shelved: World) -> None:
    assert _choose(shelved, "op2", "G1", "use_first") is Code.NOT_OWNER
    assert _choose(shelved, "op", "G1", "use_first") is Code.ACCEPTED
    assert _choose(shelved, "sup", "G2", "dispose") is Code.ACCEPTED
    assert _choose(shelved, "op", "G1", "scrap it") is Code.BAD_FIELD
    assert world_disposition(shelved, "G1") == ("use_first", "op")


def world_disposition(world: World, lot: str) -> tuple[str | None, str | None]:
    row = warning_of(world, lot)
    return row.disposition, row.disposition_by


def test_use_first_only_for_the_lot_first_in_fefo_and_a_pick_of_it_closes_the_warning(
    shelved: World,
) -> None:
    alert = warning_of(shelved, "G2").alert_id
    later = shelved.do("choose_disposition", user="op", alert=alert, disposition="use_first")
    assert later.code is Code.NOT_FIRST_IN_FEFO and later.fefo_lot == "G1"
    assert _choose(shelved, "op", "G1", "use_first", target="WARD") is Code.ACCEPTED
    assert dispositions.use_first_lots(shelved.store.uow(), "WARD") == {(GAUZE, "G1")}
    assert dispositions.use_first_lots(shelved.store.uow(), "ICU") == set()
    g1 = warning_of(shelved, "G1").alert_id
    assert shelved.do("pick", G1, qty=2, location="A1", to="WARD").ok
    assert [r.lot for r in open_rows(shelved)] == ["G2"]
    closed = alert_row(shelved, g1)
    assert (closed["closed_how"], closed["closed_by"]) == ("movement:pick", "op")


def test_a_lots_chosen_warning_reads_the_same_alone_as_among_other_lots(
    shelved: World,
) -> None:
    # A pick reports one lot (a point look-up), other actions several (one JSON array).
    assert _choose(shelved, "op", "G1", "use_first", target="WARD") is Code.ACCEPTED
    g1 = warning_of(shelved, "G1").alert_id
    lots = "SELECT id FROM lots WHERE lot IN ('G1', 'G2') ORDER BY lot"
    ((g1_lot,), (g2_lot,)) = shelved.sql(lots)
    with shelved.store.uow(read_only=True) as uow:
        alone = uow.loop.chosen_for_lots([g1_lot])
        among = uow.loop.chosen_for_lots([g2_lot, g1_lot])
        none = uow.loop.chosen_for_lots([g2_lot])
    assert alone == among == [(g1, g1_lot, "use_first")]
    assert none == []


def test_return_to_supplier_only_within_the_suppliers_return_window(world: World) -> None:
    world.on(RECEIVED)
    world.receive(GAUZE, "G9", days(20), 5, location="RCV", supplier="S1")
    assert world.do("qc_release", scan(GAUZE, "G9", days(20)), user="qa").ok
    world.on(TODAY)
    raise_today(world)
    # S1 states no return window: it takes nothing back.
    refused = _choose(world, "sup", "G9", "return_to_supplier")
    assert refused is Code.RETURN_WINDOW_PASSED
    world.write("UPDATE suppliers SET return_window_days = 30 WHERE code = 'S1'")
    world.on(RECEIVED + timedelta(days=31))
    assert _choose(world, "sup", "G9", "return_to_supplier") is Code.RETURN_WINDOW_PASSED
    world.on(RECEIVED + timedelta(days=30))
    assert _choose(world, "sup", "G9", "return_to_supplier") is Code.ACCEPTED
    returned = world.do(
        "return_to_supplier",
        scan(GAUZE, "G9", days(20)),
        user="sup",
        location="RCV",
        to="RET",
        reason="near expiry",
    )
    assert returned.ok, returned
    assert open_rows(world) == []


def test_a_lot_with_no_supplier_cannot_be_returned(shelved: World) -> None:
    assert _choose(shelved, "op", "G1", "return_to_supplier") is Code.NO_SUPPLIER


@pytest.mark.parametrize("verdict", ["qc_release", "qc_reject"])
def test_second_inspection_holds_the_lot_for_qc_and_the_verdict_closes_the_warning(
    shelved: World, verdict: str
) -> None:
    assert _choose(shelved, "op", "G1", "second_inspection") is Code.ACCEPTED
    assert shelved.lot(GAUZE, "G1")["qc"] == "pending"
    assert shelved.do("pick", G1, qty=1, location="A1", to="WARD").code is Code.QC_PENDING
    assert shelved.do(verdict, G1, user="qa", reason="second look").ok
    assert [r.lot for r in open_rows(shelved)] == ["G2"]
    assert shelved.lot(GAUZE, "G1")["qc"] == ("released" if verdict == "qc_release" else "rejected")


def test_dispose_closes_when_the_disposal_is_recorded(shelved: World) -> None:
    assert _choose(shelved, "sup", "G1", "dispose") is Code.ACCEPTED
    assert len(open_rows(shelved)) == 2, "chosen is not done"
    disposed = shelved.do("dispose", G1, user="sup", location="A1", qty=3, reason="damaged")
    assert disposed.ok, disposed
    assert [r.lot for r in open_rows(shelved)] == ["G2"]


def test_transfer_needs_a_site_and_closes_on_a_transfer_out_movement(shelved: World) -> None:
    assert _choose(shelved, "op", "G1", "transfer") is Code.MISSING_FIELD
    assert _choose(shelved, "op", "G1", "transfer", target="SITE-B") is Code.ACCEPTED
    alert = warning_of(shelved, "G1").alert_id
    # The transfers work records the movement; the loop matches its type.
    with shelved.store.uow() as uow:
        ctx = Context(uow, shelved.clock, shelved.people["op"])
        lot, shelf = uow.lots.get(GAUZE, "G1"), uow.locations.get("A1")
        assert lot is not None and shelf is not None
        ctx.record(MovementType.TRANSFER_OUT, lot, 10, shelf, None, raw_scan="")
        dispositions.after_change(ctx)
        ctx.flush()
        uow.commit()
    assert alert_row(shelved, alert)["closed_how"] == f"movement:{TRANSFER_OUT}"


def test_no_action_needs_a_reason_and_a_supervisor_other_than_who_chose_it(
    shelved: World,
) -> None:
    assert _choose(shelved, "op", "G1", "no_action") is Code.REASON_REQUIRED
    assert _choose(shelved, "op", "G1", "no_action", reason="ward uses it this week") is (
        Code.ACCEPTED
    )
    alert = warning_of(shelved, "G1").alert_id
    accept = "accept_disposition"
    assert shelved.do(accept, user="op", alert=alert).code is Code.NOT_PERMITTED
    assert _choose(shelved, "sup", "G1", "no_action", reason="ward uses it") is Code.ACCEPTED
    assert shelved.do(accept, user="sup", alert=alert).code is Code.SECOND_PERSON_REQUIRED
    assert warning_of(shelved, "G1").alert_id == alert, "still open"
    assert shelved.do(accept, user="sup2", alert=alert).ok
    assert alert_row(shelved, alert)["closed_how"] == "accepted"
    assert shelved.do(accept, user="sup2", alert=alert).code is Code.ALERT_CLOSED
    g2 = warning_of(shelved, "G2").alert_id
    assert shelved.do(accept, user="sup2", alert=g2).code is Code.NOTHING_TO_ACCEPT


def test_choosing_and_accepting_are_audited_and_sent_to_the_centre(shelved: World) -> None:
    _choose(shelved, "sup", "G1", "no_action", reason="kept for a trial")
    alert = warning_of(shelved, "G1").alert_id
    assert shelved.do("accept_disposition", user="sup2", alert=alert).ok
    audited = shelved.sql(
        "SELECT action, user FROM audit WHERE entity = 'alert' AND entity_id = ? ORDER BY seq",
        str(alert),
    )
    assert audited[-2:] == [("choose_disposition", "sup"), ("accept_disposition", "sup2")]
    sent = [t for (t,) in shelved.sql("SELECT type FROM outbox ORDER BY seq")]
    assert sent[-2:] == ["disposition", "alert_closed"]


def test_overdue_warnings_escalate_with_the_days_raising_and_are_counted(
    shelved: World,
) -> None:
    assert _choose(shelved, "op", "G2", "use_first") is Code.NOT_FIRST_IN_FEFO
    shelved.on(TODAY + timedelta(days=4))  # G1's warning was due in 3 days, G2's notice in 7
    now = shelved.clock.now()
    uow = shelved.store.uow
    assert count_open_warnings(uow(), WarningFilter(overdue_at=now)) == 1
    result = raise_today(shelved)
    assert result.detail["escalated"] == 1
    assert [r.lot for r in open_rows(shelved) if r.escalated] == ["G1"]
    assert raise_today(shelved).detail["escalated"] == 0, "escalated once"


def _overdue_digests(world: World) -> dict[str, dict[str, str]]:
    rows = world.sql(
        "SELECT channel, recipient, data FROM notifications WHERE code = 'DISPOSITIONS_OVERDUE'"
    )
    return {f"{channel}:{recipient}": json.loads(data) for channel, recipient, data in rows}


def test_the_days_escalation_tells_the_supervisors_all_and_each_owner_theirs_in_one_digest(
    shelved: World,
) -> None:
    shelved.write("UPDATE locations SET responsible = 'op2' WHERE code = 'A2'")
    shelved.on(RECEIVED)
    shelved.stocked(GAUZE, "G3", days(20), 10, location="A2")  # a warning, op2's
    shelved.on(TODAY)
    raise_today(shelved)
    for user in ("op", "op2", "sup"):
        setting(shelved, f"notify.email.{user}", f"{user}@store.example")
    g1, g3 = warning_of(shelved, "G1").alert_id, warning_of(shelved, "G3").alert_id
    shelved.on(TODAY + timedelta(days=4))  # G1's and G3's due in 3 days; G2's notice in 7
    ((seq,),) = shelved.sql("SELECT max(seq) FROM audit")

    assert raise_today(shelved).detail["escalated"] == 2

    digests = _overdue_digests(shelved)
    assert sorted(digests) == ["email:op", "email:op2", "email:sup", "tray:desk"]
    everyone = digests["tray:desk"]
    assert digests["email:sup"] == {**everyone, "to": "sup@store.example"}
    assert (everyone["count"], everyone["alerts"]) == ("2", f"{g1}, {g3}")
    assert everyone["lots"].splitlines() == [
        f"{g1} / {GAUZE} / G1 / {(TODAY + timedelta(days=3)).isoformat()}",
        f"{g3} / {GAUZE} / G3 / {(TODAY + timedelta(days=3)).isoformat()}",
    ]
    assert (digests["email:op"]["count"], digests["email:op"]["alerts"]) == ("1", str(g1))
    assert (digests["email:op2"]["count"], digests["email:op2"]["alerts"]) == ("1", str(g3))
    audited = shelved.sql("SELECT action, after FROM audit WHERE seq > ? ORDER BY seq", seq)
    actions = [action for action, _ in audited]
    assert actions.count("queue_notification") == 3  # a digest each, not one per warning
    [escalation] = [json.loads(after) for action, after in audited if action == "escalate_alerts"]
    assert escalation == {"escalated": 2, "to": "supervisors", "alerts": f"{g1}, {g3}"}
    assert [r.lot for r in open_rows(shelved) if r.escalated] == ["G1", "G3"]

    assert raise_today(shelved).detail["escalated"] == 0
    assert len(_overdue_digests(shelved)) == 4, "escalated, and told, once"


def test_an_overdue_digest_names_every_warning_and_lists_the_first_ten(world: World) -> None:
    setting(world, "notify.email.sup", "sup@store.example")
    world.on(RECEIVED)
    for n in range(12):
        world.stocked(GAUZE, f"L{n:02d}", days(20), 1, location="A1")
    world.on(TODAY)
    raise_today(world)
    ids = sorted(r.alert_id for r in open_rows(world))
    world.on(TODAY + timedelta(days=4))

    assert raise_today(world).detail["escalated"] == 12

    digest = _overdue_digests(world)["email:sup"]
    assert (digest["count"], digest["alerts"]) == ("12", f"{ids[0]}-{ids[-1]}")
    listed = digest["lots"].splitlines()
    assert [line.split(" / ")[2] for line in listed[:10]] == [f"L{n:02d}" for n in range(10)]
    assert listed[10:] == ["… +2"]


def test_an_item_below_its_minimum_raises_one_low_stock_warning_closed_by_restocking(
    world: World,
) -> None:
    setting(world, "category_min_stock", '{"consumable": 10}')
    world.stocked(GAUZE, "G1", days(200), 6, location="A1")
    low = [r for r in open_rows(world) if r.kind.value == "low_stock"]
    # Raised at receipt, when none of it was usable yet (QC pending): critical.
    assert [(r.di, r.lot, r.level) for r in low] == [(GAUZE, "", Level.CRITICAL)]
    assert world.do("pick", scan(GAUZE, "G1", days(200)), qty=1, location="A1", to="WARD").ok
    assert len([r for r in open_rows(world) if r.kind.value == "low_stock"]) == 1, "one only"
    refused = world.do(
        "choose_disposition", user="sup", alert=low[0].alert_id, disposition="dispose"
    )
    assert refused.code is Code.NOT_FOR_ITEM_WARNING
    world.stocked(GAUZE, "G3", days(300), 10, location="A1")
    assert [r for r in open_rows(world) if r.kind.value == "low_stock"] == []
    closed = world.sql("SELECT closed_how FROM alerts WHERE kind = 'low_stock'")
    assert closed == [("restocked",)]


def test_an_items_own_minimum_overrides_its_categorys(world: World) -> None:
    setting(world, "category_min_stock", '{"consumable": 100}')
    world.write("UPDATE items SET min_stock = 5 WHERE di = ?", GAUZE)
    world.stocked(GAUZE, "G1", days(200), 6, location="A1")
    assert [r for r in open_rows(world) if r.kind.value == "low_stock"] == []


def test_a_bad_category_setting_is_refused_with_its_code(world: World) -> None:
    from app.services.commands import SetSiteSetting

    result = world.run(world.people["admin"], SetSiteSetting("category_min_stock", "[1, 2]"))
    assert result.code is Code.BAD_SETTING
    result = world.run(world.people["admin"], SetSiteSetting("category_owners", '{"x": ""}'))
    assert result.code is Code.BAD_SETTING


def test_the_system_may_not_choose_a_disposition(shelved: World) -> None:
    alert = warning_of(shelved, "G1").alert_id
    from app.services.commands import ChooseDisposition

    result = shelved.run(Actor.system("test-device"), ChooseDisposition(alert, "dispose"))
    assert result.code is Code.NOT_PERMITTED


def test_the_near_expiry_list_shows_the_disposition_chosen_for_each_lot(
    shelved: World, tmp_path: Path
) -> None:
    assert _choose(shelved, "sup", "G1", "dispose") is Code.ACCEPTED
    doc = expiry_list(shelved.store.uow(), TODAY, TODAY + timedelta(days=90), "Central")
    assert {e.lot: e.disposition for e in doc.entries} == {"G1": "dispose", "G2": None}
    pdf = tmp_path / "expiry.pdf"
    pdf.write_bytes(document_pdf(doc))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    g1 = next(line for line in text.splitlines() if " G1 " in line)
    assert str(word("disposition", "dispose")) in g1
