"""Sync's keys in the site's settings table: where the centre is and how far we got.

The device token is not among them: it lives in the OS key store or an
owner-only file (sync/client/device_token.py). `TOKEN` is only read to move
a token an older version kept here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.ports import Settings

SERVER = "sync.server"
TOKEN = "sync.token"
TOKEN_STORE = "sync.token_store"
DEVICE_ID = "sync.device_id"
SITE = "sync.site"
CA_FILE = "sync.ca_file"
PRIORITY_CURSOR = "sync.cursor.priority"
BULK_CURSOR = "sync.cursor.bulk"
LAST_SUCCESS = "sync.last_success"
LAST_ERROR = "sync.last_error"
LAST_ERROR_KIND = "sync.last_error_kind"
# The audit chain entry the centre anchored last: the next push proves it.
AUDIT_ANCHOR = "sync.audit_anchor"
# The store's own identity (app.services.setup), renewed by `register --new-identity`.
STORE_ID = "device_id"


@dataclass(frozen=True, slots=True)
class Enrolment:
    server: str
    device_id: str
    site: str
    ca_file: str | None
    token_store: str


def enrolment(settings: Settings) -> Enrolment | None:
    server = settings.get(SERVER)
    device_id, site = settings.get(DEVICE_ID), settings.get(SITE)
    if not (server and device_id and site):
        return None
    store = settings.get(TOKEN_STORE) or ""
    return Enrolment(server, device_id, site, settings.get(CA_FILE) or None, store)


def cursors(settings: Settings) -> tuple[int, int]:
    return int(settings.get(PRIORITY_CURSOR) or 0), int(settings.get(BULK_CURSOR) or 0)
