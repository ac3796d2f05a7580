"""`batch`: replay a handheld scanner's upload, one JSON action per line.

The uploader authenticates once (--user and a PIN, as every writing command)
and is recorded beside each line's operator. A line may carry its user's
`"pin"`; a line without one acts on the uploader's word, which covers only
an operator's actions (the executor refuses the rest as NOT_PERMITTED).
A line's `at` is the action's time for every rule; the audit also records
when it was replayed. A line that cannot be read gets its own code
(BAD_ENCODING, BAD_JSON, BAD_FIELD, MISSING_FIELD, BAD_QUANTITY,
UNKNOWN_ACTION) and touches nothing else. Results are printed, one JSON
object per input line, only once they are durable; a store that stops
taking writes (disk full, read-only, locked) ends the run with exit 1, every
line already answered kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.adapters.logger_files.intake import logger_file_command
from app.adapters.unit_of_work import CommitGroup
from app.domain.clock import Clock, FixedClock, SystemClock
from app.domain.identity import Actor, Upload
from app.domain.model import WriteOffReason
from app.domain.rules import MAX_QUANTITY
from app.errors import Code, LotkeeperError, Refused, StoreError
from app.services.bus import execute
from app.services.commands import (
    AcceptNoAction,
    AcceptTransferSuggestion,
    Approval,
    ArriveTransfer,
    ChooseDisposition,
    Command,
    Count,
    DeclineTransferSuggestion,
    Dispose,
    Move,
    Pick,
    QcReject,
    QcRelease,
    Quarantine,
    Receive,
    Release,
    Return,
    ReturnToSupplier,
    TransferOut,
)
from app.services.context import ActionResult
from app.services.people import authenticate, vouched
from ui.commands.options import actor, db_arg, emit, fail, open_or_fail, refused, user_args

# Lines a batch file shares per commit: each stays atomic in its own savepoint.
BATCH_GROUP = 100

_TEXT = (
    "user",
    "pin",
    "scan",
    "location",
    "to",
    "reason",
    "reason_code",
    "reference",
    "supplier",
    "device",
    "at",
    "transport_log",
    "transport_mapping",
    # the closed loop's lines name a warning, not a scan
    "disposition",
    "target",
    "note",
    # transfers between sites
    "site",
    "transfer",
    "suggestion",
    "carrier",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("batch", help="replay scanner actions, one JSON object per line")
    db_arg(p)
    p.add_argument("file", nargs="?", type=Path, help="JSON lines (default: standard input)")
    user_args(p, "who uploads the file")
    p.set_defaults(func=cmd_batch)


@dataclasses.dataclass(frozen=True, slots=True)
class Line:
    """A batch line read: what it asks, who asks it, and when it happened."""

    command: Command
    user: str
    pin: str | None
    clock: Clock
    device: str | None
    override: Mapping[str, str] | None
    countersign: Mapping[str, str] | None
    transport_log: str | None = None
    transport_mapping: str | None = None


def _field(obj: Mapping[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise Refused(Code.BAD_FIELD, f"{name} must be text", field=name)
    return value


def _quantity(obj: Mapping[str, Any]) -> int | None:
    qty = obj.get("qty")
    if qty is None:
        return None
    if isinstance(qty, bool) or not isinstance(qty, int):
        raise Refused(Code.BAD_FIELD, "qty must be a whole number", field="qty")
    if not 0 <= qty <= MAX_QUANTITY:
        raise Refused(
            Code.BAD_QUANTITY, f"qty must be from 0 to {MAX_QUANTITY}", quantity=str(qty)[:40]
        )
    return qty


def _unit_cost(obj: Mapping[str, Any]) -> float | None:
    cost = obj.get("unit_cost")
    if cost is None:
        return None
    if isinstance(cost, bool) or not isinstance(cost, int | float):
        raise Refused(Code.BAD_FIELD, "unit_cost must be a number", field="unit_cost")
    return float(cost)


def _credentials(obj: Mapping[str, Any], name: str, keys: tuple[str, ...]) -> dict[str, str] | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in keys):
        raise Refused(Code.BAD_FIELD, f"{name} needs {', '.join(keys)} as text", field=name)
    return {k: value[k] for k in keys}


def _reason_code(text: str | None) -> WriteOffReason:
    try:
        return WriteOffReason(text or WriteOffReason.OTHER.value)
    except ValueError:
        raise Refused(
            Code.BAD_FIELD,
            f"reason_code is one of {', '.join(r.value for r in WriteOffReason)}",
            field="reason_code",
        ) from None


_BUILDERS: dict[str, Callable[[dict[str, Any]], Command]] = {
    "receive": lambda f: Receive(
        f["scan"],
        f["qty"],
        f["location"],
        f["supplier"],
        f["reference"] or "",
        unit_cost=f["unit_cost"],
        carrier=f["carrier"] or "",
    ),
    "move": lambda f: Move(f["scan"], f["location"], f["to"], f["qty"], f["reference"] or ""),
    "pick": lambda f: Pick(
        f["scan"],
        f["location"],
        f["to"],
        f["qty"],
        f["reference"] or "",
        confirm_mixed_lot=f["confirm_mixed_lot"],
    ),
    "return": lambda f: Return(
        f["scan"], f["location"], f["to"], f["qty"], f["reference"] or "", f["reason"] or ""
    ),
    "quarantine": lambda f: Quarantine(
        f["scan"], f["reason"] or "", f["location"], f["to"], f["qty"]
    ),
    "release": lambda f: Release(f["scan"], f["reason"] or "", f["location"], f["to"], f["qty"]),
    "qc_release": lambda f: QcRelease(f["scan"], f["reason"] or ""),
    "qc_reject": lambda f: QcReject(f["scan"], f["reason"] or ""),
    "dispose": lambda f: Dispose(
        f["scan"],
        f["location"],
        f["reason"] or "",
        _reason_code(f["reason_code"]),
        f["qty"],
        f["reference"] or "",
    ),
    "return_to_supplier": lambda f: ReturnToSupplier(
        f["scan"],
        f["location"],
        f["to"],
        f["reason"] or "",
        _reason_code(f["reason_code"]),
        f["qty"],
        f["reference"] or "",
    ),
    "count": lambda f: Count(f["scan"], f["location"], f["qty"]),
    # the closed loop: {"action": "choose_disposition", "alert": 12, "disposition": ...}
    "choose_disposition": lambda f: ChooseDisposition(
        f["alert"], f["disposition"] or "", f["reason"] or "", f["target"] or ""
    ),
    "accept_disposition": lambda f: AcceptNoAction(f["alert"], f["note"] or ""),
    # transfers between sites
    "transfer_out": lambda f: TransferOut(
        f["scan"], f["location"], f["site"] or "", f["qty"], f["reference"] or ""
    ),
    "transfer_arrive": lambda f: ArriveTransfer(
        f["scan"], f["transfer"], f["location"], f["qty"], f["reason"] or ""
    ),
    "transfer_accept": lambda f: AcceptTransferSuggestion(
        _required(f, "suggestion"), f["location"], f["qty"]
    ),
    "transfer_decline": lambda f: DeclineTransferSuggestion(
        _required(f, "suggestion"), f["reason"] or ""
    ),
}
_ALERT_ACTIONS = frozenset({"choose_disposition", "accept_disposition"})
# Actions about a suggestion, not a pack in hand: no scan.
_WITHOUT_SCAN = frozenset({"transfer_accept", "transfer_decline"})


def _alert_id(obj: Mapping[str, Any]) -> int:
    value = obj.get("alert")
    if value is None:
        raise Refused(Code.MISSING_FIELD, "alert is required", field="alert")
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(Code.BAD_FIELD, "alert must be a whole number", field="alert")
    return value


def _required(fields: Mapping[str, Any], name: str) -> str:
    value = fields[name]
    if not value:
        raise Refused(Code.MISSING_FIELD, f"{name} is required", field=name)
    return str(value)


def read_line(obj: Any) -> Line:
    """A batch line as a command, its person and its clock; Refused with a code if malformed."""
    if not isinstance(obj, dict):
        raise Refused(Code.BAD_JSON, "each line must be a JSON object")
    action = obj.get("action")
    if not isinstance(action, str) or action not in _BUILDERS:
        raise Refused(
            Code.UNKNOWN_ACTION,
            f"unknown action {str(action)[:40]!r}",
            known=sorted(_BUILDERS),
        )
    fields: dict[str, Any] = {name: _field(obj, name) for name in _TEXT}
    fields["qty"] = _quantity(obj)
    fields["unit_cost"] = _unit_cost(obj)
    confirm = obj.get("confirm_mixed_lot", False)
    if not isinstance(confirm, bool):
        raise Refused(
            Code.BAD_FIELD, "confirm_mixed_lot must be true or false", field="confirm_mixed_lot"
        )
    fields["confirm_mixed_lot"] = confirm
    if not fields["user"]:
        raise Refused(Code.MISSING_FIELD, "user is required", field="user")
    if action in _ALERT_ACTIONS:
        fields["alert"] = _alert_id(obj)
    elif not fields["scan"] and action not in _WITHOUT_SCAN:
        raise Refused(Code.MISSING_FIELD, "scan is required", field="scan")
    clock: Clock = SystemClock()
    if fields["at"] is not None:
        try:
            at = datetime.fromisoformat(fields["at"])
        except ValueError:
            raise Refused(
                Code.BAD_FIELD, f"at {fields['at'][:40]!r} is not an ISO-8601 time", field="at"
            ) from None
        if at.tzinfo is None:
            raise Refused(Code.BAD_FIELD, "at needs its time zone (e.g. +08:00)", field="at")
        clock = FixedClock(at)
    return Line(
        command=_BUILDERS[action](fields),
        user=fields["user"],
        pin=fields["pin"],
        clock=clock,
        device=fields["device"],
        override=_credentials(obj, "override", ("supervisor", "pin", "reason")),
        countersign=_credentials(obj, "countersign", ("user", "pin")),
        transport_log=fields["transport_log"],
        transport_mapping=fields["transport_mapping"],
    )


class Replay:
    """One upload: the uploader, the store's device, the people lines named without a PIN."""

    def __init__(self, commits: CommitGroup, uploader: Actor) -> None:
        self.commits = commits
        self.uploader = uploader
        self.clock = SystemClock()
        self._vouched: dict[str, Actor] = {}
        self._verified: dict[tuple[str, str, str, str], Actor] = {}

    def line(self, raw: bytes, first: bool) -> ActionResult:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return _refused(Refused(Code.BAD_ENCODING, f"not UTF-8 at byte {exc.start}"))
        if first:
            text = text.removeprefix("\ufeff")
        text = text.strip()
        if not text:
            # Still answered: results are matched to input lines by position.
            return _refused(Refused(Code.BAD_JSON, "empty line"))
        try:
            line = read_line(json.loads(text))
            return execute(self.commits.uow(), line.clock, self._actor(line), self._signed(line))
        except json.JSONDecodeError as exc:
            return _refused(Refused(Code.BAD_JSON, f"not JSON: {exc.msg} at {exc.pos}"))
        except RecursionError:
            return _refused(Refused(Code.BAD_JSON, "not JSON: nested too deep"))
        except Refused as exc:
            return _refused(exc)

    def _actor(self, line: Line) -> Actor:
        upload = Upload(self.uploader.username, self.clock.now())
        device = line.device or self.uploader.device
        if line.pin is not None:
            person = self._authenticated(line.user, line.pin, device, "batch")
        else:
            key = f"{line.user.lower()}@{device}"
            if key not in self._vouched:
                self._vouched[key] = vouched(self.commits.uow(), line.user, device)
            person = self._vouched[key]
        return dataclasses.replace(person, upload=upload)

    def _authenticated(self, username: str, pin: str, device: str, via: str) -> Actor:
        """The person a line's PIN names, verified once per run and credential: argon2 is
        made to be slow, and an upload names the same few people on every line. Only a
        success is kept (keyed by name, the PIN's SHA-256, device and purpose); a wrong
        PIN is checked, counted towards the lock and audited each time, and forgets the
        person's kept successes, so that a lock it causes holds for the rest of the run.
        The executor still checks on every line that the person is active and permitted."""
        name = username.strip().lower()
        key = (name, hashlib.sha256(pin.encode()).hexdigest(), device, via)
        if key not in self._verified:
            try:
                person = authenticate(
                    self.commits.uow(), self.clock, username, pin, device, via=via
                )
            except Refused:
                for kept in [k for k in self._verified if k[0] == name]:
                    del self._verified[kept]
                raise
            self._verified[key] = person
        return self._verified[key]

    def _signed(self, line: Line) -> Command:
        """The command with the override's and countersignature's people authenticated."""
        command = line.command
        if line.override is not None and isinstance(command, Receive | Move | Pick | Count):
            supervisor = self._authenticated(
                line.override["supervisor"],
                line.override["pin"],
                self.uploader.device,
                "batch override",
            )
            command = dataclasses.replace(
                command, override=Approval(supervisor, line.override["reason"])
            )
        if line.transport_log and isinstance(command, Receive):
            # The delivery's transport logger file, read whole before the line runs.
            log = logger_file_command(
                self.commits.uow(),
                Path(line.transport_log),
                delivery=command.reference,
                mapping=line.transport_mapping,
            )
            command = dataclasses.replace(command, transport_log=log)
        if line.countersign is not None and isinstance(command, Dispose):
            second = self._authenticated(
                line.countersign["user"],
                line.countersign["pin"],
                self.uploader.device,
                "batch countersign",
            )
            command = dataclasses.replace(command, countersign=second)
        return command


def _refused(exc: Refused) -> ActionResult:
    return ActionResult(False, exc.code, exc.message, detail=dict(exc.detail))


def answer(n: int, result: ActionResult) -> dict[str, Any]:
    data = result.to_json()
    return {
        "line": n,
        "ok": data["ok"],
        "code": data["code"],
        "message": data["message"],
        "gtin": data["gtin"],
        "lot": data["lot"],
        "expiry": data["expiry"],
        "fefo_lot": data["fefo_lot"],
        "fefo_location": data["fefo_location"],
        "movement_id": data["movement_id"],
        "detail": data["detail"],
    }


def replay(replay: Replay, lines: Iterable[bytes], group: int = 1) -> None:
    """Each line is atomic on its own; its result is printed only once it is durable.

    With `group` > 1, up to that many lines share one commit: a crash loses only
    lines whose results were never printed.
    """
    answered: list[dict[str, Any]] = []
    for n, raw in enumerate(lines, start=1):
        answered.append(answer(n, replay.line(raw, n == 1)))
        if len(answered) >= group:
            replay.commits.commit()
            for done in answered:
                emit(done)
            answered.clear()
    replay.commits.commit()
    for done in answered:
        emit(done)


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def cmd_batch(args: argparse.Namespace) -> int:
    store = open_or_fail(args)
    if isinstance(store, int):
        return store
    commits = store.commit_group()
    try:
        try:
            uploader = actor(args, commits.uow(), SystemClock(), via="batch upload")
        except Refused as exc:
            commits.commit()  # the failure's audit entry
            return refused(exc)
        commits.commit()
        run = Replay(commits, uploader)
        if args.file is None:
            # A pipe may pause between lines: answer each as soon as it is durable.
            replay(run, _lines(sys.stdin.buffer))
        else:
            with args.file.open("rb") as f:
                replay(run, _lines(f), group=BATCH_GROUP)
    except StoreError as exc:
        return refused(exc)
    except OSError as exc:
        return fail(f"{args.file}: {exc.strerror or exc}", 1)
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        commits.close()
        store.close()
    return 0
