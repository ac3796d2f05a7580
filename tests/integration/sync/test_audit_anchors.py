"""The centre anchors each site's audit chain and flags a chain cut short or rewritten."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.domain.audit import GENESIS, AuditEntry, entry_hash, verify_chain
from app.domain.recall import Recall, RecallScope, ScopeKind
from sync.client.anchors import centre_anchors
from sync.server import schema as s
from sync.server.recalls import issue_recall, recall_status
from tests.integration.sync.conftest import (
    ITEM_A,
    ROOT,
    START,
    Centre,
    Site,
    enrolled_site,
    seed_master_data,
)
from ui.commands import centre as centre_cli


@pytest.fixture
def centre(sqlite_centre: Centre) -> Centre:
    return sqlite_centre


def _head(site: Site) -> tuple[int, str]:
    with site.store.engine.connect() as conn:
        seq, digest = conn.execute(text("SELECT seq, hash FROM audit ORDER BY seq DESC")).first()
    return int(seq), str(digest)


def _flags(centre: Centre) -> list[str]:
    return [r.kind for r in centre.rows(select(s.audit_flags).order_by(s.audit_flags.c.id))]


def _server_audit(
    centre: Centre, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, Any]]]:
    capsys.readouterr()
    code = centre_cli.cmd_server_audit(argparse.Namespace(db=centre.url, site="A"))
    return code, json.loads(capsys.readouterr().out)


def _busy(centre: Centre, tmp_path: Path) -> Site:
    seed_master_data(centre)
    site = enrolled_site(centre, tmp_path, "A")
    assert not site.sync().errors
    for n in range(4):
        assert site.act("receive", ITEM_A, f"L{n}", qty=2, location="RCV").ok
    assert not site.sync().errors
    return site


def test_every_push_anchors_the_chain_head_and_the_site_can_read_its_anchors_back(
    centre: Centre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _busy(centre, tmp_path)
    head = _head(site)

    held = centre_anchors(site.store)

    assert (held.anchors[-1].seq, held.anchors[-1].hash) == head
    assert held.site == "A" and len(held.anchors) >= 1
    with site.store.uow(read_only=True) as uow:
        chain = {e.seq: e.hash for e in uow.audit.entries()}
    assert all(chain[a.seq] == a.hash for a in held.anchors)
    code, report = _server_audit(centre, capsys)
    assert code == 0 and report[0]["ok"] and report[0]["devices"][0]["newest_anchor"] == head[0]


def test_deleting_the_newest_audit_entries_is_flagged_at_the_centre(
    centre: Centre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _busy(centre, tmp_path)
    anchored, _ = _head(site)
    with site.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit WHERE seq > :n"), {"n": anchored - 6})
    with site.store.uow(read_only=True) as uow:
        assert verify_chain(uow.audit.entries()) is None  # locally, nothing shows
    assert site.act("receive", ITEM_A, "L9", qty=1, location="RCV").ok

    assert not site.sync().errors

    assert "chain_backwards" in _flags(centre)
    code, report = _server_audit(centre, capsys)
    assert code == 1 and not report[0]["ok"]
    assert {f["kind"] for f in report[0]["flags"]} >= {"chain_backwards"}


def test_deleting_every_audit_entry_is_flagged_at_the_centre(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    with site.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit"))
        conn.execute(
            text("UPDATE outbox SET sent_at = NULL WHERE seq = (SELECT max(seq) FROM outbox)")
        )

    site.sync()

    assert "chain_backwards" in _flags(centre)


def _rehash_after_editing(site: Site, seq: int) -> None:
    """What an insider who knows the hashing does: edit entry `seq`, re-hash all after it."""
    with site.store.uow(read_only=True) as uow:
        entries = list(uow.audit.entries())
    prev = GENESIS
    with site.store.engine.begin() as conn:
        for e in entries:
            assert isinstance(e, AuditEntry)
            user = "nobody" if e.seq == seq else e.user
            digest = entry_hash(
                prev,
                e.seq,
                e.at,
                user,
                e.device,
                e.action,
                e.entity,
                e.entity_id,
                e.before,
                e.after,
                e.meta,
            )
            conn.execute(
                text("UPDATE audit SET user = :u, prev_hash = :p, hash = :h WHERE seq = :s"),
                {"u": user, "p": prev, "h": digest, "s": e.seq},
            )
            prev = digest
    with site.store.uow(read_only=True) as uow:
        assert verify_chain(uow.audit.entries()) is None  # the local check cannot see it


def test_an_entry_edited_and_the_chain_rehashed_after_it_is_flagged_at_the_centre(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    _rehash_after_editing(site, 3)
    assert site.act("receive", ITEM_A, "L9", qty=1, location="RCV").ok

    assert not site.sync().errors

    assert "anchor_rewritten" in _flags(centre)


def _audit_verify_centre(site: Site) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "audit",
            "verify",
            "--db",
            str(site.store.path),
            "--centre",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_audit_verify_centre_finds_every_anchor_in_an_untouched_chain(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    site.store.close()

    run = _audit_verify_centre(site)

    assert run.returncode == 0, run.stdout + run.stderr
    assert "audit chain intact" in run.stdout
    assert f"the newest at entry {_head(site)[0]}" in run.stdout


def test_audit_verify_centre_names_the_anchor_a_rehashed_chain_lost(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    _rehash_after_editing(site, 3)
    site.store.close()

    run = _audit_verify_centre(site)

    assert run.returncode == 1, run.stdout + run.stderr
    assert "audit chain intact" in run.stdout  # locally it looks whole
    assert "the chain was rewritten at or before this entry" in run.stdout


def test_audit_verify_centre_without_the_centre_says_so_in_words(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    site.store.close()
    centre.stop()

    run = _audit_verify_centre(site)

    assert run.returncode == 2
    assert "the centre's anchors could not be read" in run.stderr
    assert "Traceback" not in run.stderr


def test_an_untouched_chain_raises_no_flag_over_many_rounds(centre: Centre, tmp_path: Path) -> None:
    site = _busy(centre, tmp_path)
    for n in range(3):
        assert site.act("receive", ITEM_A, f"M{n}", qty=1, location="RCV").ok
        assert not site.sync().errors
    assert _flags(centre) == []
    anchors = centre.rows(select(s.audit_anchors.c.seq).order_by(s.audit_anchors.c.seq))
    assert [a[0] for a in anchors][-1] == _head(site)[0]


def test_a_first_push_of_many_batches_proves_in_each_the_anchor_the_one_before_got(
    centre: Centre, tmp_path: Path
) -> None:
    # Each batch is written while the one before is at the centre: its proof must
    # still be the anchor that one's answer named, or the centre flags it unproven.
    site = enrolled_site(centre, tmp_path, "A")
    with site.store.uow() as uow:
        for n in range(4):
            receipt = {"type": "receive", "di": ITEM_A, "lot": f"L{n}", "quantity": 1, "to": "RCV"}
            uow.outbox.append("movement", receipt, START, "admin")
        uow.commit()

    summary = site.sync(push_batch=1)

    assert not summary.errors and summary.pushed >= 4
    assert _flags(centre) == []
    anchors = centre.rows(select(s.audit_anchors.c.seq).order_by(s.audit_anchors.c.seq))
    assert [a[0] for a in anchors][-1] == _head(site)[0]


def test_recall_status_shows_the_audit_flags_of_the_sites_in_the_recall(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    recall = Recall(
        id="RC-AUDIT",
        scope=RecallScope(di=ITEM_A, kind=ScopeKind.LOTS, lots=("L0",)),
        level=1,
        reason="seal",
        issued_at=datetime.now(UTC),
        issued_by="centre",
        origin="centre",
    )
    issue_recall(centre.engine, recall)
    assert not site.sync().errors  # the site applies it and reports back
    with site.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit WHERE seq > 3"))
    assert site.act("receive", ITEM_A, "L9", qty=1, location="RCV").ok
    assert not site.sync().errors

    status = recall_status(centre.engine, "RC-AUDIT")

    assert [row["site"] for row in status["sites"]] == ["A"]
    assert {f["kind"] for f in status["audit_flags"]} >= {"chain_backwards"}


def test_a_chain_that_grew_without_an_event_to_send_is_anchored_all_the_same(
    centre: Centre, tmp_path: Path
) -> None:
    site = _busy(centre, tmp_path)
    assert site.outbox_ids(sent=False) == []
    with site.store.uow() as uow:  # audited, but nothing for the centre: a settled refusal, say
        uow.audit.append(datetime.now(UTC), "admin", "till", "note", "device", "x", None, {})
        uow.commit()

    assert not site.sync().errors
    rounds_after = site.sync()

    held = centre_anchors(site.store)
    assert held.anchors[-1].seq == _head(site)[0]
    assert rounds_after.errors == []
