"""The centre's transfer suggestions (accept, or decline with a reason) and transfers on the way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.services.commands import AcceptTransferSuggestion, Command, DeclineTransferSuggestion
from app.services.context import ActionResult
from app.services.ports import UnitOfWork
from app.services.transfers import list_suggestions, list_transfers
from ui.operations import ActionOp, QueryOp
from ui.session import Session
from ui.widgets.simple_table import SimpleTable


@dataclass(frozen=True, slots=True)
class TransferLists:
    suggestions: list[dict[str, Any]]
    on_the_way: list[dict[str, Any]]


def _lists(uow: UnitOfWork) -> TransferLists:
    suggestions = list_suggestions(uow, open_only=True)
    on_the_way = [row for row in list_transfers(uow) if row["status"] == "in_transit"]
    return TransferLists(suggestions, on_the_way)


class TransferPanel(QGroupBox):
    """`answered` is handed each accept or decline's result, for the screen's band."""

    def __init__(
        self,
        session: Session,
        answered: Callable[[ActionResult], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transfers between sites"))
        self.session = session
        self.answered = answered
        self.rows: list[dict[str, Any]] = []
        self.suggestions = SimpleTable(
            [
                self.tr("GTIN"),
                self.tr("Lot"),
                self.tr("Expiry"),
                self.tr("To site"),
                self.tr("Suggested"),
                self.tr("Unused here"),
            ]
        )
        self.suggestions.setObjectName("transfer_suggestions")
        self.reason = QLineEdit()
        self.reason.setObjectName("decline_reason")
        self.reason.setPlaceholderText(self.tr("Reason for declining"))
        self.accept_button = QPushButton(self.tr("Accept: send it"))
        self.accept_button.setObjectName("accept_suggestion")
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.setObjectName("decline_suggestion")
        may = session.may(Action.DECIDE_TRANSFER_SUGGESTION)
        self.accept_button.setEnabled(may)
        self.decline_button.setEnabled(may)
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)
        self.on_the_way = SimpleTable(
            [
                self.tr("Lot"),
                self.tr("Quantity"),
                self.tr("From site"),
                self.tr("To site"),
                self.tr("Sent"),
            ]
        )
        self.on_the_way.setObjectName("transfers_on_the_way")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Suggested by the centre")))
        layout.addWidget(self.suggestions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.decline_button)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("On the way")))
        layout.addWidget(self.on_the_way)

    def refresh(self) -> None:
        QueryOp(self, self.session, _lists).success(self._show).run()

    def _show(self, lists: TransferLists) -> None:
        self.rows = lists.suggestions
        self.suggestions.set_rows(
            [
                (r["di"], r["lot"], r["expiry"], r["to_site"], r["quantity"], r["unused"])
                for r in self.rows
            ]
        )
        self.on_the_way.set_rows(
            [
                (r["lot"], r["quantity"], r["from_site"], r["to_site"], r["sent_at"])
                for r in lists.on_the_way
            ]
        )

    def selected(self) -> dict[str, Any] | None:
        chosen = self.suggestions.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def _accept(self) -> None:
        row = self.selected()
        if row is not None:
            # From the shelf holding most of the lot (the service chooses it).
            self._answer(AcceptTransferSuggestion(row["id"]))

    def _decline(self) -> None:
        row = self.selected()
        if row is not None:
            self._answer(DeclineTransferSuggestion(row["id"], self.reason.text()))

    def _answer(self, command: Command) -> None:
        def done(result: ActionResult) -> None:
            self.answered(result)
            if result.ok:
                self.reason.clear()
            self.refresh()

        ActionOp(self, self.session, command).success(done).run()
