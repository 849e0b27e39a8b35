"""this PC's exchange state: office key, shared folder, files seen, events set aside

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_config",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("office_key", sa.String(length=64), nullable=False),
        sa.Column("share_path", sa.Text(), nullable=False),
        sa.Column("last_exported_seq", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_file",
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_try", sa.DateTime(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "quarantined_event",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("file", sa.String(length=400), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )


def downgrade() -> None:
    op.drop_table("quarantined_event")
    op.drop_table("sync_file")
    op.drop_table("sync_config")
