"""Stored codes in words: the one table screens and paper share.

Each entry is a "kind:code" key (the disambiguation Qt Linguist shows the
translator), its English word as the source text and its Chinese as the
translation, in the "Codes" context of resources/translations/*.ts. Screens
call `code_word`; `printing.words` reads the same .ts files without Qt, so a
document prints both languages of exactly these words. Templates ("audit:…",
"recall_scope:…", "recall_step:…") carry {placeholders} filled after
translation, never inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _table() -> dict[str, str]:
    # Built at call time, so the words are in the language installed by then.
    return {
        "recall_level:1": translate("Codes", "Class I", "recall_level:1"),
        "recall_level:2": translate("Codes", "Class II", "recall_level:2"),
        "recall_level:3": translate("Codes", "Class III", "recall_level:3"),
        "recall_source:manufacturer": translate(
            "Codes", "Manufacturer", "recall_source:manufacturer"
        ),
        "recall_source:regulator": translate("Codes", "Regulator", "recall_source:regulator"),
        "recall_source:internal_qa": translate("Codes", "Internal QA", "recall_source:internal_qa"),
        "recall_status:open": translate("Codes", "Open", "recall_status:open"),
        "recall_status:in_progress": translate("Codes", "In progress", "recall_status:in_progress"),
        "recall_status:closed": translate("Codes", "Closed", "recall_status:closed"),
        "hold:none": translate("Codes", "Not held", "hold:none"),
        "hold:quarantine": translate("Codes", "Quarantine", "hold:quarantine"),
        "hold:recall": translate("Codes", "Recalled", "hold:recall"),
        "account_kind:used_on_patient": translate(
            "Codes", "Used on a patient", "account_kind:used_on_patient"
        ),
        "account_kind:written_off": translate("Codes", "Written off", "account_kind:written_off"),
        "movement:receive": translate("Codes", "Receipt", "movement:receive"),
        "movement:move": translate("Codes", "Move", "movement:move"),
        "movement:pick": translate("Codes", "Issue", "movement:pick"),
        "movement:return": translate("Codes", "Return from a department", "movement:return"),
        "movement:quarantine": translate("Codes", "Hold", "movement:quarantine"),
        "movement:release": translate("Codes", "Hold released", "movement:release"),
        "movement:qc_release": translate("Codes", "QC release", "movement:qc_release"),
        "movement:qc_reject": translate("Codes", "QC reject", "movement:qc_reject"),
        "movement:dispose": translate("Codes", "Disposal", "movement:dispose"),
        "movement:return_to_supplier": translate(
            "Codes", "Return to supplier", "movement:return_to_supplier"
        ),
        "movement:count_adjust": translate("Codes", "Count adjustment", "movement:count_adjust"),
        "movement:transfer_out": translate(
            "Codes", "Transfer to another site", "movement:transfer_out"
        ),
        "movement:transfer_in": translate(
            "Codes", "Transfer from another site", "movement:transfer_in"
        ),
        "actor:centre": translate("Codes", "Centre", "actor:centre"),
        "recall_step:issued": translate("Codes", "Issued", "recall_step:issued"),
        "recall_step:locked": translate("Codes", "Locked at {place}", "recall_step:locked"),
        "recall_step:notified": translate("Codes", "Notified {place}", "recall_step:notified"),
        "recall_step:recovered": translate("Codes", "All accounted for", "recall_step:recovered"),
        "recall_step:closed": translate("Codes", "Closed", "recall_step:closed"),
        "recall_scope:lots": translate("Codes", "GTIN {di}, lots {lots}", "recall_scope:lots"),
        "recall_scope:all_lots": translate("Codes", "GTIN {di}, all lots", "recall_scope:all_lots"),
        "recall_scope:produced": translate(
            "Codes", "GTIN {di}, produced {start} to {end}", "recall_scope:produced"
        ),
        "recall_scope:serials": translate(
            "Codes", "GTIN {di}, {n} serial(s)", "recall_scope:serials"
        ),
        "audit:create_recall": translate(
            "Codes",
            "opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}",
            "audit:create_recall",
        ),
        "audit:receive_recall": translate(
            "Codes",
            "received a {level} recall from the centre (source: {source}): {reason}; {scope}; "
            "deadline {deadline}",
            "audit:receive_recall",
        ),
        "audit:apply_recall": translate(
            "Codes",
            "blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)",
            "audit:apply_recall",
        ),
        "audit:apply_drill": translate(
            "Codes",
            "drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)",
            "audit:apply_drill",
        ),
        "audit:recall_lot": translate(
            "Codes", "lot {lot}, received after the recall, joined the case", "audit:recall_lot"
        ),
        "audit:recall_status": translate(
            "Codes", "status changed from {before} to {after}", "audit:recall_status"
        ),
        "audit:recall_progress": translate(
            "Codes",
            "progress: {recovered} of {affected} units recovered, {unaccounted} unaccounted",
            "audit:recall_progress",
        ),
        "audit:recall_notified": translate(
            "Codes", "notified {departments}", "audit:recall_notified"
        ),
        "audit:recall_evidence": translate(
            "Codes", "attached evidence {file} for lot {lot}: {note}", "audit:recall_evidence"
        ),
        "audit:case_evidence": translate(
            "Codes", "attached evidence {file} to the case: {note}", "audit:case_evidence"
        ),
        "audit:recall_account": translate(
            "Codes",
            "{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}",
            "audit:recall_account",
        ),
        "audit:close_recall": translate(
            "Codes",
            "signed off and closed the case ({recovered} of {affected} recovered, {documented} "
            "documented); status changed from {before} to {after}",
            "audit:close_recall",
        ),
        "audit:movement": translate(
            "Codes", "{movement}: lot {lot} ×{quantity}, {route}", "audit:movement"
        ),
        "audit:movement_reason": translate(
            "Codes",
            "{movement}: lot {lot} ×{quantity}, {route}; {reason}",
            "audit:movement_reason",
        ),
        "audit:other": translate("Codes", "recorded {action}: {changes}", "audit:other"),
        # notifications (app.services.notifications): titles, then texts
        "notify_title:CRITICAL_WARNING": translate(
            "Codes",
            "Critical warning",
            "notify_title:CRITICAL_WARNING",
        ),
        "notify_title:CRITICAL_WARNINGS": translate(
            "Codes",
            "Critical warnings today",
            "notify_title:CRITICAL_WARNINGS",
        ),
        "notify_title:RECALL_TASK": translate(
            "Codes",
            "Recall task",
            "notify_title:RECALL_TASK",
        ),
        "notify_title:SYNC_REFUSED": translate(
            "Codes",
            "Refused by the centre",
            "notify_title:SYNC_REFUSED",
        ),
        "notify_title:DISPOSITIONS_OVERDUE": translate(
            "Codes",
            "Dispositions overdue",
            "notify_title:DISPOSITIONS_OVERDUE",
        ),
        "notify:CRITICAL_WARNING": translate(
            "Codes",
            "Lot {lot} of {di} (expiry {expiry}) is at level {level} ({kind}); stock at "
            "{where}. Choose its disposition now.",
            "notify:CRITICAL_WARNING",
        ),
        "notify:CRITICAL_WARNINGS": translate(
            "Codes",
            "{count} lots reached a critical or expired warning on {day}: see the warnings screen.",
            "notify:CRITICAL_WARNINGS",
        ),
        "notify:RECALL_TASK": translate(
            "Codes",
            "Recall {recall}: {quantity} units at {location} ({name}) must be collected into "
            "quarantine or accounted for. Reason: {reason}",
            "notify:RECALL_TASK",
        ),
        "notify:SYNC_REFUSED": translate(
            "Codes",
            "The centre refused event {seq} ({type}): {code} {message}. A supervisor must "
            "correct or discard it.",
            "notify:SYNC_REFUSED",
        ),
        "notify:DISPOSITIONS_OVERDUE": translate(
            "Codes",
            "The disposition of {count} warning(s) is overdue; they are escalated. Warnings: "
            "{alerts}.\nWarning / GTIN / lot / due:\n{lots}\nThe warnings screen lists them "
            "as overdue.",
            "notify:DISPOSITIONS_OVERDUE",
        ),
        # the closed loop: disposition templates, warning levels and kinds on paper
        "disposition:use_first": translate("Codes", "Use first", "disposition:use_first"),
        "disposition:transfer": translate("Codes", "Transfer", "disposition:transfer"),
        "disposition:return_to_supplier": translate(
            "Codes", "Return to supplier", "disposition:return_to_supplier"
        ),
        "disposition:second_inspection": translate(
            "Codes", "Second inspection", "disposition:second_inspection"
        ),
        "disposition:dispose": translate("Codes", "Dispose", "disposition:dispose"),
        "disposition:write_off": translate("Codes", "Write off", "disposition:write_off"),
        "disposition:no_action": translate("Codes", "No action", "disposition:no_action"),
        "warning_level:notice": translate("Codes", "Notice", "warning_level:notice"),
        "warning_level:warning": translate("Codes", "Warning", "warning_level:warning"),
        "warning_level:critical": translate("Codes", "Critical", "warning_level:critical"),
        "warning_level:expired": translate("Codes", "Expired", "warning_level:expired"),
        "warning_kind:expiry": translate("Codes", "Expiry", "warning_kind:expiry"),
        "warning_kind:data_mismatch": translate(
            "Codes", "Label mismatch", "warning_kind:data_mismatch"
        ),
        "warning_kind:count_discrepancy": translate(
            "Codes", "Count difference", "warning_kind:count_discrepancy"
        ),
        "warning_kind:recall": translate("Codes", "Recall", "warning_kind:recall"),
        "warning_kind:withdrawn": translate("Codes", "Withdrawn", "warning_kind:withdrawn"),
        "warning_kind:low_stock": translate("Codes", "Low stock", "warning_kind:low_stock"),
        "warning_kind:logger_gap": translate("Codes", "Logger: no data", "warning_kind:logger_gap"),
    }


def code_word(kind: str, code: str) -> str:
    """The word for a stored code in the running language; the code itself if it has none."""
    return _table().get(f"{kind}:{code}", code)
