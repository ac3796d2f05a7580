"""Sync's keys in the site's settings table: where the centre is and how far we got."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.ports import Settings

SERVER = "sync.server"
TOKEN = "sync.token"
DEVICE_ID = "sync.device_id"
SITE = "sync.site"
CA_FILE = "sync.ca_file"
PRIORITY_CURSOR = "sync.cursor.priority"
BULK_CURSOR = "sync.cursor.bulk"
LAST_SUCCESS = "sync.last_success"
LAST_ERROR = "sync.last_error"
LAST_ERROR_KIND = "sync.last_error_kind"


@dataclass(frozen=True, slots=True)
class Enrolment:
    server: str
    token: str
    device_id: str
    site: str
    ca_file: str | None


def enrolment(settings: Settings) -> Enrolment | None:
    server, token = settings.get(SERVER), settings.get(TOKEN)
    device_id, site = settings.get(DEVICE_ID), settings.get(SITE)
    if not (server and token and device_id and site):
        return None
    return Enrolment(server, token, device_id, site, settings.get(CA_FILE) or None)


def cursors(settings: Settings) -> tuple[int, int]:
    return int(settings.get(PRIORITY_CURSOR) or 0), int(settings.get(BULK_CURSOR) or 0)
