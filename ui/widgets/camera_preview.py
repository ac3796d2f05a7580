"""Webcam scanning: a live preview with the last decoded code drawn over it.

scanning.camera.CameraReader reads and decodes frames on its own thread;
its callbacks only emit signals, so everything visible happens on the UI
thread. The newest frame is kept (never queued) and painted by a timer.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from scanning.camera import CameraReader, FrameSource, open_capture
from scanning.decoders import Symbol
from scanning.errors import CameraError
from ui.widgets.device_settings import load_camera

log = logging.getLogger(__name__)


class _LatestFrame:
    """A FrameSource that remembers the newest frame for the preview."""

    def __init__(self, source: FrameSource) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._frame: npt.NDArray[Any] | None = None

    def read(self) -> tuple[bool, npt.NDArray[Any] | None]:
        ok, frame = self._source.read()
        if ok and frame is not None:
            with self._lock:
                self._frame = frame
        return ok, frame

    def release(self) -> None:
        self._source.release()

    def take(self) -> npt.NDArray[Any] | None:
        with self._lock:
            frame, self._frame = self._frame, None
        return frame


class _Relay(QObject):
    symbol = Signal(str)
    error = Signal(str)


def to_qimage(frame: npt.NDArray[Any]) -> QImage:
    """A BGR (OpenCV) or grey frame as a QImage that owns its pixels."""
    array = np.ascontiguousarray(frame)
    height, width = array.shape[:2]
    if array.ndim == 2:
        return QImage(array.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    rgb = np.ascontiguousarray(array[:, :, 2::-1])
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class CameraPreview(QWidget):
    scanned = Signal(str)
    """A new code read by the camera: the raw text to hand to the screen's handle_scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The workstation's camera and resolution, as chosen on the Settings screen.
        self.settings = load_camera()
        self.device = QSpinBox()
        self.device.setRange(0, 9)
        self.device.setValue(self.settings.index)
        self.device.setPrefix(self.tr("Camera "))
        self.button = QPushButton(self.tr("Start camera"))
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggle)
        self.view = QLabel(self.tr("Camera off"))
        self.view.setObjectName("CameraPreview")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setWordWrap(True)
        self.view.setMinimumSize(320, 200)
        controls = QHBoxLayout()
        controls.addWidget(self.device)
        controls.addWidget(self.button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self._relay = _Relay(self)
        self._relay.symbol.connect(self._on_symbol)
        self._relay.error.connect(self._on_error)
        self._reader: CameraReader | None = None
        self._frames: _LatestFrame | None = None
        self._last_code = ""
        self._timer = QTimer(self)
        self._timer.setInterval(66)
        self._timer.timeout.connect(self._paint_frame)

    def _toggle(self, on: bool) -> None:
        if on:
            self.start(self.device.value())
        else:
            self.stop()

    def start(self, device: int | str) -> None:
        try:
            source = open_capture(device, (self.settings.width, self.settings.height))
        except CameraError as exc:
            log.info("camera %s: %s", device, exc)
            self._show_message(
                self.tr("No camera could be opened. Use the hand scanner.\n({error})").format(
                    error=exc
                )
            )
            self.button.setChecked(False)
            return
        self._frames = _LatestFrame(source)
        self._reader = CameraReader(self._frames, self._relay_symbol, self._relay_error)
        self._reader.start()
        self._timer.start()
        self.button.setText(self.tr("Stop camera"))

    # These two run on the camera thread: only emit, Qt queues to the UI thread.
    def _relay_symbol(self, symbol: Symbol) -> None:
        self._relay.symbol.emit(symbol.raw)

    def _relay_error(self, error: CameraError) -> None:
        self._relay.error.emit(str(error))

    def stop(self) -> None:
        self._timer.stop()
        if self._reader is not None:
            self._reader.stop()
            self._reader = None
        self._frames = None
        self.button.setText(self.tr("Start camera"))
        if self.button.isChecked():
            self.button.setChecked(False)

    def _show_message(self, text: str) -> None:
        self.view.setPixmap(QPixmap())
        self.view.setText(text)

    def _on_symbol(self, raw: str) -> None:
        self._last_code = raw
        self.scanned.emit(raw)

    def _on_error(self, message: str) -> None:
        self.stop()
        self._show_message(self.tr("The camera stopped: {error}").format(error=message))

    def _paint_frame(self) -> None:
        frame = self._frames.take() if self._frames is not None else None
        if frame is None:
            return
        pixmap = QPixmap.fromImage(to_qimage(frame)).scaled(
            self.view.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        if self._last_code:
            painter = QPainter(pixmap)
            painter.fillRect(0, pixmap.height() - 40, pixmap.width(), 40, QColor(0, 0, 0, 180))
            painter.setPen(QPen(QColor("#00ff66")))
            painter.setFont(QFont(painter.font().family(), 14, QFont.Weight.Bold))
            painter.drawText(8, pixmap.height() - 12, self._last_code.replace("\x1d", "⟨GS⟩"))
            painter.end()
        self.view.setPixmap(pixmap)
