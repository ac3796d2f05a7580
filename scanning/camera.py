"""Webcam scanning: frames decoded on a worker thread, repeats dropped.

No Qt here: callbacks run on the worker thread, so a GUI must hand them to
its own thread (ui/ wraps this in a signal).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt

from scanning.decoders import ImageReader, Symbol, get_reader, to_gray
from scanning.errors import CameraError

Clock = Callable[[], float]


class FrameSource(Protocol):
    """What the reader needs of a camera; cv2.VideoCapture is one."""

    def read(self) -> tuple[bool, npt.NDArray[Any] | None]: ...

    def release(self) -> None: ...


def open_capture(
    device: int | str | os.PathLike[str], resolution: tuple[int, int] | None = None
) -> FrameSource:
    """A cv2.VideoCapture on a camera index or a video file; CameraError if it won't open.

    `resolution` (width, height) is a request: a camera picks its nearest mode.
    """
    capture = cv2.VideoCapture(device if isinstance(device, int) else os.fspath(device))
    if not capture.isOpened():
        capture.release()
        what = f"camera {device}" if isinstance(device, int) else f"video {device}"
        raise CameraError(f"{what} could not be opened: not connected, in use, or not allowed")
    if resolution is not None and isinstance(device, int):
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, resolution[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, resolution[1])
    source: FrameSource = capture
    return source


class RepeatFilter:
    """Drops a code seen again within `window` seconds of its last sighting.

    The window restarts at every sighting, so a pack left under the camera is
    reported once; taken away for longer than the window and shown again, it
    is reported again (a second unit of the same item).
    """

    def __init__(self, window: float, clock: Clock) -> None:
        self._window = window
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def is_new(self, symbol: Symbol) -> bool:
        now = self._clock()
        last = self._last_seen.get(symbol.raw)
        self._last_seen = {
            raw: seen for raw, seen in self._last_seen.items() if now - seen <= self._window
        }
        self._last_seen[symbol.raw] = now
        return last is None or now - last > self._window


class CameraReader:
    """Reads frames from `source`, decodes them off the caller's thread.

    on_symbol(symbol) for each new code, on_error(CameraError) once when the
    source stops delivering frames or decoding fails (the reader then stops),
    on_fps(frames_per_second) every `fps_interval` seconds.
    """

    def __init__(
        self,
        source: FrameSource,
        on_symbol: Callable[[Symbol], None],
        on_error: Callable[[CameraError], None],
        *,
        on_fps: Callable[[float], None] | None = None,
        reader: ImageReader | None = None,
        repeat_window: float = 2.0,
        fps_interval: float = 1.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self._source = source
        self._on_symbol = on_symbol
        self._on_error = on_error
        self._on_fps = on_fps
        self._reader = reader or get_reader()
        self._repeats = RepeatFilter(repeat_window, clock)
        self._fps_interval = fps_interval
        self._clock = clock
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("a CameraReader runs once; make a new one to restart")
        self._thread = threading.Thread(target=self._run, name="camera-reader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops reading and waits for the worker; the source is released by then."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        frames, since = 0, self._clock()
        try:
            while not self._stopping.is_set():
                ok, frame = self._source.read()
                if not ok or frame is None:
                    raise CameraError("the camera stopped delivering frames")
                for symbol in self._reader.read(to_gray(np.asarray(frame))):
                    if self._repeats.is_new(symbol):
                        self._on_symbol(symbol)
                frames += 1
                elapsed = self._clock() - since
                if self._on_fps is not None and elapsed >= self._fps_interval:
                    self._on_fps(frames / elapsed)
                    frames, since = 0, self._clock()
        except CameraError as exc:
            self._on_error(exc)
        except Exception as exc:  # a worker thread must report, not die silently
            self._on_error(CameraError(f"frame could not be decoded ({type(exc).__name__}: {exc})"))
        finally:
            self._source.release()
