"""full-text rowids with 32 bits of the case id, so cases received in the same second never clash

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Migration 0003 kept 20 bits of the case id below the time received; a batch of cases entered
with the same received time (minutes typed, seconds zero) could then collide and refuse to
save. Every rowid is recomputed with :func:`desktop.models.projection.search_rowid`, moving the
rare clash to the next free number.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from desktop.models.projection import search_rowid

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT case_id, received_at, nomor_agenda, pelapor_nama, perihal, isi "
            "FROM case_file ORDER BY received_at, case_id"
        )
    ).all()
    taken: set[int] = set()
    keyed = []
    for case_id, received, nomor, pelapor, perihal, isi in rows:
        moment = received if isinstance(received, datetime) else datetime.fromisoformat(received)
        key = search_rowid(case_id, moment)
        while key in taken:
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
    connection.execute(sa.text("DELETE FROM case_search"))
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


def downgrade() -> None:
    """Rowids stay as they are: any value works for search, only the order of ties differs."""
