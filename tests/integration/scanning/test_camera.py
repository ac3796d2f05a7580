"""The webcam reader, on a real VideoCapture playing a video file written here."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from scanning.camera import CameraReader, FrameSource, RepeatFilter, open_capture
from scanning.decoders import Symbol
from scanning.errors import CameraError
from tests.integration.scanning.frames import (
    FRAME_SIZE,
    GS1_128_RAW,
    GS1_DATAMATRIX_RAW,
    Gray,
    gs1_128_frame,
    gs1_datamatrix_frame,
)

FRAME_TIME = 0.1
BLANK = np.full((FRAME_SIZE[1], FRAME_SIZE[0]), 235, np.uint8)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Ticking:
    """A frame source whose every frame takes FRAME_TIME on the fake clock."""

    def __init__(self, source: FrameSource, clock: FakeClock) -> None:
        self._source = source
        self._clock = clock
        self.released = False

    def read(self) -> tuple[bool, npt.NDArray[Any] | None]:
        self._clock.now += FRAME_TIME
        return self._source.read()

    def release(self) -> None:
        self.released = True
        self._source.release()


class Endless:
    """A camera that never runs dry."""

    def __init__(self, frame: Gray) -> None:
        self._frame = frame
        self.released = False

    def read(self) -> tuple[bool, npt.NDArray[Any] | None]:
        return True, self._frame

    def release(self) -> None:
        self.released = True


class Recorder:
    def __init__(self) -> None:
        self.symbols: list[str] = []
        self.errors: list[CameraError] = []
        self.fps: list[float] = []
        self.threads: set[int] = set()
        self.finished = threading.Event()

    def on_symbol(self, symbol: Symbol) -> None:
        self.threads.add(threading.get_ident())
        self.symbols.append(symbol.text)

    def on_error(self, error: CameraError) -> None:
        self.errors.append(error)
        self.finished.set()


def write_video(path: Path, frames: list[Gray]) -> Path:
    # FFV1 is lossless, so what the decoder sees is what the test drew.
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"FFV1"), 10, FRAME_SIZE, False)
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def play(video: Path, *, repeat_window: float, fps_interval: float = 60.0) -> Recorder:
    clock, seen = FakeClock(), Recorder()
    source = Ticking(open_capture(video), clock)
    reader = CameraReader(
        source,
        seen.on_symbol,
        seen.on_error,
        on_fps=seen.fps.append,
        repeat_window=repeat_window,
        fps_interval=fps_interval,
        clock=clock,
    )
    reader.start()
    assert seen.finished.wait(30)
    reader.stop()
    assert source.released and not reader.running
    return seen


@pytest.fixture(scope="module")
def pack_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DataMatrix for 4 frames, nothing for 2, GS1-128 for 4, DataMatrix again for 4."""
    dm, c128 = gs1_datamatrix_frame(), gs1_128_frame()
    frames = [dm] * 4 + [BLANK] * 2 + [c128] * 4 + [dm] * 4
    return write_video(tmp_path_factory.mktemp("video") / "pack.avi", frames)


def test_a_missing_camera_is_a_camera_error() -> None:
    with pytest.raises(CameraError, match="camera 99 could not be opened"):
        open_capture(99)


def test_a_missing_video_file_is_a_camera_error(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match="could not be opened"):
        open_capture(tmp_path / "none.avi")


def test_a_code_held_in_view_is_reported_once(pack_video: Path) -> None:
    seen = play(pack_video, repeat_window=1.0)
    # The DataMatrix came back 0.7 s after it was last seen: inside the window.
    assert seen.symbols == [GS1_DATAMATRIX_RAW, GS1_128_RAW]


def test_a_code_shown_again_after_the_window_is_reported_again(pack_video: Path) -> None:
    seen = play(pack_video, repeat_window=0.5)
    assert seen.symbols == [GS1_DATAMATRIX_RAW, GS1_128_RAW, GS1_DATAMATRIX_RAW]


def test_the_end_of_the_frames_is_reported_once_as_a_camera_error(pack_video: Path) -> None:
    seen = play(pack_video, repeat_window=1.0)
    assert [str(error) for error in seen.errors] == ["the camera stopped delivering frames"]


def test_frames_per_second_are_reported(pack_video: Path) -> None:
    seen = play(pack_video, repeat_window=1.0, fps_interval=0.5)
    assert seen.fps and seen.fps == pytest.approx([1 / FRAME_TIME] * len(seen.fps))


def test_frames_are_decoded_off_the_callers_thread(pack_video: Path) -> None:
    seen = play(pack_video, repeat_window=1.0)
    assert seen.threads and threading.get_ident() not in seen.threads


def test_stop_ends_a_live_camera_and_releases_it() -> None:
    seen, camera = Recorder(), Endless(gs1_128_frame())
    reader = CameraReader(camera, seen.on_symbol, seen.on_error)
    reader.start()
    reader.stop()
    assert camera.released and not reader.running and seen.errors == []


def test_a_frame_that_is_not_an_image_is_reported_not_raised() -> None:
    seen = Recorder()
    reader = CameraReader(Endless(np.zeros((4, 4, 2), np.uint8)), seen.on_symbol, seen.on_error)
    reader.start()
    assert seen.finished.wait(10)
    assert "frame could not be decoded" in str(seen.errors[0])


def test_repeat_window_restarts_at_every_sighting() -> None:
    clock = FakeClock()
    repeats = RepeatFilter(window=1.0, clock=clock)
    code = Symbol("0109506000134352", "]C1", "Code128", ((0, 0), (0, 0), (0, 0), (0, 0)), "zxing")
    verdicts = []
    for now in (0.0, 0.9, 1.8, 2.7, 4.0):
        clock.now = now
        verdicts.append(repeats.is_new(code))
    assert verdicts == [True, False, False, False, True]
