"""overdue digests: notices of one overdue disposition still queued become digests of one

Revision ID: 0018_overdue_digests
Revises: 0017_kpi_stock_summaries

The day's escalation used to queue a DISPOSITION_OVERDUE notice per warning (data:
alert, di, lot, due); it now queues DISPOSITIONS_OVERDUE digests (data: count, alerts
as id runs, lots as "id / GTIN / lot / due" lines), and the old code's words are gone.
A notice queued before the upgrade (a mail server down, a robot unreachable) would have
gone out with the bare code for its words: each becomes a digest of its one warning,
saying the same. Sent ones are rewritten too, so a notice reads the same in the list.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0018_overdue_digests"
down_revision = "0017_kpi_stock_summaries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        UPDATE notifications SET
            code = 'DISPOSITIONS_OVERDUE',
            data = json_object(
                'count', '1',
                'alerts', json_extract(data, '$.alert'),
                'lots', json_extract(data, '$.alert') || ' / ' || json_extract(data, '$.di')
                    || ' / ' || coalesce(json_extract(data, '$.lot'), '-')
                    || ' / ' || json_extract(data, '$.due'))
        WHERE code = 'DISPOSITION_OVERDUE'
        """
    )


def downgrade() -> None:
    """A digest of one warning made here goes back to the notice it was."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, data FROM notifications WHERE code = 'DISPOSITIONS_OVERDUE' "
            "AND json_extract(data, '$.count') = '1'"
        )
    ).all()
    for row_id, data in rows:
        alert, di, lot, due = json.loads(data)["lots"].split(" / ", 3)
        old = {"alert": alert, "di": di, "lot": lot, "due": due}
        conn.execute(
            sa.text(
                "UPDATE notifications SET code = 'DISPOSITION_OVERDUE', data = :data WHERE id = :id"
            ),
            {"data": json.dumps(old), "id": row_id},
        )
