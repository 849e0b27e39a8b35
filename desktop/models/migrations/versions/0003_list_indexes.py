"""list and search indexes for offices with hundreds of thousands of cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The full-text rows get a rowid that grows with the time a complaint was received
(:func:`desktop.models.projection.search_rowid`), so "newest matches first" is read straight
from the index and stops after one page, however many cases match. The list indexes end in
``received_at, case_id`` so each filter can be paged newest first without sorting.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from desktop.models.projection import search_rowid

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NEW_INDEXES = {
    "ix_case_received": ["received_at", "case_id"],
    "ix_case_lane": ["current_lane_id", "received_at", "case_id"],
    "ix_case_channel": ["channel", "received_at", "case_id"],
    "ix_case_bidang": ["bidang", "received_at", "case_id"],
}


def upgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column("search_rowid", sa.Integer(), nullable=True))
    for name, columns in _NEW_INDEXES.items():
        op.drop_index(name, table_name="case_file")
        op.create_index(name, "case_file", columns)
    op.create_index("ix_case_status_received", "case_file", ["status", "received_at", "case_id"])
    op.create_index("ix_case_search_rowid", "case_file", ["search_rowid"])
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT case_id, received_at, nomor_agenda, pelapor_nama, perihal, isi FROM case_file"
        )
    ).all()
    connection.execute(sa.text("DELETE FROM case_search"))
    keyed = []
    taken: set[int] = set()
    for case_id, received, nomor, pelapor, perihal, isi in rows:
        moment = received if isinstance(received, datetime) else datetime.fromisoformat(received)
        key = search_rowid(case_id, moment)
        while key in taken:  # a clash moves to the next free number (see 0007)
            key += 1
        taken.add(key)
        keyed.append(
            {
                "key": key,
                "case_id": case_id,
                "nomor": nomor,
                "pelapor": pelapor,
                "perihal": perihal,
                "isi": isi,
            }
        )
    if keyed:
        connection.execute(
            sa.text("UPDATE case_file SET search_rowid = :key WHERE case_id = :case_id"), keyed
        )
        connection.execute(
            sa.text(
                "INSERT INTO case_search (rowid, case_id, nomor, pelapor, perihal, isi) "
                "VALUES (:key, :case_id, :nomor, :pelapor, :perihal, :isi)"
            ),
            keyed,
        )
    connection.execute(sa.text("ANALYZE"))


def downgrade() -> None:
    op.drop_index("ix_case_search_rowid", table_name="case_file")
    op.drop_index("ix_case_status_received", table_name="case_file")
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("search_rowid")
