"""A device speaking the wire protocol by hand: enrol, then push batches of movements.

For tests and the load generator that need exact control of what is pushed
and when (the same bytes to two workers at once; many sites at a set rate),
which a real site's SyncSession, pushing its own outbox, does not give.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests

from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER

HEADERS = {VERSION_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}


@dataclass
class RawDevice:
    base: str
    site: str
    token: str
    next_seq: int = 1

    @classmethod
    def enrol(cls, base: str, code: str, site: str) -> RawDevice:
        answer = requests.post(
            base + "/v1/enrol", data=json.dumps({"code": code}), headers=HEADERS, timeout=30
        )
        answer.raise_for_status()
        return cls(base, site, answer.json()["token"])

    def movements(self, count: int, di: str, lot: str, quantity: int = 1) -> bytes:
        """The body of a push of `count` receipts into SH1, the device's next sequence numbers."""
        now = datetime.now(UTC).isoformat()
        events: list[dict[str, Any]] = []
        for _ in range(count):
            events.append(
                {
                    "id": str(uuid.uuid4()),
                    "seq": self.next_seq,
                    "site": self.site,
                    "type": "movement",
                    "payload": {
                        "type": "receive",
                        "di": di,
                        "lot": lot,
                        "quantity": quantity,
                        "from": None,
                        "to": "SH1",
                    },
                    "at": now,
                    "user": "operator",
                }
            )
            self.next_seq += 1
        body = {"device_high_seq": self.next_seq - 1, "device_now": now, "events": events}
        return json.dumps(body).encode()

    def push(self, body: bytes, base: str | None = None, session: Any = requests) -> Any:
        return session.post(
            (base or self.base) + "/v1/push",
            data=body,
            headers={**HEADERS, "Authorization": f"Bearer {self.token}"},
            timeout=60,
        )
