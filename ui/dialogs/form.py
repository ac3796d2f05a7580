"""The shape of the small input dialogs: a question, a form, and an OK/Cancel pair."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


def question_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def lay_out(
    dialog: QDialog,
    form: QFormLayout,
    *,
    ok: str,
    cancel: str,
    min_width: int,
    question: QLabel | None = None,
) -> None:
    """Question (if any) above the form, the buttons below; OK accepts, Cancel rejects.

    The button words come translated from the dialog itself, so each keeps its own
    translation context.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if question is not None:
        layout.addWidget(question)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(min_width)
