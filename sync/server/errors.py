"""Refusals the centre sends back: an HTTP status, a stable code and words for a person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sync.protocol import MAX_PUSH_EVENTS, ErrorCode, RefusalCode, RefusedEvent, first_problem


class CentreError(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class EventsRefused(CentreError):
    """Some events of a push cannot be taken: none of it is stored, each is named.

    409 when one of them is an id held from another device, else 422.
    """

    def __init__(self, refused: Sequence[RefusedEvent]) -> None:
        conflict = any(r.code is RefusalCode.ID_CONFLICT for r in refused)
        first = refused[0]
        super().__init__(
            409 if conflict else 422,
            ErrorCode.EVENTS_REFUSED,
            f"{len(refused)} event(s) refused, nothing stored; the first, event "
            f"{first.id or f'#{first.index}'}: {first.message}",
        )
        self.refused = list(refused)


def invalid(errors: Sequence[Mapping[str, Any]]) -> CentreError:
    """A body that does not match its schema, as the first field wrong and what is wrong."""
    first = errors[0] if errors else None
    if first is not None and first["type"] == "json_invalid":
        return CentreError(400, ErrorCode.BAD_REQUEST, "the body is not valid JSON")
    if first is not None and first["type"] == "too_long" and tuple(first["loc"]) == ("events",):
        return CentreError(
            413,
            ErrorCode.TOO_LARGE,
            f"too many events in one batch (at most {MAX_PUSH_EVENTS}): send smaller batches",
        )
    return CentreError(400, ErrorCode.BAD_REQUEST, first_problem(errors))
