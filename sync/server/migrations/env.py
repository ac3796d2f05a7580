"""Alembic environment for the centre: runs on the connection the server hands it."""

from __future__ import annotations

from alembic import context

from sync.server.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
