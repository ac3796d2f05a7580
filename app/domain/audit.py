"""Hash-chained audit entries: any edit or deletion of a past entry shows."""

from __future__ import annotations

import hashlib
import json
from _json import make_encoder
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    user: str
    device: str
    action: str
    entity: str
    entity_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    prev_hash: str
    hash: str
    meta: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to append: the log gives it its place in the chain (seq, prev_hash, hash)."""

    at: datetime
    user: str
    device: str
    action: str
    entity: str
    entity_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    meta: Mapping[str, Any] | None = None
    after_stored: str | None = None
    """`after` as `stored_json` gives it, when the caller has it already (a movement's
    after is also its event's payload, encoded once for both)."""


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# The C encoder json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=_default)
# runs, built once: its encode() builds a new one per call (and a table of the values
# seen, to refuse cycles, which no audited value has), and a recall encodes 20,000.
_CANONICAL = make_encoder(None, _default, encode_basestring, None, ": ", ", ", True, False, True)


def canonical(value: object) -> str:
    return "".join(_CANONICAL(value, 0))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    user: str,
    device: str,
    action: str,
    entity: str,
    entity_id: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    meta: Mapping[str, Any] | None = None,
) -> str:
    fields: list[object] = [
        prev_hash,
        seq,
        at.isoformat(),
        user,
        device,
        action,
        entity,
        entity_id,
        before,
        after,
    ]
    if meta is not None:
        # Only entries that have it hash it: older entries verify as they were written.
        fields.append(meta)
    body = canonical(fields)
    return hashlib.sha256(body.encode()).hexdigest()


def stored_json(value: Mapping[str, Any] | None) -> str | None:
    """A before, after or meta value as the log stores and hashes it: the JSON that reading
    it back and encoding it again gives (dates as text; keys that are no text as text)."""
    if value is None:
        return None
    return stored_json_of(value, canonical(value))


def stored_json_of(value: Mapping[str, Any], text: str) -> str:
    """`stored_json(value)` given `text`, its `canonical` encoding."""
    # Only keys that are no text read back otherwise (as text, sorted anew).
    return text if _text_keys(value) else canonical(json.loads(text))


# Values that hold no keys: most of an entry, skipped at the cost of a set look-up.
_SCALARS = frozenset({str, int, float, bool, type(None), date, datetime})
_TEXT = frozenset({str})


def _text_keys(value: object) -> bool:
    # Types checked by the set, in C, before any loop: this runs over every value of
    # every entry, and most are flat mappings of text keys to scalars (a plain dict is
    # told from the type itself: the Mapping check goes through the ABC machinery, and a
    # page of central records holds 2,000 of them).
    if type(value) is dict or isinstance(value, Mapping):
        if not _TEXT.issuperset(map(type, value)):
            return all(isinstance(key, str) for key in value) and _text_values(value.values())
        return _SCALARS.issuperset(map(type, value.values())) or _text_values(value.values())
    if isinstance(value, list | tuple):
        return _SCALARS.issuperset(map(type, value)) or _text_values(value)
    return True


def _text_values(values: Iterable[object]) -> bool:
    return all(type(item) in _SCALARS or _text_keys(item) for item in values)


def stored_hash(
    prev_hash: str,
    seq: int,
    at_text: str,
    user: str,
    device: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
    meta: str | None = None,
) -> str:
    """`entry_hash` of an entry whose values are already as stored (`stored_json`, `at`
    as `isoformat()`): the same digest, without encoding each value a second time."""
    # canonical() of a list is its items' encodings joined by ", " inside brackets.
    texts = [prev_hash, at_text, user, device, action, entity, entity_id]
    quoted = [encode_basestring(text) for text in texts]
    fields = [quoted[0], str(seq), *quoted[1:], before or "null", after or "null"]
    if meta is not None:
        fields.append(meta)
    body = "[" + ", ".join(fields) + "]"
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    problem: str


@dataclass(frozen=True, slots=True)
class DamagedEntry:
    """A stored entry that cannot even be read back (a field edited into nonsense)."""

    seq: int
    field: str
    problem: str


def verify_chain(entries: Iterable[AuditEntry | DamagedEntry]) -> ChainBreak | None:
    """The first entry that does not follow from the one before, or None."""
    prev = GENESIS
    expected_seq = 1
    for e in entries:
        if isinstance(e, DamagedEntry):
            return ChainBreak(e.seq, f"its {e.field} cannot be read ({e.problem})")
        if e.seq != expected_seq:
            return ChainBreak(expected_seq, f"entry {expected_seq} is missing")
        if e.prev_hash != prev:
            return ChainBreak(e.seq, "does not link to the entry before it")
        recomputed = entry_hash(
            e.prev_hash,
            e.seq,
            e.at,
            e.user,
            e.device,
            e.action,
            e.entity,
            e.entity_id,
            e.before,
            e.after,
            e.meta,
        )
        if recomputed != e.hash:
            return ChainBreak(e.seq, "its content was changed after it was written")
        prev = e.hash
        expected_seq += 1
    return None


@dataclass(frozen=True, slots=True)
class LostAnchor:
    """An anchor (seq, hash) the centre holds that this chain no longer has."""

    seq: int
    problem: str


def lost_anchors(hashes: Mapping[int, str], anchors: Iterable[tuple[int, str]]) -> list[LostAnchor]:
    """Anchors the chain no longer holds: its entry is gone, or its hash differs.

    Each hash covers every entry before it, so a held anchor vouches for the
    chain up to it; a lost one means the chain was cut short or rewritten.
    """
    lost = []
    for seq, digest in anchors:
        have = hashes.get(seq)
        if have is None:
            lost.append(LostAnchor(seq, "the entry the centre anchored is gone"))
        elif have != digest:
            lost.append(LostAnchor(seq, "the chain was rewritten at or before this entry"))
    return lost
