"""Reading a request's body: bounded while it streams, then checked against its schema."""

from __future__ import annotations

import zlib
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from sync.protocol import MAX_BODY_BYTES, ErrorCode
from sync.server.errors import CentreError, invalid

M = TypeVar("M", bound=BaseModel)


def _too_large(limit: int) -> CentreError:
    return CentreError(413, ErrorCode.TOO_LARGE, f"a request may carry {limit} bytes")


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, refused as soon as it is known to pass `limit`: by its header, or mid-stream."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        if not declared.isdigit():
            raise CentreError(400, ErrorCode.BAD_REQUEST, "Content-Length is not a number")
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    raw = b"".join(chunks)
    if request.headers.get("content-encoding") == "gzip":
        # Bounded, so a small compressed bomb cannot fill the centre's memory.
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(raw, limit + 1)
        except zlib.error:
            raise CentreError(400, ErrorCode.BAD_REQUEST, "the gzip body is damaged") from None
        if len(raw) > limit:
            raise _too_large(limit)
    return raw


def parse(raw: bytes, model: type[M]) -> M:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise invalid(exc.errors()) from None


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """For OpenAPI: the body a handler reads itself (see app._with_bodies)."""
    ref = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}
