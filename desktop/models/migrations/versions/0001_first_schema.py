"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 03:32:42.664945
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "case_file",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("nomor_agenda", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("perihal", sa.Text(), nullable=False),
        sa.Column("isi", sa.Text(), nullable=False),
        sa.Column("bidang", sa.String(length=120), nullable=False),
        sa.Column("lapor_tracking", sa.String(length=64), nullable=False),
        sa.Column("letter_nomor", sa.String(length=120), nullable=False),
        sa.Column("letter_tanggal", sa.Date(), nullable=True),
        sa.Column("letter_asal", sa.String(length=200), nullable=False),
        sa.Column("pelapor_nama", sa.String(length=200), nullable=False),
        sa.Column("pelapor_rahasia", sa.Boolean(), nullable=False),
        sa.Column("pelapor_anonim", sa.Boolean(), nullable=False),
        sa.Column("sop_digest", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("current_step_id", sa.String(length=64), nullable=False),
        sa.Column("current_lane_id", sa.String(length=64), nullable=False),
        sa.Column("step_started_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("overall_due_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index("ix_case_bidang", ["bidang", "received_at"], unique=False)
        batch_op.create_index("ix_case_channel", ["channel", "received_at"], unique=False)
        batch_op.create_index("ix_case_lane", ["current_lane_id", "status"], unique=False)
        batch_op.create_index("ix_case_lapor", ["lapor_tracking"], unique=False)
        batch_op.create_index("ix_case_nomor", ["nomor_agenda"], unique=False)
        batch_op.create_index("ix_case_received", ["received_at"], unique=False)
        batch_op.create_index("ix_case_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "device",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "event",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_case_order", ["case_id", "hlc", "device_id", "event_id"], unique=False
        )
        batch_op.create_index("ix_event_device_seq", ["device_id", "device_seq"], unique=True)

    op.create_table(
        "local_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "number_series",
        sa.Column("series", sa.String(length=64), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series"),
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sop_revision",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("sop_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    op.create_table(
        "user_account",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("nip", sa.String(length=32), nullable=False),
        sa.Column("jabatan", sa.String(length=120), nullable=False),
        sa.Column("pangkat", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "attachment",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.case_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_case_id"), ["case_id"], unique=False)

    op.create_table(
        "disposition",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("dari", sa.String(length=200), nullable=False),
        sa.Column("kepada", sa.JSON(), nullable=False),
        sa.Column("sifat", sa.String(length=24), nullable=False),
        sa.Column("instruksi", sa.JSON(), nullable=False),
        sa.Column("instruksi_lain", sa.Text(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("batas_waktu", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.case_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("disposition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disposition_case_id"), ["case_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.case_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "party",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("kontak", sa.String(length=200), nullable=False),
        sa.Column("alamat", sa.Text(), nullable=False),
        sa.Column("nik", sa.String(length=32), nullable=False),
        sa.Column("anonim", sa.Boolean(), nullable=False),
        sa.Column("rahasia", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.case_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "role"),
    )
    op.create_table(
        "step_done",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=120), nullable=False),
        sa.Column("next_step_id", sa.String(length=64), nullable=False),
        sa.Column("on_behalf_of", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("backdate_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.case_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("step_done", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_step_done_case_id"), ["case_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("step_done", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_step_done_case_id"))

    op.drop_table("step_done")
    op.drop_table("party")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_case_id"))

    op.drop_table("note")
    with op.batch_alter_table("disposition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disposition_case_id"))

    op.drop_table("disposition")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_case_id"))

    op.drop_table("attachment")
    op.drop_table("user_account")
    op.drop_table("sop_revision")
    op.drop_table("office_setting")
    op.drop_table("number_series")
    op.drop_table("local_state")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_device_seq")
        batch_op.drop_index("ix_event_case_order")

    op.drop_table("event")
    op.drop_table("device")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index("ix_case_status_due")
        batch_op.drop_index("ix_case_received")
        batch_op.drop_index("ix_case_nomor")
        batch_op.drop_index("ix_case_lapor")
        batch_op.drop_index("ix_case_lane")
        batch_op.drop_index("ix_case_channel")
        batch_op.drop_index("ix_case_bidang")

    op.drop_table("case_file")
