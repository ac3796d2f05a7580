"""What happens when a native decoder library is missing, or an image is bad."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytest

from scanning.decoders import UnreadableImage, decode
from scanning.errors import DecoderUnavailable
from tests.integration.scanning.frames import gs1_datamatrix_frame

ROOT = Path(__file__).resolve().parents[3]


def run_without(module: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter where importing `module` fails,
    as it does when pyzbar cannot find libzbar."""
    script = f"import sys\nsys.modules[{module!r}] = None\n" + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_missing_libzbar_leaves_zxing_working_and_names_the_fix() -> None:
    result = run_without(
        "pyzbar",
        """
        import numpy as np
        from scanning.decoders import available_backends, decode
        from scanning.errors import DecoderUnavailable
        print(available_backends())
        decode(np.zeros((8, 8), np.uint8))
        try:
            decode(np.zeros((8, 8), np.uint8), backend="zbar")
        except DecoderUnavailable as exc:
            print(exc)
        """,
    )
    assert result.returncode == 0, result.stderr
    backends, message = result.stdout.splitlines()
    assert backends == "['zxing']"
    assert "'zbar' is not available" in message and "libzbar0" in message


def test_missing_zxing_is_reported_not_crashed() -> None:
    result = run_without(
        "zxingcpp",
        """
        from scanning.decoders import available_backends, get_reader
        print(available_backends())
        get_reader()
        """,
    )
    assert result.returncode == 1
    assert "['zbar']" in result.stdout
    assert "DecoderUnavailable: barcode decoder 'zxing' is not available" in result.stderr


def test_unknown_backend_is_refused_by_name() -> None:
    with pytest.raises(DecoderUnavailable, match="unknown barcode decoder 'zebra'"):
        decode(np.zeros((8, 8), np.uint8), backend="zebra")


def test_missing_image_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImage, match="no such file"):
        decode(tmp_path / "nowhere.png")


@pytest.mark.parametrize("content", [b"", b"not a picture", b"\x89PNG\r\n\x1a\n\x00\x00trunc"])
def test_corrupt_image_file_is_unreadable(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "label.png"
    file.write_bytes(content)
    with pytest.raises(UnreadableImage, match="not an image file"):
        decode(file)


def test_a_directory_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImage, match="cannot be read"):
        decode(tmp_path)


@pytest.mark.parametrize("shape", [(4, 4, 2), (4,), (4, 4, 5)])
def test_arrays_that_are_not_images_are_refused(shape: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="expected a gray or BGR image"):
        decode(np.zeros(shape, np.uint8))


def test_bgr_frame_path_and_gray_frame_decode_alike(tmp_path: Path) -> None:
    gray = gs1_datamatrix_frame()
    file = tmp_path / "标签.png"  # non-ASCII names are common on the users' machines
    cv2.imencode(".png", gray)[1].tofile(file)
    bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
    assert decode(gray) == decode(bgr) == decode(file) != []
