"""Who may do what: every action by name, and the roles each is open to.

The rule book's permission table. An action not listed here is open to no
one; the system actor (the device itself: timers, sync apply, rules that
hold stock) may do only the derived writes in SYSTEM_ACTIONS.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.model import Role


class Action(StrEnum):
    RECEIVE = "receive"
    MOVE = "move"
    PICK = "pick"
    RETURN = "return"
    COUNT = "count"
    QUARANTINE = "quarantine"
    RELEASE = "release"
    QC_RELEASE = "qc_release"
    QC_REJECT = "qc_reject"
    DISPOSE = "dispose"
    RETURN_TO_SUPPLIER = "return_to_supplier"
    APPROVE_COUNT = "approve_count"
    OVERRIDE = "override"
    SET_POLICY = "set_policy"
    ACKNOWLEDGE_ALERT = "acknowledge_alert"
    NAME_ITEM = "name_item"
    CONFIRM_ITEM = "confirm_item"
    IMPORT_MASTER_DATA = "import_master_data"
    CREATE_RECALL = "create_recall"
    RECALL_ACCOUNT = "recall_account"
    RECALL_EVIDENCE = "recall_evidence"
    RECALL_NOTIFY = "recall_notify"
    CLOSE_RECALL = "close_recall"
    CHANGE_OWN_PIN = "change_own_pin"
    RESOLVE_REFUSED_EVENT = "resolve_refused_event"
    MANAGE = "manage"
    RAISE_ALERTS = "raise_alerts"
    APPLY_CENTRAL = "apply_central"
    # cold chain (issue 13)
    IMPORT_CLIMATE = "import_climate"
    SET_STORAGE_CLASS = "set_storage_class"
    ASSESS_EXCURSION = "assess_excursion"
    # the closed loop: a warning's owner chooses; a supervisor accepts "no action"
    CHOOSE_DISPOSITION = "choose_disposition"
    ACCEPT_DISPOSITION = "accept_disposition"
    # transfers between sites
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    DECIDE_TRANSFER_SUGGESTION = "decide_transfer_suggestion"
    # the device sends the notifications its rules queued
    SEND_NOTIFICATIONS = "send_notifications"
    # Issue 15: the dashboard and management reports.
    VIEW_KPIS = "view_kpis"


_ALL = frozenset(Role)
_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
_QUALITY = frozenset({Role.QA, Role.SUPERVISOR, Role.ADMIN})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.RECEIVE: _ALL,
    Action.MOVE: _ALL,
    Action.PICK: _ALL,
    Action.RETURN: _ALL,
    Action.COUNT: _ALL,
    # Anyone who sees a problem may stop a lot's use: a hold can delay a pick but
    # never harm a patient. Lifting it is a quality decision.
    Action.QUARANTINE: _ALL,
    Action.RELEASE: _QUALITY,
    Action.QC_RELEASE: _QUALITY,
    Action.QC_REJECT: _QUALITY,
    Action.DISPOSE: _SUPERVISORS,
    Action.RETURN_TO_SUPPLIER: _SUPERVISORS,
    Action.APPROVE_COUNT: _SUPERVISORS,
    Action.OVERRIDE: _SUPERVISORS,
    Action.SET_POLICY: _SUPERVISORS,
    Action.ACKNOWLEDGE_ALERT: _ALL,
    # Naming an item met at the dock is part of receiving; giving it its
    # registration number is QA's word that it may reach a patient.
    Action.NAME_ITEM: _ALL,
    Action.CONFIRM_ITEM: _QUALITY,
    Action.IMPORT_MASTER_DATA: frozenset({Role.ADMIN}),
    # Opening a recall blocks stock at once; recording how units were used
    # or lost is a supervisor's word; closing it is QA's sign-off.
    Action.CREATE_RECALL: _SUPERVISORS | {Role.QA},
    Action.RECALL_ACCOUNT: _SUPERVISORS | {Role.QA},
    Action.RECALL_EVIDENCE: _SUPERVISORS | {Role.QA},
    Action.RECALL_NOTIFY: _ALL,
    Action.CLOSE_RECALL: frozenset({Role.QA}),
    Action.CHANGE_OWN_PIN: _ALL,
    # What the centre refused is corrected or given up by a supervisor, never silently.
    Action.RESOLVE_REFUSED_EVENT: _SUPERVISORS,
    Action.MANAGE: frozenset({Role.ADMIN}),
    # Cold chain: anyone may record a logger's file (its excursions only hold stock);
    # the storage classes are a supervisor's word; an excursion's lots are QA's decision.
    Action.IMPORT_CLIMATE: _ALL,
    Action.SET_STORAGE_CLASS: _SUPERVISORS,
    Action.ASSESS_EXCURSION: frozenset({Role.QA}),
    # A warning's owner (whoever its location or category names) chooses what to do
    # about it, a supervisor for anyone; only a supervisor, and not the one who chose
    # it, accepts "no action" as the end of a warning.
    Action.CHOOSE_DISPOSITION: _ALL,
    Action.ACCEPT_DISPOSITION: _SUPERVISORS,
    # Stock leaving for another site is a supervisor's decision, as a suggestion's
    # answer is; its arrival is scanned at the dock like any receipt.
    Action.TRANSFER_OUT: _SUPERVISORS,
    Action.TRANSFER_IN: _ALL,
    Action.DECIDE_TRANSFER_SUGGESTION: _SUPERVISORS,
    # The store's KPIs are for those who answer for it: supervisors, QA, administrators.
    Action.VIEW_KPIS: _QUALITY,
}

# Derived writes the device makes on its own, recorded as the system actor.
SYSTEM_ACTIONS = frozenset({Action.RAISE_ALERTS, Action.APPLY_CENTRAL, Action.SEND_NOTIFICATIONS})


def permitted(role: Role, action: Action) -> bool:
    return role in PERMISSIONS.get(action, frozenset())


def open_to_operators(action: Action) -> bool:
    """An operator's action: a batch line may carry it on the uploader's word, without a PIN."""
    return permitted(Role.OPERATOR, action)
