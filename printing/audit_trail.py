"""A recall's audit entries as sentences, in Chinese and in English.

Each entry says what happened in words an inspector reads (who and when are
the report's own columns): the recall opened with its level, source, reason,
scope and deadline; a status changed from one word to another; units moved
from one place to another. The sentence templates and every code inside them
come from the shared "Codes" table (`printing.words`), so the two languages
are the screens' two languages. An action without a template still prints,
as its code and the fields it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from printing.content import CloseOutEntry
from printing.words import Word, word

# A recall of thousands of lots names the first few; the audit entry has them all.
_LISTED = 12


def _text(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def _many(values: object) -> Sequence[object]:
    return values if isinstance(values, Sequence) and not isinstance(values, str) else ()


def _listed(values: object) -> Word:
    names = [str(v) for v in _many(values)]
    if not names:
        return Word("—", "—")
    more = len(names) - _LISTED
    tail = f" … (+{more})" if more > 0 else ""
    return Word("、".join(names[:_LISTED]) + tail, ", ".join(names[:_LISTED]) + tail)


def _scope(scope: object) -> Word:
    s: Mapping[str, object] = scope if isinstance(scope, Mapping) else {}
    return word("recall_scope", _text(s.get("kind"))).fill(
        di=_text(s.get("di")),
        lots=_listed(s.get("lots")),
        start=_text(s.get("produced_from")),
        end=_text(s.get("produced_to")),
        n=len(_many(s.get("serials"))),
    )


def _status(state: Mapping[str, object]) -> Word:
    return word("recall_status", _text(state.get("status")))


def _opened(e: CloseOutEntry) -> Word:
    a = e.after
    return word("audit", e.action).fill(
        level=word("recall_level", _text(a.get("level"))),
        source=word("recall_source", _text(a.get("source"))),
        reason=_text(a.get("reason")),
        scope=_scope(a.get("scope")),
        deadline=_text(a.get("deadline")),
    )


def _applied(e: CloseOutEntry) -> Word:
    lots = _many(e.after.get("lots"))
    return word("audit", "apply_drill" if e.after.get("drill") else "apply_recall").fill(
        n=len(lots),
        lots=_listed(lots),
        tasks=_text(e.after.get("tasks")),
    )


def _joined(e: CloseOutEntry) -> Word:
    return word("audit", e.action).fill(lot=_text(e.after.get("lot")))


def _status_changed(e: CloseOutEntry) -> Word:
    return word("audit", e.action).fill(before=_status(e.before), after=_status(e.after))


def _progress(e: CloseOutEntry) -> Word:
    a = e.after
    return word("audit", e.action).fill(
        recovered=_text(a.get("recovered")),
        affected=_text(a.get("affected")),
        unaccounted=_text(a.get("unaccounted")),
    )


def _notified(e: CloseOutEntry) -> Word:
    return word("audit", e.action).fill(departments=_listed(e.after.get("departments")))


def _evidence(e: CloseOutEntry) -> Word:
    a = e.after
    return word("audit", "recall_evidence" if a.get("lot") else "case_evidence").fill(
        file=_text(a.get("file")), lot=_text(a.get("lot")), note=_text(a.get("note"))
    )


def _accounted(e: CloseOutEntry) -> Word:
    a = e.after
    return word("audit", e.action).fill(
        kind=word("account_kind", _text(a.get("kind"))),
        lot=_text(a.get("lot")),
        quantity=_text(a.get("quantity")),
        department=_text(a.get("department")),
        reason=_text(a.get("reason")),
    )


def _closed(e: CloseOutEntry) -> Word:
    a = e.after
    return word("audit", e.action).fill(
        recovered=_text(a.get("recovered")),
        affected=_text(a.get("affected")),
        documented=_text(a.get("documented")),
        before=_status(e.before),
        after=_status(a),
    )


def _moved(e: CloseOutEntry) -> Word:
    a = e.after
    reason = a.get("reason")
    # Where from and to; a disposal has only where it happened.
    places = [str(p) for p in (a.get("from"), a.get("to")) if p]
    return word("audit", "movement_reason" if reason else "movement").fill(
        movement=word("movement", e.action),
        lot=_text(a.get("lot")),
        quantity=_text(a.get("quantity")),
        route=" → ".join(places) or "—",
        reason=_text(reason),
    )


def _other(e: CloseOutEntry) -> Word:
    changed = [
        f"{key}: {_text(e.before.get(key))} → {_text(e.after.get(key))}"
        for key in sorted(e.before.keys() | e.after.keys())
        if e.before.get(key) != e.after.get(key)
    ]
    return word("audit", "other").fill(action=e.action, changes="; ".join(changed) or "—")


_RECALL_SENTENCES: dict[str, Callable[[CloseOutEntry], Word]] = {
    "create_recall": _opened,
    "receive_recall": _opened,
    "apply_recall": _applied,
    "recall_lot": _joined,
    "recall_status": _status_changed,
    "recall_notified": _notified,
    "recall_progress": _progress,
    "recall_evidence": _evidence,
    "recall_account": _accounted,
    "close_recall": _closed,
}


def sentence(entry: CloseOutEntry) -> Word:
    if entry.entity == "movement":
        return _moved(entry)
    return _RECALL_SENTENCES.get(entry.action, _other)(entry)
