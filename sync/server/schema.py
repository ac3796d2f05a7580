"""The centre's tables. Alembic revisions under sync/server/migrations create them."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from app.adapters import tables as site_tables
from app.adapters.tables import UtcDateTime

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
SeqInt = BigInteger().with_variant(Integer(), "sqlite")


# The site's type: aware datetimes as fixed-width UTC ISO text, which sorts
# the same on SQLite and PostgreSQL.
UtcText = UtcDateTime


metadata = MetaData()

enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("site", String(64), nullable=False),
    Column("created_at", UtcText, nullable=False),
    Column("used_at", UtcText),
    Column("device_id", String(36)),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("site", String(64), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", UtcText, nullable=False),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("last_seen", UtcText),
    Column("clock_skew_seconds", Float),
    # Set when the device showed it was restored from a backup or copied:
    # its token stops working and it must enrol again.
    Column("retired_reason", Text),
    # The device the same store enrolled as before (same site): its events are
    # this device's own, so a resent one is a duplicate, not a conflict.
    Column("predecessor", String(36)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("site", String(64), nullable=False),
    Column("type", String(40), nullable=False),
    Column("payload", Text, nullable=False),
    Column("at", UtcText, nullable=False),
    Column("user", String(64), nullable=False),
    Column("received_at", UtcText, nullable=False),
    Column("skew_seconds", Float),
    UniqueConstraint("device_id", "seq", name="uq_events_device_seq"),
)
Index("ix_events_site", events.c.site)

site_stock = Table(
    "site_stock",
    metadata,
    Column("site", String(64), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("location", String(64), primary_key=True),
    Column("quantity", BigInteger, nullable=False),
)
Index("ix_site_stock_lot", site_stock.c.di, site_stock.c.lot)

holds = Table(
    "holds",
    metadata,
    Column("reference", String(100), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("issued_at", UtcText, nullable=False),
    Column("lifted_at", UtcText),
)
Index("ix_holds_lot", holds.c.di, holds.c.lot)

exceptions = Table(
    "exceptions",
    metadata,
    Column("id", SeqInt, primary_key=True, autoincrement=True),
    Column("kind", String(30), nullable=False),
    Column("site", String(64), nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("detail", Text, nullable=False),
    Column("raised_at", UtcText, nullable=False),
    Column("resolved_at", UtcText),
    # The recall (or other case) the exception belongs to, when it has one.
    Column("reference", String(100)),
)
Index("ix_exceptions_reference", exceptions.c.reference)

# What each site said about its lots, so a later pick can be matched against a
# production-date recall: the movement events carry no production date.
site_lots = Table(
    "site_lots",
    metadata,
    Column("site", String(64), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("production_date", Date),
    Column("seen_at", UtcText, nullable=False),
    # The lot's expiry as the site said it: the web page's risk tiers (s0009).
    Column("expiry", Date),
)
Index("ix_site_lots_lot", site_lots.c.di, site_lots.c.lot)

# One log of everything the centre owns. A newer change to the same record
# supersedes the older one, so a new site pulls each record once.
changes = Table(
    "changes",
    metadata,
    Column("seq", SeqInt, primary_key=True, autoincrement=True),
    Column("channel", String(10), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("key", String(200), nullable=False),
    Column("payload", Text, nullable=False),
    Column("at", UtcText, nullable=False),
    Column("superseded", Boolean, nullable=False, default=False),
    # The sites a change is for, as a JSON list; NULL: every site. Users
    # assigned to some sites reach only those (their PIN hashes with them).
    Column("sites", Text),
)
Index("ix_changes_live", changes.c.channel, changes.c.superseded, changes.c.seq)
Index("ix_changes_record", changes.c.kind, changes.c.key)

# Recalls issued here or reported by a site, and how each site carried them out.
recalls = Table(
    "recalls",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("di", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("issued_at", UtcText, nullable=False),
    Column("origin_site", String(64)),
    Column("drill", Boolean, nullable=False),
)

recall_sites = Table(
    "recall_sites",
    metadata,
    Column("recall_id", String(64), primary_key=True),
    Column("site", String(64), primary_key=True),
    Column("locked_at", UtcText),
    Column("received_at", UtcText),
    Column("lots", Text, nullable=False),
    Column("recovered", BigInteger, nullable=False, default=0),
    Column("affected", BigInteger, nullable=False, default=0),
    Column("unaccounted", BigInteger, nullable=False, default=0),
    Column("progress_at", UtcText),
    Column("closed_at", UtcText),
)

# The audit chain heads sites pushed: (seq, hash) pairs their chain must keep.
audit_anchors = Table(
    "audit_anchors",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", UtcText, nullable=False),
)
Index("ix_audit_anchors_site", audit_anchors.c.site)

# Evidence that a site's audit chain was cut short or rewritten.
audit_flags = Table(
    "audit_flags",
    metadata,
    Column("id", SeqInt, primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("site", String(64), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("detail", Text, nullable=False),
    Column("raised_at", UtcText, nullable=False),
)
Index("ix_audit_flags_site", audit_flags.c.site)

# The national UDI database as the centre imported it: the site's tables, the same columns.
udi_devices = site_tables.udi_devices.to_metadata(metadata)
udi_packages = site_tables.udi_packages.to_metadata(metadata)

# Transfers between sites, as the sending site reported them and the receiving site confirmed.
transfers = Table(
    "transfers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("from_site", String(64), nullable=False),
    Column("to_site", String(64), nullable=False),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("expiry", Date),
    Column("production_date", Date),
    Column("qc", String(10), nullable=False),
    Column("quantity", BigInteger, nullable=False),
    Column("status", String(12), nullable=False),
    Column("sent_at", UtcText, nullable=False),
    Column("suggestion_id", String(36)),
    Column("received", BigInteger),
    Column("arrived_at", UtcText),
    Column("note", Text, nullable=False, default=""),
)
Index("ix_transfers_to_site", transfers.c.to_site)

# What the centre suggested moving where (app.domain.transfers), and what the site said.
transfer_suggestions = Table(
    "transfer_suggestions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("from_site", String(64), nullable=False),
    Column("to_site", String(64), nullable=False),
    Column("di", String(64), nullable=False),
    Column("lot", String(64), nullable=False),
    Column("expiry", Date),
    Column("quantity", BigInteger, nullable=False),
    Column("unused", BigInteger, nullable=False),
    Column("status", String(12), nullable=False),
    Column("computed_at", UtcText, nullable=False),
    Column("decided_at", UtcText),
    Column("reason", Text, nullable=False, default=""),
)
Index("ix_transfer_suggestions_item", transfer_suggestions.c.di)

# Each lot's expiry as the sites' movements state it (site_stock carries none).
lot_expiries = Table(
    "lot_expiries",
    metadata,
    Column("di", String(64), primary_key=True),
    Column("lot", String(64), primary_key=True),
    Column("expiry", Date),
)

# Units each site issued to departments and took back, per item and day: its usage.
site_usage = Table(
    "site_usage",
    metadata,
    Column("site", String(64), primary_key=True),
    Column("di", String(64), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("picked", BigInteger, nullable=False, default=0),
    Column("returned", BigInteger, nullable=False, default=0),
)
Index("ix_site_usage_item", site_usage.c.di, site_usage.c.day)
# --- the centre's web page (sync/server/web.py): its admin accounts, their sessions,
# every log-in attempt, and the events the centre refused from each site.

admin_users = Table(
    "admin_users",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),  # argon2id, with its own salt and cost
    Column("created_at", UtcText, nullable=False),
    Column("disabled_at", UtcText),
)

# A session is known by the SHA-256 of its cookie: the database never holds a usable one.
admin_sessions = Table(
    "admin_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", UtcText, nullable=False),
    Column("last_seen", UtcText, nullable=False),
    Column("ended_at", UtcText),
)
Index("ix_admin_sessions_user", admin_sessions.c.username)

admin_logins = Table(
    "admin_logins",
    metadata,
    Column("id", SeqInt, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("client", String(64), nullable=False),
    Column("at", UtcText, nullable=False),
    Column("outcome", String(20), nullable=False),  # ok, wrong_password, unknown_user, ...
)
Index("ix_admin_logins_user_at", admin_logins.c.username, admin_logins.c.at)
Index("ix_admin_logins_client_at", admin_logins.c.client, admin_logins.c.at)

# One row per event a site sent that the centre refused (the push stored nothing);
# `stored_at` is set once an event of that id is stored after all.
push_refusals = Table(
    "push_refusals",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("event_key", String(40), primary_key=True),  # the event id, else "#seq"
    Column("site", String(64), nullable=False),
    Column("seq", BigInteger),
    Column("code", String(30), nullable=False),
    Column("message", Text, nullable=False),
    Column("first_at", UtcText, nullable=False),
    Column("last_at", UtcText, nullable=False),
    Column("times", Integer, nullable=False),
    Column("stored_at", UtcText),
)
Index("ix_push_refusals_site", push_refusals.c.site)
