"""The centre's HTTP API.

Every refusal is a 4xx with a code and a sentence, and nothing is half-written.
A request's credentials are checked before its body is read, and the body is
counted as it streams in (and its declared length before that), so a huge
body costs the centre neither memory nor a parse. The OpenAPI document needs
the admin token; the interactive pages are off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from app.domain.clock import Clock
from sync.protocol import (
    MAX_PAGE,
    MAX_SEQ,
    PROTOCOL_VERSION,
    VERSION_HEADER,
    Anchor,
    AnchorList,
    EnrolRequest,
    ErrorBody,
    ErrorCode,
    PushRefused,
    PushRequest,
    first_problem,
    version_supported,
)
from sync.server import anchors, changes, ingest, recalls, web
from sync.server.access_log import AccessLog
from sync.server.bodies import body_schema, parse, read_body
from sync.server.db import head_revision, readiness_problem
from sync.server.enrolment import device_for, enrol
from sync.server.errors import CentreError, EventsRefused

# An enrolment is a code and a name: anything longer is not one.
MAX_ENROL_BYTES = 4096


def _error(status: int, code: ErrorCode, message: str) -> JSONResponse:
    return JSONResponse(
        ErrorBody(error=code.value, message=message).model_dump(), status_code=status
    )


def _with_bodies(api: FastAPI) -> dict[str, Any]:
    """The OpenAPI document with the request bodies the handlers read themselves."""
    if api.openapi_schema is None:
        document = get_openapi(title=api.title, version=api.version, routes=api.routes)
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        for model in (EnrolRequest, PushRequest, recalls.RecallIssue):
            schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas[model.__name__] = schema
        api.openapi_schema = document
    return api.openapi_schema


def create_app(engine: Engine, clock: Clock) -> FastAPI:
    api = FastAPI(
        title="Lotkeeper centre",
        version=str(PROTOCOL_VERSION),
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    # zlib's default level: 9 took ~7x the time for ~1% smaller pages of changes.
    api.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)

    @api.middleware("http")
    async def protocol_version(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.url.path.startswith("/v1/") and request.url.path != "/v1/health":
            version = request.headers.get(VERSION_HEADER)
            if not version_supported(version):
                return _error(
                    400,
                    ErrorCode.PROTOCOL,
                    f"protocol version {version!r} is not spoken here (this centre speaks "
                    f"{PROTOCOL_VERSION}): update the client",
                )
        return await call_next(request)

    @api.exception_handler(CentreError)
    async def refused(_request: Request, exc: CentreError) -> JSONResponse:
        if isinstance(exc, EventsRefused):
            body = PushRefused(error=exc.code.value, message=exc.message, refused=exc.refused)
            return JSONResponse(body.model_dump(mode="json"), status_code=exc.status)
        return _error(exc.status, exc.code, exc.message)

    @api.exception_handler(RequestValidationError)
    async def malformed(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, ErrorCode.BAD_REQUEST, first_problem(exc.errors()))

    @api.get("/v1/health")
    def health() -> dict[str, object]:
        return {"ok": True, "protocol": PROTOCOL_VERSION}

    # For a load balancer or supervisor: /healthz while the process can answer at all,
    # /readyz while it can also serve (its database answers and is migrated).
    @api.get("/healthz", include_in_schema=False)
    async def alive() -> dict[str, object]:
        return {"ok": True}

    head = head_revision()

    @api.get("/readyz", include_in_schema=False)
    def ready() -> JSONResponse:
        problem = readiness_problem(engine, head)
        if problem is not None:
            return JSONResponse({"ok": False, "problem": problem}, status_code=503)
        return JSONResponse({"ok": True})

    @api.get("/openapi.json", include_in_schema=False)
    def openapi(request: Request) -> dict[str, Any]:
        recalls.admin(request)
        return _with_bodies(api)

    @api.post("/v1/enrol", openapi_extra=body_schema(EnrolRequest))
    async def enrol_device(request: Request) -> JSONResponse:
        body = parse(await read_body(request, MAX_ENROL_BYTES), EnrolRequest)
        response = await run_in_threadpool(enrol, engine, clock, body)
        return JSONResponse(response.model_dump())

    def _authenticate(authorization: str | None) -> None:
        with engine.connect() as conn:
            device_for(conn, authorization)
            conn.rollback()

    @api.post("/v1/push", openapi_extra=body_schema(PushRequest))
    async def push(request: Request) -> JSONResponse:
        auth = request.headers.get("authorization")
        await run_in_threadpool(_authenticate, auth)  # before a byte of the body is read
        batch = ingest.read_push(await read_body(request))
        response = await run_in_threadpool(ingest.push, engine, clock, auth, batch)
        return JSONResponse(response.model_dump())

    @api.get("/v1/pull")
    def pull(
        request: Request,
        priority_after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        bulk_after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
        only_priority: bool = False,
    ) -> Response:
        with engine.connect().execution_options(read_only=True) as conn:
            device = device_for(conn, request.headers.get("authorization"))
            page = changes.pull_json(
                conn, priority_after, bulk_after, limit, device["site"], only_priority
            )
            conn.rollback()
        return Response(page, media_type="application/json")

    @api.get("/v1/audit/anchors")
    def audit_anchors(request: Request) -> Response:
        """The anchors of the calling device's audit chain, for `audit verify --centre`."""
        with engine.connect() as conn:
            device = device_for(conn, request.headers.get("authorization"))
            held = anchors.anchors_of(conn, device["id"])
            conn.rollback()
        answer = AnchorList(
            device_id=device["id"], site=device["site"], anchors=[Anchor(**a) for a in held]
        )
        return Response(answer.model_dump_json(), media_type="application/json")

    api.include_router(recalls.router(engine, clock))
    web.add_web(api, engine, clock)
    # Added last, so outermost: it sees every request and the status really sent.
    api.add_middleware(AccessLog)
    return api
