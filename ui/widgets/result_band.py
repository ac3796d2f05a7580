"""The big green / amber / red band: what happened to the last scan, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.reasons import Tone, Verdict


class ResultBand(QFrame):
    """Colour comes from the style sheet through the `tone` property."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultBand")
        self.headline = QLabel(self)
        self.headline.setObjectName("ResultHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("ResultDetail")
        self.detail.setWordWrap(True)
        for label in (self.headline, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self._tone = Tone.IDLE
        self.show_verdict(Verdict(Tone.IDLE, ""))

    @property
    def tone(self) -> Tone:
        return self._tone

    def show_verdict(self, verdict: Verdict) -> None:
        self._tone = verdict.tone
        self.setProperty("tone", verdict.tone.value)
        self.headline.setText(verdict.headline)
        self.detail.setText(verdict.detail)
        self.detail.setVisible(bool(verdict.detail))
        # A dynamic property only restyles after an unpolish/polish, children included.
        for widget in (self, self.headline, self.detail):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.update()
