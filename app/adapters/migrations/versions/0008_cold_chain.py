"""cold chain: storage classes (seeded with the GSP defaults), item and location classes,
loggers, their readings, daily summaries and gaps, excursions and the lots they touched

Revision ID: 0008_cold_chain
Revises: 0007_udi
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_cold_chain"
down_revision = "0007_udi"
branch_labels = None
depends_on = None

_TIME = sa.String(32)  # app.adapters.tables.UtcDateTime: UTC ISO text


def upgrade() -> None:
    # New tables only: nothing existing is copied or altered.
    classes = op.create_table(
        "storage_classes",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("temperature_low", sa.Float()),
        sa.Column("temperature_high", sa.Float()),
        sa.Column("humidity_low", sa.Float()),
        sa.Column("humidity_high", sa.Float()),
        sa.Column("above_minutes", sa.Integer(), nullable=False),
        sa.Column("below_minutes", sa.Integer(), nullable=False),
        sa.Column("daily_minutes", sa.Integer()),
    )
    # Chinese GSP practice (app.domain.climate.DEFAULT_STORAGE_CLASSES), written out:
    # a migration must not change when the code's defaults do.
    op.bulk_insert(
        classes,
        [
            {
                "name": name,
                "temperature_low": low,
                "temperature_high": high,
                "humidity_low": 35.0,
                "humidity_high": 75.0,
                "above_minutes": 30,
                "below_minutes": 60,
                "daily_minutes": 120,
            }
            for name, low, high in (
                ("常温", 10.0, 30.0),
                ("阴凉", None, 20.0),
                ("冷藏", 2.0, 8.0),
                ("冷冻", None, -18.0),
            )
        ],
    )
    op.create_table(
        "item_storage",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("class_name", sa.String(40)),
        sa.Column("temperature_low", sa.Float()),
        sa.Column("temperature_high", sa.Float()),
        sa.Column("transit_hours", sa.Float()),
    )
    op.create_table(
        "location_storage",
        sa.Column("location_id", sa.Integer(), sa.ForeignKey("locations.id"), primary_key=True),
        sa.Column("class_name", sa.String(40), nullable=False),
    )
    op.create_table(
        "climate_loggers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("serial", sa.String(64), nullable=False),
        sa.Column("place", sa.String(240), nullable=False),
        sa.Column("location_id", sa.Integer(), sa.ForeignKey("locations.id")),
        sa.Column("delivery", sa.String(200)),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("device", sa.String(100), nullable=False),
        sa.Column("alarm_limits", sa.Text(), nullable=False),
        sa.Column("interval_seconds", sa.Integer()),
        sa.Column("activation_energy", sa.Float()),
        sa.Column("device_mkt", sa.Float()),
        sa.Column("started", _TIME),
        sa.Column("stopped", _TIME),
        sa.UniqueConstraint("serial", "place"),
    )
    op.create_table(
        "climate_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("logger_id", sa.Integer(), sa.ForeignKey("climate_loggers.id"), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("readings", sa.Integer(), nullable=False),
        sa.Column("imported_at", _TIME, nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
    )
    op.create_table(
        "climate_readings",
        sa.Column("logger_id", sa.Integer(), primary_key=True),
        sa.Column("at", _TIME, primary_key=True),
        sa.Column("temperature", sa.Float(), nullable=False),
        sa.Column("humidity", sa.Float()),
        sa.Column("out_of_limits", sa.Boolean(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "climate_days",
        sa.Column("logger_id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("start", _TIME, nullable=False),
        sa.Column("end", _TIME, nullable=False),
        sa.Column("lowest", sa.Float(), nullable=False),
        sa.Column("highest", sa.Float(), nullable=False),
        sa.Column("mean", sa.Float()),
        sa.Column("minutes_below", sa.Integer(), nullable=False),
        sa.Column("minutes_above", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "climate_gaps",
        sa.Column("logger_id", sa.Integer(), primary_key=True),
        sa.Column("start", _TIME, primary_key=True),
        sa.Column("end", _TIME, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "excursions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("logger_id", sa.Integer(), sa.ForeignKey("climate_loggers.id"), nullable=False),
        sa.Column("location_id", sa.Integer(), sa.ForeignKey("locations.id")),
        sa.Column("delivery", sa.String(200)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("measure", sa.String(20), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("start", _TIME, nullable=False),
        sa.Column("end", _TIME, nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.Column("lowest", sa.Float(), nullable=False),
        sa.Column("highest", sa.Float(), nullable=False),
        sa.Column("limit_value", sa.Float(), nullable=False),
        sa.Column("range_low", sa.Float()),
        sa.Column("range_high", sa.Float()),
        sa.Column("storage_class", sa.String(40)),
        sa.Column("open_ended", sa.Boolean(), nullable=False),
        sa.Column("mkt", sa.Float()),
        sa.Column("activation_energy", sa.Float(), nullable=False),
        sa.Column("device_mkt", sa.Float()),
        sa.Column("logger_limits", sa.Text(), nullable=False),
        sa.Column("found_at", _TIME, nullable=False),
        sa.Column("found_by", sa.String(64), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("decided_at", _TIME),
        sa.Column("justification", sa.Text()),
        sa.UniqueConstraint("logger_id", "measure", "side", "kind", "start"),
    )
    op.create_index("ix_excursions_status", "excursions", ["status"])
    op.create_table(
        "excursion_lots",
        sa.Column("excursion_id", sa.Integer(), sa.ForeignKey("excursions.id"), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lots.id"), primary_key=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_excursion_lots_lot", "excursion_lots", ["lot_id"])


def downgrade() -> None:
    op.drop_index("ix_excursion_lots_lot", "excursion_lots")
    op.drop_table("excursion_lots")
    op.drop_index("ix_excursions_status", "excursions")
    for name in (
        "excursions",
        "climate_gaps",
        "climate_days",
        "climate_readings",
        "climate_files",
        "climate_loggers",
        "location_storage",
        "item_storage",
        "storage_classes",
    ):
        op.drop_table(name)
