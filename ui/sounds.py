"""Distinct sounds for accepted, needs-a-decision and blocked; silent without audio."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl

from ui.paths import SOUNDS
from ui.reasons import Tone

log = logging.getLogger(__name__)

_FILES = {Tone.OK: "accepted.wav", Tone.DECIDE: "attention.wav", Tone.BLOCKED: "blocked.wav"}


class Sounds:
    def __init__(self, enabled: bool = True) -> None:
        self._effects: dict[Tone, object] = {}
        if enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # a Qt build without multimedia: work on, silently
            log.info("sounds off: QtMultimedia is not available (%s)", exc)
            return
        if not QMediaDevices.audioOutputs():
            log.info("sounds off: no audio output device")
            return
        for tone, name in _FILES.items():
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / name)))
            self._effects[tone] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play_for(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
