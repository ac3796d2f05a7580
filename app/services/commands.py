"""Every user action as a typed command: what the screens, batch, the CLI and sync send.

A command says what is asked, never who asks (the executor is handed the
authenticated actor) and never when (the clock). Each names the permission
it needs (`action`). Raw barcode text travels as it was scanned: parsing is
part of the rule, so every entry point parses the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from app.domain.climate import LoggerRecord, StorageClass
from app.domain.identity import Actor
from app.domain.model import WriteOffReason
from app.domain.permissions import Action
from app.domain.policy import Policy
from app.domain.recall import AccountKind, NewRecall
from app.domain.udi import UdiDevice


@dataclass(frozen=True, slots=True)
class Approval:
    """A supervisor's word on an overridable refusal: who (authenticated) and why."""

    by: Actor
    reason: str


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """A photo or scan already copied into the data directory under its SHA-256."""

    file_name: str
    stored_as: str
    sha256: str


class Command:
    """The base of every command; `action` is the permission the executor checks."""

    __slots__ = ()
    action: ClassVar[Action]

    def permission(self) -> Action:
        return self.action


# --- stock ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Receive(Command):
    action: ClassVar[Action] = Action.RECEIVE
    scan: str
    qty: int | None = None
    location: str | None = None
    supplier: str | None = None
    reference: str = ""
    override: Approval | None = None
    transport_log: ImportLoggerFile | None = None
    """The delivery's transport logger file (its `delivery` is the delivery note)."""
    # What one each cost on this delivery, when the delivery note says.
    unit_cost: float | None = None


@dataclass(frozen=True, slots=True)
class Move(Command):
    action: ClassVar[Action] = Action.MOVE
    scan: str
    location: str | None
    to: str | None
    qty: int | None = None
    reference: str = ""
    override: Approval | None = None


@dataclass(frozen=True, slots=True)
class Pick(Command):
    action: ClassVar[Action] = Action.PICK
    scan: str
    location: str | None
    to: str | None = None
    qty: int | None = None
    reference: str = ""
    override: Approval | None = None


@dataclass(frozen=True, slots=True)
class Return(Command):
    """Goods come back from a department (`location`) into the store (`to`)."""

    action: ClassVar[Action] = Action.RETURN
    scan: str
    location: str | None
    to: str | None = None
    qty: int | None = None
    reference: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Dispose(Command):
    action: ClassVar[Action] = Action.DISPOSE
    scan: str
    location: str | None
    reason: str = ""
    reason_code: WriteOffReason = WriteOffReason.OTHER
    qty: int | None = None
    reference: str = ""
    evidence: EvidenceFile | None = None
    countersign: Actor | None = None


@dataclass(frozen=True, slots=True)
class ReturnToSupplier(Command):
    action: ClassVar[Action] = Action.RETURN_TO_SUPPLIER
    scan: str
    location: str | None
    to: str | None = None
    reason: str = ""
    reason_code: WriteOffReason = WriteOffReason.OTHER
    qty: int | None = None
    reference: str = ""
    evidence: EvidenceFile | None = None


# --- a lot's state ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quarantine(Command):
    action: ClassVar[Action] = Action.QUARANTINE
    scan: str
    reason: str = ""
    location: str | None = None
    to: str | None = None
    qty: int | None = None


@dataclass(frozen=True, slots=True)
class Release(Command):
    action: ClassVar[Action] = Action.RELEASE
    scan: str
    reason: str = ""
    location: str | None = None
    to: str | None = None
    qty: int | None = None


@dataclass(frozen=True, slots=True)
class QcRelease(Command):
    action: ClassVar[Action] = Action.QC_RELEASE
    scan: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class QcReject(Command):
    action: ClassVar[Action] = Action.QC_REJECT
    scan: str
    reason: str = ""


# --- counts and warnings -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count(Command):
    """`counted` units of the scanned lot at `location`; a variance waits for approval
    unless `override` carries a supervisor's (other than the counter)."""

    action: ClassVar[Action] = Action.COUNT
    scan: str
    location: str | None
    counted: int | None
    override: Approval | None = None


@dataclass(frozen=True, slots=True)
class ApproveCount(Command):
    action: ClassVar[Action] = Action.APPROVE_COUNT
    count_id: int


@dataclass(frozen=True, slots=True)
class AcknowledgeAlert(Command):
    action: ClassVar[Action] = Action.ACKNOWLEDGE_ALERT
    alert_id: int


@dataclass(frozen=True, slots=True)
class RaiseAlerts(Command):
    """The day's tier alerts for every lot in stock (the device's timer, `alerts`)."""

    action: ClassVar[Action] = Action.RAISE_ALERTS
    on: date | None = None


# --- master data and settings ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameItem(Command):
    """An unknown item met at the dock gets a name; it stays provisional (and blocked)."""

    action: ClassVar[Action] = Action.NAME_ITEM
    di: str
    name: str


@dataclass(frozen=True, slots=True)
class ConfirmItem(Command):
    """QA confirms an item's registration or filing number: its lots may then be used."""

    action: ClassVar[Action] = Action.CONFIRM_ITEM
    di: str
    registration_no: str
    name: str = ""
    name_zh: str = ""


@dataclass(frozen=True, slots=True)
class ImportMasterData(Command):
    """Items, suppliers, locations or users from a table: all rows or none."""

    action: ClassVar[Action] = Action.IMPORT_MASTER_DATA
    kind: str
    header: Sequence[str]
    rows: Sequence[Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class ImportUdiDatabase(Command):
    """The national UDI database's devices (a full or incremental download): all or none.

    `devices` is read once, as the import goes (millions of records: never held
    in memory); a UdiFileError it raises refuses the whole import.
    """

    action: ClassVar[Action] = Action.IMPORT_MASTER_DATA
    files: Sequence[str]
    devices: Iterable[UdiDevice]


@dataclass(frozen=True, slots=True)
class ChangeOwnPin(Command):
    """The acting person sets a new PIN for themselves (a short one must change at log-in)."""

    action: ClassVar[Action] = Action.CHANGE_OWN_PIN
    new_pin: str


@dataclass(frozen=True, slots=True)
class SetPolicy(Command):
    action: ClassVar[Action] = Action.SET_POLICY
    policy: Policy


@dataclass(frozen=True, slots=True)
class SetSiteSetting(Command):
    action: ClassVar[Action] = Action.MANAGE
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class ApplyCentralPage(Command):
    """A page of the centre's change log, applied with the cursors it moves to."""

    action: ClassVar[Action] = Action.APPLY_CENTRAL
    changes: Sequence[tuple[str, Mapping[str, Any]]]
    span: str
    cursors: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ApplyRememberedHolds(Command):
    """Holds the centre sent for lots received since: block them now."""

    action: ClassVar[Action] = Action.APPLY_CENTRAL


@dataclass(frozen=True, slots=True)
class DiscardRefusedEvent(Command):
    """An event the centre refused is given up: never sent; what waited behind it goes on."""

    action: ClassVar[Action] = Action.RESOLVE_REFUSED_EVENT
    seq: int
    reason: str


@dataclass(frozen=True, slots=True)
class CorrectRefusedEvent(Command):
    """An event the centre refused is replaced by a compensating event with `payload`."""

    action: ClassVar[Action] = Action.RESOLVE_REFUSED_EVENT
    seq: int
    payload: Mapping[str, Any]
    reason: str


# --- recalls -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreateRecall(Command):
    action: ClassVar[Action] = Action.CREATE_RECALL
    new: NewRecall


@dataclass(frozen=True, slots=True)
class CarryOutRecall(Command):
    """Return, move into quarantine, return to the supplier or dispose, as part of a case.

    The permission is the step's own (checked by the executor on the step).
    """

    action: ClassVar[Action] = Action.RECALL_NOTIFY
    recall_id: str
    step: Return | Move | ReturnToSupplier | Dispose

    def permission(self) -> Action:
        return self.step.action


@dataclass(frozen=True, slots=True)
class AccountRecallUnits(Command):
    """Units out in departments that will not come back: used on a patient, written off."""

    action: ClassVar[Action] = Action.RECALL_ACCOUNT
    recall_id: str
    di: str
    lot: str
    kind: AccountKind
    quantity: int
    department: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class AttachRecallEvidence(Command):
    action: ClassVar[Action] = Action.RECALL_EVIDENCE
    recall_id: str
    evidence: EvidenceFile
    note: str = ""
    di: str | None = None
    lot: str | None = None


@dataclass(frozen=True, slots=True)
class MarkDepartmentsNotified(Command):
    action: ClassVar[Action] = Action.RECALL_NOTIFY
    recall_id: str
    departments: Sequence[str]


@dataclass(frozen=True, slots=True)
class CloseRecall(Command):
    """QA signs the case off; whoever opened it needs a second QA's signature too."""

    action: ClassVar[Action] = Action.CLOSE_RECALL
    recall_id: str
    countersign: Actor | None = None


# --- cold chain (issue 13) ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetStorageClass(Command):
    """Add a storage class or change one's range and tolerances."""

    action: ClassVar[Action] = Action.SET_STORAGE_CLASS
    storage: StorageClass


@dataclass(frozen=True, slots=True)
class ImportLoggerFile(Command):
    """A temperature logger's file, read whole, for the logger at a location or on a delivery.

    `record`'s times are already placed (the file's zone, else `zone`, else the
    site's); `zone`, when given, is remembered as the logger's configured zone.
    """

    action: ClassVar[Action] = Action.IMPORT_CLIMATE
    file_name: str
    sha256: str
    record: LoggerRecord
    location: str | None = None
    delivery: str | None = None
    zone: str = ""


@dataclass(frozen=True, slots=True)
class DecideExcursion(Command):
    """QA's assessment of an excursion: release its lots with a justification, or reject them."""

    action: ClassVar[Action] = Action.ASSESS_EXCURSION
    excursion_id: int
    release: bool
    justification: str


@dataclass(frozen=True, slots=True)
class SetLocationStorage(Command):
    """The storage class a location keeps (None: it is not checked)."""

    action: ClassVar[Action] = Action.SET_STORAGE_CLASS
    location: str
    class_name: str | None


@dataclass(frozen=True, slots=True)
class SaveLoggerMapping(Command):
    """A logger's CSV/.xlsx column mapping, saved under its name (checked by the entry point)."""

    action: ClassVar[Action] = Action.SET_STORAGE_CLASS
    name: str
    mapping: Mapping[str, object]


# --- the closed loop: a warning's disposition ------------------------------------------


@dataclass(frozen=True, slots=True)
class ChooseDisposition(Command):
    """The warning's owner (or a supervisor) chooses what will be done about it.

    `disposition` is an app.domain.disposition.Disposition value; `target` is
    the site a transfer goes to, or the department whose pick lists a use-first
    lot tops (empty: every department's); `reason` is required for no action.
    """

    action: ClassVar[Action] = Action.CHOOSE_DISPOSITION
    alert_id: int
    disposition: str
    reason: str = ""
    target: str = ""


@dataclass(frozen=True, slots=True)
class AcceptNoAction(Command):
    """A supervisor, not the one who chose it, accepts the reason for no action: closed."""

    action: ClassVar[Action] = Action.ACCEPT_DISPOSITION
    alert_id: int
    note: str = ""


# --- transfers between sites ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferOut(Command):
    """`qty` of the scanned lot leaves `location` for site `to_site`: it is in transit."""

    action: ClassVar[Action] = Action.TRANSFER_OUT
    scan: str
    location: str | None
    to_site: str
    qty: int | None = None
    reference: str = ""


@dataclass(frozen=True, slots=True)
class ArriveTransfer(Command):
    """A transfer from another site arrives: scanned and counted into `location`.

    `transfer_id` names it; without it, the oldest transfer of the scanned lot
    still on its way here. `qty` is what arrived (default: what was sent).
    """

    action: ClassVar[Action] = Action.TRANSFER_IN
    scan: str
    transfer_id: str | None = None
    location: str | None = None
    qty: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class AcceptTransferSuggestion(Command):
    """The centre's suggestion is taken: the transfer leaves from `location`."""

    action: ClassVar[Action] = Action.DECIDE_TRANSFER_SUGGESTION
    suggestion_id: str
    location: str | None = None
    qty: int | None = None


@dataclass(frozen=True, slots=True)
class DeclineTransferSuggestion(Command):
    action: ClassVar[Action] = Action.DECIDE_TRANSFER_SUGGESTION
    suggestion_id: str
    reason: str


# --- notifications ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimNotifications(Command):
    """The due notifications of these channels, leased to the sender that asks."""

    action: ClassVar[Action] = Action.SEND_NOTIFICATIONS
    channels: tuple[str, ...]
    limit: int = 100


@dataclass(frozen=True, slots=True)
class RecordDelivery(Command):
    """How one delivery went: `via` when sent, else the `error` (it is tried again)."""

    action: ClassVar[Action] = Action.SEND_NOTIFICATIONS
    notification_id: int
    via: str
    error: str = ""
