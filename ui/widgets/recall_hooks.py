"""What the recall screen lends the parts of a case it delegates to (documents, closing, panels)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.reasons import Verdict
from ui.session import Session


@dataclass(frozen=True, slots=True)
class CaseHooks:
    session: Session
    parent: QWidget
    """Dialogs open over it."""
    chosen_id: Callable[[], str | None]
    """The recall chosen in the list (None while none is)."""
    say: Callable[[Verdict], None]
    """Show a verdict in the band (and play its sound)."""
    written: Callable[[Verdict], None]
    """After a write: show its verdict and read the case again."""
    refresh: Callable[[], None]
    """Read the list and the case again."""
