"""Recalls at the centre: issuing one, hearing how each site carried it out, where-used.

A recall travels as a hold on the priority channel carrying the whole
record, so it reaches a site within one sync round; the lots known to be
affected are entered as holds here too. A pick a site made after the recall
was issued but before it applied it becomes a `pick_after_recall` exception
(recall_picks.py), for every scope kind, whether or not the centre knew the
lot. A drill blocks nothing, so it enters no holds; its picks are reported
all the same, marked as a drill.
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Sequence
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, Engine, and_, insert, or_, select, update
from starlette.concurrency import run_in_threadpool

from app.domain.clock import Clock
from app.domain.recall import NewRecall, Recall, RecallScope, RecallSource, ScopeKind
from sync.protocol import ChangeKind, ErrorCode, Event, HoldRecord, ScopePayload
from sync.server import anchors
from sync.server import schema as s
from sync.server.access_log import note_caller
from sync.server.bodies import body_schema, parse, read_body
from sync.server.changes import publish
from sync.server.errors import CentreError

ADMIN_TOKEN_ENV = "LOTKEEPER_ADMIN_TOKEN"
MAX_ADMIN_BYTES = 1024 * 1024


def _known_lots(conn: Connection, scope: RecallScope) -> list[str]:
    """The affected lots the centre knows of; sites find the rest themselves."""
    if scope.kind is ScopeKind.LOTS:
        return list(scope.lots)
    if scope.kind is ScopeKind.ALL_LOTS:
        rows = conn.execute(
            select(s.site_stock.c.lot).where(s.site_stock.c.di == scope.di).distinct()
        )
        return sorted(r[0] for r in rows)
    return []


def _enter_holds(conn: Connection, recall: Recall, lots: Sequence[str]) -> None:
    if recall.drill:
        return
    existing = set(
        conn.execute(select(s.holds.c.lot).where(s.holds.c.reference == recall.id)).scalars()
    )
    fresh = sorted(set(lots) - existing)  # a lot named twice is one hold
    if fresh:
        conn.execute(
            insert(s.holds),
            [
                {
                    "reference": recall.id,
                    "di": recall.scope.di,
                    "lot": lot,
                    "kind": "recall",
                    "reason": recall.reason,
                    "issued_at": recall.issued_at,
                    "lifted_at": None,
                }
                for lot in fresh
            ],
        )


def _store(conn: Connection, recall: Recall, origin_site: str | None) -> bool:
    if conn.execute(select(s.recalls.c.id).where(s.recalls.c.id == recall.id)).first():
        return False
    conn.execute(
        insert(s.recalls).values(
            id=recall.id,
            di=recall.scope.di,
            payload=json.dumps(recall.to_json(), ensure_ascii=False),
            issued_at=recall.issued_at,
            origin_site=origin_site,
            drill=recall.drill,
        )
    )
    return True


def issue_recall(engine: Engine, recall: Recall) -> list[str]:
    """Record the recall and publish it on the priority channel; returns the lots named."""
    with engine.begin() as conn:
        if not _store(conn, recall, None):
            raise CentreError(409, ErrorCode.BAD_REQUEST, f"recall {recall.id} exists already")
        lots = _known_lots(conn, recall.scope)
        _enter_holds(conn, recall, lots)
        hold = HoldRecord(
            reference=recall.id,
            kind="recall",
            di=recall.scope.di,
            lots=lots,
            reason=recall.reason,
            recall=recall.to_json(),
        )
        publish(
            conn,
            ChangeKind.HOLD,
            [(f"{recall.id}|{recall.scope.di}", hold.model_dump())],
            recall.issued_at,
        )
    return lots


def _site_row(conn: Connection, recall_id: str, site: str) -> dict[str, Any]:
    row = (
        conn.execute(
            select(s.recall_sites).where(
                s.recall_sites.c.recall_id == recall_id, s.recall_sites.c.site == site
            )
        )
        .mappings()
        .first()
    )
    if row is not None:
        return dict(row)
    values: dict[str, Any] = {
        "recall_id": recall_id,
        "site": site,
        "lots": "[]",
        "recovered": 0,
        "affected": 0,
        "unaccounted": 0,
        "locked_at": None,
        "received_at": None,
    }
    conn.execute(insert(s.recall_sites).values(**values))
    return values


def _set(conn: Connection, recall_id: str, site: str, **values: Any) -> None:
    conn.execute(
        update(s.recall_sites)
        .where(s.recall_sites.c.recall_id == recall_id, s.recall_sites.c.site == site)
        .values(**values)
    )


def ingest(conn: Connection, site: str, events: Sequence[Event], now: datetime) -> None:
    """A site's recall events, in the push's transaction: lock times, progress, closing."""
    for event in events:
        p = event.payload
        if event.type == "recall_created":
            recall = Recall.from_json(p, origin="site")
            if _store(conn, recall, site):
                _enter_holds(conn, recall, [])
        elif event.type == "recall_applied":
            row = _site_row(conn, str(p["id"]), site)
            lots = sorted(set(json.loads(row["lots"])) | {str(x) for x in p.get("lots", [])})
            locked = row["locked_at"] or event.at
            _set(
                conn,
                str(p["id"]),
                site,
                lots=json.dumps(lots),
                locked_at=locked,
                received_at=row["received_at"] or now,
            )
            recall_row = conn.execute(
                select(s.recalls.c.payload).where(s.recalls.c.id == str(p["id"]))
            ).first()
            if recall_row is not None:
                _enter_holds(conn, Recall.from_json(json.loads(recall_row[0]), "centre"), lots)
        elif event.type == "recall_progress":
            _site_row(conn, str(p["id"]), site)
            _set(
                conn,
                str(p["id"]),
                site,
                recovered=int(p["recovered"]),
                affected=int(p["affected"]),
                unaccounted=int(p["unaccounted"]),
                progress_at=event.at,
            )
        elif event.type == "recall_closed":
            _site_row(conn, str(p["id"]), site)
            _set(conn, str(p["id"]), site, closed_at=event.at)


def recall_status(engine: Engine, recall_id: str) -> dict[str, Any]:
    """Network-wide: each site's lock time and progress, stock per site per lot, exceptions."""
    with engine.connect() as conn:
        found = conn.execute(select(s.recalls).where(s.recalls.c.id == recall_id)).mappings()
        recall = found.first()
        if recall is None:
            raise CentreError(404, ErrorCode.NOT_FOUND, f"no recall {recall_id!r}")
        sites = [
            dict(r)
            for r in conn.execute(
                select(s.recall_sites)
                .where(s.recall_sites.c.recall_id == recall_id)
                .order_by(s.recall_sites.c.site)
            ).mappings()
        ]
        lots = set(
            conn.execute(select(s.holds.c.lot).where(s.holds.c.reference == recall_id)).scalars()
        )
        for site in sites:
            site["lots"] = json.loads(site["lots"])
            lots |= set(site["lots"])
        stock = [
            dict(r)
            for r in conn.execute(
                select(s.site_stock)
                .where(
                    s.site_stock.c.di == recall["di"],
                    s.site_stock.c.lot.in_(sorted(lots)),
                    s.site_stock.c.quantity != 0,
                )
                .order_by(s.site_stock.c.site, s.site_stock.c.lot, s.site_stock.c.location)
            ).mappings()
        ]
        exceptions = [
            {**r, "detail": json.loads(r["detail"])}
            for r in conn.execute(
                select(s.exceptions)
                .where(
                    or_(
                        s.exceptions.c.reference == recall_id,
                        and_(
                            s.exceptions.c.kind == "pick_after_hold",
                            s.exceptions.c.di == recall["di"],
                            s.exceptions.c.lot.in_(sorted(lots)),
                        ),
                    )
                )
                .order_by(s.exceptions.c.id)
            ).mappings()
        ]
        lots |= {e["lot"] for e in exceptions if e["reference"] == recall_id}
        # A site whose audit chain was cut short or rewritten: its reports are doubtful.
        audit = anchors.flags_of(conn, sorted({x["site"] for x in sites + stock}))
    return {
        "recall": json.loads(recall["payload"]),
        "origin_site": recall["origin_site"],
        "lots": sorted(lots),
        "sites": sites,
        "stock": stock,
        "exceptions": exceptions,
        "audit_flags": audit,
    }


class RecallIssue(BaseModel):
    """The admin API's body: what `recall create --server-db` takes on the command line."""

    model_config = ConfigDict(extra="forbid")

    scope: ScopePayload
    level: int = Field(ge=1, le=3)
    reason: str = Field(min_length=1, max_length=10_000)
    instructions: str = Field(default="", max_length=10_000)
    source: RecallSource = RecallSource.MANUFACTURER
    deadline: date | None = None
    drill: bool = False
    issued_by: str = Field(default="centre", min_length=1, max_length=64)


def recall_from(issue: RecallIssue, clock: Clock) -> Recall:
    try:
        new = NewRecall(
            scope=RecallScope.from_json(issue.scope.model_dump(mode="json")),
            **issue.model_dump(exclude={"scope", "issued_by"}),
        )
        return new.issue(clock.now(), issue.issued_by, origin="centre")
    except (ValueError, KeyError, TypeError, OverflowError) as exc:
        raise CentreError(400, ErrorCode.BAD_REQUEST, f"scope: {exc}") from None


def admin(request: Request) -> None:
    """The admin token, or a 401/403: checked before anything of the request is read."""
    expected = os.environ.get(ADMIN_TOKEN_ENV, "")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not expected:
        raise CentreError(403, ErrorCode.FORBIDDEN, f"admin API off: set {ADMIN_TOKEN_ENV}")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise CentreError(401, ErrorCode.UNAUTHORISED, "the admin token was rejected")
    note_caller(admin=True)


def router(engine: Engine, clock: Clock) -> APIRouter:
    api = APIRouter(prefix="/v1/admin/recalls")

    # The link lets a stateful test (and a reader) follow an issued recall to its status.
    issued = {
        "responses": {
            "200": {
                "description": "The recall issued",
                "links": {
                    "RecallStatus": {
                        "operationId": "recallStatus",
                        "parameters": {"recall_id": "$response.body#/id"},
                    }
                },
            }
        }
    }

    @api.post("", operation_id="issueRecall", openapi_extra=body_schema(RecallIssue) | issued)
    async def issue(request: Request) -> dict[str, Any]:
        admin(request)
        body = parse(await read_body(request, MAX_ADMIN_BYTES), RecallIssue)
        recall = recall_from(body, clock)
        lots = await run_in_threadpool(issue_recall, engine, recall)
        return {"id": recall.id, "lots": lots, "deadline": recall.deadline}

    @api.get("/{recall_id}", operation_id="recallStatus")
    def status(request: Request, recall_id: Annotated[str, Path(max_length=64)]) -> Any:
        admin(request)
        return JSONResponse(jsonable_encoder(recall_status(engine, recall_id)))

    return api
