"""The floor the sync benchmarks are measured against: a bare FastAPI endpoint, same rows.

`uvicorn tests.bench.sync_floor:create --factory`, with LOTKEEPER_FLOOR_DB
naming an SQLite file: POST /push stores a push body's events with one
executemany in one transaction (WAL, synchronous=FULL, as the centre), GET
/pull pages stored changes after a cursor. No checks, no projection, no
audit: what moving the same rows over the same HTTP costs at least.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request, Response

DB_ENV = "LOTKEEPER_FLOOR_DB"
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, device_id TEXT, seq INTEGER, site TEXT, type TEXT,
    payload TEXT, at TEXT, user TEXT, received_at TEXT
);
CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY, kind TEXT, key TEXT, payload TEXT);
"""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript(SCHEMA)
    return conn


def create() -> FastAPI:
    conn = connect(os.environ[DB_ENV])
    api = FastAPI()

    @api.post("/push")
    async def push(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if request.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        body = json.loads(raw)
        now = datetime.now(UTC).isoformat()
        rows = [
            (
                e["id"],
                "floor",
                e["seq"],
                e["site"],
                e["type"],
                json.dumps(e["payload"]),
                e["at"],
                e["user"],
                now,
            )
            for e in body["events"]
        ]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        return {"stored": len(rows)}

    @api.get("/pull")
    def pull(after: int = 0, limit: int = 1000) -> Response:
        rows = conn.execute(
            "SELECT seq, kind, key, payload FROM changes WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, limit),
        ).fetchall()
        changes = [
            {"seq": s, "kind": k, "key": key, "payload": json.loads(p)} for s, k, key, p in rows
        ]
        body = {"changes": changes, "more": len(rows) == limit}
        return Response(json.dumps(body), media_type="application/json")

    return api
