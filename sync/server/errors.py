"""Refusals the centre sends back: an HTTP status, a stable code and words for a person."""

from __future__ import annotations

from sync.protocol import ErrorCode


class CentreError(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
