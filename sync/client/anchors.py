"""The anchors the centre holds of this store's audit chain, for `audit verify --centre`.

Each anchor is a (seq, hash) this store's chain had when it pushed; a chain
that still holds the same hash at every anchored seq has not been cut short
or rewritten up to the newest anchor (see sync/server/anchors.py for what
that does and does not prove).
"""

from __future__ import annotations

from app.domain.clock import SystemClock
from sync.client.session import SiteStore, SyncSession
from sync.protocol import AnchorList


def centre_anchors(store: SiteStore) -> AnchorList:
    """Asked of the centre with this device's token; a SyncError when it cannot be."""
    link = SyncSession(store, SystemClock()).link()
    try:
        return link.transport.get("/v1/audit/anchors", {}, AnchorList)
    finally:
        link.transport.close()
