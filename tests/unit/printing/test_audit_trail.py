"""Each audit entry of a recall reads as a sentence in both languages, not as its JSON."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from printing.audit_trail import sentence
from printing.content import CloseOutEntry, Person
from printing.words import Word

AT = datetime(2026, 11, 21, 1, 27, tzinfo=UTC)


def entry(
    action: str,
    after: Mapping[str, object],
    before: Mapping[str, object] | None = None,
    entity: str = "recall",
) -> Word:
    return sentence(
        CloseOutEntry(AT, Person("sup", "王芳"), entity, action, before or {}, after, "ab" * 32)
    )


def test_opening_a_recall_says_its_level_source_reason_scope_and_deadline() -> None:
    said = entry(
        "create_recall",
        {
            "level": 2,
            "source": "manufacturer",
            "reason": "seal may leak",
            "deadline": "2026-12-05",
            "scope": {"di": "06900000000014", "kind": "lots", "lots": ["L1", "L2"]},
        },
    )
    assert said.zh == (
        "发起二级召回（来源：厂家）：seal may leak；"
        "GTIN 06900000000014，批号 L1、L2；截止 2026-12-05"
    )
    assert said.en == (
        "opened a Class II recall (source: Manufacturer): seal may leak; "
        "GTIN 06900000000014, lots L1, L2; deadline 2026-12-05"
    )


def test_a_status_change_says_from_what_to_what() -> None:
    said = entry("recall_status", {"status": "in_progress"}, {"status": "open"})
    assert said.en == "status changed from Open to In progress"
    assert said.zh == "状态由“待处理”改为“处理中”"


def test_a_movement_says_what_moved_how_many_and_from_where_to_where() -> None:
    moved = {"lot": "L1", "quantity": 8, "from": "WARD", "to": "Q", "reason": ""}
    said = entry("return", moved, entity="movement")
    assert said.en == "Return from a department: lot L1 ×8, WARD → Q"
    assert said.zh == "退库：批号 L1 ×8，WARD → Q"
    disposed = {"lot": "L1", "quantity": 2, "from": "Q", "to": None, "reason": "seal broken"}
    assert entry("dispose", disposed, entity="movement").en == (
        "Disposal: lot L1 ×2, Q; seal broken"
    )


def test_a_long_lot_list_names_the_first_twelve_and_counts_the_rest() -> None:
    lots = [f"L{n}" for n in range(30)]
    said = entry("apply_recall", {"lots": lots, "tasks": 4, "drill": False})
    assert "L11" in said.en and "L12," not in said.en and "… (+18)" in said.en
    assert said.en.startswith("blocked 30 lot(s) at this site")


def test_a_drill_says_nothing_was_blocked() -> None:
    said = entry("apply_recall", {"lots": ["L1"], "tasks": 1, "drill": True})
    assert said.en.startswith("drill: recorded 1 lot(s)") and "without blocking" in said.en


def test_an_action_without_a_sentence_still_prints_what_changed() -> None:
    said = entry("set_deadline", {"deadline": "2026-12-09"}, {"deadline": "2026-12-05"})
    assert said.en == "recorded set_deadline: deadline: 2026-12-05 → 2026-12-09"
    assert said.zh.startswith("记录 set_deadline：")
