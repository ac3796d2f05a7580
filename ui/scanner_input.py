"""Keyboard-wedge scans anywhere on a scan screen, without focusing a field.

An application-wide event filter feeds every text key pressed in a window
that takes scans to scanning.wedge.WedgeDetector and holds the key while a
scan is still possible. When the detector recognises a burst ended by a
terminator, the held keys are dropped and the text (GS restored) goes to the
handler. When it decides the keys were a person typing, the held keys are
replayed, in order, to the widgets they were meant for — so typing into a
field still works, only delayed by the detector's gap (50 ms by default).
The clock is injectable so tests can type "fast" and "slow" deterministically.

The filter is installed only while it can take a scan (a scan screen on show,
the log-in window open): every event Qt delivers to every widget passes
through an application's filter, a Python call that must take the GIL first,
and beside a worker's read those waits froze a screen of charts for 100 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from scanning.wedge import ScannedText, TypedText, WedgeConfig, WedgeDetector, WedgeEvent

ScanHandler = Callable[[str], None]
Route = Callable[[QWidget], ScanHandler | None]
"""Given the widget a key is for: the scan handler to use, or None to leave keys alone."""

_NO_SCAN_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)


@dataclass(frozen=True, slots=True)
class _HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerInput(QObject):
    def __init__(
        self,
        route: Route,
        config: WedgeConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._route = route
        self._clock = clock
        self._detector = WedgeDetector(config)
        self._held: list[_HeldKey] = []
        self._handler: ScanHandler | None = None
        self._replaying = False
        self.listening = False
        """Installed on the application (its owner installs it only where scans are taken)."""
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(int(self._detector.config.max_gap * 1000) + 10)
        self._flush_timer.timeout.connect(self.flush)

    def install(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # a second install moves it to the front, never doubles it
        self.listening = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.listening = False
        self.flush(force=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if event.key() in _MODIFIER_KEYS:
            return False  # scanners press Shift for capitals: part of a burst, not an end
        text = event.text()
        handler = self._route(watched)
        if handler is None or not text or event.modifiers() & _NO_SCAN_MODIFIERS:
            # Not ours (another window, a shortcut, an arrow key): what is held goes first.
            if self._held:
                self.flush(force=True)
            return False
        self._handler = handler
        self._held.append(_HeldKey(watched, event.key(), event.modifiers(), text))
        self._dispatch(self._detector.feed(text, self._clock()))
        if self._held:
            self._flush_timer.start()
        return True

    def flush(self, force: bool = False) -> None:
        """Release keys that can no longer be a scan (the timer calls this)."""
        at = float("inf") if force else self._clock()
        self._dispatch(self._detector.flush(at))
        if self._held and not self._flush_timer.isActive():
            self._flush_timer.start()

    def _dispatch(self, events: list[WedgeEvent]) -> None:
        for event in events:
            if isinstance(event, ScannedText):
                self._held.clear()
                if self._handler is not None and event.text:
                    self._handler(event.text)
            elif isinstance(event, TypedText):
                self._replay(len(event.text))

    def _replay(self, chars: int) -> None:
        self._replaying = True
        try:
            while chars > 0 and self._held:
                key = self._held.pop(0)
                chars -= len(key.text)
                if not shiboken6.isValid(key.receiver):
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        key.receiver, QKeyEvent(kind, key.key, key.modifiers, key.text)
                    )
        finally:
            self._replaying = False
