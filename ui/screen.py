"""The screen API: what every main screen is to the window, navigation and screenshots.

See ui/__init__.py for how to add one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.permissions import Action
from ui.session import Session


class Screen(QWidget):
    key: ClassVar[str]
    """Stable id: navigation, `MainWindow.show_screen`, screenshot file names."""

    permission: ClassVar[Action]
    """Roles not permitted this action (app.domain.permissions) don't see the screen."""

    accepts_scans: ClassVar[bool] = False
    """True: scanner bursts typed anywhere in the window go to `handle_scan`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"screen_{self.key}")
        # Lets the style sheet paint the screen's background (e.g. red on a wrong lot).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def title(self) -> str:
        """The navigation label, translated (self.tr in the subclass)."""
        raise NotImplementedError

    def handle_scan(self, text: str) -> None:
        """A complete keyboard-wedge or camera scan (GS restored, terminator removed)."""
        raise NotImplementedError(f"{type(self).__name__} takes no scans")

    def activated(self) -> None:
        """Called each time the screen is shown: refresh what it reads."""

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` once what the screen read on being shown is on screen: the window's
        own start-up work waits for its first screen. A screen whose first read is heavy
        enough to share the machine badly holds it (the dashboard); the rest call at once."""
        then()

    def demo(self) -> None:
        """Screenshots: bring the screen into a representative state from the store's data."""
