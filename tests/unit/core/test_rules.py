"""The rule book on the plain domain: no database, no clock but the one given."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.audit import GENESIS, AuditEntry, entry_hash, verify_chain
from app.domain.credentials import check_secret, hash_secret, new_password
from app.domain.model import Hold, Level, Lot, QcStatus, Role, StockLine
from app.domain.permissions import Action, permitted
from app.domain.policy import DEFAULT_TIERS, Policy, Tier
from app.domain.rules import (
    OVERRIDABLE,
    expiry_level,
    fefo_choice,
    fefo_key,
    is_expired,
    receive_verdict,
    tier_windows,
    use_verdict,
)
from app.errors import Code

TODAY = date(2027, 3, 1)


def lot(
    number: str,
    expiry: date | None,
    *,
    qc: QcStatus = QcStatus.RELEASED,
    hold: Hold = Hold.NONE,
    received: datetime | None = None,
) -> Lot:
    return Lot(
        item_id=1,
        di="09506000134352",
        lot=number,
        expiry=expiry,
        qc=qc,
        hold=hold,
        first_received=received,
        id=hash(number) & 0xFFFF,
    )


def line(a_lot: Lot, qty: int = 5, at: datetime | None = None) -> StockLine:
    return StockLine(a_lot, 1, qty, at or a_lot.first_received)


def at(day: int) -> datetime:
    return datetime(2027, 1, day, 8, tzinfo=UTC)


# --- FEFO ------------------------------------------------------------------


def test_fefo_takes_the_lot_with_the_earliest_expiry() -> None:
    lines = [
        line(lot("B", date(2027, 9, 1), received=at(1))),
        line(lot("A", date(2027, 6, 1), received=at(5))),
        line(lot("C", date(2028, 1, 1), received=at(2))),
    ]
    choice = fefo_choice(lines, TODAY, 0)
    assert choice is not None and choice.lot.lot == "A"


def test_fefo_breaks_an_expiry_tie_by_earliest_receipt() -> None:
    lines = [
        line(lot("A", date(2027, 6, 1), received=at(9))),
        line(lot("Z", date(2027, 6, 1), received=at(3))),
    ]
    choice = fefo_choice(lines, TODAY, 0)
    assert choice is not None and choice.lot.lot == "Z"


def test_fefo_tie_uses_the_lots_receipt_not_when_it_reached_the_bin() -> None:
    # Z was received first but was put away into the bin after A.
    z = lot("Z", date(2027, 6, 1), received=at(1))
    a = lot("A", date(2027, 6, 1), received=at(4))
    choice = fefo_choice([line(z, at=at(10)), line(a, at=at(5))], TODAY, 0)
    assert choice is not None and choice.lot.lot == "Z"


def test_fefo_breaks_an_expiry_and_receipt_tie_by_lot_number() -> None:
    lines = [
        line(lot("L2", date(2027, 6, 1), received=at(3))),
        line(lot("L10", date(2027, 6, 1), received=at(3))),
        line(lot("L1", date(2027, 6, 1), received=at(3))),
    ]
    choice = fefo_choice(lines, TODAY, 0)
    assert choice is not None and choice.lot.lot == "L1"


def test_fefo_puts_lots_without_expiry_last_oldest_first() -> None:
    lines = [
        line(lot("N-new", None, received=at(9))),
        line(lot("N-old", None, received=at(1))),
        line(lot("E", date(2099, 1, 1), received=at(20))),
    ]
    ordered = sorted(lines, key=fefo_key)
    assert [x.lot.lot for x in ordered] == ["E", "N-old", "N-new"]
    without = [x for x in lines if x.lot.expiry is None]
    choice = fefo_choice(without, TODAY, 0)
    assert choice is not None and choice.lot.lot == "N-old"


def test_fefo_skips_blocked_lots_and_empty_lines() -> None:
    lines = [
        line(lot("expired", date(2027, 2, 28))),
        line(lot("held", date(2027, 3, 2), hold=Hold.QUARANTINE)),
        line(lot("recalled", date(2027, 3, 3), hold=Hold.RECALL)),
        line(lot("pending", date(2027, 3, 4), qc=QcStatus.PENDING)),
        line(lot("rejected", date(2027, 3, 5), qc=QcStatus.REJECTED)),
        line(lot("empty", date(2027, 3, 6)), qty=0),
        line(lot("near", date(2027, 3, 10))),
        line(lot("good", date(2027, 5, 1))),
    ]
    choice = fefo_choice(lines, TODAY, 0)
    assert choice is not None and choice.lot.lot == "near"
    choice = fefo_choice(lines, TODAY, 30)  # "near" is inside the do-not-issue window
    assert choice is not None and choice.lot.lot == "good"


def test_fefo_has_no_choice_when_every_lot_is_blocked() -> None:
    assert fefo_choice([line(lot("x", date(2027, 1, 1)))], TODAY, 0) is None
    assert fefo_choice([], TODAY, 0) is None


# --- expiry and blocks -----------------------------------------------------


def test_a_lot_is_usable_through_its_expiry_date() -> None:
    assert not is_expired(TODAY, TODAY)
    assert use_verdict(lot("x", TODAY), TODAY, 0).ok
    assert is_expired(TODAY - timedelta(days=1), TODAY)
    assert use_verdict(lot("x", TODAY - timedelta(days=1)), TODAY, 0).code is Code.EXPIRED
    assert not is_expired(None, TODAY)


@pytest.mark.parametrize(
    ("qc", "hold", "expiry", "expected"),
    [
        (QcStatus.RELEASED, Hold.NONE, date(2027, 6, 1), Code.ACCEPTED),
        (QcStatus.PENDING, Hold.NONE, date(2027, 6, 1), Code.QC_PENDING),
        (QcStatus.REJECTED, Hold.NONE, date(2027, 6, 1), Code.QC_REJECTED),
        (QcStatus.RELEASED, Hold.QUARANTINE, date(2027, 6, 1), Code.QUARANTINED),
        (QcStatus.RELEASED, Hold.RECALL, date(2027, 6, 1), Code.RECALLED),
        (QcStatus.RELEASED, Hold.NONE, date(2027, 1, 1), Code.EXPIRED),
        # precedence: a recall outranks everything, a hold outranks QC and expiry,
        # a rejection outranks expiry, and expiry outranks a pending QC
        (QcStatus.REJECTED, Hold.RECALL, date(2027, 1, 1), Code.RECALLED),
        (QcStatus.PENDING, Hold.QUARANTINE, date(2027, 1, 1), Code.QUARANTINED),
        (QcStatus.REJECTED, Hold.NONE, date(2027, 1, 1), Code.QC_REJECTED),
        (QcStatus.PENDING, Hold.NONE, date(2027, 1, 1), Code.EXPIRED),
        (QcStatus.PENDING, Hold.NONE, date(2027, 3, 5), Code.QC_PENDING),
    ],
)
def test_use_blocks_and_their_precedence(
    qc: QcStatus, hold: Hold, expiry: date, expected: Code
) -> None:
    assert use_verdict(lot("x", expiry, qc=qc, hold=hold), TODAY, 10).code is expected


def test_near_expiry_blocks_inside_the_do_not_issue_window_only() -> None:
    window = 30
    inside = use_verdict(lot("x", TODAY + timedelta(days=29)), TODAY, window)
    assert inside.code is Code.NEAR_EXPIRY
    assert inside.detail["days_left"] == 29 and inside.detail["window"] == 30
    assert use_verdict(lot("x", TODAY + timedelta(days=30)), TODAY, window).ok
    # the default window of 0 days blocks nothing that is not expired
    assert use_verdict(lot("x", TODAY), TODAY, 0).ok


def test_only_fefo_near_expiry_short_shelf_life_and_storage_can_be_overridden() -> None:
    overridable = {Code.NOT_FEFO, Code.NEAR_EXPIRY, Code.SHORT_SHELF_LIFE, Code.STORAGE_MISMATCH}
    assert overridable == OVERRIDABLE
    for code in (
        Code.EXPIRED,
        Code.RECALLED,
        Code.QUARANTINED,
        Code.QC_PENDING,
        Code.TEMPERATURE_EXCURSION,
    ):
        assert code not in OVERRIDABLE


def test_receiving_refuses_expired_and_flags_short_shelf_life() -> None:
    assert receive_verdict(TODAY - timedelta(days=1), TODAY, 30).code is Code.EXPIRED
    short = receive_verdict(TODAY + timedelta(days=29), TODAY, 30)
    assert short.code is Code.SHORT_SHELF_LIFE and short.detail["days_left"] == 29
    assert receive_verdict(TODAY + timedelta(days=30), TODAY, 30).ok
    assert receive_verdict(None, TODAY, 30).ok
    assert receive_verdict(TODAY, TODAY, 0).ok


# --- tiers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (61, None),
        (60, Level.NOTICE),
        (31, Level.NOTICE),
        (30, Level.WARNING),
        (8, Level.WARNING),
        (7, Level.CRITICAL),
        (0, Level.CRITICAL),
        (-1, Level.EXPIRED),
        (-400, Level.EXPIRED),
    ],
)
def test_default_tiers_at_their_boundaries(days_left: int, expected: Level | None) -> None:
    expiry = TODAY + timedelta(days=days_left)
    assert expiry_level(expiry, TODAY, DEFAULT_TIERS) is expected


def test_no_expiry_is_in_no_tier() -> None:
    assert expiry_level(None, TODAY, DEFAULT_TIERS) is None


def test_per_category_tiers_and_window_override_the_defaults() -> None:
    implant = (Tier(90, Level.NOTICE), Tier(14, Level.CRITICAL))
    policy = Policy(
        tiers_by_category={"implant": implant},
        do_not_issue_days=0,
        do_not_issue_by_category={"implant": 30},
    )
    assert policy.tiers_for("gauze") == DEFAULT_TIERS
    assert policy.tiers_for("implant") == implant
    assert policy.do_not_issue_for("gauze") == 0
    assert policy.do_not_issue_for("implant") == 30
    expiry = TODAY + timedelta(days=80)
    assert expiry_level(expiry, TODAY, policy.tiers_for("implant")) is Level.NOTICE
    assert expiry_level(expiry, TODAY, policy.tiers_for("gauze")) is None
    assert Policy.from_json(policy.to_json()) == policy


def test_tiers_given_in_any_order_are_applied_smallest_window_first() -> None:
    shuffled = (Tier(7, Level.CRITICAL), Tier(60, Level.NOTICE), Tier(30, Level.WARNING))
    policy = Policy(tiers=shuffled)
    assert expiry_level(TODAY + timedelta(days=5), TODAY, policy.tiers_for("")) is Level.CRITICAL
    assert expiry_level(TODAY + timedelta(days=5), TODAY, shuffled) is Level.CRITICAL


tier_lists = st.lists(
    st.builds(
        Tier, st.integers(0, 200), st.sampled_from([Level.NOTICE, Level.WARNING, Level.CRITICAL])
    ),
    max_size=4,
    unique_by=lambda t: t.days,
)


@given(
    tiers=tier_lists,
    today=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
    offset=st.integers(-300, 300),
)
def test_tier_windows_agree_with_expiry_level_for_every_day(
    tiers: list[Tier], today: date, offset: int
) -> None:
    expiry = today + timedelta(days=offset)
    windows = tier_windows(today, tiers)
    inside = [
        w.level for w in windows if (w.first is None or w.first <= expiry) and expiry <= w.last
    ]
    assert len(inside) <= 1, "windows overlap"
    assert (inside[0] if inside else None) is expiry_level(expiry, today, tiers)


# --- roles -----------------------------------------------------------------


def test_only_supervisors_dispose_return_to_supplier_approve_and_override() -> None:
    for action in (
        Action.DISPOSE,
        Action.RETURN_TO_SUPPLIER,
        Action.APPROVE_COUNT,
        Action.OVERRIDE,
    ):
        assert not permitted(Role.OPERATOR, action)
        assert not permitted(Role.QA, action)
        assert permitted(Role.SUPERVISOR, action)
    for action in (Action.RELEASE, Action.QC_RELEASE, Action.QC_REJECT):
        assert not permitted(Role.OPERATOR, action)
        assert permitted(Role.QA, action)
    assert permitted(Role.OPERATOR, Action.QUARANTINE)
    # The device's own derived writes are open to no person, not even an administrator.
    assert not permitted(Role.ADMIN, Action.RAISE_ALERTS)


# --- audit chain -----------------------------------------------------------


def chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        when = datetime(2027, 1, 1, tzinfo=UTC) + timedelta(minutes=seq)
        before = None if seq == 1 else {"qty": seq - 1}
        after = {"qty": seq, "名": "纱布"}
        digest = entry_hash(prev, seq, when, "op", "dev", "pick", "lot", "L1", before, after)
        entries.append(
            AuditEntry(seq, when, "op", "dev", "pick", "lot", "L1", before, after, prev, digest)
        )
        prev = digest
    return entries


def test_an_untouched_audit_chain_verifies() -> None:
    assert verify_chain(chain(6)) is None
    assert verify_chain([]) is None


def test_audit_chain_detects_an_edited_entry() -> None:
    entries = chain(6)
    entries[3] = replace(entries[3], after={"qty": 999, "名": "纱布"})
    problem = verify_chain(entries)
    assert problem is not None and problem.seq == 4


def test_audit_chain_detects_an_edited_user_or_time() -> None:
    for change in ({"user": "someone"}, {"at": entries_time()}):
        entries = chain(4)
        entries[1] = replace(entries[1], **change)  # type: ignore[arg-type]
        problem = verify_chain(entries)
        assert problem is not None and problem.seq == 2


def entries_time() -> datetime:
    return datetime(2030, 1, 1, tzinfo=UTC)


def test_audit_chain_detects_a_deleted_entry() -> None:
    entries = chain(6)
    del entries[2]
    problem = verify_chain(entries)
    assert problem is not None and problem.seq == 3


def test_audit_chain_detects_a_deleted_last_entry_only_by_count() -> None:
    # Truncating the tail leaves a valid prefix: the chain alone cannot tell.
    assert verify_chain(chain(6)[:-1]) is None


def test_audit_chain_detects_reordered_entries() -> None:
    entries = chain(6)
    entries[2], entries[3] = entries[3], entries[2]
    problem = verify_chain(entries)
    assert problem is not None and problem.seq == 3


def test_audit_chain_detects_a_rehashed_entry_that_no_longer_links() -> None:
    entries = chain(5)
    e = entries[1]
    forged_after = {"qty": 0}
    forged = replace(
        e,
        after=forged_after,
        hash=entry_hash(
            e.prev_hash,
            e.seq,
            e.at,
            e.user,
            e.device,
            e.action,
            e.entity,
            e.entity_id,
            e.before,
            forged_after,
        ),
    )
    entries[1] = forged
    problem = verify_chain(entries)
    assert problem is not None and problem.seq == 3


# --- credentials -----------------------------------------------------------


def test_a_pin_is_stored_only_as_a_salted_slow_hash() -> None:
    stored = hash_secret("1234")
    assert "1234" not in stored and stored.startswith("$argon2id$")
    assert check_secret("1234", stored)
    assert not check_secret("1235", stored)
    assert hash_secret("1234") != stored  # salted
    assert not check_secret("1234", "garbage")
    assert not check_secret("1234", "bcrypt$1$2$3$00$00")
    assert len(new_password()) == 12
