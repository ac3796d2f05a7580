"""Errors raised by the scanning layer.

ScanError            every failure of `parse`, with a stable `code`:
                     BAD_CHECK_DIGIT, BAD_DATE, UNKNOWN_AI, TRUNCATED,
                     TOO_LONG, NOT_A_UDI, BAD_FORMAT, MISSING_ASSOCIATION, ...
DecoderUnavailable   an image decoder backend is not installed
CameraError          no camera, or the camera stopped delivering frames
"""

from __future__ import annotations


class ScanError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class DecoderUnavailable(RuntimeError):
    pass


class CameraError(RuntimeError):
    pass
