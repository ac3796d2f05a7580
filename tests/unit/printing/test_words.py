"""One table of words for stored codes: the screens' .ts files, read by printing without Qt."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.domain.model import Hold, MovementType
from app.domain.recall import AccountKind, RecallSource, RecallStatus, ScopeKind
from printing.audit_trail import _RECALL_SENTENCES
from printing.words import TRANSLATIONS, Word, lookup, table, word

CJK = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
CODE_WORDS = Path(__file__).resolve().parents[3] / "ui" / "code_words.py"

# Every stored code that reaches paper, by kind (the domain's own enums where there is one).
STORED_CODES: dict[str, list[str]] = {
    "recall_level": ["1", "2", "3"],
    "recall_source": [s.value for s in RecallSource],
    "recall_status": [s.value for s in RecallStatus],
    "recall_scope": [s.value for s in ScopeKind],
    "recall_step": ["issued", "locked", "notified", "recovered", "closed"],
    "hold": [h.value for h in Hold],
    "movement": [m.value for m in MovementType],
    "account_kind": [k.value for k in AccountKind],
    "actor": ["centre"],
    "audit": [
        *_RECALL_SENTENCES,
        "apply_drill",
        "case_evidence",
        "movement",
        "movement_reason",
        "other",
    ],
}


@pytest.mark.parametrize(
    ("kind", "code"), [(k, c) for k, codes in STORED_CODES.items() for c in codes]
)
def test_every_stored_code_that_reaches_paper_has_a_chinese_and_an_english_word(
    kind: str, code: str
) -> None:
    found = lookup(kind, code)
    assert found is not None, f"{kind}:{code} is not in the Codes context of the .ts files"
    assert CJK.search(found.zh), f"{kind}:{code} is still English in zh_CN: {found.zh!r}"
    assert found.en and not CJK.search(found.en), found


def test_a_template_has_the_same_placeholders_in_both_languages() -> None:
    for key, found in table().items():
        assert set(PLACEHOLDER.findall(found.zh)) == set(PLACEHOLDER.findall(found.en)), key


def test_printing_reads_exactly_the_keys_the_screens_translate() -> None:
    """ui/code_words.py's keys are the disambiguations lupdate wrote into the .ts files."""
    tree = ast.parse(CODE_WORDS.read_text(encoding="utf-8"))
    calls = [
        (key.value, call)
        for table_node in ast.walk(tree)
        if isinstance(table_node, ast.Dict)
        for key, call in zip(table_node.keys, table_node.values, strict=True)
        if isinstance(key, ast.Constant)
    ]
    keys = set()
    for key, call in calls:
        assert isinstance(call, ast.Call) and len(call.args) == 3, key
        context, _, comment = (a.value for a in call.args if isinstance(a, ast.Constant))
        assert (context, comment) == ("Codes", key)
        keys.add(key)
    assert keys == set(table())
    for lang in ("zh_CN", "en"):
        assert (TRANSLATIONS / f"lotkeeper_{lang}.ts").exists()


def test_a_code_the_table_lacks_prints_as_the_code_itself() -> None:
    assert lookup("recall_status", "suspended") is None
    assert word("recall_status", "suspended") == Word("suspended", "suspended")


def test_a_template_is_filled_with_each_language_s_own_words() -> None:
    filled = word("audit", "recall_status").fill(
        before=word("recall_status", "open"), after=word("recall_status", "closed")
    )
    assert word("recall_status", "open").zh in filled.zh
    assert "Open" in filled.en and "Closed" in filled.en
    assert not CJK.search(filled.en)
