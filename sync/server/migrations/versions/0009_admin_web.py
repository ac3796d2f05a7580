"""the centre's web page: admin accounts, their sessions and log-in attempts, the events
refused from each site; lots' expiry dates as sites said them

Revision ID: s0009_admin_web
Revises: s0006_udi
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

from sync.server.schema import SeqInt, UtcText

revision = "s0009_admin_web"
down_revision = "s0008_transfers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "admin_users",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", UtcText(), nullable=False),
        sa.Column("disabled_at", UtcText()),
    )
    op.create_table(
        "admin_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UtcText(), nullable=False),
        sa.Column("last_seen", UtcText(), nullable=False),
        sa.Column("ended_at", UtcText()),
    )
    op.create_index("ix_admin_sessions_user", "admin_sessions", ["username"])
    op.create_table(
        "admin_logins",
        sa.Column("id", SeqInt, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("at", UtcText(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
    )
    op.create_index("ix_admin_logins_user_at", "admin_logins", ["username", "at"])
    op.create_index("ix_admin_logins_client_at", "admin_logins", ["client", "at"])
    op.create_table(
        "push_refusals",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("event_key", sa.String(40), primary_key=True),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger()),
        sa.Column("code", sa.String(30), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("first_at", UtcText(), nullable=False),
        sa.Column("last_at", UtcText(), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("stored_at", UtcText()),
    )
    op.create_index("ix_push_refusals_site", "push_refusals", ["site"])
    with op.batch_alter_table("site_lots") as batch:
        batch.add_column(sa.Column("expiry", sa.Date()))
    _expiry_from_lot_events()


def _expiry_from_lot_events() -> None:
    """Lots the centre heard of before this revision: their expiry from the stored events."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT site, payload FROM events WHERE type IN ('lot', 'lot_status') "
            "ORDER BY received_at, seq"
        )
    )
    said: dict[tuple[str, str, str], date] = {}
    for site, payload in rows:
        data = json.loads(payload)
        try:
            expiry = date.fromisoformat(str(data.get("expiry") or "")[:10])
        except ValueError:
            continue
        said[(site, str(data.get("di")), str(data.get("lot")))] = expiry
    update = sa.text(
        "UPDATE site_lots SET expiry = :expiry WHERE site = :site AND di = :di AND lot = :lot"
    )
    for (site, di, lot), expiry in sorted(said.items()):
        bind.execute(update, {"expiry": expiry, "site": site, "di": di, "lot": lot})


def downgrade() -> None:
    with op.batch_alter_table("site_lots") as batch:
        batch.drop_column("expiry")
    op.drop_index("ix_push_refusals_site", "push_refusals")
    op.drop_table("push_refusals")
    op.drop_index("ix_admin_logins_client_at", "admin_logins")
    op.drop_index("ix_admin_logins_user_at", "admin_logins")
    op.drop_table("admin_logins")
    op.drop_index("ix_admin_sessions_user", "admin_sessions")
    op.drop_table("admin_sessions")
    op.drop_table("admin_users")
